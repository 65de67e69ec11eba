package org.iprstudio.ui;

import java.util.List;
import java.util.function.Consumer;
import javax.swing.JOptionPane;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.media.MediaPlayer;

/** Every playback command, each one action shared by its button, its menu entry and its shortcut. */
final class PlayerActions {
    static final double[] RATES = {0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0};

    final ShortcutAction playPause;
    final ShortcutAction frameBack;
    final ShortcutAction frameForward;
    final ShortcutAction back2;
    final ShortcutAction forward2;
    final ShortcutAction back10;
    final ShortcutAction forward10;
    final ShortcutAction slower;
    final ShortcutAction faster;
    final ShortcutAction normalRate;
    final ShortcutAction goToTime;
    final ShortcutAction mute;
    final ShortcutAction volumeUp;
    final ShortcutAction volumeDown;

    private final MediaPlayer player;
    private final java.awt.Component dialogParent;
    private final Consumer<Double> rateShown;

    PlayerActions(MediaPlayer player, java.awt.Component dialogParent, Consumer<Double> rateShown) {
        this.player = player;
        this.dialogParent = dialogParent;
        this.rateShown = rateShown;
        playPause = new ShortcutAction("playPause", this::togglePlay);
        frameBack = new ShortcutAction("frameBack", () -> step(-1));
        frameForward = new ShortcutAction("frameForward", () -> step(1));
        back2 = new ShortcutAction("back2", () -> jump(-2_000));
        forward2 = new ShortcutAction("forward2", () -> jump(2_000));
        back10 = new ShortcutAction("back10", () -> jump(-10_000));
        forward10 = new ShortcutAction("forward10", () -> jump(10_000));
        slower = new ShortcutAction("slower", () -> changeRate(-1));
        faster = new ShortcutAction("faster", () -> changeRate(1));
        normalRate = new ShortcutAction("normalRate", () -> setRate(1.0));
        goToTime = new ShortcutAction("goToTime", this::askTime);
        mute = new ShortcutAction("mute", () -> player.setMuted(!player.isMuted()));
        volumeUp = new ShortcutAction("volumeUp", () -> player.setVolume(Math.min(200, player.volume() + 10)));
        volumeDown = new ShortcutAction("volumeDown", () -> player.setVolume(Math.max(0, player.volume() - 10)));
        setEnabled(false);
    }

    List<ShortcutAction> all() {
        return List.of(playPause, frameBack, frameForward, back2, forward2, back10, forward10, slower, faster, normalRate, goToTime,
                mute, volumeUp, volumeDown);
    }

    void setEnabled(boolean enabled) {
        all().forEach(a -> a.setEnabled(enabled && player != null));
    }

    private void togglePlay() {
        if (player.isPlaying()) {
            player.pause();
        } else {
            player.play();
        }
    }

    /** One frame forward is libVLC's own step; one back is a seek, since libVLC cannot step backwards. */
    private void step(int frames) {
        if (player.isPlaying()) {
            player.pause();
        }
        if (frames > 0) {
            player.nextFrame();
        } else {
            player.seek(player.time().minusClamped(player.frameDuration()));
        }
    }

    void jump(long millis) {
        long target = Math.max(0, player.time().millis() + millis);
        long end = player.duration().map(MediaTime::millis).orElse(Long.MAX_VALUE);
        player.seek(MediaTime.ofMillis(Math.min(target, end)));
    }

    private void changeRate(int direction) {
        double current = player.rate();
        int index = 3;
        for (int i = 0; i < RATES.length; i++) {
            if (Math.abs(RATES[i] - current) < 1e-6) {
                index = i;
            }
        }
        setRate(RATES[Math.max(0, Math.min(RATES.length - 1, index + direction))]);
    }

    void setRate(double rate) {
        player.setRate(rate);
        rateShown.accept(rate);
    }

    private void askTime() {
        Object answer = JOptionPane.showInputDialog(dialogParent, Texts.get("goToTime.prompt"), Texts.get("action.goToTime.name"),
                JOptionPane.QUESTION_MESSAGE, null, null, player.time().toClock());
        if (answer == null) {
            return;
        }
        try {
            MediaTime target = MediaTime.parse(answer.toString());
            MediaTime end = player.duration().orElse(target);
            if (target.isAfter(end)) {
                JOptionPane.showMessageDialog(dialogParent, Texts.get("goToTime.tooLate", end.toClock()), Texts.get("action.goToTime.name"),
                        JOptionPane.WARNING_MESSAGE);
                return;
            }
            player.seek(target);
        } catch (DomainException e) {
            JOptionPane.showMessageDialog(dialogParent, Texts.get("goToTime.invalid", answer), Texts.get("action.goToTime.name"),
                    JOptionPane.WARNING_MESSAGE);
        }
    }
}
