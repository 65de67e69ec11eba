package org.iprstudio.ui.recall;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.WindowConstants;
import org.iprstudio.app.RecallInfo;
import org.iprstudio.app.RecallSession;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Initiator;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.media.MediaPlayer;
import org.iprstudio.media.PlaybackListener;
import org.iprstudio.ui.timeline.TimelineLane;
import org.iprstudio.ui.timeline.TimelineView;

/**
 * The screen a client or a therapist uses, with an interviewer beside them: the video, one big
 * button, their own moments and a calm form beside the video. It is built from a
 * {@link RecallSession} alone, so it has no way to reach another perspective's moments; and
 * it cannot be left without the study passphrase.
 *
 * <p>This class does what the buttons and keys ask and follows the player. Its parts: the layout
 * ({@link RecallLayout}), the controls under the video ({@link RecallControls}), the list of the
 * participant's moments ({@link OwnMoments}), the keys ({@link RecallKeys}, {@link SpaceKey}) and
 * the questions asked before leaving ({@link LeaveQuestions}).
 */
public final class RecallScreen extends JFrame {
    private static final long BACK_MS = 5_000;

    private final RecallSession session;
    private final RecallInfo info;
    private final MediaPlayer player;
    private final Runnable onLeave;
    private final RecallControls controls = new RecallControls();
    private final TimelineView timeline = controls.timeline();
    private final JButton delete = new JButton(RecallTexts.get("button.delete"));
    private final JButton leave = new JButton(RecallTexts.get("button.leave"));
    private final OwnMoments moments = new OwnMoments(this::chosen);
    private final MomentForm form;
    private final javax.swing.Timer ticker = new javax.swing.Timer(40, e -> tick());
    private final SpaceKey spaceKey;
    private boolean loaded;
    private boolean leaving;
    private final SavingNotice saving = new SavingNotice(this, controls.stateLine(), this::setState);
    /** The session's words, or null when the study's protocol keeps them off the recall screen. */
    private final RecallWords words;

