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

    /**
     * libVLC is released only once a probe parsing on another thread (a video being linked, the player's frame-exactness
     * notice) is done; a probe asked after that says so instead of calling into a released libVLC (which would take the
     * JVM down).
     */
    @Test
    void closingWaitsForAProbeAtWorkAndLaterProbesRefuse() throws Exception {
        java.nio.file.Path video = org.iprstudio.testing.TestStudies.DEMO_FOLDER.resolve("media/D01-S3.mp4");
        VlcRuntime vlc = VlcRuntime.start(true);
        VlcMediaProbe probe = vlc.newProbe();
        java.util.List<org.iprstudio.media.MediaInfo> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        Thread worker = new Thread(() -> {
            started.countDown();
            for (int i = 0; i < 3; i++) {
                seen.add(probe.probe(video));
            }
        });
        worker.start();
        started.await();
        Thread.sleep(50); // the first parse under way
        vlc.close();
        worker.join(60_000);
        assertThat(worker.isAlive()).isFalse();
        assertThat(seen).hasSize(3);
        assertThat(seen.get(0).unplayableBecause()).as("the parse under way when close was asked").isEmpty();
        assertThat(probe.probe(video).unplayableBecause()).as("a probe after close").isPresent();
        assertThat(probe.notFrameExact(video)).isEmpty();
    }
}
