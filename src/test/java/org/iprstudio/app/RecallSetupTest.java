package org.iprstudio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starting and resuming recalls on a real study file copied from the demo, where every pass of
 * D02 session 3 is done (client C02: 9 moments, therapist T02: 10) and the therapist's recall of
 * session 5 is missing. Above all: nobody reaches another person's pass by typing their code.
 */
class RecallSetupTest {
    private static final LocalDate DAY = LocalDate.of(2025, 6, 2);

    @TempDir
    Path dir;

    private final SqliteStudyFiles files = new SqliteStudyFiles();
    private Path file;
    private StudyService service;
    private RecallSetup setup;
    private Session session;
    private Participant interviewer;

    @BeforeEach
    void openDemoCopy() {
        file = TestStudies.demoFile(dir);
        service = new StudyService(files.open(file));
        setup = new RecallSetup(service);
        session = service.study().sessionByLabel("D02/3").orElseThrow();
        interviewer = setup.interviewers().get(0);
    }

    @AfterEach
    void close() {
        service.close();
    }

    private RecallPass passOf(Role perspective) {
        return service.study().passesOf(session.id()).stream().filter(p -> p.perspective() == perspective).findFirst().orElseThrow();
    }

    private RecallSession opened(RecallStart start) {
        assertThat(start).isInstanceOf(RecallStart.Opened.class);
        return ((RecallStart.Opened) start).recall();
    }

    private String fileAsJson() {
        try (StudyService reopened = reopen()) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            new org.iprstudio.exchange.json.StudyJson().write(reopened.study(), out);
            return out.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private StudyService reopen() {
        service.close();
        service = new StudyService(files.openReadOnly(file));
        return service;
    }

    @Test
    void anObserverTypingTheTherapistsCodeIsRefusedNamingThemAndTheirRole() {
        int passes = service.study().passes().size();
        assertThatThrownBy(() -> setup.start(RecallRequest.ofCode(session, Role.OBSERVER, "T02", interviewer, DAY)))
                .isInstanceOf(RecallSetup.RoleMismatch.class).hasMessageContaining("T02 is a therapist").hasMessageContaining("not an observer")
                .satisfies(e -> {
                    RecallSetup.RoleMismatch refused = (RecallSetup.RoleMismatch) e;
                    assertThat(refused.participant().code()).isEqualTo("T02");
                    assertThat(refused.participant().role()).isEqualTo(Role.THERAPIST);
                    assertThat(refused.perspective()).isEqualTo(Role.OBSERVER);
                });
        assertThat(service.study().passes()).hasSize(passes);
    }

    @Test
    void theRefusalOfAnotherRolesCodeReadsInNorwegian() {
        RecallSetup.RoleMismatch refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> setup.start(RecallRequest.ofCode(session, Role.OBSERVER, "T02", interviewer, DAY)), RecallSetup.RoleMismatch.class);
        assertThat(refused.getMessage()).isEqualTo("T02 is a therapist in this study, not an observer. Type the code of the observer who recalls,"
                + " or choose the perspective therapist.");
        assertThat(refused.userMessage().render(java.util.Locale.forLanguageTag("nb-NO"))).isEqualTo("T02 er terapeut i denne studien, ikke observatør."
                + " Skriv koden til den som gjenkaller som observatør, eller velg perspektivet terapeut.");
    }

    @Test
    void aTraineeTypingTheClientsCodeInAnyCaseIsRefused() {
        assertThatThrownBy(() -> setup.start(RecallRequest.ofCode(session, Role.TRAINEE, " c02 ", interviewer, DAY)))
                .isInstanceOf(RecallSetup.RoleMismatch.class).hasMessageContaining("C02 is a client").hasMessageContaining("not a trainee");
        assertThatThrownBy(() -> setup.start(RecallRequest.ofCode(session, Role.OBSERVER, "I1", interviewer, DAY)))
                .as("an interviewer asks; they do not recall as an observer").isInstanceOf(RecallSetup.RoleMismatch.class);
    }

