package org.iprstudio.app.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.iprstudio.app.AppDirectories;
import org.iprstudio.app.DemoStudy;
import org.iprstudio.app.StudyService;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Quote;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.Transcript;
import org.iprstudio.domain.TranscriptCue;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quoting and coding words of a transcript, on the demo's study file (which has a transcript for every session), read back from the file. */
class QuoteActionsTest {
    @TempDir
    Path dir;

    private final SqliteStudyFiles files = new SqliteStudyFiles();
    private Path file;
    private StudyService service;
    private EditHistory history;
    private QuoteActions quotes;
    private Session session;
    private Transcript transcript;
    private Moment clientMoment;

    @BeforeEach
    void openDemo() {
        System.setProperty(AppDirectories.DATA_DIR_PROPERTY, dir.toString());
        file = new DemoStudy(files).install(false);
        service = new StudyService(files.open(file));
        history = new EditHistory(service);
        quotes = new QuoteActions(service, history, Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));
        session = service.study().sessionByLabel("D02/3").orElseThrow();
        transcript = service.study().transcriptOf(session.id()).orElseThrow();
        RecallPass client = pass(Role.CLIENT);
        clientMoment = service.study().momentsOf(client.id()).stream().filter(m -> !transcript.around(m).isEmpty()).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        service.close();
        System.clearProperty(AppDirectories.DATA_DIR_PROPERTY);
    }

    private RecallPass pass(Role role) {
        return service.study().passesOf(session.id()).stream().filter(p -> p.perspective() == role).findFirst().orElseThrow();
    }

    private Study inTheFile() {
        try (StudyService reopened = new StudyService(files.openReadOnly(file))) {
            return reopened.study();
        }
    }

    private TranscriptSelection wordsOf(TranscriptCue cue, int from, int to) {
        return TranscriptSelection.of(session.id(), cue.text().substring(from, to), List.of(cue));
    }

    private Code code(String name) {
        return service.study().codes().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseGet(() -> new CodingActions(service, history, Clock.systemUTC()).createCode(name, null));
    }

    @Test
    void aQuoteIsCommittedAtOnceAndUndoneAndRedone() {
        TranscriptCue cue = transcript.around(clientMoment).get(0);
        Quote quote = quotes.quote(clientMoment, wordsOf(cue, 0, Math.min(12, cue.text().length())));

        Quote read = inTheFile().quoteOf(clientMoment.id()).orElseThrow();
        assertThat(read).isEqualTo(quote);
        assertThat(read.text()).isEqualTo(cue.text().substring(0, Math.min(12, cue.text().length())).strip());
        assertThat(read.cues().start()).isEqualTo(cue.start());
        assertThat(read.cues().end()).isEqualTo(cue.end());
        assertThat(read.sessionId()).isEqualTo(session.id());
        assertThat(history.nextUndo().orElseThrow().kind()).isEqualTo(EditKind.SET_QUOTE);

        Quote replaced = quotes.quote(clientMoment, wordsOf(cue, 0, cue.text().length()));
        assertThat(replaced.id()).as("a moment keeps one quote: the new words replace the old").isEqualTo(quote.id());
        assertThat(inTheFile().quotes()).hasSize(1);

        history.undo();
        assertThat(inTheFile().quoteOf(clientMoment.id())).contains(quote);
        history.undo();
        assertThat(inTheFile().quoteOf(clientMoment.id())).isEmpty();
        history.redo();
        assertThat(inTheFile().quoteOf(clientMoment.id())).contains(quote);

        quotes.removeQuote(clientMoment);
        assertThat(inTheFile().quotes()).isEmpty();
    }

    @Test
    void aQuoteGoesWithItsMomentAndComesBackWithItsUndo() {
        TranscriptCue cue = transcript.around(clientMoment).get(0);
        quotes.quote(clientMoment, wordsOf(cue, 0, cue.text().length()));
        history.perform(EditKind.REMOVE_CODE, "moment", service.deletionOf(clientMoment));
        assertThat(inTheFile().quotes()).isEmpty();
        history.undo();
        assertThat(inTheFile().quoteOf(clientMoment.id())).isPresent();
    }

    @Test
    void wordsOfAnotherSessionAreRefusedAndNothingChanges() {
        Session other = service.study().sessionByLabel("D01/3").orElseThrow();
        TranscriptCue cue = service.study().transcriptOf(other.id()).orElseThrow().cues().get(0);
        TranscriptSelection elsewhere = TranscriptSelection.of(other.id(), cue.text(), List.of(cue));
        assertThatThrownBy(() -> quotes.quote(clientMoment, elsewhere)).isInstanceOf(DomainException.class).hasMessageContaining("another session");
        assertThatThrownBy(() -> quotes.codeSelection(code("BOND"), elsewhere, clientMoment)).isInstanceOf(DomainException.class)
                .hasMessageContaining("another session");
        assertThat(inTheFile().quotes()).isEmpty();
        assertThatThrownBy(() -> TranscriptSelection.of(session.id(), "  ", List.of(cue))).hasMessageContaining("Select the words");
    }

    @Test
    void codingWordsCodesTheMomentTheyBelongToAndQuotesThemThere() {
        TranscriptCue cue = transcript.around(clientMoment).get(0);
        TranscriptSelection words = wordsOf(cue, 0, cue.text().length());
        List<Moment> candidates = quotes.momentsFor(words, clientMoment);
        assertThat(candidates).first().isEqualTo(clientMoment);
        assertThat(candidates).allMatch(m -> QuoteActions.window(m).overlaps(words.cues()));
        Code code = code("Words test");

        Moment coded = quotes.codeSelection(code, words, clientMoment);
        assertThat(coded).isEqualTo(clientMoment);
        Study read = inTheFile();
        assertThat(read.codingsOf(clientMoment.id())).anyMatch(c -> c.codeId().equals(code.id()));
        assertThat(read.quoteOf(clientMoment.id()).orElseThrow().text()).isEqualTo(words.words());

        quotes.codeSelection(code, words, clientMoment); // coding again keeps the code on (it is not a toggle)
        assertThat(inTheFile().codingsOf(clientMoment.id())).filteredOn(c -> c.codeId().equals(code.id())).hasSize(1);

        history.undo();
        history.undo();
        read = inTheFile();
        assertThat(read.codingsOf(clientMoment.id())).noneMatch(c -> c.codeId().equals(code.id()));
        assertThat(read.quoteOf(clientMoment.id())).isEmpty();
    }

    @Test
    void wordsNoMomentHoldsBecomeAResearchersMomentInOneUndoableStep() {
        List<TranscriptCue> noMomentsLines = transcript.cues().stream()
                .filter(c -> quotes.momentsFor(TranscriptSelection.of(session.id(), c.text(), List.of(c)), null).isEmpty()).toList();
        assertThat(noMomentsLines).as("lines no moment of the demo holds").isNotEmpty();
        TranscriptCue lonely = noMomentsLines.get(0);
        TranscriptSelection words = TranscriptSelection.of(session.id(), lonely.text(), List.of(lonely));
        Code code = code("Words test");
        int participantsBefore = service.study().participants().size();
        int momentsBefore = service.study().momentCount();

        Moment made = quotes.codeSelection(code, words, null);

        Study read = inTheFile();
        RecallPass pass = read.pass(made.passId());
        assertThat(pass.perspective()).isEqualTo(Role.OBSERVER);
        assertThat(pass.sessionId()).isEqualTo(session.id());
        assertThat(read.participant(pass.participantId()).code()).isEqualTo(QuoteActions.RESEARCH_TEAM_CODE);
        assertThat(made.span().start()).isEqualTo(lonely.start());
        assertThat(made.span().end()).isEqualTo(lonely.end());
        assertThat(made.anchor()).isEqualTo(lonely.end());
        assertThat(read.codingsOf(made.id())).singleElement().matches(c -> c.codeId().equals(code.id()));
        assertThat(read.quoteOf(made.id()).orElseThrow().text()).isEqualTo(lonely.text());
        assertThat(quotes.momentsFor(words, null)).containsExactly(read.moment(made.id()));

        Moment second = quotes.codeSelection(code("Second words test"), words, null); // asked for a new moment again
        assertThat(second.id()).isNotEqualTo(made.id());
        assertThat(second.passId()).as("the research team's pass of the session is reused").isEqualTo(made.passId());

        history.undo(); // the second moment
        history.undo(); // the second code
        history.undo(); // the first moment, with the research team's participant and pass
        read = inTheFile();
        assertThat(read.participants()).hasSize(participantsBefore);
        assertThat(read.momentCount()).isEqualTo(momentsBefore);
        assertThat(read.quotes()).isEmpty();
    }

    @Test
    void theStudyRefusesASecondQuoteForAMomentAndAQuoteOfAnotherSession() {
        Study study = service.study();
        TranscriptCue cue = transcript.around(clientMoment).get(0);
        quotes.quote(clientMoment, wordsOf(cue, 0, cue.text().length()));
        Quote second = new Quote(UUID.randomUUID(), clientMoment.id(), session.id(), new org.iprstudio.domain.TimeSpan(cue.start(), cue.end()), "again");
        assertThatThrownBy(() -> service.put(second)).isInstanceOf(DomainException.class).hasMessageContaining("has a quote already");
        Session other = study.sessionByLabel("D01/3").orElseThrow();
        Quote wrongSession = new Quote(UUID.randomUUID(), pass(Role.THERAPIST).id().equals(clientMoment.passId()) ? null : study.momentsOf(pass(Role.THERAPIST).id()).get(0).id(),
                other.id(), new org.iprstudio.domain.TimeSpan(cue.start(), cue.end()), "elsewhere");
        assertThatThrownBy(() -> service.put(wrongSession)).isInstanceOf(DomainException.class).hasMessageContaining("another session");
        assertThat(inTheFile().quotes()).hasSize(1);
    }
}
