package org.iprstudio.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A trainee's supervision log: their meetings in date order, each with the session it reviewed,
 * the supervisor, the supervisor's summary and the learning points with the stops they came from.
 * Codes and pseudonyms only, and nothing of any client's recall.
 */
public record SupervisionLog(Participant trainee, List<Meeting> meetings) {
    public SupervisionLog {
        Require.present(trainee, "what.traineeSupervisionLog");
        meetings = List.copyOf(meetings);
    }

    /** One meeting as the log shows it; {@code session} reads "D02/3". */
    public record Meeting(SupervisionMeeting meeting, String session, Participant supervisor, int stops, List<Point> points) {
        public Meeting {
            points = List.copyOf(points);
        }
    }

    /** A learning point and the stop it came from. */
    public record Point(LearningPoint point, SupervisionMoment moment) {
    }

    public static SupervisionLog of(Study study, Participant trainee) {
        Supervision supervision = study.supervision();
        List<Meeting> meetings = new ArrayList<>();
        for (SupervisionMeeting m : supervision.meetingsOf(trainee.id())) {
            Session session = study.session(m.sessionId());
            List<Point> points = new ArrayList<>();
            List<SupervisionMoment> stops = supervision.momentsOf(m.id());
            for (SupervisionMoment stop : stops) {
                supervision.pointsOf(stop.id()).forEach(p -> points.add(new Point(p, stop)));
            }
            points.sort(Comparator.comparing((Point p) -> p.point().noted()).thenComparing(p -> p.moment().anchor()));
            meetings.add(new Meeting(m, study.dyad(session.dyadId()).code() + "/" + session.number(), study.participant(m.supervisorId()),
                    stops.size(), points));
        }
        return new SupervisionLog(trainee, meetings);
    }

    /** Every learning point of the log, meeting by meeting. */
    public List<Point> points() {
        return meetings.stream().flatMap(m -> m.points().stream()).toList();
    }

    /** A time in the session as people write it: "04:05", or "1:02:03" past the hour ("01:02:03"). */
    public static String clock(MediaTime time) {
        long seconds = time.millis() / 1000;
        long h = seconds / 3600;
        return h > 0 ? String.format("%02d:%02d:%02d", h, seconds / 60 % 60, seconds % 60) : String.format("%02d:%02d", seconds / 60, seconds % 60);
    }
}
