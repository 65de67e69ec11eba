package org.iprstudio.domain;

import java.util.UUID;

/** One therapist and one client at one site (D01). Roles of the two are checked by {@link Study}. */
public record Dyad(UUID id, String code, UUID siteId, UUID therapistId, UUID clientId, Trajectory trajectory) implements Entity {
    public Dyad {
        Require.present(id, "what.dyadSId");
        code = Require.code(code, "what.dyadCode", "[A-Za-z][A-Za-z0-9_-]{0,15}", "D01");
        Require.present(siteId, "The site of dyad " + code);
        Require.present(therapistId, "The therapist of dyad " + code);
        Require.present(clientId, "The client of dyad " + code);
        Require.that(!therapistId.equals(clientId), "dyad.dyadTherapistClientMust", code);
        trajectory = trajectory == null ? Trajectory.UNCLASSIFIED : trajectory;
    }
}
