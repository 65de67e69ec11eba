package org.iprstudio.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.RatingScale;
import org.iprstudio.domain.Role;

/**
 * Everything the recall screen may know about its pass: who recalls which session, the
 * protocol's prompts, scales and quick tags, and the video. Nothing of any other pass.
 */
public record RecallInfo(Role perspective, String participantCode, String dyadCode, int sessionNumber, List<String> prompts,
                         RatingScale helpfulness, RatingScale intensity, List<String> quickTags, Optional<Path> video,
                         Optional<MediaTime> duration) {
}
