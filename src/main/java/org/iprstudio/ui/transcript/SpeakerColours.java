package org.iprstudio.ui.transcript;

import java.awt.Color;
import java.util.Optional;
import org.iprstudio.domain.Role;

/**
 * The colour a speaker's name is written in: the therapist and the client as the Okabe-Ito
 * palette's reddish purple and bluish green (the moment colours keep blue and orange), other
 * speakers in grey. The name is always written too, so colour is never the only cue.
 */
public final class SpeakerColours {
    public static final Color THERAPIST = new Color(0xA0, 0x3C, 0x78);
    public static final Color CLIENT = new Color(0x00, 0x80, 0x60);
    public static final Color OTHER = new Color(0x6B, 0x6B, 0x6B);

    private SpeakerColours() {
    }

    public static Color of(Optional<Role> role) {
        return role.map(r -> r == Role.THERAPIST ? THERAPIST : r == Role.CLIENT ? CLIENT : OTHER).orElse(OTHER);
    }
}
