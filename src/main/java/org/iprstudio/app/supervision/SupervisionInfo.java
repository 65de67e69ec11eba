package org.iprstudio.app.supervision;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.RatingScale;

/**
 * Everything the supervision screen may know about its meeting: who sits together over which
 * session, the lead questions, the helpfulness scale and the video. Nothing of the client's recall.
 */
public record SupervisionInfo(String traineeCode, String supervisorCode, String dyadCode, int sessionNumber, LocalDate date,
                              List<String> questions, RatingScale helpfulness, Optional<Path> video, Optional<MediaTime> duration) {
    public SupervisionInfo {
        questions = List.copyOf(questions);
    }
}
