package org.iprstudio.exchange.csv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.iprstudio.domain.Attribute;
import org.iprstudio.domain.AttributeTarget;
import org.iprstudio.domain.AttributeValue;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Site;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.exchange.Clock;

/** moments.csv: one row per moment, with everything an analysis joins to it already joined. */
final class MomentTable {
    static final String MULTI = "; ";

    private MomentTable() {
    }

    record Row(Moment moment, RecallPass pass, Session session, Dyad dyad, Site site, List<Coding> codings, Lookups.PairLink pair) {
    }

    static Table<Row> of(Lookups lookups, Numbers numbers) {
        Study study = lookups.study;
        String title = study.header().title();
        List<Column<Row>> columns = new ArrayList<>(List.of(
                new Column<>("moment_id", "uuid", r -> r.moment.id().toString()),
                new Column<>("study", "text", r -> title),
                new Column<>("site", "text", r -> r.site.code()),
                new Column<>("dyad", "text", r -> r.dyad.code()),
                new Column<>("trajectory", "category", r -> Lookups.lower(r.dyad.trajectory())),
                new Column<>("client", "text", r -> study.participant(r.dyad.clientId()).code()),
                new Column<>("therapist", "text",
                        r -> study.participant(r.dyad.therapistId()).code()),
                new Column<>("session", "integer", r -> Integer.toString(r.session.number())),
                new Column<>("session_date", "date",
                        r -> r.session.date() == null ? "" : r.session.date().toString()),
                new Column<>("perspective", "category",
                        r -> Lookups.lower(r.pass.perspective())),
                new Column<>("participant", "text",
                        r -> study.participant(r.pass.participantId()).code()),
                new Column<>("interviewer", "text",
                        r -> r.pass.interviewerId() == null ? "" : study.participant(r.pass.interviewerId()).code()),
                new Column<>("recall_date", "date",
                        r -> r.pass.date() == null ? "" : r.pass.date().toString()),
                new Column<>("anchor_ms", "integer",
                        r -> Long.toString(r.moment.anchor().millis())),
                new Column<>("anchor", "clock", r -> Clock.of(r.moment.anchor())),
                new Column<>("span_start_ms", "integer",
                        r -> r.moment.span() == null ? "" : Long.toString(r.moment.span().start().millis())),
                new Column<>("span_end_ms", "integer",
                        r -> r.moment.span() == null ? "" : Long.toString(r.moment.span().end().millis())),
                new Column<>("span_start", "clock",
                        r -> r.moment.span() == null ? "" : Clock.of(r.moment.span().start())),
                new Column<>("span_end", "clock",
                        r -> r.moment.span() == null ? "" : Clock.of(r.moment.span().end())),
                new Column<>("helpfulness", "number", r -> r.moment.helpfulness() == null ? "" : numbers.decimal(r.moment.helpfulness().value())),
                new Column<>("valence", "category",
                        r -> r.moment.valence().map(Lookups::lower).orElse("")),
                new Column<>("intensity", "integer",
                        r -> r.moment.intensity() == null ? "" : r.moment.intensity().toString()),
                new Column<>("time_frame", "category", r -> Lookups.lower(r.moment.timeFrame())),
                new Column<>("initiator", "category", r -> Lookups.lower(r.moment.initiator())),
                new Column<>("tags", "textList", r -> String.join(MULTI, r.moment.tags())),
                new Column<>("comment", "text", r -> r.moment.comment()),
                new Column<>("codes", "textList", r -> r.codings.stream().map(c -> lookups.codePath(c.codeId())).collect(Collectors.joining(MULTI))),
                new Column<>("themes", "textList", r -> String.join(MULTI, lookups.themesOf(r.moment.id()))),
                new Column<>("pair_id", "uuid", r -> r.pair == null || r.pair.stored() == null ? "" : r.pair.stored().id().toString()),
                new Column<>("pair_class", "category", r -> r.pair == null ? "" : Lookups.lower(r.pair.pairClass())),
                new Column<>("pair_status", "category", r -> r.pair == null ? "" : r.pair.status()),
                new Column<>("paired_moment_id", "uuid",
                        r -> r.pair == null ? "" : r.pair.otherMomentId().toString()),
                new Column<>("created_at", "dateTime", r -> r.moment.createdAt().toString())));
        columns.addAll(attributeColumns(study, columns));
        return new Table<>("moments.csv", columns, sink -> {
            for (Session session : study.sessions()) {
                Dyad dyad = study.dyad(session.dyadId());
                Site site = study.site(dyad.siteId());
                for (RecallPass pass : study.passesOf(session.id())) {
                    for (Moment m : study.momentsOf(pass.id())) {
                        sink.accept(new Row(m, pass, session, dyad, site, study.codingsOf(m.id()), lookups.pairs.get(m.id())));
                    }
                }
            }
        });
    }

    /**
     * The case attributes, after the fixed columns so that those keep their places: a dyad
     * attribute as dyad_NAME, a participant attribute twice, as client_NAME and therapist_NAME
     * (the dyad's client and therapist, whoever recalled the moment).
     */
    private static List<Column<Row>> attributeColumns(Study study, List<Column<Row>> fixed) {
        Set<String> taken = new HashSet<>();
        fixed.forEach(c -> taken.add(c.name()));
        List<Column<Row>> result = new ArrayList<>();
        for (Attribute a : study.attributes()) {
            // README.txt: "{0}; empty if not given", {0} the choices as the study wrote them or the kind of value in words
            Object values = a.choices().isEmpty() ? UserMessage.of(StudyTables.README_BUNDLE, "attribute.kind." + a.type().name())
                    : String.join(", ", a.choices());
            String type = switch (a.type()) {
                case TEXT -> "text";
                case NUMBER -> "number";
                case CHOICE -> "category";
            };
            List<Object> words = List.of(a.name(), values);
            if (a.appliesTo() == AttributeTarget.DYAD) {
                result.add(new Column<>(free(taken, "dyad_" + slug(a.name())), type, valueOf(study, a, r -> r.dyad.id()), "attribute.dyad", words));
            } else {
                result.add(new Column<>(free(taken, "client_" + slug(a.name())), type, valueOf(study, a, r -> r.dyad.clientId()), "attribute.client", words));
                result.add(new Column<>(free(taken, "therapist_" + slug(a.name())), type, valueOf(study, a, r -> r.dyad.therapistId()), "attribute.therapist",
                        words));
            }
        }
        return result;
    }

    private static Function<Row, String> valueOf(Study study, Attribute a, Function<Row, UUID> owner) {
        return r -> study.valueOf(a.id(), owner.apply(r)).map(AttributeValue::value).orElse("");
    }

    /** "Years of experience" becomes years_of_experience: a name R, SPSS and Stata take. */
    static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_+|_+$", "");
        return slug.isEmpty() ? "attribute" : slug;
    }

    private static String free(Set<String> taken, String name) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = name + "_" + n;
        }
        return candidate;
    }
}
