package org.iprstudio.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.iprstudio.domain.Initiator;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.PairingWindow;
import org.iprstudio.domain.TimeSpan;
import org.junit.jupiter.api.Test;

class MarkAgreementTest {

    static Moment at(String anchor) {
        return new Moment(UUID.randomUUID(), UUID.randomUUID(), MediaTime.parse(anchor), null, Initiator.PARTICIPANT, "", null, null, null, Instant.EPOCH);
    }

    private static final MarkAgreement.Marks MARKS = new MarkAgreement.Marks(
            List.of(at("10:00"), at("20:00"), at("30:00"), at("40:00")),
            List.of(at("10:05"), at("20:25"), at("29:55"), at("50:00"), at("55:00")));

    @Test
    void matchesWithinTheProtocolWindowAndTheirOffsets() {
        // 10 s before / 30 s after the client's anchor: +5 s, +25 s and -5 s match; 40:00 has no partner
        MarkAgreement agreement = MarkAgreement.of(MARKS, PairingWindow.DEFAULT);
        assertThat(agreement.matches()).isEqualTo(3);
        assertThat(agreement.firstOnly()).isEqualTo(1);
        assertThat(agreement.secondOnly()).isEqualTo(2);
        assertThat(agreement.proportion().value()).isEqualTo(6.0 / 9);
        MarkAgreement.Offsets offsets = agreement.offsets().orElseThrow();
        assertThat(offsets.min()).isEqualTo(-5000);
        assertThat(offsets.lowerQuartile()).isEqualTo(0.0);
        assertThat(offsets.median()).isEqualTo(5000.0);
        assertThat(offsets.upperQuartile()).isEqualTo(15000.0);
        assertThat(offsets.max()).isEqualTo(25000);
        assertThat(offsets.count()).isEqualTo(3);
    }

    @Test
    void theCurveGrowsWithTheSymmetricWindow() {
        List<MarkAgreement.CurvePoint> curve = MarkAgreement.curve(List.of(MARKS), MarkAgreement.CURVE_WINDOWS);
        assertThat(curve).extracting(p -> p.window().millis() / 1000).containsExactly(0L, 5L, 10L, 15L, 20L, 25L, 30L, 35L, 40L, 45L, 50L, 55L, 60L);
        assertThat(curve).extracting(p -> p.agreement().matches()).containsExactly(0, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3);
    }

    @Test
    void theCurveComparesAnchorsOnlyWhileTheProtocolWindowAlsoPairsOverlappingSpans() {
        Moment client = at("10:00").withSpan(new TimeSpan(MediaTime.parse("08:00"), MediaTime.parse("10:00")));
        Moment therapist = at("07:00").withSpan(new TimeSpan(MediaTime.parse("06:00"), MediaTime.parse("08:30")));
        MarkAgreement.Marks marks = new MarkAgreement.Marks(List.of(client), List.of(therapist));
        assertThat(MarkAgreement.of(marks, PairingWindow.DEFAULT).matches()).isEqualTo(1);
        assertThat(MarkAgreement.curve(List.of(marks), MarkAgreement.CURVE_WINDOWS)).allMatch(p -> p.agreement().matches() == 0);
    }

    @Test
    void pooledSumsAndNoMarksIsUndefinedInWords() {
        MarkAgreement one = MarkAgreement.of(MARKS, PairingWindow.DEFAULT);
        MarkAgreement none = MarkAgreement.of(new MarkAgreement.Marks(List.of(), List.of()), PairingWindow.DEFAULT);
        assertThat(none.proportion().undefinedBecause()).isEqualTo("neither side marked a moment");
        assertThat(none.offsets()).isEmpty();
        MarkAgreement pooled = MarkAgreement.pooled(List.of(one, none, one));
        assertThat(pooled.matches()).isEqualTo(6);
        assertThat(pooled.firstMarks() + pooled.secondMarks()).isEqualTo(18);
        assertThat(pooled.offsets().orElseThrow().count()).isEqualTo(6);
    }
}
