package org.iprstudio.app.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.iprstudio.app.AppMessages;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Entity;
import org.iprstudio.domain.Memo;
import org.iprstudio.domain.MemoTarget;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.MomentPair;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.Theme;

/**
 * The part of a study an export covers: all of it, one dyad or one session. A part is a study of
 * its own (every site, participant, code and theme; only the chosen dyads' sessions, passes,
 * moments, pairs, codings and memos), so every format writes a part exactly as it writes a whole.
 */
final class ExportScope {
    private ExportScope() {
    }

    static Study of(Study study, String dyadCode, String sessionLabel) {
        if (sessionLabel != null) {
            Session session = study.sessionByLabel(sessionLabel).orElseThrow(() -> new ExportException(ExportException.Reason.NOT_IN_STUDY, (Path) null,
                    AppMessages.of("exportScope.studyHasSessionWrite", sessionLabel)));
            if (dyadCode != null && !study.dyad(session.dyadId()).code().equalsIgnoreCase(dyadCode.strip())) {
                throw new ExportException(ExportException.Reason.NOT_IN_STUDY, null, AppMessages.of("exportScope.sessionSessionDyadGive", sessionLabel, dyadCode));
            }
            return restricted(study, Set.of(session.dyadId()), Set.of(session.id()));
        }
        if (dyadCode != null) {
            Dyad dyad = study.dyads().stream().filter(d -> d.code().equalsIgnoreCase(dyadCode.strip())).findFirst()
                    .orElseThrow(() -> new ExportException(ExportException.Reason.NOT_IN_STUDY, null, AppMessages.of("exportScope.studyHasDyadDyads", dyadCode, study.dyads().stream().map(Dyad::code).toList())));
            Set<UUID> sessions = new HashSet<>();
            study.sessionsOf(dyad.id()).forEach(s -> sessions.add(s.id()));
            return restricted(study, Set.of(dyad.id()), sessions);
        }
        return study;
    }

    private static Study restricted(Study study, Set<UUID> dyads, Set<UUID> sessions) {
        List<Entity> kept = new ArrayList<>();
        kept.addAll(study.sites());
        kept.addAll(study.participants());
        study.dyads().stream().filter(d -> dyads.contains(d.id())).forEach(kept::add);
        study.sessions().stream().filter(s -> sessions.contains(s.id())).forEach(kept::add);
        Set<UUID> inside = new HashSet<>(dyads);
        for (RecallPass pass : study.passes()) {
            if (sessions.contains(pass.sessionId())) {
                kept.add(pass);
                for (Moment m : study.momentsInPass(pass.id())) {
                    kept.add(m);
                    inside.add(m.id());
                }
            }
        }
        for (MomentPair pair : study.pairs()) {
            if (inside.contains(pair.firstMomentId())) {
                kept.add(pair);
                inside.add(pair.id());
            }
        }
        kept.addAll(study.codes());
        study.codes().forEach(c -> inside.add(c.id()));
        for (Coding coding : study.codings()) {
            if (inside.contains(coding.momentId() != null ? coding.momentId() : coding.pairId())) {
                kept.add(coding);
            }
        }
        for (Theme theme : study.themes()) {
            Theme trimmed = theme;
            for (UUID exemplar : theme.exemplarMomentIds()) {
                if (!inside.contains(exemplar)) {
                    trimmed = trimmed.without(exemplar);
                }
            }
            kept.add(trimmed);
            inside.add(theme.id());
        }
        for (Memo memo : study.memos()) {
            if (memo.target() == MemoTarget.STUDY || inside.contains(memo.targetId())) {
                kept.add(memo);
            }
        }
        for (org.iprstudio.domain.Quote quote : study.quotes()) {
            if (inside.contains(quote.momentId())) {
                kept.add(quote);
            }
        }
        Study part = Study.of(study.header(), kept);
        // who applied each coding kept, and the team who did (codings.csv, QDPX)
        study.team().researchers().forEach(part.team()::putResearcher);
        part.codings().forEach(c -> study.team().stampOf(c.id()).ifPresent(stamp -> part.team().setStamp(c.id(), stamp)));
        study.recallLock().ifPresent(part::setRecallLock);
        study.supervision().copyInto(part); // the meetings over the sessions kept
        for (org.iprstudio.domain.Transcript transcript : study.transcripts()) {
            if (part.find(transcript.sessionId()).isPresent()) {
                part.setTranscript(transcript.sessionId(), transcript);
            }
        }
        return part;
    }
}
