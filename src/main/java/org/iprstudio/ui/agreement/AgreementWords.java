package org.iprstudio.ui.agreement;

import java.util.List;
import java.util.Locale;
import org.iprstudio.ui.common.LocalFormats;
import org.iprstudio.analysis.agreement.Estimate;
import org.iprstudio.analysis.agreement.MarkAgreement;
import org.iprstudio.analysis.agreement.PerspectiveAgreement;
import org.iprstudio.domain.PairingWindow;
import org.iprstudio.domain.Role;
import org.iprstudio.ui.Texts;

/** How the Agreement tab words its figures: three decimals, signed seconds, and a reason in words wherever a figure is undefined. */
final class AgreementWords {
    private AgreementWords() {
    }

    /** 2M / (n_c + n_t) to three decimals, or why there is none. */
    static String proportion(Estimate estimate) {
        if (!estimate.isDefined()) {
            return Texts.get("agreement.undefined", estimate.undefinedMessage());
        }
        return LocalFormats.fixed(estimate.value(), 3);
    }

    /** A signed offset in seconds with one decimal ("+12.5 s"); zero without a sign. */
    static String seconds(double millis) {
        if (Math.round(millis / 100) == 0) {
            return Texts.get("agreement.seconds", LocalFormats.fixed(0, 1));
        }
        return Texts.get("agreement.seconds", LocalFormats.signed(millis / 1000, 1));
    }

    /** An unsigned length in seconds, as short as it can be written ("30", "2.5"). */
    static String length(long millis) {
        return LocalFormats.decimal(millis / 1000.0, 3);
    }

    static String median(MarkAgreement a) {
        return a.offsets().map(o -> seconds(o.median())).orElse(Texts.get("agreement.noMatches"));
    }

    static String quartiles(MarkAgreement a) {
        return a.offsets().map(o -> Texts.get("agreement.fromTo", seconds(o.lowerQuartile()), seconds(o.upperQuartile())))
                .orElse(Texts.get("agreement.noMatches"));
    }

    static String range(MarkAgreement a) {
        return a.offsets().map(o -> Texts.get("agreement.fromTo", seconds(o.min()), seconds(o.max()))).orElse(Texts.get("agreement.noMatches"));
    }

    /** Who marked first, going by the median offset (the therapist's anchor minus the client's), and by how much. */
    static String whoFirst(MarkAgreement a) {
        return a.offsets().map(o -> {
            double median = o.median();
            if (Math.round(median / 100) == 0) {
                return Texts.get("agreement.first.same");
            }
            String by = length(Math.round(Math.abs(median) / 100) * 100);
            return median > 0 ? Texts.get("agreement.first.client", by) : Texts.get("agreement.first.therapist", by);
        }).orElse(Texts.get("agreement.noMatches"));
    }

    static String window(PairingWindow window) {
        return Texts.get("agreement.window", length(window.before().millis()), length(window.after().millis()));
    }

    static String gaps(List<PerspectiveAgreement.Gap> gaps) {
        return String.join("; ", gaps.stream().map(AgreementWords::gap).toList());
    }

    private static String gap(PerspectiveAgreement.Gap gap) {
        String who = role(gap.perspective());
        return switch (gap.absence()) {
            case NO_RECALL -> Texts.get("agreement.gap.noRecall", who);
            case PLANNED -> Texts.get("agreement.gap.planned", who, gap.participantCode());
            case MISSING -> gap.reason().isEmpty() ? Texts.get("agreement.gap.missing", who, gap.participantCode())
                    : Texts.get("agreement.gap.missingBecause", who, gap.participantCode(), gap.reason());
        };
    }

    static String role(Role role) {
        return Texts.get("role." + role.name().toLowerCase(Locale.ROOT));
    }
}
