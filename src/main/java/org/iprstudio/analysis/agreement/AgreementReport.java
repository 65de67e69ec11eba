package org.iprstudio.analysis.agreement;

/**
 * Every agreement statistic of one set of reliability data, as the command line and (later)
 * a coding round's report show them. Fleiss' kappa, Cohen's kappa and percent agreement count
 * only identical values as agreement; alpha weighs differences by the level.
 *
 * @param cohen null unless there are exactly two coders
 * @param units every unit in the data; {@code pairableUnits} those with two or more values
 */
public record AgreementReport(MeasurementLevel level, Estimate alpha, AlphaBootstrap.Interval alphaInterval, Estimate fleiss,
                              Estimate cohen, Estimate percent, int units, int pairableUnits, int coders) {

    public static AgreementReport of(Ratings ratings, MeasurementLevel level) {
        ValueCounts counts = ValueCounts.of(ratings, level);
        Estimate cohen = ratings.coders().size() == 2 ? CohenKappa.of(ratings, level) : null;
        return new AgreementReport(level, KrippendorffAlpha.compute(counts, null).alpha(), AlphaBootstrap.of(ratings, level),
                FleissKappa.of(counts), cohen, PercentAgreement.of(counts), ratings.units().size(), counts.unitCount(), ratings.coders().size());
    }
}
