package org.iprstudio.ui.recall;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.text.JTextComponent;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.iprstudio.app.AppDirectories;
import org.iprstudio.app.DemoStudy;
import org.iprstudio.app.RecallSession;
import org.iprstudio.app.RecallSetup;
import org.iprstudio.app.StudyService;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Quote;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.StudyHeader;
import org.iprstudio.domain.TimeSpan;
import org.iprstudio.domain.Transcript;
import org.iprstudio.domain.TranscriptCue;
import org.iprstudio.store.StudyChange;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.iprstudio.testing.FakeMediaPlayer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session's words on the recall screen, in the style of RecallScreenGuiTest's blinding checks:
 * shown only when the study's protocol turns them on, read only, the line being spoken highlighted,
 * and nothing of the other perspective anywhere on the screen, though the therapist's moment has a quote.
 */
@Tag("gui")
@org.junit.jupiter.api.extension.ExtendWith(org.iprstudio.testing.SwingThreadCheck.class)
class RecallWordsGuiTest {
    @TempDir
    Path dataDir;

    private StudyService service;
    private Robot robot;
    private FrameFixture window;
    private RecallScreen screen;
    private final FakeMediaPlayer player = new FakeMediaPlayer(MediaTime.parse("50:00"));
    private Transcript transcript;
    private Set<String> otherComments;
    private Set<UUID> otherIds;

    private void openRecall(boolean transcriptInRecall) {
        System.setProperty(AppDirectories.DATA_DIR_PROPERTY, dataDir.toString());
        SqliteStudyFiles files = new SqliteStudyFiles();
        service = new StudyService(files.open(new DemoStudy(files).install(false)));
        Session session = service.study().sessionByLabel("D02/3").orElseThrow();
        transcript = service.study().transcriptOf(session.id()).orElseThrow();
        RecallPass therapistPass = service.study().passesOf(session.id()).stream().filter(p -> p.perspective() == Role.THERAPIST).findFirst()
                .orElseThrow();
        List<Moment> others = service.study().momentsOf(therapistPass.id());
        Moment quotedMoment = others.stream().filter(m -> !transcript.around(m).isEmpty()).findFirst().orElseThrow();
        TranscriptCue quoted = transcript.around(quotedMoment).get(0);
        service.put(new Quote(UUID.randomUUID(), quotedMoment.id(), session.id(), new TimeSpan(quoted.start(), quoted.end()), quoted.text()));
        otherComments = others.stream().map(Moment::comment).filter(c -> !c.isBlank()).collect(Collectors.toSet());
        otherIds = others.stream().map(Moment::id).collect(Collectors.toSet());
        StudyHeader h = service.study().header();
        service.apply(List.of(new StudyChange.SetHeader(new StudyHeader(h.id(), h.title(), h.approval(), h.periodStart(), h.periodEnd(),
                h.protocol().withTranscriptInRecall(transcriptInRecall)))));
        RecallSetup setup = new RecallSetup(service);
        setup.setPassphrase("secret-key".toCharArray());
        var request = org.iprstudio.app.RecallRequest.ofDyadMember(session, Role.CLIENT, setup.interviewers().get(0), java.time.LocalDate.now());
        RecallSession recall = ((org.iprstudio.app.RecallStart.Opened) setup.start(request.resumingDone())).recall();
        robot = BasicRobot.robotWithNewAwtHierarchy();
        screen = GuiActionRunner.execute(() -> new RecallScreen(recall, player, () -> { }));
        GuiActionRunner.execute(() -> screen.setVisible(true));
        window = new FrameFixture(robot, screen);
        robot.waitForIdle();
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
        if (service != null) {
            service.close();
        }
        System.clearProperty(AppDirectories.DATA_DIR_PROPERTY);
    }

    private List<String> allTexts() {
        return GuiActionRunner.execute(() -> {
            List<String> all = new ArrayList<>();
            collect(screen, all);
            for (Window owned : screen.getOwnedWindows()) {
                collect(owned, all);
            }
            return all;
        });
    }

    private static void collect(Component c, List<String> out) {
        if (c instanceof JLabel l) {
            out.add(l.getText());
        }
        if (c instanceof AbstractButton b) {
            out.add(b.getText());
        }
        if (c instanceof JTextComponent t) {
            out.add(t.getText());
        }
        if (c instanceof JComponent j && j.getToolTipText() != null) {
            out.add(j.getToolTipText());
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, out);
            }
        }
    }

    private void assertNothingOfTheOtherPerspective(String step) {
        for (String text : allTexts()) {
            for (String other : otherComments) {
                assertThat(text).as("%s: '%s' shows the therapist's words", step, text).doesNotContain(other);
            }
            for (UUID id : otherIds) {
                assertThat(text).as(step).doesNotContain(id.toString());
            }
            // the code as a word: a moment's own time ("2026-12-02T02:02:16Z") holds "T02" between 02:00 and 02:59 UTC
            assertThat(text).as(step).doesNotContainPattern("\\bT02\\b").doesNotContain("Therapist");
        }
    }

    @Test
    void theProtocolsSwitchShowsTheSessionsWordsAndNothingOfTheOtherPerspective() {
        openRecall(true);
        RecallWords words = GuiActionRunner.execute(() -> screen.words().orElseThrow());
        String text = GuiActionRunner.execute(() -> window.textBox("recallWordsText").target().getText());
        assertThat(text.split("\n")).hasSameSizeAs(transcript.cues());
        assertThat(text).contains(transcript.cues().get(0).text());
        assertThat(GuiActionRunner.execute(() -> window.textBox("recallWordsText").target().isEditable())).isFalse();
        assertNothingOfTheOtherPerspective("opened");

        TranscriptCue cue = transcript.cues().get(transcript.cues().size() / 2);
        GuiActionRunner.execute(() -> player.seek(cue.start().plus(MediaTime.ofMillis(10))));
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(words::currentLine)).isEqualTo(transcript.indexAt(cue.start().plus(MediaTime.ofMillis(10))));

        window.pressAndReleaseKeys(KeyEvent.VK_SPACE); // the words never take the keyboard: Space still continues
        assertThat(GuiActionRunner.execute(player::isPlaying)).isTrue();
        GuiActionRunner.execute(() -> player.advance(2_000));
        window.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        assertThat(GuiActionRunner.execute(player::isPlaying)).isFalse();
        assertNothingOfTheOtherPerspective("after a stop");
    }

    @Test
    void withoutTheSwitchTheRecallScreenHasNoWords() {
        openRecall(false);
        assertThat(GuiActionRunner.execute(() -> screen.words())).isEmpty();
        String first = transcript.cues().get(0).text();
        assertThat(allTexts()).noneMatch(t -> t.contains(first));
    }
}
