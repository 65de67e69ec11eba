package org.iprstudio.ui;

import java.util.ArrayList;
import java.util.List;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.ui.timeline.TimelineLane;

/** The researcher's lanes for a session: every recall pass, a missing one as a marked gap. */
final class SessionLanes {
    private SessionLanes() {
    }

    static List<TimelineLane> of(Study study, Session session) {
        List<TimelineLane> lanes = new ArrayList<>();
        for (RecallPass pass : study.passesOf(session.id())) {
            String label = StudyTreeModel.perspective(pass.perspective()) + " " + study.participant(pass.participantId()).code();
            if (pass.status() == PassStatus.MISSING) {
                lanes.add(TimelineLane.missing(pass.id().toString(), label, pass.missingReason()));
            } else {
                var moments = study.momentsOf(pass.id());
                lanes.add(TimelineLane.of(pass.id().toString(), label, Texts.get("timeline.laneDetail", moments.size()), moments));
            }
        }
        return lanes;
    }
}
