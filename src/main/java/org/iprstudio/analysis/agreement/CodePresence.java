package org.iprstudio.analysis.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iprstudio.analysis.AnalysisMessages;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.UserMessage;

/**
 * Turns a coding round's codings into reliability data. A unit is a moment or a pair; a coder
 * who was given the unit either applied a code to it (present) or did not (absent); a coder who
 * was not given it leaves the cell empty. So every unit a coder saw must be listed, with no
 * codes if the coder applied none: absence is only known for units the coder looked at.
 */
public final class CodePresence {
    public static final String PRESENT = "present";
    public static final String ABSENT = "absent";
    /** The value of an exclusive group on a unit the coder saw but gave none of the group's codes. */
    public static final String NONE_OF_THE_GROUP = "none";

    private CodePresence() {
    }

    /** One coder's work on one unit: the codes applied (empty when the coder applied none). */
    public record UnitCoding(String unit, String coder, Set<String> codes) {
        public UnitCoding {
            codes = Set.copyOf(codes);
        }
    }

    /** One nominal variable per unit: is {@code code} present or absent. */
    public static Ratings forCode(List<String> coders, List<UnitCoding> codings, String code) {
        Ratings.Builder builder = Ratings.builder(coders);
        for (UnitCoding c : merged(codings)) {
            builder.value(c.unit(), c.coder(), c.codes().contains(code) ? PRESENT : ABSENT);
        }
        return builder.build();
    }

    /** Every code on every unit: one present/absent decision per (unit, code), pooled as units of their own. */
    public static Ratings overAllCodes(List<String> coders, List<UnitCoding> codings, Collection<String> codes) {
        Ratings.Builder builder = Ratings.builder(coders);
        List<UnitCoding> merged = merged(codings);
        for (String code : codes) {
            for (UnitCoding c : merged) {
                builder.value(c.unit() + " / " + code, c.coder(), c.codes().contains(code) ? PRESENT : ABSENT);
            }
        }
        return builder.build();
    }

    /**
     * A group of mutually exclusive codes as one nominal variable per unit: the value is the
     * group's code the coder applied, or {@value #NONE_OF_THE_GROUP}.
     */
    public static Ratings forExclusiveGroup(List<String> coders, List<UnitCoding> codings, String group, Collection<String> groupCodes) {
        Ratings.Builder builder = Ratings.builder(coders);
        for (UnitCoding c : merged(codings)) {
            List<String> chosen = c.codes().stream().filter(groupCodes::contains).sorted().toList();
            if (chosen.size() > 1) {
                throw new DomainException(AnalysisMessages.of("codePresence.coderGaveUnitBut", c.coder(), c.unit(), UserMessage.joined(chosen, AnalysisMessages.of("codePresence.and")), group));
            }
            builder.value(c.unit(), c.coder(), chosen.isEmpty() ? NONE_OF_THE_GROUP : chosen.get(0));
        }
        return builder.build();
    }

    /** One entry per unit and coder, in order of first appearance: a coder's codes of a unit may arrive one coding at a time. */
    static List<UnitCoding> merged(List<UnitCoding> codings) {
        Map<List<String>, Set<String>> byUnitAndCoder = new LinkedHashMap<>();
        for (UnitCoding c : codings) {
            byUnitAndCoder.computeIfAbsent(List.of(c.unit(), c.coder()), k -> new java.util.LinkedHashSet<>()).addAll(c.codes());
        }
        List<UnitCoding> merged = new ArrayList<>();
        byUnitAndCoder.forEach((key, codes) -> merged.add(new UnitCoding(key.get(0), key.get(1), codes)));
        return merged;
    }

    /** A round's statistics: each code's, in the order given, and over all codes. */
    public record ByCode(Map<String, AgreementReport> perCode, AgreementReport allCodes) {
    }

    public static ByCode byCode(List<String> coders, List<UnitCoding> codings, Collection<String> codes) {
        Map<String, AgreementReport> reports = new LinkedHashMap<>();
        for (String code : new ArrayList<>(codes)) {
            reports.put(code, AgreementReport.of(forCode(coders, codings, code), MeasurementLevel.NOMINAL));
        }
        return new ByCode(reports, AgreementReport.of(overAllCodes(coders, codings, codes), MeasurementLevel.NOMINAL));
    }
}
