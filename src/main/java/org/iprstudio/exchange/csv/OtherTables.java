package org.iprstudio.exchange.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.iprstudio.analysis.SessionPairing;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.MomentPair;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.PairClass;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.Theme;

/** pairs.csv, codings.csv, codes.csv, themes.csv and participants.csv. */
final class OtherTables {
    private OtherTables() {
    }

    /** A pair as stored (any decision, rejected included) or as suggested now by the program. */
    record PairRow(MomentPair stored, Moment first, Moment second, PairClass pairClass, Session session) {
        String status() {
            return stored == null ? "suggested" : Lookups.lower(stored.decision());
        }
    }

    static Table<PairRow> pairs(Lookups lookups) {
        Study study = lookups.study;
        List<Column<PairRow>> columns = List.of(
                new Column<>("pair_id", "text (UUID)", "The stored pair's id.", "empty for a suggestion the program makes now and nobody decided yet",
                        r -> r.stored == null ? "" : r.stored.id().toString()),
                new Column<>("dyad", "text", "Dyad code.", "", r -> study.dyad(r.session.dyadId()).code()),
                new Column<>("session", "integer", "Session number.", "", r -> Integer.toString(r.session.number())),
                new Column<>("first_moment_id", "text (UUID)", "The first moment (the client's, where the pair has one).", "", r -> r.first.id().toString()),
                new Column<>("first_perspective", "category", "Perspective of the first moment.", "client, therapist, observer, supervisor, trainee",
                        r -> Lookups.lower(study.pass(r.first.passId()).perspective())),
                new Column<>("first_anchor_ms", "integer", "Anchor of the first moment in ms.", "", r -> Long.toString(r.first.anchor().millis())),
                new Column<>("second_moment_id", "text (UUID)", "The second moment.", "", r -> r.second.id().toString()),
                new Column<>("second_perspective", "category", "Perspective of the second moment.", "as first_perspective",
                        r -> Lookups.lower(study.pass(r.second.passId()).perspective())),
                new Column<>("second_anchor_ms", "integer", "Anchor of the second moment in ms.", "", r -> Long.toString(r.second.anchor().millis())),
                new Column<>("delta_ms", "integer", "second_anchor_ms minus first_anchor_ms.", "may be negative",
                        r -> Long.toString(r.second.anchor().millis() - r.first.anchor().millis())),
                new Column<>("pair_class", "category", "What the pair says about agreement.", "convergent, divergent_valence, divergent_meaning",
                        r -> Lookups.lower(r.pairClass)),
                new Column<>("method", "category", "How the pair was made.", "automatic, manual", r -> r.stored == null ? "automatic" : Lookups.lower(r.stored.method())),
                new Column<>("status", "category", "The researchers' decision.", "suggested, confirmed, rejected", PairRow::status),
                new Column<>("reason", "text", "Why a pair was linked by hand.", "", r -> r.stored == null ? "" : r.stored.reason()),
                new Column<>("codes", "list of text", "Codes applied to the pair, separated by '; '.", "codes.csv path",
                        r -> r.stored == null ? "" : study.codingsOf(r.stored.id()).stream().map(c -> lookups.codePath(c.codeId())).collect(Collectors.joining(MomentTable.MULTI))));
        return new Table<>("pairs.csv", columns, sink -> {
                    Map<UUID, List<MomentPair>> stored = new HashMap<>();
                    for (MomentPair p : study.pairs()) {
                        stored.computeIfAbsent(study.pass(study.moment(p.firstMomentId()).passId()).sessionId(), k -> new ArrayList<>()).add(p);
                    }
                    for (Session session : study.sessions()) {
                        for (MomentPair p : stored.getOrDefault(session.id(), List.of())) {
                            Moment a = study.moment(p.firstMomentId());
                            Moment b = study.moment(p.secondMomentId());
                            boolean swap = study.pass(b.passId()).perspective().ordinal() < study.pass(a.passId()).perspective().ordinal();
                            sink.accept(new PairRow(p, swap ? b : a, swap ? a : b, p.pairClass(), session));
                        }
                        SessionPairing pairing = lookups.pairings.get(session.id());
                        if (pairing != null) {
                            pairing.suggested().forEach(l -> sink.accept(new PairRow(null, l.client(), l.therapist(), l.pairClass(), session)));
                        }
                    }
                });
    }

    static Table<Coding> codings(Lookups lookups) {
        List<Column<Coding>> columns = List.of(
                new Column<>("coding_id", "text (UUID)", "The coding's id.", "", c -> c.id().toString()),
                new Column<>("code_id", "text (UUID)", "The code applied; joins codes.csv.", "", c -> c.codeId().toString()),
                new Column<>("code", "text", "The code as a group/code path.", "", c -> lookups.codePath(c.codeId())),
                new Column<>("target", "category", "What the code is applied to.", "moment, pair", c -> c.momentId() != null ? "moment" : "pair"),
                new Column<>("moment_id", "text (UUID)", "The coded moment; joins moments.csv.", "empty when target is pair",
                        c -> c.momentId() == null ? "" : c.momentId().toString()),
                new Column<>("pair_id", "text (UUID)", "The coded pair; joins pairs.csv.", "empty when target is moment",
                        c -> c.pairId() == null ? "" : c.pairId().toString()),
                new Column<>("coder", "text", "Initials of the researcher who applied the code (for a coding adopted from a coding round: who"
                        + " closed the round or recorded the consensus decision); ~name for a change made on the command line without --as.",
                        "empty for codings made before the study recorded who coded", c -> lookups.study.team().stampOf(c.id()).map(st -> st.coder()).orElse("")),
                new Column<>("coded_utc", "text (ISO-8601)", "When the code was applied, UTC, to the second.", "empty where coder is empty",
                        c -> lookups.study.team().stampOf(c.id()).map(st -> st.at().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()).orElse("")));
        return new Table<>("codings.csv", columns, sink -> {
            for (Coding c : lookups.study.codings()) {
                sink.accept(c);
            }
        });
    }