    @Test
    void theClientAndTheTherapistComeFromTheDyadAndAreNeverTyped() {
        assertThatThrownBy(() -> RecallRequest.ofCode(session, Role.CLIENT, "T02", interviewer, DAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecallRequest(session, Role.THERAPIST, "C02", interviewer, DAY, false))
                .isInstanceOf(IllegalArgumentException.class);
        RecallSession client = opened(setup.start(RecallRequest.ofDyadMember(session, Role.CLIENT, interviewer, DAY).resumingDone()));
        assertThat(client.passId()).isEqualTo(passOf(Role.CLIENT).id());
        assertThat(client.info().participantCode()).isEqualTo("C02");
        assertThat(client.moments()).hasSize(9);
        RecallSession therapist = opened(setup.start(RecallRequest.ofDyadMember(session, Role.THERAPIST, interviewer, DAY).resumingDone()));
        assertThat(therapist.passId()).isEqualTo(passOf(Role.THERAPIST).id());
        assertThat(setup.candidates(session, Role.CLIENT)).extracting(Participant::code).containsExactly("C02");
        assertThat(setup.candidates(session, Role.THERAPIST)).extracting(Participant::code).containsExactly("T02");
    }

    @Test
    void aDonePassIsResumedOnlyAfterTheResearcherSaysYes() {
        String before = fileAsJson();
        service = new StudyService(files.open(file));
        setup = new RecallSetup(service);
        RecallStart first = setup.start(RecallRequest.ofDyadMember(session, Role.CLIENT, interviewer, DAY));
        assertThat(first).isEqualTo(new RecallStart.AlreadyDone("C02", 9, LocalDate.of(2025, 4, 10)));
        assertThat(fileAsJson()).as("asking changes nothing").isEqualTo(before);

        service = new StudyService(files.open(file));
        setup = new RecallSetup(service);
        RecallStart yes = setup.start(RecallRequest.ofDyadMember(session, Role.CLIENT, interviewer, DAY).resumingDone());
        assertThat(((RecallStart.Opened) yes).resumed()).isTrue();
        assertThat(((RecallStart.Opened) yes).recall().passId()).isEqualTo(passOf(Role.CLIENT).id());
        assertThat(passOf(Role.CLIENT).status()).as("resuming alone does not reopen it").isEqualTo(PassStatus.DONE);
    }

    @Test
    void aNewObserverIsAddedWithTheObserverRoleAndGetsTheirOwnEmptyPassInOneCommit() {
        RecallSession observer = opened(setup.start(RecallRequest.ofCode(session, Role.OBSERVER, "O1", interviewer, DAY)));
        assertThat(observer.moments()).isEmpty();
        assertThat(observer.info().perspective()).isEqualTo(Role.OBSERVER);
        try (StudyService reopened = reopen()) {
            Participant o1 = reopened.study().participants().stream().filter(p -> p.code().equals("O1")).findFirst().orElseThrow();
            assertThat(o1.role()).isEqualTo(Role.OBSERVER);
            RecallPass pass = reopened.study().pass(observer.passId());
            assertThat(pass.participantId()).isEqualTo(o1.id());
            assertThat(pass.perspective()).isEqualTo(Role.OBSERVER);
            assertThat(pass.status()).isEqualTo(PassStatus.PLANNED);
            assertThat(pass.interviewerId()).isEqualTo(interviewer.id());
            assertThat(pass.date()).isEqualTo(DAY);
        }
    }

    @Test
    void aPassIsResumedOnlyWhenParticipantPerspectiveAndSessionAllMatch() {
        RecallSession first = opened(setup.start(RecallRequest.ofCode(session, Role.OBSERVER, "O1", interviewer, DAY)));
        first.mark(org.iprstudio.domain.MediaTime.parse("04:00"), org.iprstudio.domain.Initiator.PARTICIPANT);

        RecallStart again = setup.start(RecallRequest.ofCode(session, Role.OBSERVER, "o1", interviewer, DAY));
        assertThat(((RecallStart.Opened) again).resumed()).as("a planned pass is resumed without asking").isTrue();
        assertThat(((RecallStart.Opened) again).recall().passId()).isEqualTo(first.passId());

        Session other = service.study().sessionByLabel("D02/5").orElseThrow();
        RecallSession elsewhere = opened(setup.start(RecallRequest.ofCode(other, Role.OBSERVER, "O1", interviewer, DAY)));
        assertThat(elsewhere.passId()).as("another session: another pass").isNotEqualTo(first.passId());
        assertThat(elsewhere.moments()).isEmpty();

        assertThatThrownBy(() -> setup.start(RecallRequest.ofCode(session, Role.TRAINEE, "O1", interviewer, DAY)))
                .as("an observer's code as a trainee's").isInstanceOf(RecallSetup.RoleMismatch.class);
        Participant t1 = new Participant(UUID.randomUUID(), "TR1", Role.TRAINEE, "");
        service.put(t1);
        RecallSession trainee = opened(setup.start(RecallRequest.ofCode(session, Role.TRAINEE, "TR1", interviewer, DAY)));
        assertThat(trainee.passId()).isNotEqualTo(first.passId());
        assertThat(trainee.moments()).isEmpty();
        assertThat(setup.candidates(session, Role.OBSERVER)).extracting(Participant::code).containsExactly("O1");
        assertThat(setup.candidates(session, Role.TRAINEE)).extracting(Participant::code).containsExactly("TR1");
    }

    @Test
    void aMissingRecallIsNotOpenedAndABlankCodeIsRefused() {
        Session fifth = service.study().sessionByLabel("D02/5").orElseThrow();
        assertThatThrownBy(() -> setup.start(RecallRequest.ofDyadMember(fifth, Role.THERAPIST, interviewer, DAY).resumingDone()))
                .isInstanceOf(DomainException.class).hasMessageContaining("T02").hasMessageContaining("marked missing");
        assertThatThrownBy(() -> RecallRequest.ofCode(session, Role.OBSERVER, "  ", interviewer, DAY)).isInstanceOf(DomainException.class)
                .hasMessageContaining("code of the observer");
        assertThatThrownBy(() -> RecallRequest.ofCode(session, Role.INTERVIEWER, "I1", interviewer, DAY)).isInstanceOf(DomainException.class);
    }

    @Test
    void aNewCodeThatTheStudyRefusesAddsNothing() {
        int participants = service.study().participants().size();
        int passes = service.study().passes().size();
        assertThatThrownBy(() -> setup.start(RecallRequest.ofCode(session, Role.OBSERVER, "no spaces", interviewer, DAY)))
                .isInstanceOf(DomainException.class).hasMessageContaining("Participant code");
        assertThat(service.study().participants()).hasSize(participants);
        assertThat(service.study().passes()).hasSize(passes);
        assertThat(List.copyOf(reopen().study().participants())).hasSize(participants);
    }
}
