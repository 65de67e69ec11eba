package org.iprstudio.exchange.qdpx;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Study;

/** What REFI-QDA files share: GUID spelling, dates, and the codebook as a tree. */
final class Refi {
    static final String ORIGIN = "IPR Studio";

    private Refi() {
    }

    /** Upper case, as ATLAS.ti, NVivo and MAXQDA write them; importers compare GUIDs as text. */
    static String guid(UUID id) {
        return id.toString().toUpperCase(Locale.ROOT);
    }

    /** A GUID for something IPR Studio adds (a rating code, a user), the same in every export of the study. */
    static String derived(Study study, String what) {
        return guid(UUID.nameUUIDFromBytes(("ipr-studio:" + study.header().id() + ":" + what).getBytes(StandardCharsets.UTF_8)));
    }

    static String dateTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The codebook as parent -> children, in codebook order; roots under null. */
    static Map<UUID, List<Code>> tree(Study study) {
        Map<UUID, List<Code>> children = new HashMap<>();
        for (Code c : study.entitiesInDependencyOrder().stream().filter(Code.class::isInstance).map(Code.class::cast).toList()) {
            children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
        }
        return children;
    }
}