    static Table<Code> codes(Lookups lookups) {
        Study study = lookups.study;
        List<Column<Code>> columns = List.of(
                new Column<>("code_id", "text (UUID)", "The code's id.", "", c -> c.id().toString()),
                new Column<>("parent_id", "text (UUID)", "The group (parent code) it sits under.", "empty for a top-level code or group",
                        c -> c.parentId() == null ? "" : c.parentId().toString()),
                new Column<>("code", "text", "The code's name.", "", Code::name),
                new Column<>("path", "text", "Group/code path, as used in the other tables.", "", c -> lookups.codePath(c.id())),
                new Column<>("description", "text", "What the code means (the codebook definition).", "", Code::description),
                new Column<>("colour", "text", "Display colour.", "#rrggbb; empty if none", c -> c.colour() == null ? "" : c.colour()),
                new Column<>("retired", "boolean", "Retired codes stay on old codings but are no longer applied.", "true, false", c -> Boolean.toString(c.retired())),
                new Column<>("codings", "integer", "How many moments and pairs carry the code.", ">= 0", c -> Integer.toString(lookups.codingCount(c.id()))));
        return new Table<>("codes.csv", columns, sink -> study.entitiesInDependencyOrder().stream()
                .filter(Code.class::isInstance).map(Code.class::cast).forEach(sink));
    }

    static Table<Theme> themes(Lookups lookups) {
        Study study = lookups.study;
        Map<UUID, String> names = new HashMap<>();
        study.themes().forEach(t -> names.put(t.id(), t.name()));
        List<Column<Theme>> columns = List.of(
                new Column<>("theme_id", "text (UUID)", "The theme's id.", "", t -> t.id().toString()),
                new Column<>("parent_id", "text (UUID)", "The theme a subtheme belongs to.", "empty for a theme", t -> t.parentId() == null ? "" : t.parentId().toString()),
                new Column<>("theme", "text", "The theme's name.", "", Theme::name),
                new Column<>("parent", "text", "The parent theme's name.", "empty for a theme", t -> t.parentId() == null ? "" : names.getOrDefault(t.parentId(), "")),
                new Column<>("status", "category", "Where the theme stands in the analysis.", "candidate, reviewed, final", t -> Lookups.lower(t.status())),
                new Column<>("position", "integer", "Order among its siblings.", "", t -> Integer.toString(t.position())),
                new Column<>("definition", "text", "The theme's definition.", "", Theme::definition),
                new Column<>("codes", "list of text", "Codes grouped under the theme, separated by '; '.", "codes.csv path",
                        t -> t.codeIds().stream().map(lookups::codePath).collect(Collectors.joining(MomentTable.MULTI))),
                new Column<>("exemplar_moment_ids", "list of UUIDs", "Exemplar moments, separated by '; '; join moments.csv.", "",
                        t -> t.exemplarMomentIds().stream().map(UUID::toString).collect(Collectors.joining(MomentTable.MULTI))));
        return new Table<>("themes.csv", columns, sink -> study.themes().forEach(sink));
    }

    static Table<Participant> participants(Lookups lookups) {
        Study study = lookups.study;
        Map<UUID, List<String>> dyads = new HashMap<>();
        for (Dyad d : study.dyads()) {
            dyads.computeIfAbsent(d.clientId(), k -> new ArrayList<>()).add(d.code());
            dyads.computeIfAbsent(d.therapistId(), k -> new ArrayList<>()).add(d.code());
        }
        Map<UUID, Integer> passes = new HashMap<>();
        for (RecallPass p : study.passes()) {
            passes.merge(p.participantId(), 1, Integer::sum);
        }
        List<Column<Participant>> columns = List.of(
                new Column<>("participant", "text", "The participant's code (codes and pseudonyms only; never names).", "", Participant::code),
                new Column<>("role", "category", "The participant's role.", "client, therapist, observer, supervisor, trainee, interviewer", p -> Lookups.lower(p.role())),
                new Column<>("pseudonym", "text", "Pseudonym used in reports.", "empty if none", Participant::pseudonym),
                new Column<>("dyads", "list of text", "Dyads the participant is the client or therapist of, separated by '; '.", "",
                        p -> String.join(MomentTable.MULTI, dyads.getOrDefault(p.id(), List.of()))),
                new Column<>("recall_passes", "integer", "How many recall interviews the participant gave.", ">= 0", p -> Integer.toString(passes.getOrDefault(p.id(), 0))),
                new Column<>("participant_id", "text (UUID)", "The participant's id.", "", p -> p.id().toString()));
        return new Table<>("participants.csv", columns, sink -> study.participants().forEach(sink));
    }
}
