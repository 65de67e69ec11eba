package org.iprstudio.exchange.json;

import static org.iprstudio.exchange.json.DocumentMapper.date;
import static org.iprstudio.exchange.json.DocumentMapper.enumOf;
import static org.iprstudio.exchange.json.DocumentMapper.enumOrNull;
import static org.iprstudio.exchange.json.DocumentMapper.instant;
import static org.iprstudio.exchange.json.DocumentMapper.list;
import static org.iprstudio.exchange.json.DocumentMapper.name;
import static org.iprstudio.exchange.json.DocumentMapper.text;
import static org.iprstudio.exchange.json.DocumentMapper.time;
import static org.iprstudio.exchange.json.DocumentMapper.uuid;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Helpfulness;
import org.iprstudio.domain.LearningPoint;
import org.iprstudio.domain.LearningStatus;
import org.iprstudio.domain.StoppedBy;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.Supervision;
import org.iprstudio.domain.SupervisionMeeting;
import org.iprstudio.domain.SupervisionMoment;
import org.iprstudio.domain.TimeFrame;
import org.iprstudio.exchange.ExchangeMessages;
import org.iprstudio.exchange.json.SupervisionDto.MeetingDto;
import org.iprstudio.exchange.json.SupervisionDto.PointDto;
import org.iprstudio.exchange.json.SupervisionDto.StopDto;

/** The supervision section of study.json (version 3), in both directions; kept out of DocumentMapper to keep that readable. */
final class SupervisionJson {
    private SupervisionJson() {
    }

    /** The section, or null for a study without supervision and with the standard lead questions (written as version 1 or 2). */
    static SupervisionDto toDto(Study study) {
        Supervision s = study.supervision();
        if (s.isEmpty() && s.questions().equals(Supervision.LEAD_QUESTIONS)) {
            return null;
        }
        List<MeetingDto> meetings = s.meetings().stream().sorted(Comparator.comparing(SupervisionMeeting::date).thenComparing(SupervisionMeeting::id))
                .map(m -> new MeetingDto(m.id().toString(), m.sessionId().toString(), m.traineeId().toString(), m.supervisorId().toString(),
                        m.date().toString(), m.summary(), text(m.clientViewOpenedAt()),
                        s.momentsOf(m.id()).stream().sorted(Comparator.comparing(SupervisionMoment::anchor).thenComparing(SupervisionMoment::createdAt)
                                .thenComparing(SupervisionMoment::id)).map(x -> stop(s, x)).toList())).toList();
        return new SupervisionDto(s.questions(), meetings);
    }

    private static StopDto stop(Supervision s, SupervisionMoment m) {
        List<PointDto> points = s.pointsOf(m.id()).stream().sorted(Comparator.comparing(LearningPoint::noted).thenComparing(LearningPoint::id))
                .map(p -> new PointDto(p.id().toString(), p.text(), name(p.status()), p.noted().toString())).toList();
        return new StopDto(m.id().toString(), m.anchor().toClock(), name(m.stoppedBy()), m.question(), m.recall(), name(m.timeFrame()),
                m.helpfulness() == null ? null : m.helpfulness().value(), m.feedback(), m.createdAt().toString(), points.isEmpty() ? null : points);
    }

    static void readInto(Study study, SupervisionDto dto) {
        if (dto == null) {
            return;
        }
        Supervision s = study.supervision();
        if (dto.questions() != null) {
            s.setQuestions(dto.questions());
        }
        for (MeetingDto m : list(dto.meetings())) {
            if (m.date() == null) {
                throw new DomainException(ExchangeMessages.of("supervisionJson.dateSupervisionMeetingMissing", m.id()));
            }
            Instant opened = m.clientViewOpenedAt() == null ? null : instant(m.clientViewOpenedAt(), ExchangeMessages.of("field.clientviewopenedatSupervisionMeeting"));
            SupervisionMeeting meeting = new SupervisionMeeting(uuid(m.id(), ExchangeMessages.of("field.supervisionMeetingId")), uuid(m.session(), ExchangeMessages.of("field.sessionSupervisionMeeting")),
                    uuid(m.trainee(), ExchangeMessages.of("field.traineeSupervisionMeeting")), uuid(m.supervisor(), ExchangeMessages.of("field.supervisorSupervisionMeeting")),
                    date(m.date(), ExchangeMessages.of("field.dateSupervisionMeeting")), m.summary(), opened);
            requireNew(study, meeting.id());
            s.put(meeting, study);
            for (StopDto x : list(m.stops())) {
                SupervisionMoment stop = new SupervisionMoment(uuid(x.id(), ExchangeMessages.of("field.supervisionStopId")), meeting.id(), time(x.anchor(), ExchangeMessages.of("field.anchorSupervisionStop")),
                        enumOf(StoppedBy.class, x.stoppedBy(), ExchangeMessages.of("field.stoppedbySupervisionStop")), x.question(), x.recall(),
                        enumOrNull(TimeFrame.class, x.timeFrame(), ExchangeMessages.of("field.timeframeSupervisionStop")),
                        x.helpfulness() == null ? null : new Helpfulness(x.helpfulness()), x.feedback(), instant(x.createdAt(), ExchangeMessages.of("field.createdatSupervisionStop")));
                requireNew(study, stop.id());
                s.put(stop, study);
                for (PointDto p : list(x.learningPoints())) {
                    if (p.noted() == null) {
                        throw new DomainException(ExchangeMessages.of("supervisionJson.dateNotedLearningPoint", p.id()));
                    }
                    LearningPoint point = new LearningPoint(uuid(p.id(), ExchangeMessages.of("field.learningPointId")), stop.id(), p.text(),
                            enumOf(LearningStatus.class, p.status(), ExchangeMessages.of("field.learningPointStatus")), date(p.noted(), ExchangeMessages.of("field.notedDateLearningPoint")));
                    requireNew(study, point.id());
                    s.put(point, study);
                }
            }
        }
    }

    private static void requireNew(Study study, java.util.UUID id) {
        if (study.supervision().find(id).isPresent() || study.find(id).isPresent()) {
            throw new DomainException(ExchangeMessages.of("supervisionJson.idUsedTwoRecords", id));
        }
    }
}
