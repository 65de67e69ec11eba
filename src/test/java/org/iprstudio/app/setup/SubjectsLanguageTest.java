package org.iprstudio.app.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.iprstudio.domain.Attribute;
import org.iprstudio.domain.AttributeTarget;
import org.iprstudio.domain.AttributeType;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.Role;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an edit or a removal is about ("D01 session 3") and the records a refused code names are words in the reader's
 * language, as the Edit menu and the setup's dialogs show them; the audit trail keeps its English.
 */
class SubjectsLanguageTest {
    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    @TempDir
    Path dir;

    private final TestStudies t = new TestStudies();
    private SetupFixture f;

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void aSessionAnAttributeValueAndARemovalAreNamedInNorwegian() {
        f = new SetupFixture(dir.resolve("study.iprs"), t.study());
        f.sessions.addSession(f.service.study().dyad(t.dyad.id()), 4, null, true);
        assertThat(f.history.nextUndo().orElseThrow().subject().render(NORWEGIAN)).isEqualTo("D01 sesjon 4");
        assertThat(f.history.nextUndo().orElseThrow().subject().english()).isEqualTo("D01 session 4");
        assertThat(f.service.study().team().audit()).extracting(org.iprstudio.domain.AuditEvent::what).contains("add session: D01 session 4");

        assertThat(f.people.whatGoesWith(f.service.study().session(t.session.id())).subject().render(NORWEGIAN)).isEqualTo("D01 sesjon 3");

        CaseAttributes attributes = new CaseAttributes(f.service, f.history);
        Attribute years = attributes.define(AttributeTarget.PARTICIPANT, "Years", AttributeType.NUMBER, List.of());
        attributes.setValue(years, t.therapist.id(), "12");
        assertThat(f.history.nextUndo().orElseThrow().subject().render(NORWEGIAN)).isEqualTo("Years for T01");
    }

    @Test
    void aRefusedCodeNamesTheRecordThatHasItInNorwegian() {
        f = new SetupFixture(dir.resolve("study.iprs"), t.study());
        Participant c2 = f.people.addParticipant("C02", Role.CLIENT, "Sigrid");
        DomainException dyad = catchThrowableOfType(() -> f.people.addDyad("D01", t.site, t.therapist, c2), DomainException.class);
        assertThat(dyad.userMessage().render(NORWEGIAN)).contains("brukes allerede av dyaden D01 (C01 med T01 ved S1)").doesNotContain(" with ");
        DomainException site = catchThrowableOfType(() -> f.people.addSite("s1", "Other clinic"), DomainException.class);
        assertThat(site.userMessage().render(NORWEGIAN)).contains("brukes allerede av stedet S1 (Test clinic)");
        DomainException participant = catchThrowableOfType(() -> f.people.addParticipant("T01", Role.THERAPIST, ""), DomainException.class);
        assertThat(participant.userMessage().render(NORWEGIAN)).contains("brukes allerede av terapeut T01 Halvor").doesNotContain("therapist");
    }
}
