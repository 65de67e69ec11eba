package org.iprstudio.exchange.qdpx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.PairClass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Study;

/**
 * REFI-QDA has no variables on selections, so what IPR records about each moment (perspective,
 * helpfulness, valence, intensity, time frame, initiator, quick tags, the class of a confirmed pair)
 * becomes codes in non-codable "IPR: ..." groups. Names carry their group ("helpfulness 7.5"),
 * because QualCoder merges codes of the same name.
 */
final class AttributeCodes {
    static final String PREFIX = "IPR: ";

    private final Study study;
    private final Map<String, Map<String, String>> groups = new LinkedHashMap<>();

    AttributeCodes(Study study) {
        this.study = study;
        for (String group : List.of("perspective", "helpfulness", "valence", "intensity", "time frame", "initiator", "quick tags", "pair class")) {
            groups.put(group, new TreeMap<>());
        }
    }

    /** The attribute codes of one moment (registering them), perspective first. */
    List<String> of(Moment m, Role perspective, PairClass confirmedPair) {
        List<String> guids = new ArrayList<>();
        guids.add(code("perspective", "perspective: " + lower(perspective)));
        if (m.helpfulness() != null) {
            String value = m.helpfulness().display();
            guids.add(code("helpfulness", "helpfulness " + (value.length() == 1 ? value + ".0" : value)));
            guids.add(code("valence", "valence: " + lower(m.helpfulness().valence())));
        }
        if (m.intensity() != null) {
            guids.add(code("intensity", "intensity " + m.intensity()));
        }
        if (m.timeFrame() != null) {
            guids.add(code("time frame", "time frame: " + lower(m.timeFrame())));
        }
        guids.add(code("initiator", "initiator: " + lower(m.initiator())));
        for (String tag : m.tags()) {
            guids.add(code("quick tags", "tag: " + tag));
        }
        if (confirmedPair != null) {
            guids.add(code("pair class", "pair: " + lower(confirmedPair).replace('_', ' ')));
        }
        return guids;
    }

    private String code(String group, String name) {
        return groups.get(group).computeIfAbsent(name, n -> Refi.derived(study, "attribute:" + n));
    }

    /** Group name -> (code name -> GUID), only the groups used. */
    Map<String, Map<String, String>> used() {
        Map<String, Map<String, String>> used = new LinkedHashMap<>();
        groups.forEach((group, codes) -> {
            if (!codes.isEmpty()) {
                used.put(group, codes);
            }
        });
        return used;
    }

    String groupGuid(String group) {
        return Refi.derived(study, "attribute-group:" + group);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
