package org.iprstudio.exchange.qdpx;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.exchange.ExchangeMessages;
import org.iprstudio.exchange.KeyedIOException;
import org.iprstudio.exchange.Xml;

/**
 * A REFI-QDA project exchange file (.qdpx): a zip with project.qde at its root and a sources folder.
 * Session videos are linked by a path relative to the project's base path; they are copied into
 * sources/ only when asked, because they are large and identify people.
 */
public final class QdpxWriter {
    public static final String QDE = "project.qde";
    /** The REFI-QDA limit for a file inside the zip. */
    static final long MAX_INTERNAL = (1L << 31) - 1;

    /** A session's video: the file, and its path relative to the base path (forward slashes), or null if not below it. */
    public record SessionMedia(Path file, String relativePath) {
    }

    private final Study study;

    public QdpxWriter(Study study) {
        this.study = study;
    }

    /**
     * @param basePath the absolute folder the relative video paths start from
     * @param media each session's video, or null for a session without one
     * @param includeMedia copy the videos into the zip
     */
    public void write(OutputStream stream, String basePath, java.util.function.Function<Session, SessionMedia> media, boolean includeMedia)
            throws IOException {
        Map<Session, String> paths = new LinkedHashMap<>();
        Map<String, Path> internal = new LinkedHashMap<>();
        for (Session s : study.sessions()) {
            SessionMedia m = media.apply(s);
            if (m == null) {
                paths.put(s, null);
            } else if (includeMedia) {
                if (!Files.isRegularFile(m.file())) {
                    throw new KeyedIOException(ExchangeMessages.of("qdpxWriter.videoMissing", study.dyad(s.dyadId()).code(), s.number(), m.file()));
                }
                if (Files.size(m.file()) > MAX_INTERNAL) {
                    throw new KeyedIOException(ExchangeMessages.of("qdpxWriter.videoTooLarge", m.file()));
                }
                String name = Refi.guid(s.id()) + extension(m.file().getFileName().toString());
                internal.put(name, m.file());
                paths.put(s, "internal://" + name);
            } else if (m.relativePath() != null) {
                paths.put(s, "relative:///" + m.relativePath());
            } else {
                paths.put(s, "absolute://" + m.file().toAbsolutePath().toString().replace('\\', '/'));
            }
        }
        ZipOutputStream zip = new ZipOutputStream(stream, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(QDE));
        try {
            Xml xml = Xml.over(new KeepOpen(zip));
            new ProjectDocument(study, Instant.now()).write(xml, basePath, paths::get);
            xml.finish();
        } catch (XMLStreamException e) {
            throw new KeyedIOException(ExchangeMessages.of("qdpxWriter.notWritten", UserMessage.from(e)), e);
        }
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("sources/"));
        zip.closeEntry();
        for (Session s : study.sessions()) { // each transcript as the plain text its <Transcript> names
            if (study.transcriptOf(s.id()).isPresent()) {
                zip.putNextEntry(new ZipEntry("sources/" + TranscriptSource.fileName(study, s)));
                zip.write(new TranscriptSource(study, s, study.transcriptOf(s.id()).get()).bytes());
                zip.closeEntry();
            }
        }
        zip.setLevel(Deflater.NO_COMPRESSION); // videos are compressed already
        for (Map.Entry<String, Path> file : internal.entrySet()) {
            zip.putNextEntry(new ZipEntry("sources/" + file.getKey()));
            Files.copy(file.getValue(), zip);
            zip.closeEntry();
        }
        zip.finish();
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot);
    }

    /** The XML writer must not close the zip when it is done with its entry. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
