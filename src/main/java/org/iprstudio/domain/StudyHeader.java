package org.iprstudio.domain;

import java.time.LocalDate;
import java.util.UUID;

/** The study itself: its title, ethics approval, period and protocol. */
public record StudyHeader(UUID id, String title, String approval, LocalDate periodStart, LocalDate periodEnd, Protocol protocol) {
    public StudyHeader {
        Require.present(id, "what.studySId");
        title = Require.text(title, "what.studySTitle");
        approval = Require.orEmpty(approval).strip();
        Require.that(periodStart == null || periodEnd == null || !periodEnd.isBefore(periodStart),
                "studyHeader.studyPeriodEndsBefore", periodEnd, periodStart);
        protocol = protocol == null ? Protocol.standard() : protocol;
    }
}
