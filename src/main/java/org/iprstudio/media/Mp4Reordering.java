package org.iprstudio.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whether an MP4 or MOV file's video is stored with its frames out of display order (B-frames):
 * the video track's sample table then has a composition-offset box ({@code ctts}, ISO/IEC 14496-12
 * 8.6.1.3) with an offset other than zero. libVLC 3 shows only some frames of such video when
 * paused (docs/benchmarks.md, "Player"). Only the boxes on the way are read (the media data, often
 * gigabytes, is skipped); a file that is no MP4, or is cut or odd, is simply not found reordered.
 * A fragmented MP4 (its samples described in movie fragments) is not looked into.
 */
final class Mp4Reordering {
    /** More boxes than this side by side mean the file is not what it claims: it is not looked through further. */
    private static final int MAX_BOXES = 10_000;

    private Mp4Reordering() {
    }

    static boolean videoFramesReordered(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            Box moov = find(channel, 0, channel.size(), "moov");
            if (moov == null) {
                return false;
            }
            int boxes = 0;
            for (long at = moov.contentStart(); at < moov.end() && boxes++ < MAX_BOXES; ) {
                Box box = header(channel, at, moov.end());
                if (box == null) {
                    return false;
                }
                if (box.type().equals("trak") && isVideoTrackWithOffsets(channel, box)) {
                    return true;
                }
                at = box.end();
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false; // not readable as an MP4: the probe says on its own what is wrong with the file
        }
    }

    private static boolean isVideoTrackWithOffsets(FileChannel channel, Box trak) throws IOException {
        Box mdia = find(channel, trak.contentStart(), trak.end(), "mdia");
        if (mdia == null) {
            return false;
        }
        Box hdlr = find(channel, mdia.contentStart(), mdia.end(), "hdlr");
        // hdlr: version and flags (4), pre_defined (4), handler_type (4)
        if (hdlr == null || !"vide".equals(text(channel, hdlr.contentStart() + 8, 4))) {
            return false;
        }
        Box minf = find(channel, mdia.contentStart(), mdia.end(), "minf");
        Box stbl = minf == null ? null : find(channel, minf.contentStart(), minf.end(), "stbl");
        Box ctts = stbl == null ? null : find(channel, stbl.contentStart(), stbl.end(), "ctts");
        return ctts != null && hasOffset(channel, ctts);
    }

    /** ctts: version and flags (4), entry_count (4), then (sample_count, sample_offset) pairs of 4 bytes each. */
    private static boolean hasOffset(FileChannel channel, Box ctts) throws IOException {
        long entries = read(channel, ctts.contentStart() + 4, 4).getInt() & 0xFFFFFFFFL;
        long room = (ctts.end() - ctts.contentStart() - 8) / 8;
        long left = Math.min(entries, room);
        long at = ctts.contentStart() + 8;
        while (left > 0) { // in chunks: an hour of video can have tens of thousands of entries
            int chunk = (int) Math.min(left, 8192);
            ByteBuffer pairs = read(channel, at, chunk * 8);
            for (int i = 0; i < chunk; i++) {
                pairs.getInt(); // sample_count
                if (pairs.getInt() != 0) {
                    return true;
                }
            }
            left -= chunk;
            at += chunk * 8L;
        }
        return false;
    }

    private record Box(String type, long contentStart, long end) {
    }

    /** The first box of this type directly inside [from, to). */
    private static Box find(FileChannel channel, long from, long to, String type) throws IOException {
        int boxes = 0;
        for (long at = from; at + 8 <= to && boxes++ < MAX_BOXES; ) {
            Box box = header(channel, at, to);
            if (box == null) {
                return null;
            }
            if (box.type().equals(type)) {
                return box;
            }
            at = box.end();
        }
        return null;
    }

    /** The box starting at {@code at}, or null if its header does not fit inside {@code limit}. */
    private static Box header(FileChannel channel, long at, long limit) throws IOException {
        if (at + 8 > limit) {
            return null;
        }
        ByteBuffer head = read(channel, at, 8);
        long size = head.getInt() & 0xFFFFFFFFL;
        String type = new String(new byte[] {head.get(), head.get(), head.get(), head.get()}, StandardCharsets.ISO_8859_1);
        long headerLength = 8;
        if (size == 1) { // a 64-bit size follows the type
            if (at + 16 > limit) {
                return null;
            }
            size = read(channel, at + 8, 8).getLong();
            headerLength = 16;
        } else if (size == 0) { // to the end of the file
            size = limit - at;
        }
        if (size < headerLength || at + size > limit) {
            return null;
        }
        return new Box(type, at + headerLength, at + size);
    }

    private static String text(FileChannel channel, long at, int length) throws IOException {
        return new String(read(channel, at, length).array(), StandardCharsets.ISO_8859_1);
    }

    private static ByteBuffer read(FileChannel channel, long at, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, at + buffer.position()) < 0) {
                throw new java.io.EOFException(); // the file ends inside a box: caught above, never shown
            }
        }
        return buffer.flip();
    }
}
