package org.iprstudio.app;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.RecallLock;

/**
 * The study passphrase that guards the recall screen, kept only as a salted, slow hash
 * (PBKDF2 with HMAC-SHA-256, 210,000 iterations as OWASP advises for it).
 */
public final class Passphrases {
    public static final int MIN_LENGTH = 6;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int ITERATIONS = 210_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passphrases() {
    }

    public static RecallLock lock(char[] passphrase) {
        if (passphrase == null || passphrase.length < MIN_LENGTH) {
            throw new DomainException(AppMessages.of("passphrases.passphraseNeedsLeastCharacters", MIN_LENGTH));
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new RecallLock(ALGORITHM, ITERATIONS, HexFormat.of().formatHex(salt), HexFormat.of().formatHex(derive(passphrase, salt, ITERATIONS)));
    }

    public static boolean matches(RecallLock lock, char[] passphrase) {
        if (lock == null || passphrase == null || !ALGORITHM.equals(lock.algorithm())) {
            return false;
        }
        byte[] expected = HexFormat.of().parseHex(lock.hashHex());
        byte[] actual = derive(passphrase, HexFormat.of().parseHex(lock.saltHex()), lock.iterations());
        return MessageDigest.isEqual(expected, actual); // constant time
    }

    private static byte[] derive(char[] passphrase, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Java lacks " + ALGORITHM + ", which every Java 17 has", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Overwrites a passphrase in memory once it is no longer needed. */
    public static void wipe(char[] passphrase) {
        if (passphrase != null) {
            Arrays.fill(passphrase, '\0');
        }
    }
}
