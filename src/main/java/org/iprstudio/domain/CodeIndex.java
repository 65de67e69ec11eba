package org.iprstudio.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Codes (of sites, participants, dyads) that must be unique regardless of case, looked up in
 * constant time: checking each new one against all the others made loading 10,000 participants
 * quadratic. The key folds case exactly as {@link String#equalsIgnoreCase} compares, char by char.
 */
final class CodeIndex {
    private final Map<String, UUID> owners = new HashMap<>();

    /** Whether another record than {@code id} holds this code. */
    boolean takenByOther(String code, UUID id) {
        UUID owner = owners.get(fold(code));
        return owner != null && !owner.equals(id);
    }

    /** Records that {@code id} now holds {@code code}, releasing its former code. */
    void move(UUID id, String formerCode, String code) {
        if (formerCode != null) {
            release(id, formerCode);
        }
        owners.put(fold(code), id);
    }

    void release(UUID id, String code) {
        owners.remove(fold(code), id);
    }

    static String fold(String code) {
        char[] chars = code.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
        }
        return new String(chars);
    }
}
