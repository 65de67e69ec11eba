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
                new Column<>("moment_id", "text (UUID)", "The moment's id; joins codings.csv and pairs.csv.", "", r -> r.moment.id().toString()),
                new Column<>("study", "text", "The study's title.", "", r -> title),
                new Column<>("site", "text", "Site code.", "", r -> r.site.code()),
                new Column<>("dyad", "text", "Dyad code (the case).", "", r -> r.dyad.code()),
                new Column<>("trajectory", "category", "The dyad's relational course as classified by the researchers (a case attribute).",
                        "unclassified, positive, troubled_frail", r -> Lookups.lower(r.dyad.trajectory())),
                new Column<>("client", "text", "Participant code of the dyad's client (a case attribute).", "", r -> study.participant(r.dyad.clientId()).code()),
                new Column<>("therapist", "text", "Participant code of the dyad's therapist (a case attribute).", "",
                        r -> study.participant(r.dyad.therapistId()).code()),
                new Column<>("session", "integer", "Session number within the therapy.", "1-999", r -> Integer.toString(r.session.number())),
                new Column<>("session_date", "date (YYYY-MM-DD)", "Date of the therapy session.", "empty if unknown",
                        r -> r.session.date() == null ? "" : r.session.date().toString()),
                new Column<>("perspective", "category", "Whose recall the moment is from.", "client, therapist, observer, supervisor, trainee",
                        r -> Lookups.lower(r.pass.perspective())),
                new Column<>("participant", "text", "Code of the participant who recalled (codes only, never names).", "",
                        r -> study.participant(r.pass.participantId()).code()),
                new Column<>("interviewer", "text", "Code of the recall interviewer.", "empty if none recorded",
                        r -> r.pass.interviewerId() == null ? "" : study.participant(r.pass.interviewerId()).code()),
                new Column<>("recall_date", "date (YYYY-MM-DD)", "Date of the recall interview.", "empty if unknown",
                        r -> r.pass.date() == null ? "" : r.pass.date().toString()),
                new Column<>("anchor_ms", "integer", "Where the video was stopped, in milliseconds from the start of the video.", ">= 0",
                        r -> Long.toString(r.moment.anchor().millis())),
                new Column<>("anchor", "time (hh:mm:ss.mmm)", "The anchor as a clock time.", "", r -> Clock.of(r.moment.anchor())),
                new Column<>("span_start_ms", "integer", "Start of the exchange the moment refers to, in ms.", "empty if the moment has no span",
                        r -> r.moment.span() == null ? "" : Long.toString(r.moment.span().start().millis())),
                new Column<>("span_end_ms", "integer", "End of that exchange, in ms.", "empty if the moment has no span",
                        r -> r.moment.span() == null ? "" : Long.toString(r.moment.span().end().millis())),
                new Column<>("span_start", "time (hh:mm:ss.mmm)", "span_start_ms as a clock time.", "empty if no span",
                        r -> r.moment.span() == null ? "" : Clock.of(r.moment.span().start())),
                new Column<>("span_end", "time (hh:mm:ss.mmm)", "span_end_ms as a clock time.", "empty if no span",
                        r -> r.moment.span() == null ? "" : Clock.of(r.moment.span().end())),
                new Column<>("helpfulness", "number", "Helpful Aspects of Therapy rating: 1 extremely hindering, 5 neutral, 9 extremely helpful.",
                        "1-9 in steps of 0.5; empty if not rated", r -> r.moment.helpfulness() == null ? "" : numbers.decimal(r.moment.helpfulness().value())),
                new Column<>("valence", "category", "Direction of the helpfulness rating.", "hindering (<5), neutral (5), helpful (>5); empty if not rated",
                        r -> r.moment.valence().map(Lookups::lower).orElse("")),
                new Column<>("intensity", "integer", "How strongly it was felt.", "1-5; empty if not rated",
                        r -> r.moment.intensity() == null ? "" : r.moment.intensity().toString()),
                new Column<>("time_frame", "category", "Whether the comment tells the experience then (in the session) or a reflection now (in the recall).",
                        "then, now; empty if not coded", r -> Lookups.lower(r.moment.timeFrame())),
                new Column<>("initiator", "category", "Who stopped the video.", "participant, interviewer", r -> Lookups.lower(r.moment.initiator())),
                new Column<>("tags", "list of text", "Quick tags, separated by '; '.", "the protocol's quick tags", r -> String.join(MULTI, r.moment.tags())),
                new Column<>("comment", "text", "What the participant said about the moment (may hold line breaks).", "", r -> r.moment.comment()),
                new Column<>("codes", "list of text", "Codes applied to the moment as group/code paths, separated by '; '. codings.csv has one row per coding.",
                        "codes.csv path", r -> r.codings.stream().map(c -> lookups.codePath(c.codeId())).collect(Collectors.joining(MULTI))),
                new Column<>("themes", "list of text", "Themes the moment belongs to (through its codes and their groups, its pair's codes, or as an exemplar; a subtheme's moments"
                        + " count for its theme too), separated by '; ', as the coding view's theme matrix counts them.",
                        "themes.csv theme", r -> String.join(MULTI, lookups.themesOf(r.moment.id()))),
                new Column<>("pair_id", "text (UUID)", "The stored pair the moment is in; joins pairs.csv.",
                        "empty if unpaired or if the pair is only suggested by the program", r -> r.pair == null || r.pair.stored() == null ? "" : r.pair.stored().id().toString()),
                new Column<>("pair_class", "category", "What the pair says about agreement between the perspectives.",
                        "convergent, divergent_valence, divergent_meaning; empty if unpaired", r -> r.pair == null ? "" : Lookups.lower(r.pair.pairClass())),
                new Column<>("pair_status", "category", "Whether the researchers confirmed the pair or it is a suggestion still to be decided.",
                        "confirmed, suggested; empty if unpaired", r -> r.pair == null ? "" : r.pair.status()),
                new Column<>("paired_moment_id", "text (UUID)", "The other perspective's moment of the pair.", "empty if unpaired",
                        r -> r.pair == null ? "" : r.pair.otherMomentId().toString()),
                new Column<>("created_at", "date-time (UTC, ISO 8601)", "When the moment was recorded.", "", r -> r.moment.createdAt().toString())));
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
            String allowed = a.choices().isEmpty() ? Lookups.lower(a.type()) + "; empty if not given" : String.join(", ", a.choices()) + "; empty if not given";
            String type = switch (a.type()) {
                case TEXT -> "text";
                case NUMBER -> "number";
                case CHOICE -> "category";
            };
            if (a.appliesTo() == AttributeTarget.DYAD) {
                result.add(new Column<>(free(taken, "dyad_" + slug(a.name())), type, "Case attribute '" + a.name() + "' of the dyad.", allowed,
                        valueOf(study, a, r -> r.dyad.id())));
            } else {
                result.add(new Column<>(free(taken, "client_" + slug(a.name())), type, "Case attribute '" + a.name() + "' of the dyad's client.", allowed,
                        valueOf(study, a, r -> r.dyad.clientId())));
                result.add(new Column<>(free(taken, "therapist_" + slug(a.name())), type, "Case attribute '" + a.name() + "' of the dyad's therapist.", allowed,
                        valueOf(study, a, r -> r.dyad.therapistId())));
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
