package org.iprstudio.media.vlc;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.media.FrameBarcode;
import org.iprstudio.media.FrameGrabber;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Stills for reports through real libVLC: the demo videos' frame barcode says which frame was grabbed. */
class VlcFrameGrabberTest {
    private static final Path VIDEO = TestStudies.DEMO_FOLDER.resolve("media/D01-S3.mp4");
    private static final long FRAME_MS = 100; // the demo videos run at 10 frames per second
    private static VlcRuntime vlc;

    @BeforeAll
    static void startLibVlc() {
        vlc = VlcRuntime.start(true);
        assertThat(vlc.problem()).as("libVLC must be installed for these tests (.ci/run installs it)").isEmpty();
    }

    @AfterAll
    static void releaseLibVlc() {
        vlc.close();
    }

    @Test
    void grabsTheFrameThatHoldsTheAnchorNotTheKeyFrameBeforeIt() {
        try (FrameGrabber grabber = vlc.newFrameGrabber()) {
            // anchors between key frames as well as on them; libVLC's start-time alone lands seconds early
            for (long anchor : new long[] {160_000, 175_000, 2_313_300, 41_700}) {
                Optional<BufferedImage> still = grabber.grab(VIDEO, MediaTime.ofMillis(anchor));
                assertThat(still).as("a still at %d ms", anchor).isPresent();
                assertThat(FrameBarcode.read(still.get())).as("frame at %d ms", anchor).hasValue((int) (anchor / FRAME_MS));
            }
        }
    }

    /** Every exemplar of the demo, as the report takes them: each still shows the frame that holds its anchor. */
    @Test
    void everyDemoExemplarGetsItsOwnFrame() {
        var demo = TestStudies.demo();
        try (FrameGrabber grabber = vlc.newFrameGrabber()) {
            for (var moment : org.iprstudio.exchange.report.HtmlReport.exemplars(demo)) {
                var session = demo.session(demo.pass(moment.passId()).sessionId());
                Path video = TestStudies.DEMO_FOLDER.resolve(session.media().path());
                Optional<BufferedImage> still = grabber.grab(video, moment.anchor());
                assertThat(still.map(FrameBarcode::read).orElseThrow()).as("%s at %s", video.getFileName(), moment.anchor())
                        .hasValue((int) (moment.anchor().millis() / FRAME_MS));
            }
        }
    }

    @Test
    void aMissingFileGivesNoStillAndTheGrabberGoesOn() {
        try (FrameGrabber grabber = vlc.newFrameGrabber()) {
            assertThat(grabber.grab(VIDEO.resolveSibling("nope.mp4"), MediaTime.ofMillis(1000))).isEmpty();
            assertThat(grabber.grab(VIDEO, MediaTime.ofMillis(1000)).map(FrameBarcode::read).orElseThrow()).hasValue(10);
        }
    }
}
