package org.iprstudio.domain;

import java.util.HexFormat;

/**
 * What the study keeps of the passphrase that guards the recall screen: never the passphrase,
 * only a salted, slow hash of it (the app computes it; the domain only keeps it whole).
 */
public record RecallLock(String algorithm, int iterations, String saltHex, String hashHex) {
    public RecallLock {
        Require.text(algorithm, "The passphrase hash algorithm");
        Require.that(iterations >= 10_000, "A passphrase hash needs at least 10,000 iterations to be slow enough.");
        Require.that(saltHex != null && saltHex.length() >= 32 && isHex(saltHex), "The passphrase salt must be at least 16 random bytes.");
        Require.that(hashHex != null && hashHex.length() >= 32 && isHex(hashHex), "The passphrase hash is missing or damaged.");
    }

    private static boolean isHex(String text) {
        try {
            HexFormat.of().parseHex(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
