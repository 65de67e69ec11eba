package org.iprstudio.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.iprstudio.analysis.ThemeFrequency.Label;
import org.iprstudio.analysis.ThemeFrequency.Thresholds;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Helpfulness;
import org.iprstudio.domain.Initiator;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.Protocol;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Site;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.StudyHeader;
import org.iprstudio.domain.Theme;
import org.iprstudio.domain.ThemeStatus;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;

class ThemeFrequencyTest {

    /** A study of {@code dyads} dyads, each with one client recall of session 3 holding one moment; the code is on the first {@code coded} of them. */
    private static Study study(int dyads, int coded, int missing) {
        Study study = new Study(new StudyHeader(UUID.randomUUID(), "Frequencies", "", null, null, Protocol.standard()));
        Site site = new Site(UUID.randomUUID(), "S1", "Site");
        study.put(site);
        Code code = new Code(UUID.randomUUID(), null, "felt safe", "", null, false);
        study.put(code);
        List<UUID> themeCodes = List.of(code.id());
        for (int i = 0; i < dyads; i++) {
            Participant client = new Participant(UUID.randomUUID(), String.format("C%02d", i + 1), Role.CLIENT, null);
            Participant therapist = new Participant(UUID.randomUUID(), String.format("T%02d", i + 1), Role.THERAPIST, null);
            study.put(client);
            study.put(therapist);
            Dyad dyad = new Dyad(UUID.randomUUID(), String.format("D%02d", i + 1), site.id(), therapist.id(), client.id(), null);
            study.put(dyad);
            Session session = new Session(UUID.randomUUID(), dyad.id(), 3, LocalDate.of(2025, 1, 1), null);
            study.put(session);
            boolean isMissing = i >= dyads - missing;
            RecallPass pass = new RecallPass(UUID.randomUUID(), session.id(), Role.CLIENT, client.id(), null, null,
                    isMissing ? PassStatus.MISSING : PassStatus.DONE, isMissing ? "ill" : null);
            study.put(pass);
            if (!isMissing) {
                Moment moment = new Moment(UUID.randomUUID(), pass.id(), MediaTime.ofSeconds(60), null, Initiator.PARTICIPANT, "words", null,
                        new Helpfulness(7), null, Instant.parse("2025-01-01T10:00:00Z"));
                study.put(moment);
                if (i < coded) {
                    study.put(new Coding(UUID.randomUUID(), code.id(), moment.id(), null));
                }
            }
        }
        study.put(new Theme(UUID.randomUUID(), null, "Safety", "Feeling safe", ThemeStatus.FINAL, 0, themeCodes, List.of()));
        return study;
    }

    private static Label label(Study study, Thresholds thresholds) {
        return ThemeFrequency.of(study, thresholds).lines().get(0).label();
    }

    @Test
    void labelsFollowTheShareOfDyadsAtTheStatedThresholds() {
        Thresholds standard = Thresholds.DEFAULT;
        assertThat(label(study(10, 10, 0), standard)).isEqualTo(Label.GENERAL);
        assertThat(label(study(10, 9, 0), standard)).as("all but one of ten").isEqualTo(Label.GENERAL);
        assertThat(label(study(10, 8, 0), standard)).isEqualTo(Label.TYPICAL);
        assertThat(label(study(10, 5, 0), standard)).as("exactly half").isEqualTo(Label.TYPICAL);
        assertThat(label(study(10, 4, 0), standard)).isEqualTo(Label.VARIANT);
        assertThat(label(study(4, 1, 0), standard)).as("a quarter").isEqualTo(Label.VARIANT);
        assertThat(label(study(10, 2, 0), standard)).isEqualTo(Label.RARE);
        assertThat(label(study(10, 0, 0), standard)).isEqualTo(Label.ABSENT);
    }

    @Test
    void thresholdsAreConfigurable() {
        Thresholds strict = new Thresholds(1.0, 0.75, 0.5);
        assertThat(label(study(10, 9, 0), strict)).isEqualTo(Label.TYPICAL);
        assertThat(label(study(10, 4, 0), strict)).isEqualTo(Label.RARE);
        assertThatThrownBy(() -> new Thresholds(0.5, 0.9, 0.25)).hasMessageContaining("variant <= typical <= general");
        assertThatThrownBy(() -> new Thresholds(0.9, 0.5, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDyadWhoseEveryRecallIsMissingIsNotCounted() {
        ThemeFrequency frequency = ThemeFrequency.of(study(10, 8, 2), Thresholds.DEFAULT);
        assertThat(frequency.dyadsCounted()).isEqualTo(8);
        assertThat(frequency.lines().get(0).dyads()).isEqualTo(8);
        assertThat(frequency.lines().get(0).label()).isEqualTo(Label.GENERAL);
    }

    @Test
    void theDemoThemesCountBothDyadsAndListThemInOrder() {
        Study demo = TestStudies.demo();
        ThemeFrequency frequency = ThemeFrequency.of(demo, Thresholds.DEFAULT);
        assertThat(frequency.lines()).hasSize(demo.themes().size());
        List<String> names = new ArrayList<>();
        frequency.lines().forEach(l -> names.add(l.theme().name()));
        assertThat(names).containsExactlyElementsOf(frequency.matrix().rows().stream().map(r -> r.theme().name()).toList());
        ThemeFrequency.Line first = frequency.lines().get(0);
        assertThat(first.dyadCodes()).containsExactly("D01", "D02");
        assertThat(first.row().total()).isPositive();
    }
}
