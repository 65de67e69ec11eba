package org.iprstudio.analysis.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iprstudio.analysis.AnalysisMessages;
import org.iprstudio.domain.DomainException;

/**
 * Reliability data: units by coders, each cell the value one coder gave one unit, or nothing
 * (null) where that coder gave none. This is the one input of every agreement statistic here,
 * whether it comes from a plain table or, later, from a coding round's codings (a moment or a
 * pair is a unit; a code present/absent, or an exclusive code group's chosen code, is the value).
 */
public final class Ratings {
    private final List<String> units;
    private final List<String> coders;
    private final String[][] values;

    private Ratings(List<String> units, List<String> coders, String[][] values) {
        this.units = List.copyOf(units);
        this.coders = List.copyOf(coders);
        this.values = values;
    }

    /** Starts a table for the given coders; add units in the order they should be reported. */
    public static Builder builder(List<String> coders) {
        return new Builder(coders);
    }

    public List<String> units() {
        return units;
    }

    public List<String> coders() {
        return coders;
    }

    /** The value coder {@code coder} gave unit {@code unit} (both by index), or null. */
    public String value(int unit, int coder) {
        return values[unit][coder];
    }

    /** The values one unit got, without the empty cells. */
    public List<String> valuesOf(int unit) {
        List<String> given = new ArrayList<>();
        for (String v : values[unit]) {
            if (v != null) {
                given.add(v);
            }
        }
        return given;
    }

    /** Units with values from at least two coders: the only ones that say anything about agreement. */
    public int pairableUnitCount() {
        int count = 0;
        for (int u = 0; u < units.size(); u++) {
            if (valuesOf(u).size() >= 2) {
                count++;
            }
        }
        return count;
    }

    /** Reads a value as a number for the ordinal, interval and ratio levels: a dot decimal, e.g. 3 or 2.5. */
    static double number(String value, String unit, String coder) {
        try {
            double d = Double.parseDouble(value.strip());
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DomainException(AnalysisMessages.of("ratings.unitCoderNumberOrdinal", unit, coder, value));
    }

    /** Collects a table cell by cell. */
    public static final class Builder {
        private final List<String> coders;
        private final Map<String, String[]> rows = new LinkedHashMap<>();

        private Builder(List<String> coders) {
            if (coders.isEmpty()) {
                throw new DomainException(AnalysisMessages.of("ratings.reliabilityDataNeedLeast"));
            }
            List<String> seen = new ArrayList<>();
            for (String c : coders) {
                if (c == null || c.isBlank()) {
                    throw new DomainException(AnalysisMessages.of("ratings.coderHasNameGive"));
                }
                if (seen.contains(c.strip())) {
                    throw new DomainException(AnalysisMessages.of("ratings.coderNamedTwiceGive", c.strip()));
                }
                seen.add(c.strip());
            }
            this.coders = seen;
        }

        /** Adds a unit with one cell per coder (null or blank where that coder gave no value). */
        public Builder unit(String unit, List<String> cells) {
            if (unit == null || unit.isBlank()) {
                throw new DomainException(AnalysisMessages.of("ratings.unitHasNameGive"));
            }
            String key = unit.strip();
            if (rows.containsKey(key)) {
                throw new DomainException(AnalysisMessages.of("ratings.unitAppearsTwiceGive", key));
            }
            if (cells.size() > coders.size()) {
                throw new DomainException(AnalysisMessages.of("ratings.unitHasValuesBut", key, cells.size(), coders.size()));
            }
            String[] row = new String[coders.size()];
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i);
                row[i] = cell == null || cell.isBlank() ? null : cell.strip();
            }
            rows.put(key, row);
            return this;
        }

        /** Sets one cell, adding the unit if it is new: how codings arrive one by one. */
        public Builder value(String unit, String coder, String value) {
            int c = coders.indexOf(coder);
            if (c < 0) {
                throw new DomainException(AnalysisMessages.of("ratings.coderTable", coder));
            }
            String[] row = rows.computeIfAbsent(unit, k -> new String[coders.size()]);
            row[c] = value == null || value.isBlank() ? null : value.strip();
            return this;
        }

        public Ratings build() {
            String[][] values = rows.values().stream().map(r -> Arrays.copyOf(r, r.length)).toArray(String[][]::new);
            return new Ratings(new ArrayList<>(rows.keySet()), coders, values);
        }
    }
}
