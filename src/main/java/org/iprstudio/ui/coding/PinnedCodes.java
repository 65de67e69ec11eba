package org.iprstudio.ui.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Study;

/**
 * The up to nine codes on the number keys 1 to 9. Pins are the coder's own working setup, not
 * part of the study, so they live in the user's preferences (per study), not in the study file.
 */
public final class PinnedCodes {
    public static final int MAX = 9;
    private final Preferences node;
    private final List<UUID> pinned = new ArrayList<>();

    public PinnedCodes(Preferences node) {
        this.node = node;
        for (String id : node.get("pinned", "").split(",")) {
            if (!id.isBlank()) {
                try {
                    pinned.add(UUID.fromString(id.strip()));
                } catch (IllegalArgumentException e) {
                    // a damaged preference is forgotten, not fatal
                }
            }
        }
    }

    /** The user's pins for one study. */
    public static PinnedCodes forStudy(UUID studyId) {
        return new PinnedCodes(Preferences.userRoot().node("org/iprstudio/pins/" + studyId));
    }

    /** Forgets a study's pins (tests start from none). */
    public static void forget(UUID studyId) {
        try {
            Preferences.userRoot().node("org/iprstudio/pins/" + studyId).removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // nothing stored, nothing to forget
        }
    }

    /**
     * Pinned codes still in the study and not retired, in key order (index 0 is key 1). A retired
     * pin gives its key to the next one until it is restored.
     */
    public List<Code> codes(Study study) {
        List<Code> codes = new ArrayList<>();
        for (UUID id : pinned) {
            study.find(id).filter(Code.class::isInstance).map(Code.class::cast).filter(c -> !c.retired()).ifPresent(codes::add);
        }
        return codes;
    }

    public boolean isPinned(UUID codeId) {
        return pinned.contains(codeId);
    }

    /** Pins or unpins a code; returns false when nine are pinned already. */
    public boolean toggle(UUID codeId, Study study) {
        if (!pinned.remove(codeId)) {
            pinned.removeIf(id -> study.find(id).isEmpty());
            if (codes(study).size() >= MAX) { // retired pins keep their place but do not count
                return false;
            }
            pinned.add(codeId);
        }
        node.put("pinned", String.join(",", pinned.stream().map(UUID::toString).toList()));
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // pins are a convenience: if the preferences cannot be written they last until the program closes
        }
        return true;
    }
}