    public RecallScreen(RecallSession session, MediaPlayer player, Runnable onLeave) {
        super(RecallTexts.get("title"));
        this.session = session;
        this.info = session.info();
        this.player = player;
        this.onLeave = onLeave;
        List<org.iprstudio.app.RecallLine> lines = session.transcriptLines();
        this.words = lines.isEmpty() ? null : new RecallWords(lines);
        setName("recallScreen");
        setUndecorated(true);
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        setBounds(GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds());
        form = new MomentForm(info, RecallLayout.BASE, this::save);
        spaceKey = new SpaceKey(this, form::isTypingSpace, this::stopOrContinue);
        spaceKey.install();

        JPanel root = new JPanel(new BorderLayout(12, 12));
        root.setBorder(BorderFactory.createEmptyBorder(12, 16, 12, 16));
        root.add(RecallLayout.header(info, leave, this::askToLeave), BorderLayout.NORTH);
        JPanel centre = new JPanel(new BorderLayout(0, 8));
        JComponent video = (JComponent) player.view();
        video.setName("recallVideo");
        video.setPreferredSize(new Dimension(800, 450));
        video.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                if (player.isPlaying()) {
                    stopHere(Initiator.PARTICIPANT);
                }
            }
        });
        centre.add(video, BorderLayout.CENTER);
        JPanel controlsPanel = controls.panel(this::backFiveSeconds, () -> stopOrContinue(Initiator.PARTICIPANT), this::undoLastMark);
        centre.add(RecallLayout.wordsAndControls(words, controlsPanel), BorderLayout.SOUTH);
        root.add(centre, BorderLayout.CENTER);
        root.add(RecallLayout.sidePanel(getWidth(), info, form, moments, delete, this::deleteChosen), BorderLayout.EAST);
        setContentPane(root);
        RecallKeys.bind(root, form, this::continuePlaying, this::backFiveSeconds, this::undoLastMark, this::askToLeave);

        player.addListener(new Listener());
        timeline.addListener(new TimelineView.Listener() {
            @Override
            public void seekRequested(MediaTime time) {
                if (loaded) {
                    player.seek(time);
                }
            }

            @Override
            public void momentSelected(Moment moment) {
                moments.chooseValue(moment);
            }
        });
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                askToLeave();
            }
        });
        addWindowFocusListener(new WindowAdapter() {
            @Override
            public void windowLostFocus(WindowEvent e) {
                // switching away mid-recall stops the video; coming back goes on from the same place
                if (player.isPlaying() && !leaving) {
                    player.pause();
                }
            }
        });
        refreshMoments(null);
        showPlaying(false);
        info.video().ifPresentOrElse(path -> player.load(path, false), () -> setState(RecallTexts.get("state.noVideo")));
    }

    /** The line under the buttons that says what is going on, wrapped to the width it has. */
    private void setState(String text) {
        controls.setState(text);
    }

    /** Saves pending typing, and releases the player the screen owns, however the screen is disposed. */
    @Override
    public void dispose() {
        spaceKey.uninstall();
        form.flush(); // typing not yet saved must not be saved by a timer after the screen (and perhaps the study) is gone
        ticker.stop();
        player.close();
        super.dispose();
    }

    // ---- what the buttons and keys do ----------------------------------------------------------

    private void stopOrContinue(Initiator initiator) {
        if (!loaded) {
            return;
        }
        if (player.isPlaying()) {
            stopHere(initiator);
        } else {
            continuePlaying();
        }
    }

    /** Pauses and makes a moment at the frame that was on screen when the key was pressed. */
    void stopHere(Initiator initiator) {
        MediaTime shown = player.shownFrameTime(); // read before pausing: the picture the person reacted to
        player.pause();
        Moment moment;
        try {
            moment = session.mark(shown, initiator);
        } catch (RecallSession.NotSaved e) {
            saving.failed(RecallTexts.get("notSaved.stop", shown.toShortClock()), e);
            return;
        }
        refreshMoments(moment);
        form.showFromTop();
        form.focusComment();
        setState(RecallTexts.get("state.stopped", shown.toShortClock()));
        saving.worked();
    }

    private void continuePlaying() {
        if (!loaded) {
            return;
        }
        form.flush();
        moments.clearChoice();
        form.setMoment(null);
        getRootPane().requestFocusInWindow();
        player.play();
    }

    private void backFiveSeconds() {
        if (loaded) {
            player.seek(player.time().minusClamped(MediaTime.ofMillis(BACK_MS)));
        }
    }

    private void undoLastMark() {
        form.flush();
        java.util.Optional<Moment> undone;
        try {
            undone = session.undoLastMark();
        } catch (RecallSession.NotSaved e) {
            saving.failed(RecallTexts.get("notSaved.undo"), e);
            return;
        }
        undone.ifPresent(m -> {
            form.setMoment(null);
            refreshMoments(null);
            setState(RecallTexts.get("state.undone", m.anchor().toShortClock()));
        });
    }

    private void deleteChosen() {
        Moment chosen = moments.chosen();
        if (chosen == null) {
            return;
        }
        int answer = JOptionPane.showConfirmDialog(this, RecallTexts.get("delete.question", chosen.anchor().toShortClock()),
                RecallTexts.get("button.delete"), JOptionPane.YES_NO_OPTION);
        if (answer == JOptionPane.YES_OPTION) {
            try {
                session.delete(chosen.id());
            } catch (RecallSession.NotSaved e) {
                saving.failed(RecallTexts.get("notSaved.delete", chosen.anchor().toShortClock()), e);
                return;
            }
            form.setMoment(null);
            refreshMoments(null);
        }
    }

    private void chosen(Moment m) {
        if (m == null || (form.moment() != null && form.moment().id().equals(m.id()))) {
            return;
        }
        form.flush();
        form.setMoment(m);
        timeline.select(m);
        setState(RecallTexts.get("state.chosen", m.anchor().toShortClock())); // not the last stop's words any more
        if (loaded) {
            if (player.isPlaying()) {
                player.pause();
            }
            player.seek(m.playFrom());
        }
    }

    /** Saves a change of the form; false if the study file refused it (the screen has said so). */
    private boolean save(Moment changed) {
        try {
            session.update(changed);
        } catch (RecallSession.NotSaved | DomainException e) {
            saving.failed(RecallTexts.get("notSaved.moment", changed.anchor().toShortClock()), e);
            return false;
        }
        saving.worked();
        moments.replace(changed);
        timeline.setLanes(List.of(ownLane()));
        return true;
    }

    private void refreshMoments(Moment select) {
        moments.show(session.moments());
        timeline.setLanes(List.of(ownLane()));
        if (select != null) {
            moments.choose(select);
            form.setMoment(select);
            timeline.select(select);
        }
        controls.offerUndo(!moments.isEmpty());
    }

    /** The only lane this screen ever draws: its own pass. */
    private TimelineLane ownLane() {
        return TimelineLane.of(session.passId().toString(), RecallTexts.get("lane"), RecallTexts.get("lane.count", moments.size()),
                session.moments());
    }

    private void askToLeave() {
        form.flush();
        boolean wasPlaying = player.isPlaying();
        if (wasPlaying) {
            player.pause();
        }
        leaving = true;
        LeaveQuestions.Passphrase passphrase = LeaveQuestions.askPassphrase(this);
        char[] typed = passphrase.typed();
        try {
            if (!passphrase.given()) {
                return;
            }
            if (!session.unlocks(typed)) {
                LeaveQuestions.sayWrongPassphrase(this);
                return;
            }
            int finished = LeaveQuestions.askFinished(this);
            if (finished != JOptionPane.YES_OPTION && finished != JOptionPane.NO_OPTION) {
                setState(RecallTexts.get("state.goesOn")); // Escape or the close box answers nothing: the pass stays as it was
                return;
            }
            if (finished == JOptionPane.YES_OPTION) {
                try {
                    session.finish();
                } catch (RecallSession.NotSaved e) {
                    saving.failed(RecallTexts.get("notSaved.finish"), e);
                    return;
                }
            }
            ticker.stop();
            player.close();
            dispose();
            onLeave.run();
        } finally {
            java.util.Arrays.fill(typed, '\0');
            leaving = false;
        }
    }

    // ---- the player's news -----------------------------------------------------------------------

    private void tick() {
        MediaTime now = player.time();
        if (words != null) {
            words.setTime(now);
        }
        MediaTime length = player.duration().orElse(MediaTime.ZERO);
        controls.showTime(now, length);
    }

    private void showPlaying(boolean playing) {
        controls.showPlaying(playing, loaded);
    }

    private final class Listener implements PlaybackListener {
        @Override
        public void loaded(MediaTime duration) {
            loaded = true;
            timeline.setSession(List.of(ownLane()), duration);
            showPlaying(false);
            setState(RecallTexts.get("state.ready"));
            tick();
        }

        @Override
        public void playing() {
            showPlaying(true);
            setState(RecallTexts.get("state.playing"));
            ticker.start();
        }

        @Override
        public void paused() {
            ticker.stop();
            showPlaying(false);
            tick();
        }

        @Override
        public void finished() {
            paused();
            setState(RecallTexts.get("state.end"));
        }

        @Override
        public void timeChanged(MediaTime time) {
            if (!ticker.isRunning()) {
                tick();
            }
        }

        @Override
        public void failed(String message) {
            loaded = false;
            showPlaying(false);
            setState(message);
        }
    }

    // ---- for tests -------------------------------------------------------------------------------

    TimelineView timeline() {
        return timeline;
    }

    MomentForm form() {
        return form;
    }

    /** The session's words, if the protocol shows them. */
    java.util.Optional<RecallWords> words() {
        return java.util.Optional.ofNullable(words);
    }
}
