package org.iprstudio.analysis.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reliability data from the published worked examples the measures are checked against. */
final class PublishedExamples {
    private PublishedExamples() {
    }

    /**
     * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers
     * by 12 units, values 1-5, "." where an observer gave none. Unit 12 has a single value.
     */
    static Ratings krippendorff2011() {
        String[][] byObserver = {
            {"1", "2", "3", "3", "2", "1", "4", "1", "2", null, null, null},
            {"1", "2", "3", "3", "2", "2", "4", "1", "2", "5", null, "3"},
            {null, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", null},
            {"1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", null},
        };
        Ratings.Builder builder = Ratings.builder(List.of("A", "B", "C", "D"));
        for (int u = 0; u < 12; u++) {
            List<String> cells = new ArrayList<>();
            for (String[] observer : byObserver) {
                cells.add(observer[u]);
            }
            builder.unit(String.valueOf(u + 1), cells);
        }
        return builder.build();
    }

    /** Two coders' units from a contingency table: cell [i][j] units got category i+1 from the first, j+1 from the second. */
    static Ratings twoCoders(int[][] table) {
        Ratings.Builder builder = Ratings.builder(List.of("first", "second"));
        int unit = 0;
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table[i].length; j++) {
                for (int n = 0; n < table[i][j]; n++) {
                    builder.unit("u" + ++unit, List.of(String.valueOf(i + 1), String.valueOf(j + 1)));
                }
            }
        }
        return builder.build();
    }

    /** Cohen (1960), p. 37: 100 units, three categories. */
    static final int[][] COHEN_1960_EXAMPLE_1 = {{25, 12, 3}, {13, 2, 15}, {12, 16, 2}};
    /** Cohen (1960), p. 45: 200 units, three categories. */
    static final int[][] COHEN_1960_EXAMPLE_2 = {{88, 14, 18}, {10, 40, 10}, {2, 6, 12}};
    /** The SAS documentation's table (also in statsmodels' tests): kappa .4842. */
    static final int[][] SAS_TABLE = {{0, 4, 1}, {0, 8, 0}, {0, 1, 5}};

    /** Fleiss (1971), p. 379: 30 patients, each diagnosed by 6 of many psychiatrists into 5 categories. */
    static Ratings fleiss1971() {
        int[][] patients = {
            {4, 4, 4, 4, 4, 4}, {2, 2, 2, 5, 5, 5}, {2, 3, 3, 3, 3, 5}, {5, 5, 5, 5, 5, 5}, {2, 2, 2, 4, 4, 4},
            {1, 1, 3, 3, 3, 3}, {3, 3, 3, 3, 5, 5}, {1, 1, 3, 3, 3, 4}, {1, 1, 4, 4, 4, 4}, {5, 5, 5, 5, 5, 5},
            {1, 4, 4, 4, 4, 4}, {1, 2, 4, 4, 4, 4}, {2, 2, 2, 3, 3, 3}, {1, 4, 4, 4, 4, 4}, {2, 2, 4, 4, 4, 5},
            {3, 3, 3, 3, 3, 5}, {1, 1, 1, 4, 5, 5}, {1, 1, 1, 1, 1, 2}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 5, 5, 5},
            {5, 5, 5, 5, 5, 5}, {2, 4, 4, 4, 4, 4}, {2, 2, 4, 5, 5, 5}, {1, 1, 4, 4, 4, 4}, {1, 4, 4, 4, 4, 5},
            {2, 2, 2, 2, 2, 4}, {1, 1, 1, 1, 5, 5}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 3, 3, 3}, {5, 5, 5, 5, 5, 5},
        };
        Ratings.Builder builder = Ratings.builder(List.of("r1", "r2", "r3", "r4", "r5", "r6"));
        for (int p = 0; p < patients.length; p++) {
            builder.unit("patient " + (p + 1), Arrays.stream(patients[p]).mapToObj(String::valueOf).toList());
        }
        return builder.build();
    }
}
