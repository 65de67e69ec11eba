package org.iprstudio.domain;

import java.util.UUID;

/** One therapist and one client at one site (D01). Roles of the two are checked by {@link Study}. */
public record Dyad(UUID id, String code, UUID siteId, UUID therapistId, UUID clientId, Trajectory trajectory) implements Entity {
    public Dyad {
        Require.present(id, "what.dyadSId");
        code = Require.code(code, "what.dyadCode", "[A-Za-z][A-Za-z0-9_-]{0,15}", "D01");
        Require.present(siteId, "what.siteOfDyad", code);
        Require.present(therapistId, "what.therapistOfDyadRequired", code);
        Require.present(clientId, "what.clientOfDyadRequired", code);
        Require.that(!therapistId.equals(clientId), "dyad.dyadTherapistClientMust", code);
        trajectory = trajectory == null ? Trajectory.UNCLASSIFIED : trajectory;
    }
}
