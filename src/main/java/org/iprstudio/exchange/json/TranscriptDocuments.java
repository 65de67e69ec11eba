package org.iprstudio.exchange.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Quote;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.TimeSpan;
import org.iprstudio.domain.Transcript;
import org.iprstudio.domain.TranscriptCue;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.exchange.ExchangeMessages;
import org.iprstudio.exchange.json.StudyDocument.CueDto;
import org.iprstudio.exchange.json.StudyDocument.QuoteDto;
import org.iprstudio.exchange.json.StudyDocument.SpeakerDto;
import org.iprstudio.exchange.json.StudyDocument.TranscriptDto;

/** Version 3 of study.json: sessions' transcripts and the quotes taken from them, both ways (docs/study-json.md, "Transcripts and quotes"). */
final class TranscriptDocuments {
    private TranscriptDocuments() {
    }

    // ---- domain -> JSON --------------------------------------------------------------------

    /** In the order of the study's sessions; null (left out) when the study has none. */
    static List<TranscriptDto> transcripts(Study study) {
        List<TranscriptDto> result = new ArrayList<>();
        for (var session : study.sessions()) {
            study.transcriptOf(session.id()).ifPresent(t -> result.add(new TranscriptDto(session.id().toString(), t.source(),
                    t.speakers().entrySet().stream().map(e -> new SpeakerDto(e.getKey(), DocumentMapper.enumName(e.getValue()))).toList(),
                    t.cues().stream().map(c -> new CueDto(c.start().toClock(), c.end().toClock(), c.speaker(), c.text())).toList())));
        }
        return result.isEmpty() ? null : result;
    }

    /** In the order they were made; null when there are none. */
    static List<QuoteDto> quotes(Study study) {
        List<QuoteDto> result = study.quotes().stream().map(q -> new QuoteDto(q.id().toString(), q.momentId().toString(), q.sessionId().toString(),
                q.cues().start().toClock(), q.cues().end().toClock(), q.text())).toList();
        return result.isEmpty() ? null : result;
    }

    // ---- JSON -> domain --------------------------------------------------------------------

    static List<Quote> quotes(List<QuoteDto> dtos) {
        List<Quote> result = new ArrayList<>();
        for (QuoteDto q : dtos) {
            UserMessage what = ExchangeMessages.of("field.quote", q.id());
            result.add(new Quote(uuid(q.id(), ExchangeMessages.of("field.quoteId")), uuid(q.moment(), ExchangeMessages.of("field.moment", what)), uuid(q.session(), ExchangeMessages.of("field.session", what)),
                    new TimeSpan(time(q.start(), ExchangeMessages.of("field.start", what)), time(q.end(), ExchangeMessages.of("field.end", what))), q.text()));
        }
        return result;
    }

    /** Sets each transcript on its session (after the sessions are in the study). */
    static void addTranscripts(Study study, List<TranscriptDto> dtos) {
        for (TranscriptDto t : dtos) {
            UUID session = uuid(t.session(), ExchangeMessages.of("field.sessionTranscript"));
            if (study.transcriptOf(session).isPresent()) {
                throw new DomainException(ExchangeMessages.of("transcriptDocuments.sessionHasTwoTranscripts", session));
            }
            UserMessage where = ExchangeMessages.of("field.transcriptOfSession", session);
            Map<String, Role> speakers = new LinkedHashMap<>();
            for (SpeakerDto s : t.speakers() == null ? List.<SpeakerDto>of() : t.speakers()) {
                if (s.label() == null || s.label().isBlank()) {
                    throw new DomainException(ExchangeMessages.of("transcriptDocuments.speakerHasLabel", where));
                }
                if (speakers.put(s.label(), DocumentMapper.enumOf(Role.class, s.role(), ExchangeMessages.of("field.speakerRole", s.label(), where))) != null) {
                    throw new DomainException(ExchangeMessages.of("transcriptDocuments.speakerMappedTwice", s.label(), where));
                }
            }
            List<TranscriptCue> cues = new ArrayList<>();
            for (CueDto c : t.cues() == null ? List.<CueDto>of() : t.cues()) {
                cues.add(new TranscriptCue(time(c.start(), ExchangeMessages.of("field.startLine", where)), time(c.end(), ExchangeMessages.of("field.endLine", where)), c.speaker(),
                        c.text()));
            }
            study.setTranscript(session, new Transcript(session, t.source(), cues, speakers));
        }
    }

    private static UUID uuid(String text, Object what) {
        if (text == null) {
            throw new DomainException(ExchangeMessages.of("transcriptDocuments.missing", what));
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException(ExchangeMessages.of("transcriptDocuments.validUuidSuchF", text, what));
        }
    }

    private static MediaTime time(String text, Object what) {
        if (text == null) {
            throw new DomainException(ExchangeMessages.of("transcriptDocuments.missing", what));
        }
        return MediaTime.parse(text);
    }
}
