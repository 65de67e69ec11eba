package org.iprstudio.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.iprstudio.testing.MediaCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a file's data ends, read from its own index: real files from ffmpeg, and a WAV written here byte by byte. */
class DataExtentTest {
    @TempDir
    Path dir;

    @Test
    void aCompleteMp4OrWavIsNotCutShort() {
        assertThat(DataExtent.cutShort(MediaCorpus.file(MediaCorpus.SPACES_NON_ASCII))).isEmpty();
        assertThat(DataExtent.cutShort(MediaCorpus.file(MediaCorpus.AUDIO_M4A))).isEmpty();
        assertThat(DataExtent.cutShort(MediaCorpus.file(MediaCorpus.AUDIO_WAV))).isEmpty();
    }

    /** 40 % of the bytes of a 20 s fast-start MP4: the index is whole, the samples stop about 6-9 s in. */
    @Test
    void aFastStartMp4CutShortEndsWhereItsLastWholeSampleDoes() {
        DataExtent.Cut cut = DataExtent.cutShort(MediaCorpus.file(MediaCorpus.CUT_FASTSTART_MP4)).orElseThrow();
        assertThat(cut.declaredMillis()).isBetween(19_900L, 20_100L);
        assertThat(cut.endsAtMillis()).isBetween(5_000L, 9_000L);
    }

    @Test
    void aWavCutShortEndsAtTheBytesItHas() throws Exception {
        int byteRate = 8000 * 2; // 8 kHz, mono, 16 bits
        byte[] whole = wav(byteRate, 10 * byteRate);
        Path cut = dir.resolve("cut.wav");
        Files.write(cut, Arrays.copyOf(whole, 44 + 4 * byteRate));
        assertThat(DataExtent.cutShort(cut)).contains(new DataExtent.Cut(4000, 10_000));
        Path complete = dir.resolve("complete.wav");
        Files.write(complete, whole);
        assertThat(DataExtent.cutShort(complete)).isEmpty();
    }

    @Test
    void aLayoutItDoesNotKnowOrADamagedIndexIsNothingKnown() throws Exception {
        Path text = dir.resolve("notes.mp4");
        Files.writeString(text, "not a video at all");
        assertThat(DataExtent.cutShort(text)).isEmpty();
        Path empty = dir.resolve("empty.mp4");
        Files.write(empty, new byte[0]);
        assertThat(DataExtent.cutShort(empty)).isEmpty();
        Path garbledIndex = dir.resolve("garbled.mp4");
        byte[] head = Arrays.copyOf(Files.readAllBytes(MediaCorpus.file(MediaCorpus.CUT_FASTSTART_MP4)), 4000);
        Arrays.fill(head, 200, 4000, (byte) 0x7f); // moov's children now declare sizes past its end
        Files.write(garbledIndex, head);
        assertThat(DataExtent.cutShort(garbledIndex)).isEmpty();
    }

    private static byte[] wav(int byteRate, int dataBytes) {
        ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + dataBytes).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(byteRate / 2).putInt(byteRate)
                .putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes()).putInt(dataBytes);
        return b.array();
    }
}
