package org.iprstudio.app.team;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.iprstudio.app.AppMessages;
import org.iprstudio.domain.AuditEvent;
import org.iprstudio.domain.AuditKind;
import org.iprstudio.domain.DomainException;

/**
 * Which audit events the History shows: by person (initials; empty for everyone), by date range
 * (days in the given time zone, both ends included; null for open) and by kind (empty for all).
 */
public record HistoryFilter(Set<String> who, LocalDate from, LocalDate to, Set<AuditKind> kinds, ZoneId zone) {
    public HistoryFilter {
        who = Set.copyOf(who == null ? Set.of() : who);
        kinds = Set.copyOf(kinds == null ? Set.of() : kinds);
        zone = zone == null ? ZoneId.systemDefault() : zone;
        if (from != null && to != null && to.isBefore(from)) {
            throw new DomainException(AppMessages.of("historyFilter.dateRangeEndsBefore", to, from));
        }
    }

    public static HistoryFilter everything() {
        return new HistoryFilter(Set.of(), null, null, Set.of(), null);
    }

    public boolean accepts(AuditEvent e) {
        if (!who.isEmpty() && !who.contains(e.who())) {
            return false;
        }
        if (!kinds.isEmpty() && !kinds.contains(e.kind())) {
            return false;
        }
        LocalDate day = e.at().atZone(zone).toLocalDate();
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** The events that pass, newest first. */
    public List<AuditEvent> apply(List<AuditEvent> trail) {
        List<AuditEvent> passed = new java.util.ArrayList<>(trail.stream().filter(this::accepts).toList());
        java.util.Collections.reverse(passed);
        return passed;
    }
}
