package org.iprstudio.domain;

/**
 * How far apart two perspectives' anchors may lie and still be suggested as one exchange: the
 * other anchor may lie up to {@code before} earlier or {@code after} later. No published
 * tolerance exists; the default 10 s / 30 s is a design choice the researcher can change.
 */
public record PairingWindow(MediaTime before, MediaTime after) {
    public static final PairingWindow DEFAULT = new PairingWindow(MediaTime.ofSeconds(10), MediaTime.ofSeconds(30));

    public PairingWindow {
        Require.present(before, "The pairing window's 'before'");
        Require.present(after, "The pairing window's 'after'");
        Require.that(before.millis() <= 3_600_000 && after.millis() <= 3_600_000, "A pairing window longer than an hour pairs everything: choose a few seconds.");
    }
}
