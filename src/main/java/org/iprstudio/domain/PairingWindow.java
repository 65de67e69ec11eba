package org.iprstudio.domain;

/**
 * How far apart two perspectives' anchors may lie and still be suggested as one exchange: the
 * other anchor may lie up to {@code before} earlier or {@code after} later. No published
 * tolerance exists; the default 10 s / 30 s is a design choice the researcher can change.
 */
public record PairingWindow(MediaTime before, MediaTime after) {
    public static final PairingWindow DEFAULT = new PairingWindow(MediaTime.ofSeconds(10), MediaTime.ofSeconds(30));

    public PairingWindow {
        Require.present(before, "what.pairingWindowSBefore");
        Require.present(after, "what.pairingWindowSAfter");
        Require.that(before.millis() <= 3_600_000 && after.millis() <= 3_600_000, "pairingWindow.pairingWindowLongerThan");
    }
}
