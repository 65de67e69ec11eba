package org.iprstudio.domain;

import java.util.HexFormat;

/**
 * What the study keeps of the passphrase that guards the recall screen: never the passphrase,
 * only a salted, slow hash of it (the app computes it; the domain only keeps it whole).
 */
public record RecallLock(String algorithm, int iterations, String saltHex, String hashHex) {
    public RecallLock {
        Require.text(algorithm, "what.passphraseHashAlgorithm");
        Require.that(iterations >= 10_000, "recallLock.passphraseHashNeedsLeast");
        Require.that(saltHex != null && saltHex.length() >= 32 && isHex(saltHex), "recallLock.passphraseSaltMustLeast");
        Require.that(hashHex != null && hashHex.length() >= 32 && isHex(hashHex), "recallLock.passphraseHashMissingDamaged");
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
