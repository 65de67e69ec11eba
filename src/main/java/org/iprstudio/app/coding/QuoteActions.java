package org.iprstudio.app.coding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.iprstudio.app.AppMessages;
import org.iprstudio.app.StudyService;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.DomainMessages;
import org.iprstudio.domain.Initiator;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.Quote;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.TimeSpan;
import org.iprstudio.domain.Transcript;
import org.iprstudio.store.StudyChange;

/**
 * Words of a transcript made a moment's quote, or coded (docs/decisions/0020-transcript-quotes.md).
 * Coding a selection codes the moment it belongs to: the moment selected in the coding view when
 * its lines hold the words, else a moment of the session whose lines do. When no moment's lines
 * hold them, the words become a researcher's moment (an observer pass of the research team,
 * participant {@value #RESEARCH_TEAM_CODE}), as a coded segment does in MAXQDA or QualCoder. Each
 * method is one undoable edit, committed at once.
 */
public final class QuoteActions {
    /** The participant the research team's own moments are recorded under (an observer). */
    public static final String RESEARCH_TEAM_CODE = "RES";
    private static final int SUBJECT_LENGTH = 40;

    private final StudyService service;
    private final EditHistory history;
    private final Clock clock;

    public QuoteActions(StudyService service, EditHistory history, Clock clock) {
        this.service = service;
        this.history = history;
        this.clock = clock;
    }

    private Study study() {
        return service.study();
    }

    /** Makes the words the moment's quote, replacing any quote it had. */
    public Quote quote(Moment moment, TranscriptSelection selection) {
        Optional<Quote> existing = study().quoteOf(moment.id());
        Quote quote = new Quote(existing.map(Quote::id).orElseGet(UUID::randomUUID), moment.id(), selection.sessionId(), selection.cues(),
                selection.words());
        if (existing.isPresent() && existing.get().equals(quote)) {
            return quote;
        }
        history.perform(EditKind.SET_QUOTE, subject(selection.words()), List.of(new StudyChange.Put(quote)));
        return quote;
    }

    /** Takes the moment's quote off (the transcript keeps its words). */
    public void removeQuote(Moment moment) {
        study().quoteOf(moment.id()).ifPresent(q -> history.perform(EditKind.REMOVE_QUOTE, subject(q.text()), List.of(new StudyChange.Delete(q))));
    }

    /**
     * The moments whose transcript lines (their span, or the 30 s before the anchor) overlap the
     * words, best first: the preferred moment if it is one of them, then by how close the anchor
     * is to the end of the words (people stop just after what mattered).
     */
    public List<Moment> momentsFor(TranscriptSelection selection, Moment preferred) {
        Study study = study();
        List<Moment> found = new ArrayList<>();
        for (RecallPass pass : study.passesOf(selection.sessionId())) {
            for (Moment m : study.momentsOf(pass.id())) {
                if (window(m).overlaps(selection.cues())) {
                    found.add(m);
                }
            }
        }
        long end = selection.cues().end().millis();
        found.sort(Comparator.comparing((Moment m) -> preferred == null || !m.id().equals(preferred.id()))
                .thenComparingLong(m -> Math.abs(m.anchor().millis() - end)).thenComparing(Moment::createdAt));
        return found;
    }

    /** The stretch of a moment's transcript lines, as the coding inspector shows them. */
    static TimeSpan window(Moment m) {
        return m.span() != null ? m.span() : new TimeSpan(m.anchor().minusClamped(Transcript.BEFORE_ANCHOR), m.anchor());
    }

    /**
     * Applies the code to the moment (one of {@link #momentsFor}, or null for a new researcher's
     * moment at the words' lines). A moment without a quote gets the words as its quote in the same
     * step, so what was coded stays visible. A code already on the moment stays (nothing is taken off).
     * Returns the moment coded.
     */
    public Moment codeSelection(Code code, TranscriptSelection selection, Moment target) {
        Study study = study();
        List<StudyChange> changes = new ArrayList<>();
        Moment moment = target;
        if (moment == null) {
            moment = researchersMoment(selection, changes);
        } else if (!study.pass(moment.passId()).sessionId().equals(selection.sessionId())) {
            throw new DomainException(AppMessages.of("quoteActions.theseWordsFromAnother"));
        }
        UUID momentId = moment.id();
        boolean coded = study.find(momentId).isPresent()
                && study.codingsOf(momentId).stream().anyMatch(c -> c.codeId().equals(code.id()));
        if (!coded) {
            changes.add(new StudyChange.Put(new Coding(UUID.randomUUID(), code.id(), momentId, null)));
        }
        if (study.quoteOf(momentId).isEmpty()) {
            changes.add(new StudyChange.Put(new Quote(UUID.randomUUID(), momentId, selection.sessionId(), selection.cues(), selection.words())));
        }
        history.perform(EditKind.CODE_SELECTION, code.name(), changes);
        return moment;
    }

    /** A moment of the research team over the words' lines, anchored at their end; its participant and pass are made when missing. */
    private Moment researchersMoment(TranscriptSelection selection, List<StudyChange> changes) {
        Study study = study();
        Participant team = study.participants().stream().filter(p -> p.code().equalsIgnoreCase(RESEARCH_TEAM_CODE)).findFirst().orElse(null);
        if (team == null) {
            team = new Participant(UUID.randomUUID(), RESEARCH_TEAM_CODE, Role.OBSERVER, "Research team");
            changes.add(new StudyChange.Put(team));
        } else if (team.role() != Role.OBSERVER) {
            throw new DomainException(AppMessages.of("quoteActions.participantResearchTeamS", team.code(), DomainMessages.role(team.role())));
        }
        UUID teamId = team.id();
        RecallPass pass = study.passesOf(selection.sessionId()).stream().filter(p -> p.participantId().equals(teamId)).findFirst().orElse(null);
        if (pass == null) {
            pass = new RecallPass(UUID.randomUUID(), selection.sessionId(), Role.OBSERVER, teamId, null, LocalDate.now(clock.withZone(ZoneOffset.UTC)),
                    PassStatus.DONE, "");
            changes.add(new StudyChange.Put(pass));
        } else if (pass.status() == PassStatus.MISSING) {
            throw new DomainException(AppMessages.of("quoteActions.researchTeamSPass"));
        }
        MediaTime anchor = selection.cues().end();
        Moment moment = new Moment(UUID.randomUUID(), pass.id(), anchor, selection.cues(), Initiator.PARTICIPANT, "", null, null, null, clock.instant());
        changes.add(new StudyChange.Put(moment));
        return moment;
    }

    private static String subject(String words) {
        return words.length() <= SUBJECT_LENGTH ? "\u201c" + words + "\u201d" : "\u201c" + words.substring(0, SUBJECT_LENGTH - 1) + "\u2026\u201d";
    }
}
