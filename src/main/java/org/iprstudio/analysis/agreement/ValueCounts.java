package org.iprstudio.analysis.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.iprstudio.analysis.AnalysisMessages;
import org.iprstudio.domain.DomainException;

/**
 * The pairable units (values from two or more coders) as counts per category: what Fleiss'
 * kappa, percent agreement and Krippendorff's alpha all start from. At the ordinal, interval
 * and ratio levels the categories are the distinct numbers, in ascending order (so "2" and
 * "2.0" are one category); at the nominal level they are the distinct texts.
 */
final class ValueCounts {
    final MeasurementLevel level;
    /** The categories' numbers (ascending) at the numeric levels; empty at the nominal level. */
    final double[] numbers;
    final int categoryCount;
    /** counts[u][c]: how many coders gave pairable unit u category c. */
    final int[][] counts;
    /** m[u]: how many values pairable unit u got. */
    final int[] m;

    private ValueCounts(MeasurementLevel level, double[] numbers, int categoryCount, int[][] counts, int[] m) {
        this.level = level;
        this.numbers = numbers;
        this.categoryCount = categoryCount;
        this.counts = counts;
        this.m = m;
    }

    static ValueCounts of(Ratings ratings, MeasurementLevel level) {
        Map<Object, Integer> index = level.needsNumbers() ? numericIndex(ratings, level) : nominalIndex(ratings);
        List<int[]> rows = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int u = 0; u < ratings.units().size(); u++) {
            int[] row = new int[index.size()];
            int size = 0;
            for (int c = 0; c < ratings.coders().size(); c++) {
                String v = ratings.value(u, c);
                if (v != null) {
                    row[index.get(key(v, level, ratings.units().get(u), ratings.coders().get(c)))]++;
                    size++;
                }
            }
            if (size >= 2) {
                rows.add(row);
                sizes.add(size);
            }
        }
        double[] numbers = new double[level.needsNumbers() ? index.size() : 0];
        if (level.needsNumbers()) {
            index.forEach((k, i) -> numbers[i] = (Double) k);
        }
        return new ValueCounts(level, numbers, index.size(), rows.toArray(int[][]::new), sizes.stream().mapToInt(Integer::intValue).toArray());
    }

    int unitCount() {
        return counts.length;
    }

    /** What makes two values one category at the level: the text (nominal) or the number. */
    static Object key(String value, MeasurementLevel level, String unit, String coder) {
        if (!level.needsNumbers()) {
            return value;
        }
        double d = Ratings.number(value, unit, coder);
        if (level == MeasurementLevel.RATIO && d < 0) {
            throw new DomainException(AnalysisMessages.of("valueCounts.unitCoderNegativeBut", unit, coder, value));
        }
        return d == 0 ? 0.0 : d; // -0.0 and 0.0 are one value
    }

    private static Map<Object, Integer> nominalIndex(Ratings ratings) {
        Map<Object, Integer> index = new HashMap<>();
        for (int u = 0; u < ratings.units().size(); u++) {
            for (String v : ratings.valuesOf(u)) {
                index.putIfAbsent(v, index.size());
            }
        }
        return index;
    }

    private static Map<Object, Integer> numericIndex(Ratings ratings, MeasurementLevel level) {
        TreeMap<Double, Integer> sorted = new TreeMap<>();
        for (int u = 0; u < ratings.units().size(); u++) {
            for (int c = 0; c < ratings.coders().size(); c++) {
                String v = ratings.value(u, c);
                if (v != null) {
                    sorted.put((Double) key(v, level, ratings.units().get(u), ratings.coders().get(c)), 0);
                }
            }
        }
        Map<Object, Integer> index = new HashMap<>();
        for (Double d : sorted.keySet()) {
            index.put(d, index.size());
        }
        return index;
    }
}
