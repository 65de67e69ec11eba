package org.iprstudio.app.transcript;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.iprstudio.app.AppMessages;
import org.iprstudio.app.StudyService;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Transcript;
import org.iprstudio.domain.TranscriptCue;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.exchange.subtitles.TranscriptFile;
import org.iprstudio.exchange.subtitles.TranscriptFormatException;
import org.iprstudio.store.StudyChange;

/**
 * Imports a transcript file for a session in two steps, so the speakers can be asked once in
 * between: {@link #read} parses and checks the whole file against the video, {@link #save} commits
 * it (replacing any earlier transcript) in one change.
 */
public final class TranscriptImport {
    private TranscriptImport() {
    }

    /** A file read and checked, not yet in the study. */
    public record Draft(Session session, String source, List<TranscriptCue> cues) {
        public List<String> speakerLabels() {
            return cues.stream().map(TranscriptCue::speaker).filter(java.util.Objects::nonNull).distinct().toList();
        }

        public Transcript withSpeakers(Map<String, Role> speakers) {
            return new Transcript(session.id(), source, cues, speakers);
        }
    }

    /** Reads the file; a bad file is refused whole with the line at fault (a {@link DomainException}). */
    public static Draft read(Path file, Session session) {
        String text = decode(file);
        MediaTime videoEnd = session.media() == null ? null : session.media().duration();
        try {
            return new Draft(session, file.getFileName().toString(), TranscriptFile.parse(file.getFileName().toString(), text, videoEnd));
        } catch (TranscriptFormatException e) {
            throw new DomainException(AppMessages.of("transcriptImport.message", file.getFileName(), UserMessage.from(e)));
        }
    }

    public static void save(StudyService service, Transcript transcript) {
        service.apply(List.of(new StudyChange.SetTranscript(transcript.sessionId(), transcript)));
    }

    private static String decode(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DomainException(AppMessages.of("transcriptImport.transcriptFileCheckPath", file));
        } catch (IOException e) {
            throw new DomainException(AppMessages.of("transcriptImport.transcriptCannotReadCheck", file, UserMessage.from(e)));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Windows editors often save transcripts in their own code page; that is unambiguous enough to read
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }
}
