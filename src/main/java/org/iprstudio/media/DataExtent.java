package org.iprstudio.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * How far the data of a file reaches, read from its own index, for the two layouts where a copy
 * cut short still declares its full length: MP4/MOV/M4A with the index (moov) at the front
 * ("fast start"), and WAV. An MP4's sample tables say where every sample lies; the first sample
 * that lies past the end of the file is where playback stops. A WAV's data chunk declares its size.
 *
 * <p>Only reads; any layout it does not know, or a damaged index, gives "nothing known", never an error.
 */
public final class DataExtent {
    /** An index larger than this is not read (a 3-hour HD video's is ~10 MiB). */
    private static final long MAX_INDEX_BYTES = 64L << 20;

    private DataExtent() {
    }

    /** A file cut short: its data ends at {@code endsAtMillis}, its index declares {@code declaredMillis}. */
    public record Cut(long endsAtMillis, long declaredMillis) {
    }

    /** Where the file's data ends, when it is cut short of what its index declares; empty when all the data is there or the layout is unknown. */
    public static Optional<Cut> cutShort(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = read(channel, 0, 12);
            if (head == null) {
                return Optional.empty();
            }
            if (type(head, 4).equals("ftyp")) {
                return Mp4.endsEarlyAt(channel);
            }
            if (type(head, 0).equals("RIFF") && type(head, 8).equals("WAVE")) {
                return wavEndsEarlyAt(channel);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) { // a damaged index: nothing known (the player's own checks still apply)
            return Optional.empty();
        }
    }

