package org.iprstudio.media.vlc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VlcRuntimeTest {
    @AfterEach
    void restore() {
        System.clearProperty(BoundedDiscoveryStrategy.SEARCH_PATH_PROPERTY);
    }

    @Test
    void withoutLibVlcTheRuntimeSaysWhyInsteadOfSearchingForever() {
        System.setProperty(BoundedDiscoveryStrategy.SEARCH_PATH_PROPERTY, "/nonexistent/lib");
        try (VlcRuntime vlc = VlcRuntime.start(true)) {
            assertThat(vlc.available()).isFalse();
            assertThat(vlc.problem()).hasValueSatisfying(p -> assertThat(p).contains("not found in /nonexistent/lib"));
        }
    }

    @Test
    void findsTheInstalledLibVlc() {
        try (VlcRuntime vlc = VlcRuntime.start(true)) {
            assertThat(vlc.problem()).isEmpty();
            assertThat(vlc.version()).startsWith("3.");
        }
    }
}
