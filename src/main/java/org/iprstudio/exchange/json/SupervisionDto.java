package org.iprstudio.exchange.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Version 3: the supervision part of a study (docs/study-json.md, section Supervision): the lead
 * questions, and the meetings with their stops and learning points nested inside them.
 */
@JsonPropertyOrder({"questions", "meetings"})
record SupervisionDto(List<String> questions, List<MeetingDto> meetings) {

    @JsonPropertyOrder({"id", "session", "trainee", "supervisor", "date", "summary", "clientViewOpenedAt", "stops"})
    record MeetingDto(String id, String session, String trainee, String supervisor, String date, String summary, String clientViewOpenedAt,
                      List<StopDto> stops) {
    }

    @JsonPropertyOrder({"id", "anchor", "stoppedBy", "question", "recall", "timeFrame", "helpfulness", "feedback", "createdAt", "learningPoints"})
    record StopDto(String id, String anchor, String stoppedBy, String question, String recall, String timeFrame, Double helpfulness,
                   String feedback, String createdAt, List<PointDto> learningPoints) {
    }

    @JsonPropertyOrder({"id", "text", "status", "noted"})
    record PointDto(String id, String text, String status, String noted) {
    }
}
