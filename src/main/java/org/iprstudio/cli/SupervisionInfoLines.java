package org.iprstudio.cli;

import java.io.PrintWriter;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.Supervision;
import org.iprstudio.domain.SupervisionMeeting;
import org.iprstudio.domain.SupervisionMoment;

/** The supervision part of info: one line per meeting, after the research data (and only when there is any). */
final class SupervisionInfoLines {
    private SupervisionInfoLines() {
    }

    static void print(Study study, PrintWriter out) {
        Supervision supervision = study.supervision();
        if (supervision.isEmpty()) {
            return;
        }
        out.println();
        out.println(Texts.get("info.supervision", supervision.meetings().size(), supervision.momentCount(), supervision.pointCount()));
        for (SupervisionMeeting m : supervision.meetings()) {
            Session session = study.session(m.sessionId());
            var stops = supervision.momentsOf(m.id());
            int points = stops.stream().map(SupervisionMoment::id).mapToInt(id -> supervision.pointsOf(id).size()).sum();
            out.println(Texts.get("info.supervisionMeeting", m.date(), study.dyad(session.dyadId()).code() + "/" + session.number(),
                    study.participant(m.traineeId()).code(), study.participant(m.supervisorId()).code(), stops.size(), points,
                    m.clientViewOpened() ? Texts.get("info.supervisionClientView") : ""));
        }
    }
}
