package org.iprstudio.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;

/**
 * How far the two perspectives of a dyad (or of the whole study, dyad null) agree: pairs by
 * class, one-sided moments per perspective, the helpfulness difference over pairs and the
 * missing perspectives. Pairs still only suggested are counted and reported as such.
 */
public record DyadSummary(Dyad dyad, int pairs, int suggested, int convergent, int divergentValence, int divergentMeaning,
                          int clientOnly, int therapistOnly, int clientMoments, int therapistMoments,
                          OptionalDouble meanHelpfulnessDifference, OptionalDouble meanAbsoluteHelpfulnessDifference,
                          List<Missing> missing) {

    /** A perspective missing in one session. */
    public record Missing(Session session, SessionPairing.Gap gap) {
    }

    public double shareConvergent() {
        return pairs == 0 ? 0 : (double) convergent / pairs;
    }

    public double shareDivergent() {
        return pairs == 0 ? 0 : (double) (divergentValence + divergentMeaning) / pairs;
    }

    /** One line per dyad, then one for the whole study (dyad null). */
    public static List<DyadSummary> of(Study study, Map<UUID, SessionPairing> pairings) {
        List<DyadSummary> result = new ArrayList<>();
        Tally total = new Tally();
        for (Dyad dyad : study.dyads()) {
            Tally tally = new Tally();
            for (Session session : study.sessionsOf(dyad.id())) {
                SessionPairing pairing = pairings.get(session.id());
                if (pairing != null) {
                    tally.add(session, pairing);
                    total.add(session, pairing);
                }
            }
            result.add(tally.summary(dyad));
        }
        result.add(total.summary(null));
        return result;
    }

    private static final class Tally {
        int pairs;
        int suggested;
        int convergent;
        int divergentValence;
        int divergentMeaning;
        int clientOnly;
        int therapistOnly;
        int clientMoments;
        int therapistMoments;
        int rated;
        double difference;
        double absoluteDifference;
        final List<Missing> missing = new ArrayList<>();

        void add(Session session, SessionPairing pairing) {
            List<SessionPairing.Line> lines = new ArrayList<>(pairing.kept());
            lines.addAll(pairing.suggested());
            suggested += pairing.suggested().size();
            for (SessionPairing.Line line : lines) {
                pairs++;
                switch (line.pairClass()) {
                    case CONVERGENT -> convergent++;
                    case DIVERGENT_VALENCE -> divergentValence++;
                    case DIVERGENT_MEANING -> divergentMeaning++;
                }
                if (line.client().helpfulness() != null && line.therapist().helpfulness() != null) {
                    double d = line.therapist().helpfulness().value() - line.client().helpfulness().value();
                    rated++;
                    difference += d;
                    absoluteDifference += Math.abs(d);
                }
            }
            clientOnly += pairing.clientOnly().size();
            therapistOnly += pairing.therapistOnly().size();
            clientMoments += pairing.clientOnly().size() + lines.size();
            therapistMoments += pairing.therapistOnly().size() + lines.size();
            pairing.missing().forEach(gap -> missing.add(new Missing(session, gap)));
        }

        DyadSummary summary(Dyad dyad) {
            return new DyadSummary(dyad, pairs, suggested, convergent, divergentValence, divergentMeaning, clientOnly, therapistOnly,
                    clientMoments, therapistMoments, rated == 0 ? OptionalDouble.empty() : OptionalDouble.of(difference / rated),
                    rated == 0 ? OptionalDouble.empty() : OptionalDouble.of(absoluteDifference / rated), List.copyOf(missing));
        }
    }
}
