package org.iprstudio.ui;

import org.iprstudio.ui.common.ErrorText;
import java.awt.Cursor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.SwingWorker;
import org.iprstudio.app.MediaRelinker;
import org.iprstudio.app.StudyService;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.ui.coding.CodingModel;
import org.iprstudio.ui.timeline.PairLink;
import org.iprstudio.ui.timeline.TimelinePanel;
import org.iprstudio.ui.transcript.TranscriptPanel;

/**
 * The session on show: its video in the player (or why there is none, with a way to find a moved
 * file), its lanes and pairs on the timeline, its transcript; and a moment's first frame on request.
 */
final class SessionDisplay {
    private final JFrame owner;
    private final WindowState state;
    private final PlayerPanel playerPanel;
    private final TimelinePanel timeline;
    private final TranscriptPanel transcript;
    private final StudyTreePane tree;
    private final VideoChecksums checksums = new VideoChecksums();
    private final FrameExactNotice frameExactNotice;

    SessionDisplay(JFrame owner, WindowState state, PlayerPanel playerPanel, TimelinePanel timeline, TranscriptPanel transcript,
                   StudyTreePane tree, FrameExactNotice frameExactNotice) {
        this.frameExactNotice = frameExactNotice;
        this.owner = owner;
        this.state = state;
        this.playerPanel = playerPanel;
        this.timeline = timeline;
        this.transcript = transcript;
        this.tree = tree;
    }

    /** A session the user chose waits, paused, for Play: sound that starts by itself surprises (and may be overheard). */
    void chosen(Session session) {
        if (state.service() != null && !state.isOnShow(session)) {
            show(session, false);
        }
    }

    void show(Session session, boolean autoPlay) {
        state.setCurrentSession(session);
        StudyService service = state.service();
        Study study = shownOrWhole(service, session);
        Dyad dyad = study.dyad(session.dyadId());
        String heading = Texts.get("player.heading", dyad.code(), session.number(), session.date() == null ? "" : org.iprstudio.ui.common.LocalFormats.date(session.date()));
        MediaTime length = session.media() != null && session.media().duration() != null ? session.media().duration()
                : latestMoment(study, session);
        timeline.setSession(SessionLanes.of(study, session), length);
        transcript.setTranscript(study.transcriptOf(session.id()).orElse(null));
        if (state.coding() != null) {
            state.coding().showSession(session);
            showPairLinks();
        }
        Optional<Path> video = service.mediaPathOf(session);
        if (video.isEmpty()) {
            playerPanel.showProblem(heading, Texts.get("player.noVideoLinked"), () -> relink(session));
        } else if (!Files.isRegularFile(video.get())) {
            playerPanel.showProblem(heading, Texts.get("player.videoMissing", video.get()), () -> relink(session));
        } else {
            playerPanel.show(heading, video.get(), autoPlay, () -> relink(session));
            checkVideo(session, video.get());
            frameExactNotice.check(video.get(), () -> state.isOnShow(session));
        }
    }

    /**
     * The study to show a session from: while a large study is read (decision 0026) its first look
     * holds one session; another one waits, the pointer saying so, for the whole study.
     */
    private static Study shownOrWhole(StudyService service, Session session) {
        return service.shows(session.id()) ? service.shown() : service.study();
    }

    /** The pairs of the session on show, drawn between the client's and the therapist's lane. */
    void showPairLinks() {
        CodingModel coding = state.coding();
        List<PairLink> links = new ArrayList<>();
        coding.pairing().ifPresent(p -> {
            p.kept().forEach(l -> links.add(new PairLink(l.client().id(), l.therapist().id(), PairLink.Kind.valueOf(l.pairClass().name()))));
            p.suggested().forEach(l -> links.add(new PairLink(l.client().id(), l.therapist().id(), PairLink.Kind.SUGGESTED)));
        });
        timeline.view().setLinks(links);
    }

    /** Shows a moment's first frame (its span start), paused, switching to its session first if needed. */
    void playMoment(Moment moment) {
        CodingModel coding = state.coding();
        if (coding == null) {
            return;
        }
        Session session = coding.sessionOf(moment);
        if (!state.isOnShow(session)) {
            tree.selectSession(state.labelOf(session));
        }
        playerPanel.cue(moment.playFrom());
        timeline.view().setPlayhead(moment.playFrom());
    }

    /**
     * Compares the video's checksum with the one the study recorded, off the Swing thread (videos
     * are large), and warns above the picture when they differ, as media-check does. A file is
     * hashed once per size and modification time.
     */
    private void checkVideo(Session session, Path video) {
        String expected = session.media() == null ? null : session.media().sha256();
        if (expected == null) {
            return;
        }
        new SwingWorker<String, Void>() {
            @Override
            protected String doInBackground() throws Exception {
                return checksums.of(video);
            }

            @Override
            protected void done() {
                try {
                    String actual = get();
                    if (state.isOnShow(session) && !expected.equalsIgnoreCase(actual)) {
                        playerPanel.showWarning(Texts.get("player.checksumDiffers", video.getFileName()));
                    }
                } catch (java.util.concurrent.ExecutionException e) {
                    // unreadable now: playing it will say what is wrong
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }

    private static MediaTime latestMoment(Study study, Session session) {
        long latest = 60_000;
        for (RecallPass pass : study.passesOf(session.id())) {
            for (Moment m : study.momentsOf(pass.id())) {
                latest = Math.max(latest, m.span() == null ? m.anchor().millis() : Math.max(m.anchor().millis(), m.span().end().millis()));
            }
        }
        return MediaTime.ofMillis(latest + 10_000);
    }

    /** Lets the user pick the moved video; the checksum is computed off the Swing thread (videos are large). */
    private void relink(Session session) {
        StudyService current = state.service();
        JFileChooser chooser = new JFileChooser(current.folder().toFile());
        chooser.setDialogTitle(Texts.get("relink.title"));
        if (chooser.showOpenDialog(owner) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path chosen = chooser.getSelectedFile().toPath();
        owner.setCursor(Cursor.getPredefinedCursor(Cursor.WAIT_CURSOR));
        new SwingWorker<Session, Void>() {
            @Override
            protected Session doInBackground() throws Exception {
                return new MediaRelinker(current).checkAndPrepare(session, chosen);
            }

            @Override
            protected void done() {
                owner.setCursor(Cursor.getDefaultCursor());
                try {
                    Session updated = get();
                    current.put(updated);
                    show(updated, false);
                } catch (java.util.concurrent.ExecutionException e) {
                    JOptionPane.showMessageDialog(owner, ErrorText.of(e.getCause()), Texts.get("relink.title"), JOptionPane.WARNING_MESSAGE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    JOptionPane.showMessageDialog(owner, ErrorText.of(e), Texts.get("relink.title"), JOptionPane.ERROR_MESSAGE);
                }
            }
        }.execute();
    }
}
