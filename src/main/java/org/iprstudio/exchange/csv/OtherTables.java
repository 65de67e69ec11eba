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
                new Column<>("pair_id", "uuid",
                        r -> r.stored == null ? "" : r.stored.id().toString()),
                new Column<>("dyad", "text", r -> study.dyad(r.session.dyadId()).code()),
                new Column<>("session", "integer", r -> Integer.toString(r.session.number())),
                new Column<>("first_moment_id", "uuid", r -> r.first.id().toString()),
                new Column<>("first_perspective", "category",
                        r -> Lookups.lower(study.pass(r.first.passId()).perspective())),
                new Column<>("first_anchor_ms", "integer", r -> Long.toString(r.first.anchor().millis())),
                new Column<>("second_moment_id", "uuid", r -> r.second.id().toString()),
                new Column<>("second_perspective", "category",
                        r -> Lookups.lower(study.pass(r.second.passId()).perspective())),
                new Column<>("second_anchor_ms", "integer", r -> Long.toString(r.second.anchor().millis())),
                new Column<>("delta_ms", "integer",
                        r -> Long.toString(r.second.anchor().millis() - r.first.anchor().millis())),
                new Column<>("pair_class", "category",
                        r -> Lookups.lower(r.pairClass)),
                new Column<>("method", "category", r -> r.stored == null ? "automatic" : Lookups.lower(r.stored.method())),
                new Column<>("status", "category", PairRow::status),
                new Column<>("reason", "text", r -> r.stored == null ? "" : r.stored.reason()),
                new Column<>("codes", "textList",
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
                new Column<>("coding_id", "uuid", c -> c.id().toString()),
                new Column<>("code_id", "uuid", c -> c.codeId().toString()),
                new Column<>("code", "text", c -> lookups.codePath(c.codeId())),
                new Column<>("target", "category", c -> c.momentId() != null ? "moment" : "pair"),
                new Column<>("moment_id", "uuid",
                        c -> c.momentId() == null ? "" : c.momentId().toString()),
                new Column<>("pair_id", "uuid",
                        c -> c.pairId() == null ? "" : c.pairId().toString()),
                new Column<>("coder", "text", c -> lookups.study.team().stampOf(c.id()).map(st -> st.coder()).orElse("")),
                new Column<>("coded_utc", "utcTime",
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
                new Column<>("code_id", "uuid", c -> c.id().toString()),
                new Column<>("parent_id", "uuid",
                        c -> c.parentId() == null ? "" : c.parentId().toString()),
                new Column<>("code", "text", Code::name),
                new Column<>("path", "text", c -> lookups.codePath(c.id())),
                new Column<>("description", "text", Code::description),
                new Column<>("colour", "text", c -> c.colour() == null ? "" : c.colour()),
                new Column<>("retired", "boolean", c -> Boolean.toString(c.retired())),
                new Column<>("codings", "integer", c -> Integer.toString(lookups.codingCount(c.id()))));
        return new Table<>("codes.csv", columns, sink -> study.entitiesInDependencyOrder().stream()
                .filter(Code.class::isInstance).map(Code.class::cast).forEach(sink));
    }

    static Table<Theme> themes(Lookups lookups) {
        Study study = lookups.study;
        Map<UUID, String> names = new HashMap<>();
        study.themes().forEach(t -> names.put(t.id(), t.name()));
        List<Column<Theme>> columns = List.of(
                new Column<>("theme_id", "uuid", t -> t.id().toString()),
                new Column<>("parent_id", "uuid", t -> t.parentId() == null ? "" : t.parentId().toString()),
                new Column<>("theme", "text", Theme::name),
                new Column<>("parent", "text", t -> t.parentId() == null ? "" : names.getOrDefault(t.parentId(), "")),
                new Column<>("status", "category", t -> Lookups.lower(t.status())),
                new Column<>("position", "integer", t -> Integer.toString(t.position())),
                new Column<>("definition", "text", Theme::definition),
                new Column<>("codes", "textList",
                        t -> t.codeIds().stream().map(lookups::codePath).collect(Collectors.joining(MomentTable.MULTI))),
                new Column<>("exemplar_moment_ids", "uuidList",
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
                new Column<>("participant", "text", Participant::code),
                new Column<>("role", "category", p -> Lookups.lower(p.role())),
                new Column<>("pseudonym", "text", Participant::pseudonym),
                new Column<>("dyads", "textList",
                        p -> String.join(MomentTable.MULTI, dyads.getOrDefault(p.id(), List.of()))),
                new Column<>("recall_passes", "integer", p -> Integer.toString(passes.getOrDefault(p.id(), 0))),
                new Column<>("participant_id", "uuid", p -> p.id().toString()));
        return new Table<>("participants.csv", columns, sink -> study.participants().forEach(sink));
    }
}
