package org.iprstudio.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.Theme;

/**
 * How often each theme occurs across the dyads, labelled as consensual qualitative research does
 * (Hill et al. 2005): general, typical, variant or rare by the share of dyads in which the theme
 * occurs. CQR states its labels in cases ("all or all but one"); a study of any size needs shares,
 * so the thresholds are shares, stated in the report and configurable. A dyad counts in the
 * denominator when at least one of its recalls took place (a dyad whose every recall is missing
 * could not show any theme). Moments by column are {@link ThemeMatrix}'s.
 */
public record ThemeFrequency(Thresholds thresholds, ThemeMatrix matrix, List<Line> lines, int dyadsCounted) {

    /** The CQR frequency labels, most frequent first. */
    public enum Label {
        GENERAL, TYPICAL, VARIANT, RARE, ABSENT
    }

    /**
     * Lowest share of dyads for each label: at or above {@code general} is general, at or above
     * {@code typical} typical, at or above {@code variant} variant, any other occurrence rare.
     */
    public record Thresholds(double general, double typical, double variant) {
        /** All but about one in ten dyads; more than half; a quarter (CQR's "all or all but one", "more than half", "at least two or three" of about 12). */
        public static final Thresholds DEFAULT = new Thresholds(0.9, 0.5, 0.25);

        public Thresholds {
            if (!(variant > 0 && variant <= typical && typical <= general && general <= 1)) {
                throw new DomainException(AnalysisMessages.of("themeFrequency.thresholds", String.valueOf(general), String.valueOf(typical), String.valueOf(variant)));
            }
        }

        public Label label(int dyads, int of) {
            if (dyads == 0 || of == 0) {
                return Label.ABSENT;
            }
            double share = (double) dyads / of;
            // a tiny tolerance so that 9 of 10 meets 0.9 despite binary fractions
            if (share >= general - 1e-9) {
                return Label.GENERAL;
            }
            if (share >= typical - 1e-9) {
                return Label.TYPICAL;
            }
            return share >= variant - 1e-9 ? Label.VARIANT : Label.RARE;
        }
    }

    /** One theme (a subthemes has depth 1 or more): the dyads it occurs in, and its label. */
    public record Line(Theme theme, int depth, List<String> dyadCodes, Label label, ThemeMatrix.Row row) {
        public int dyads() {
            return dyadCodes.size();
        }
    }

    public static ThemeFrequency of(Study study, Thresholds thresholds) {
        ThemeMatrix matrix = ThemeMatrix.of(study, null);
        Map<UUID, Dyad> dyadOfPass = new HashMap<>();
        Set<UUID> dyadsWithRecall = new HashSet<>();
        for (Session session : study.sessions()) {
            Dyad dyad = study.dyad(session.dyadId());
            for (RecallPass pass : study.passesOf(session.id())) {
                dyadOfPass.put(pass.id(), dyad);
                if (pass.status() != PassStatus.MISSING) {
                    dyadsWithRecall.add(dyad.id());
                }
            }
        }
        int counted = dyadsWithRecall.size();
        List<Line> lines = new ArrayList<>();
        for (ThemeMatrix.Row row : matrix.rows()) {
            Set<UUID> seen = new HashSet<>();
            List<String> codes = new ArrayList<>();
            for (List<UUID> cell : row.cells()) {
                for (UUID momentId : cell) {
                    Dyad dyad = dyadOfPass.get(study.moment(momentId).passId());
                    if (seen.add(dyad.id())) {
                        codes.add(dyad.code());
                    }
                }
            }
            codes.sort(null);
            lines.add(new Line(row.theme(), row.depth(), List.copyOf(codes), thresholds.label(codes.size(), counted), row));
        }
        return new ThemeFrequency(thresholds, matrix, List.copyOf(lines), counted);
    }
}
