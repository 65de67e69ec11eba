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
                new Column<>("dyad", "text", r -> r.dyad().code()),
                new Column<>("session", "integer", r -> Integer.toString(r.session().number())),
                new Column<>("line", "integer", r -> Integer.toString(r.position())),
                new Column<>("start_ms", "integer", r -> Long.toString(r.cue().start().millis())),
                new Column<>("end_ms", "integer",
                        r -> Long.toString(r.cue().end().millis())),
                new Column<>("start", "time", r -> r.cue().start().toClock()),
                new Column<>("speaker", "text",
                        r -> r.cue().speaker() == null ? "" : r.cue().speaker()),
                new Column<>("speaker_role", "category",
                        r -> r.role() == null ? "" : Lookups.lower(r.role())),
                new Column<>("participant", "text", r -> participant(study, r)),
                new Column<>("text", "text", r -> r.cue().text()),
                new Column<>("session_id", "uuid", r -> r.session().id().toString()));
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