    private static Optional<Cut> wavEndsEarlyAt(FileChannel channel) throws IOException {
        long size = channel.size();
        long at = 12;
        long byteRate = 0;
        while (at + 8 <= size) {
            ByteBuffer header = read(channel, at, 8).order(ByteOrder.LITTLE_ENDIAN);
            String id = type(header, 0);
            long length = Integer.toUnsignedLong(header.getInt(4));
            if (id.equals("fmt ")) {
                ByteBuffer fmt = read(channel, at + 8, 16);
                if (fmt == null) {
                    return Optional.empty();
                }
                byteRate = Integer.toUnsignedLong(fmt.order(ByteOrder.LITTLE_ENDIAN).getInt(8));
            } else if (id.equals("data")) {
                long present = size - (at + 8);
                if (byteRate <= 0 || length == 0xFFFFFFFFL || present >= length) {
                    return Optional.empty(); // complete, or a streamed WAV that never filled in its size
                }
                return Optional.of(new Cut(present * 1000 / byteRate, length * 1000 / byteRate));
            }
            at += 8 + length + (length & 1);
        }
        return Optional.empty();
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        if (position < 0 || position + length > channel.size()) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                return null;
            }
        }
        return buffer.flip();
    }

    private static String type(ByteBuffer buffer, int at) {
        byte[] four = new byte[4];
        buffer.get(at, four);
        return new String(four, StandardCharsets.ISO_8859_1);
    }

    /** The ISO base media file format (MP4, MOV, M4A): boxes of size and type, the index in "moov". */
    private static final class Mp4 {
        static Optional<Cut> endsEarlyAt(FileChannel channel) throws IOException {
            long size = channel.size();
            long at = 0;
            while (at + 8 <= size) {
                ByteBuffer header = read(channel, at, 8);
                long boxSize = Integer.toUnsignedLong(header.getInt(0));
                String type = type(header, 4);
                int headerLength = 8;
                if (boxSize == 1) {
                    ByteBuffer large = read(channel, at + 8, 8);
                    if (large == null) {
                        return Optional.empty();
                    }
                    boxSize = large.getLong(0);
                    headerLength = 16;
                } else if (boxSize == 0) {
                    boxSize = size - at;
                }
                if (boxSize < headerLength) {
                    return Optional.empty();
                }
                if (type.equals("moov")) {
                    if (at + boxSize > size || boxSize > MAX_INDEX_BYTES) {
                        return Optional.empty(); // the index itself is cut (the parse fails on it) or too large to read here
                    }
                    ByteBuffer moov = read(channel, at + headerLength, (int) (boxSize - headerLength));
                    return endsEarlyAt(moov, size);
                }
                at += boxSize;
            }
            return Optional.empty();
        }

        /** The earliest time, over all tracks, of a sample that lies (partly) past the end of the file. */
        private static Optional<Cut> endsEarlyAt(ByteBuffer moov, long fileSize) {
            long earliest = Long.MAX_VALUE;
            long declared = 0;
            for (ByteBuffer trak : children(moov, "trak")) {
                ByteBuffer mdia = child(trak, "mdia");
                ByteBuffer mdhd = mdia == null ? null : child(mdia, "mdhd");
                ByteBuffer minf = mdia == null ? null : child(mdia, "minf");
                ByteBuffer stbl = minf == null ? null : child(minf, "stbl");
                if (mdhd == null || stbl == null) {
                    continue;
                }
                long timescale = Integer.toUnsignedLong(mdhd.getInt(mdhd.get(0) == 1 ? 20 : 12));
                if (timescale <= 0) {
                    continue;
                }
                declared = Math.max(declared, decodeTime(child(stbl, "stts"), Long.MAX_VALUE) * 1000 / timescale);
                long cutAt = firstSampleBeyond(stbl, fileSize);
                if (cutAt >= 0) {
                    earliest = Math.min(earliest, decodeTime(child(stbl, "stts"), cutAt) * 1000 / timescale);
                }
            }
            return earliest == Long.MAX_VALUE ? Optional.empty() : Optional.of(new Cut(earliest, declared));
        }

        /** The index of the first sample whose bytes do not all lie in the file, or -1. */
        private static long firstSampleBeyond(ByteBuffer stbl, long fileSize) {
            ByteBuffer stsz = child(stbl, "stsz");
            ByteBuffer stsc = child(stbl, "stsc");
            ByteBuffer stco = child(stbl, "stco");
            ByteBuffer co64 = child(stbl, "co64");
            if (stsz == null || stsc == null || (stco == null && co64 == null)) {
                return -1;
            }
            int fixedSize = stsz.getInt(4);
            int samples = stsz.getInt(8);
            ByteBuffer offsets = stco != null ? stco : co64;
            int chunks = offsets.getInt(4);
            int entries = stsc.getInt(4);
            int sample = 0;
            int entry = 0;
            for (int chunk = 1; chunk <= chunks && sample < samples; chunk++) {
                while (entry + 1 < entries && stsc.getInt(8 + (entry + 1) * 12) <= chunk) {
                    entry++;
                }
                int perChunk = stsc.getInt(8 + entry * 12 + 4);
                long offset = stco != null ? Integer.toUnsignedLong(stco.getInt(8 + (chunk - 1) * 4)) : co64.getLong(8 + (chunk - 1) * 8);
                for (int k = 0; k < perChunk && sample < samples; k++, sample++) {
                    long length = fixedSize != 0 ? Integer.toUnsignedLong(fixedSize) : Integer.toUnsignedLong(stsz.getInt(12 + sample * 4));
                    if (offset + length > fileSize) {
                        return sample;
                    }
                    offset += length;
                }
            }
            return -1;
        }

        /** When sample {@code index} starts, in the track's timescale (stts: runs of equal durations). */
        private static long decodeTime(ByteBuffer stts, long index) {
            if (stts == null) {
                return 0;
            }
            long time = 0;
            long left = index;
            int entries = stts.getInt(4);
            for (int i = 0; i < entries && left > 0; i++) {
                long count = Integer.toUnsignedLong(stts.getInt(8 + i * 8));
                long delta = Integer.toUnsignedLong(stts.getInt(8 + i * 8 + 4));
                long n = Math.min(count, left);
                time += n * delta;
                left -= n;
            }
            return time;
        }

        private static ByteBuffer child(ByteBuffer parent, String type) {
            var found = children(parent, type);
            return found.isEmpty() ? null : found.get(0);
        }

        /** The bodies of the direct children of that type (for full boxes, the body starts with version and flags). */
        private static java.util.List<ByteBuffer> children(ByteBuffer parent, String type) {
            java.util.List<ByteBuffer> found = new java.util.ArrayList<>();
            int at = 0;
            while (at + 8 <= parent.limit()) {
                long boxSize = Integer.toUnsignedLong(parent.getInt(at));
                if (boxSize < 8 || at + boxSize > parent.limit()) {
                    break;
                }
                if (type(parent, at + 4).equals(type)) {
                    found.add(parent.slice(at + 8, (int) boxSize - 8));
                }
                at += (int) boxSize;
            }
            return found;
        }
    }
}
