package org.iprstudio.app.supervision;

import org.iprstudio.domain.Helpfulness;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.TimeFrame;

/** One stop of the client's own recall of the session, as shown once the supervisor has opened the client's view. */
public record ClientViewLine(MediaTime anchor, String comment, TimeFrame timeFrame, Helpfulness helpfulness) {
}
