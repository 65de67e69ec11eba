package org.iprstudio.app.team;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iprstudio.analysis.agreement.AgreementReport;
import org.iprstudio.analysis.agreement.CodePresence;
import org.iprstudio.analysis.agreement.MeasurementLevel;
import org.iprstudio.app.AppMessages;
import org.iprstudio.analysis.agreement.RoundAgreement;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.CodingRound;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.UserMessage;

/**
 * A closed round's agreement: per code and over all codes, and for each exclusive code group as
 * one nominal variable. The units are the round's moments and kept pairs; every coder was given
 * every unit, so a code a coder did not apply is absent for that coder.
 *
 * @param perCode by code name, in the round's codebook order
 * @param groups by group name; a group a coder broke (two of its codes on one unit) has no report but a reason, in
 *        {@code groupProblems}, with the codes' names for their ids in every language
 */
public record RoundStatistics(CodingRound round, Map<String, AgreementReport> perCode, AgreementReport allCodes,
                              Map<String, AgreementReport> groups, Map<String, UserMessage> groupProblems) {

    public static RoundStatistics of(Study study, CodingRound round) {
        RoundComparison comparison = RoundComparison.of(study, round);
        List<CodePresence.UnitCoding> codings = new ArrayList<>();
        // by id, not in the comparison's order (disagreements first, undecided first): the bootstrap draws units by their place,
        // and a decision must not change the interval
        List<RoundComparison.Unit> units = new ArrayList<>(comparison.units());
        units.sort(java.util.Comparator.comparing(u -> u.unitId().toString()));
        for (RoundComparison.Unit unit : units) {
            for (String coder : round.coders()) {
                codings.add(new CodePresence.UnitCoding(unit.unitId().toString(), coder, unit.codesOf(coder).stream().map(UUID::toString)
                        .collect(java.util.stream.Collectors.toSet())));
            }
        }
        Map<String, String> nameOf = new LinkedHashMap<>();
        for (UUID id : round.codeIds()) {
            nameOf.put(id.toString(), codeName(study, id));
        }
        if (codings.isEmpty()) {
            throw new DomainException(AppMessages.of("roundStatistics.roundHasMomentPair", round.name()));
        }
        CodePresence.ByCode byCode = CodePresence.byCode(round.coders(), codings, nameOf.keySet());
        Map<String, AgreementReport> perCode = new LinkedHashMap<>();
        byCode.perCode().forEach((id, report) -> perCode.put(nameOf.get(id), report));
        Map<String, AgreementReport> groups = new LinkedHashMap<>();
        Map<String, UserMessage> problems = new LinkedHashMap<>();
        for (UUID group : round.exclusiveGroups()) {
            String groupName = codeName(study, group);
            List<String> members = study.codes().stream().filter(c -> group.equals(c.parentId()) && round.codeIds().contains(c.id()))
                    .map(c -> c.id().toString()).toList();
            try {
                groups.put(groupName, AgreementReport.of(CodePresence.forExclusiveGroup(round.coders(), codings, groupName, members),
                        MeasurementLevel.NOMINAL));
            } catch (DomainException e) {
                problems.put(groupName, UserMessage.from(e).map((text, locale) -> withNames(text, nameOf)));
            }
        }
        return new RoundStatistics(round, perCode, byCode.allCodes(), groups, problems);
    }

    /**
     * The agreement of every closed round, in the order the rounds were started, as the CSV export
     * and the report print it. Open rounds are left out: their codings are blind until they close.
     */
    public static List<RoundAgreement> ofClosedRounds(Study study) {
        List<RoundAgreement> all = new ArrayList<>();
        for (CodingRound round : study.team().rounds()) {
            if (round.isOpen()) {
                continue;
            }
            List<String> sessions = round.sessionIds().stream().map(id -> study.find(id).filter(Session.class::isInstance)
                    .map(s -> study.dyad(((Session) s).dyadId()).code() + "/" + ((Session) s).number()).orElse("(deleted session)")).toList();
            RoundStatistics stats;
            try {
                stats = of(study, round);
            } catch (DomainException e) {
                all.add(new RoundAgreement(round.name(), round.closedAt(), round.coders(), sessions, List.of(), UserMessage.from(e)));
                continue;
            }
            all.add(new RoundAgreement(round.name(), round.closedAt(), round.coders(), sessions, stats.lines(), null));
        }
        return all;
    }

    /** Each code, all codes pooled, then each exclusive group, one line each. */
    public List<RoundAgreement.Line> lines() {
        List<RoundAgreement.Line> lines = new ArrayList<>();
        perCode.forEach((name, report) -> lines.add(new RoundAgreement.Line(RoundAgreement.Scope.CODE, name, report, null)));
        lines.add(new RoundAgreement.Line(RoundAgreement.Scope.ALL_CODES, "all codes", allCodes, null));
        groups.forEach((name, report) -> lines.add(new RoundAgreement.Line(RoundAgreement.Scope.EXCLUSIVE_GROUP, name, report, null)));
        groupProblems.forEach((name, problem) -> lines.add(new RoundAgreement.Line(RoundAgreement.Scope.EXCLUSIVE_GROUP, name, null, problem)));
        return lines;
    }

    /** The failure names codes by their ids (the units of the comparison); the reader knows them by name. */
    private static String withNames(String text, Map<String, String> nameOf) {
        String named = text;
        for (Map.Entry<String, String> n : nameOf.entrySet()) {
            named = named.replace(n.getKey(), n.getValue());
        }
        return named;
    }

    private static String codeName(Study study, UUID id) {
        return study.find(id).filter(Code.class::isInstance).map(c -> ((Code) c).name()).orElse("(deleted code)");
    }
}
