package org.iprstudio.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.iprstudio.domain.Attribute;
import org.iprstudio.domain.AttributeTarget;
import org.iprstudio.domain.AttributeType;
import org.iprstudio.domain.AttributeValue;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.Theme;

/**
 * The theme matrix with its columns grouped by one case attribute: perspective by the attribute's
 * value ("Client, under 5 years", "Therapist, 5 or more") instead of perspective by session. A
 * moment falls in the group of its dyad's value, or, for an attribute of participants, of the
 * value of the dyad's client or therapist (the researcher says whose: "therapist experience" is
 * the therapist's whichever perspective recalled). Moments without a value are in the group "".
 */
public record AttributeGrouping(Key key, List<Column> columns, List<Row> rows) {

    /** What the columns are grouped by: an attribute and, for a participant attribute, whose value. */
    public record Key(Attribute attribute, Role whose) {
        public Key {
            if (attribute.appliesTo() == AttributeTarget.PARTICIPANT && whose != Role.CLIENT && whose != Role.THERAPIST) {
                throw new DomainException(AnalysisMessages.of("attributeGrouping.whose"));
            }
            if (attribute.appliesTo() == AttributeTarget.DYAD) {
                whose = null;
            }
        }
    }

    /** One perspective in one group; {@code group} is "" for moments whose dyad or person has no value. */
    public record Column(Role perspective, String group) {
    }

    public record Row(Theme theme, int depth, List<List<UUID>> cells) {
        public int count(int column) {
            return cells.get(column).size();
        }

        public int total() {
            return cells.stream().mapToInt(List::size).sum();
        }
    }

    /** Every way the study's attributes can group the matrix: dyad attributes once, participant attributes for client and therapist. */
    public static List<Key> keys(Study study) {
        List<Key> keys = new ArrayList<>();
        for (Attribute a : study.attributes()) {
            if (a.appliesTo() == AttributeTarget.DYAD) {
                keys.add(new Key(a, null));
            } else {
                keys.add(new Key(a, Role.CLIENT));
                keys.add(new Key(a, Role.THERAPIST));
            }
        }
        return keys;
    }

    /** Regroups the matrix's moments; rows and the moments in each row stay as the matrix has them. */
    public static AttributeGrouping of(ThemeMatrix matrix, Study study, Key key) {
        Attribute attribute = key.attribute();
        Map<UUID, String> groupOfPass = new HashMap<>();
        TreeSet<Column> columnSet = new TreeSet<>(Comparator.comparing(Column::perspective)
                .thenComparing(Column::group, groupOrder(attribute)));
        for (ThemeMatrix.Row row : matrix.rows()) {
            for (List<UUID> cell : row.cells()) {
                for (UUID momentId : cell) {
                    RecallPass pass = study.pass(study.moment(momentId).passId());
                    String group = groupOfPass.computeIfAbsent(pass.id(), p -> group(study, key, pass));
                    columnSet.add(new Column(pass.perspective(), group));
                }
            }
        }
        List<Column> columns = List.copyOf(columnSet);
        Map<Column, Integer> index = new LinkedHashMap<>();
        columns.forEach(c -> index.put(c, index.size()));
        List<Row> rows = new ArrayList<>();
        for (ThemeMatrix.Row row : matrix.rows()) {
            List<List<UUID>> cells = new ArrayList<>();
            columns.forEach(c -> cells.add(new ArrayList<>()));
            for (List<UUID> cell : row.cells()) {
                for (UUID momentId : cell) {
                    RecallPass pass = study.pass(study.moment(momentId).passId());
                    cells.get(index.get(new Column(pass.perspective(), groupOfPass.get(pass.id())))).add(momentId);
                }
            }
            rows.add(new Row(row.theme(), row.depth(), cells));
        }
        return new AttributeGrouping(key, columns, rows);
    }

    private static String group(Study study, Key key, RecallPass pass) {
        Dyad dyad = study.dyad(study.session(pass.sessionId()).dyadId());
        UUID owner = key.whose() == null ? dyad.id() : key.whose() == Role.CLIENT ? dyad.clientId() : dyad.therapistId();
        // numbers group by their value: "12" and "12.0" are one group
        return study.valueOf(key.attribute().id(), owner).map(v -> key.attribute().comparable(v.value())).orElse("");
    }

    /** Choices in their order, numbers by size, text alphabetically; no value last. */
    private static Comparator<String> groupOrder(Attribute attribute) {
        Comparator<String> byValue;
        if (attribute.type() == AttributeType.CHOICE) {
            byValue = Comparator.comparingInt(attribute.choices()::indexOf);
        } else if (attribute.type() == AttributeType.NUMBER) {
            byValue = Comparator.comparing(BigDecimal::new);
        } else {
            byValue = String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());
        }
        return (a, b) -> a.isEmpty() || b.isEmpty() ? Boolean.compare(a.isEmpty(), b.isEmpty()) : byValue.compare(a, b);
    }
}
