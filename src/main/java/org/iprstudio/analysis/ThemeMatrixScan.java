package org.iprstudio.analysis;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.MomentPair;
import org.iprstudio.domain.PairDecision;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Study;

/**
 * The theme rows of every moment of a session, for {@link ThemeMatrix}: the session's codings and
 * pairs (kept by the study per session) are walked once, each marking rows on the moments it speaks
 * for, numbered within the session; looking each moment up in the study's million-entry maps instead
 * cost a cache miss per lookup and was most of the matrix's time. One scan serves one worker, session
 * after session, reusing its arrays.
 */
final class ThemeMatrixScan {
    /** A session and its passes in column order, with each pass's column. */
    record SessionPasses(UUID sessionId, List<RecallPass> passes, int[] columns) {
    }

    private final Study study;
    private final Map<UUID, int[]> rowsOfCode;
    /** By session: the exemplar moments there and the rows each is an exemplar of. */
    private final Map<UUID, List<Map.Entry<UUID, int[]>>> exemplarsBySession;
    /** Words of 64 rows a moment. */
    private final int words;
    private final LocalIds moments = new LocalIds();
    private final LocalIds pairs = new LocalIds();
    private int[] pairFirst = new int[16];
    private int[] pairSecond = new int[16];
    /** The rows of each of the session's moments: {@code words} longs a moment, by the moment's number. */
    private long[] marks = new long[64];

    ThemeMatrixScan(Study study, Map<UUID, int[]> rowsOfCode, Map<UUID, List<Map.Entry<UUID, int[]>>> exemplarsBySession, int rowCount) {
        this.study = study;
        this.rowsOfCode = rowsOfCode;
        this.exemplarsBySession = exemplarsBySession;
        this.words = Math.max(1, (rowCount + 63) / 64);
    }

    /** Adds the hits of each pass of the session, in the order of its passes, each in the order its moments were made. */
    void scan(SessionPasses session, List<Hits> out) {
        int count = numberMoments(session.passes());
        if (marks.length < count * words) {
            marks = new long[Math.max(count * words, 2 * marks.length)];
        } else {
            Arrays.fill(marks, 0, count * words, 0L);
        }
        numberPairs(study.pairsInSession(session.sessionId()));
        List<Coding> codings = study.codingsInSession(session.sessionId());
        for (int i = 0, n = codings.size(); i < n; i++) {
            Coding coding = codings.get(i);
            int[] rows = rowsOfCode.get(coding.codeId());
            if (rows == null) {
                continue;
            }
            if (coding.momentId() != null) {
                mark(moments.numberOf(coding.momentId()), rows);
            } else {
                int pair = pairs.numberOf(coding.pairId()); // -1 for a rejected pair: it speaks for neither moment
                if (pair >= 0) {
                    mark(pairFirst[pair], rows);
                    mark(pairSecond[pair], rows);
                }
            }
        }
        for (Map.Entry<UUID, int[]> exemplar : exemplarsBySession.getOrDefault(session.sessionId(), List.of())) {
            mark(moments.numberOf(exemplar.getKey()), exemplar.getValue());
        }
        int moment = 0;
        for (int p = 0; p < session.passes().size(); p++) {
            Collection<Moment> ofPass = study.momentsInPass(session.passes().get(p).id());
            Hits hits = new Hits(session.columns()[p], 2 * ofPass.size());
            for (Moment m : ofPass) {
                int base = moment * words;
                for (int w = 0; w < words; w++) {
                    for (long bits = marks[base + w]; bits != 0; bits &= bits - 1) {
                        hits.add(64 * w + Long.numberOfTrailingZeros(bits), m.id());
                    }
                }
                moment++;
            }
            out.add(hits);
        }
    }

    private int numberMoments(List<RecallPass> passes) {
        int expected = 0;
        for (RecallPass pass : passes) {
            expected += study.momentsInPass(pass.id()).size();
        }
        moments.clear(expected);
        for (RecallPass pass : passes) {
            for (Moment m : study.momentsInPass(pass.id())) {
                moments.add(m.id());
            }
        }
        return moments.size();
    }

    /** Numbers the session's pairs that are not rejected, keeping the numbers of their two moments. */
    private void numberPairs(List<MomentPair> ofSession) {
        pairs.clear(ofSession.size());
        for (int i = 0, n = ofSession.size(); i < n; i++) {
            MomentPair pair = ofSession.get(i);
            if (pair.decision() == PairDecision.REJECTED) {
                continue;
            }
            int number = pairs.add(pair.id());
            if (number == pairFirst.length) {
                pairFirst = Arrays.copyOf(pairFirst, 2 * number);
                pairSecond = Arrays.copyOf(pairSecond, 2 * number);
            }
            pairFirst[number] = moments.numberOf(pair.firstMomentId());
            pairSecond[number] = moments.numberOf(pair.secondMomentId());
        }
    }

    /** Sets the rows on one of the session's moments (none for -1, which the study's rules never leave). */
    private void mark(int moment, int[] rows) {
        if (moment < 0) {
            return;
        }
        int base = moment * words;
        for (int row : rows) {
            marks[base + (row >>> 6)] |= 1L << row;
        }
    }

    /** The (row, moment) hits of one pass, in the order found; all in the pass's column. */
    static final class Hits {
        final int column;
        int[] rows;
        UUID[] moments;
        int size;

        Hits(int column, int expected) {
            this.column = column;
            rows = new int[Math.max(8, expected)];
            moments = new UUID[rows.length];
        }

        void add(int row, UUID moment) {
            if (size == rows.length) {
                rows = Arrays.copyOf(rows, size * 2);
                moments = Arrays.copyOf(moments, size * 2);
            }
            rows[size] = row;
            moments[size] = moment;
            size++;
        }
    }
}
