package org.iprstudio.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.iprstudio.analysis.agreement.CodePresence.UnitCoding;
import org.iprstudio.domain.DomainException;
import org.junit.jupiter.api.Test;

class CodePresenceTest {
    private static final List<String> CODERS = List.of("K1", "K2");
    // u1: both apply A; u2: only K1 applies A, K2 applies B; u3: neither applies a code; u4: only K1 was given it
    private static final List<UnitCoding> CODINGS = List.of(
            new UnitCoding("u1", "K1", Set.of("A")), new UnitCoding("u1", "K2", Set.of("A")),
            new UnitCoding("u2", "K1", Set.of("A")), new UnitCoding("u2", "K2", Set.of("B")),
            new UnitCoding("u3", "K1", Set.of()), new UnitCoding("u3", "K2", Set.of()),
            new UnitCoding("u4", "K1", Set.of("A")));

    @Test
    void aCodeIsPresentOrAbsentWhereTheCoderLookedAndMissingElsewhere() {
        Ratings a = CodePresence.forCode(CODERS, CODINGS, "A");
        assertThat(a.units()).containsExactly("u1", "u2", "u3", "u4");
        assertThat(a.value(1, 0)).isEqualTo(CodePresence.PRESENT);
        assertThat(a.value(1, 1)).isEqualTo(CodePresence.ABSENT);
        assertThat(a.value(3, 1)).isNull();
        assertThat(PercentAgreement.of(a, MeasurementLevel.NOMINAL).value()).isEqualTo(2.0 / 3);
        // u1 present/present, u2 present/absent, u3 absent/absent: p_o 2/3, p_e 2/3*1/3 + 1/3*2/3 = 4/9, kappa 0.4
        assertThat(CohenKappa.of(a, MeasurementLevel.NOMINAL).value()).isCloseTo(0.4, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void overAllCodesEachUnitAndCodeIsOneDecision() {
        Ratings all = CodePresence.overAllCodes(CODERS, CODINGS, List.of("A", "B"));
        assertThat(all.units()).hasSize(8);
        assertThat(all.pairableUnitCount()).isEqualTo(6);
        // A: agree on u1, u3; B: agree on u1, u3 (absent), disagree on u2
        assertThat(PercentAgreement.of(all, MeasurementLevel.NOMINAL).value()).isEqualTo(4.0 / 6);
        CodePresence.ByCode byCode = CodePresence.byCode(CODERS, CODINGS, List.of("A", "B"));
        assertThat(byCode.perCode()).containsOnlyKeys("A", "B");
        assertThat(byCode.allCodes().pairableUnits()).isEqualTo(6);
        assertThat(byCode.perCode().get("A").cohen().value()).isCloseTo(0.4, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void aCodersCodingsOfOneUnitCountTogether() {
        List<UnitCoding> oneByOne = List.of(new UnitCoding("u1", "K1", Set.of("A")), new UnitCoding("u1", "K2", Set.of()),
                new UnitCoding("u1", "K1", Set.of("B")));
        Ratings b = CodePresence.forCode(CODERS, oneByOne, "B");
        assertThat(b.units()).containsExactly("u1");
        assertThat(b.value(0, 0)).isEqualTo(CodePresence.PRESENT);
        assertThat(CodePresence.forCode(CODERS, oneByOne, "A").value(0, 0)).isEqualTo(CodePresence.PRESENT);
    }

    @Test
    void anExclusiveGroupIsOneNominalVariable() {
        Ratings group = CodePresence.forExclusiveGroup(CODERS, CODINGS, "Kind", List.of("A", "B"));
        assertThat(group.value(1, 0)).isEqualTo("A");
        assertThat(group.value(1, 1)).isEqualTo("B");
        assertThat(group.value(2, 0)).isEqualTo(CodePresence.NONE_OF_THE_GROUP);
        // the two codes arrive as two codings of the same unit by the same coder
        List<UnitCoding> both = List.of(new UnitCoding("u1", "K1", Set.of("A")), new UnitCoding("u1", "K1", Set.of("B")));
        assertThatThrownBy(() -> CodePresence.forExclusiveGroup(CODERS, both, "Kind", List.of("A", "B")))
                .isInstanceOf(DomainException.class).hasMessageContaining("Coder K1 gave unit u1 A and B, but the group Kind is exclusive");
    }
}
