package org.iprstudio.exchange.csv;

import java.util.List;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.Transcript;
import org.iprstudio.domain.TranscriptCue;

/** transcript.csv: one row per transcript line of every session that has a transcript, in time order. */
final class TranscriptTable {
    private TranscriptTable() {
    }

    record CueRow(Dyad dyad, Session session, Transcript transcript, int position, TranscriptCue cue) {
        Role role() {
            return transcript.roleOf(cue).orElse(null);
        }
    }

    static Table<CueRow> of(Lookups lookups) {
        Study study = lookups.study;
        List<Column<CueRow>> columns = List.of(
                new Column<>("dyad", "text", "Dyad code (the case).", "", r -> r.dyad().code()),
                new Column<>("session", "integer", "Session number within the therapy.", "1-999", r -> Integer.toString(r.session().number())),
                new Column<>("line", "integer", "The line's place in the session's transcript, in time order.", ">= 1", r -> Integer.toString(r.position())),
                new Column<>("start_ms", "integer", "When the line starts, in ms from the start of the session video.", ">= 0", r -> Long.toString(r.cue().start().millis())),
                new Column<>("end_ms", "integer", "When the line ends, in ms (lines may overlap when two people speak at once).", ">= start_ms",
                        r -> Long.toString(r.cue().end().millis())),
                new Column<>("start", "time", "start_ms as a clock time.", "hh:mm:ss.mmm", r -> r.cue().start().toClock()),
                new Column<>("speaker", "text", "The speaker as labelled in the imported transcript file.", "empty if the file names nobody",
                        r -> r.cue().speaker() == null ? "" : r.cue().speaker()),
                new Column<>("speaker_role", "category", "The dyad member the label was mapped to.", "therapist, client; empty for other speakers",
                        r -> r.role() == null ? "" : Lookups.lower(r.role())),
                new Column<>("participant", "text", "The code of that dyad member.", "empty for other speakers", r -> participant(study, r)),
                new Column<>("text", "text", "The words, with subtitle markup removed.", "", r -> r.cue().text()),
                new Column<>("session_id", "text (UUID)", "The session's id; join moments.csv.", "", r -> r.session().id().toString()));
        return new Table<>("transcript.csv", columns, sink -> {
            for (Session session : study.sessions()) {
                study.transcriptOf(session.id()).ifPresent(t -> {
                    Dyad dyad = study.dyad(session.dyadId());
                    for (int i = 0; i < t.cues().size(); i++) {
                        sink.accept(new CueRow(dyad, session, t, i + 1, t.cues().get(i)));
                    }
                });
            }
        });
    }

    private static String participant(Study study, CueRow row) {
        Role role = row.role();
        if (role == null) {
            return "";
        }
        Participant p = study.participant(role == Role.THERAPIST ? row.dyad().therapistId() : row.dyad().clientId());
        return p == null ? "" : p.code();
    }
}
