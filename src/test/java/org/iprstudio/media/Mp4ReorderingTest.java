package org.iprstudio.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.iprstudio.testing.MediaCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An MP4's video with B-frames is told from its composition offsets; anything else (other containers, cut or foreign files) is not. */
class Mp4ReorderingTest {
    @TempDir
    Path dir;

    @Test
    void h264WithBFramesIsFoundReordered() {
        assertThat(Mp4Reordering.videoFramesReordered(MediaCorpus.file(MediaCorpus.H264_BFRAMES))).isTrue();
        assertThat(FrameExactness.layoutOf(MediaCorpus.file(MediaCorpus.H264_BFRAMES))).isEqualTo(FrameExactness.Layout.REORDERED_FRAMES);
    }

    @Test
    void h264WithoutBFramesAndSoundAreNot() {
        for (String name : new String[] {MediaCorpus.SPACES_NON_ASCII, MediaCorpus.PORTRAIT_PHONE, MediaCorpus.VFR_NO_AUDIO, MediaCorpus.AUDIO_M4A}) {
            assertThat(Mp4Reordering.videoFramesReordered(MediaCorpus.file(name))).as(name).isFalse();
        }
    }

    @Test
    void otherContainersAndDamagedFilesAreNotAndThrowNothing() throws Exception {
        for (String name : new String[] {MediaCorpus.MKV_HEVC, MediaCorpus.WEBM_VP9_OPUS, MediaCorpus.AVI_MJPEG, MediaCorpus.AUDIO_WAV, MediaCorpus.CUT_FASTSTART_MP4,
                MediaCorpus.CUT_INDEX_AT_END_MP4, MediaCorpus.EMPTY, MediaCorpus.RANDOM_BYTES}) {
            assertThat(Mp4Reordering.videoFramesReordered(MediaCorpus.file(name))).as(name).isFalse();
        }
        assertThat(FrameExactness.layoutOf(MediaCorpus.file(MediaCorpus.MPEG2_PS))).isEqualTo(FrameExactness.Layout.PROGRAM_STREAM);
        // a box claiming more than the file holds, and one of size 1 (64-bit) cut short
        Path lying = dir.resolve("lying.mp4");
        Files.write(lying, new byte[] {0x7f, 0, 0, 0, 'm', 'o', 'o', 'v', 0, 0, 0, 1});
        Path cut = dir.resolve("cut.mp4");
        Files.write(cut, new byte[] {0, 0, 0, 1, 'm', 'o', 'o', 'v', 0, 0});
        assertThat(Mp4Reordering.videoFramesReordered(lying)).isFalse();
        assertThat(Mp4Reordering.videoFramesReordered(cut)).isFalse();
        assertThat(Mp4Reordering.videoFramesReordered(dir.resolve("missing.mp4"))).isFalse();
    }

    @Test
    void theCaveatNamesH264WithBFramesOnlyForH264() {
        assertThat(FrameExactness.caveat("h264", FrameExactness.Layout.REORDERED_FRAMES)).hasValueSatisfying(c -> assertThat(c.english()).contains("B-frames"));
        assertThat(FrameExactness.caveat("avc1", FrameExactness.Layout.PLAIN)).isEmpty();
        assertThat(FrameExactness.caveat("VP90", FrameExactness.Layout.REORDERED_FRAMES)).as("not measured: no caveat").isEmpty();
        assertThat(FrameExactness.kind("hevc", FrameExactness.Layout.REORDERED_FRAMES)).hasValueSatisfying(k -> assertThat(k.english()).isEqualTo("HEVC (H.265)"));
    }

    /** A box: size, type, content. */
    private static byte[] box(String type, byte[]... content) {
        int length = 8;
        for (byte[] c : content) {
            length += c.length;
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(length).putInt(length).put(type.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        for (byte[] c : content) {
            b.put(c);
        }
        return b.array();
    }

    /** moov > trak > mdia > (hdlr of this handler, minf > stbl > ctts with these offsets). */
    private Path movie(String handler, int[] offsets) throws Exception {
        java.nio.ByteBuffer ctts = java.nio.ByteBuffer.allocate(8 + 8 * offsets.length).putInt(0).putInt(offsets.length);
        for (int offset : offsets) {
            ctts.putInt(1).putInt(offset);
        }
        byte[] hdlr = java.nio.ByteBuffer.allocate(24).putInt(0).putInt(0).put(handler.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).array();
        byte[] file = box("moov", box("trak", box("mdia", box("hdlr", hdlr), box("minf", box("stbl", box("ctts", ctts.array()))))));
        Path path = dir.resolve(handler + offsets.length + ".mp4");
        Files.write(path, java.nio.ByteBuffer.allocate(16 + file.length).put(box("ftyp", new byte[8])).put(file).array());
        return path;
    }

    @Test
    void anOffsetAnywhereInALongTableCountsAndOnlyInAVideoTrack() throws Exception {
        int[] zeros = new int[20_000]; // more entries than one chunk read holds
        int[] lateOffset = zeros.clone();
        lateOffset[19_999] = 1024;
        assertThat(Mp4Reordering.videoFramesReordered(movie("vide", zeros))).as("all offsets zero").isFalse();
        assertThat(Mp4Reordering.videoFramesReordered(movie("vide", lateOffset))).as("the last offset not zero").isTrue();
        assertThat(Mp4Reordering.videoFramesReordered(movie("soun", lateOffset))).as("a sound track's offsets").isFalse();
    }
}
