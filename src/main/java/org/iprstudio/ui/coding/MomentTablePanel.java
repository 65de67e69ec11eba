package org.iprstudio.ui.coding;

import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.RowFilter;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.TableRowSorter;
import org.iprstudio.ui.common.OnTextChange;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.Valence;
import org.iprstudio.ui.Texts;

/**
 * Every moment of the study in one table, filtered by dyad, session, perspective, class, code,
 * theme, valence and text. Choosing a row plays the moment from its span start.
 */
public final class MomentTablePanel extends JPanel {
    private final CodingModel model;
    private final RowsModel rows = new RowsModel();
    private final JTable table = new JTable(rows);
    private final TableRowSorter<RowsModel> sorter = new TableRowSorter<>(rows);
    private final JComboBox<Choice> dyad = combo("filterDyad");
    private final JComboBox<Choice> session = combo("filterSession");
    private final JComboBox<Choice> perspective = combo("filterPerspective");
    private final JComboBox<Choice> momentClass = combo("filterClass");
    private final JComboBox<Choice> code = combo("filterCode");
    private final JComboBox<Choice> theme = combo("filterTheme");
    private final JComboBox<Choice> valence = combo("filterValence");
    private final JComboBox<Choice> attribute = combo("filterAttribute");
    private final FilterRow filters;
    private final JTextField text = new JTextField(14);
    private final JLabel count = new JLabel();
    private boolean updating;

    /** A filter choice: its label and which rows it lets through. */
    record Choice(String label, Predicate<MomentRows.Row> test) {
        @Override
        public String toString() {
            return label;
        }
    }

    public MomentTablePanel(CodingModel model) {
        super(new BorderLayout());
        this.model = model;
        table.setName("momentTable");
        table.setRowSorter(sorter);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setRowHeight(24);
        table.getTableHeader().setReorderingAllowed(false);
        int[] widths = {45, 35, 110, 60, 110, 120, 200, 170, 420};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !updating && table.getSelectedRow() >= 0) {
                MomentRows.Row row = rows.rows.get(table.convertRowIndexToModel(table.getSelectedRow()));
                model.play(row.moment());
                model.select(row.moment());
            }
        });
        text.setName("filterText");
        text.putClientProperty("JTextField.placeholderText", Texts.get("coding.filter.text"));
        OnTextChange.listen(text.getDocument(), this::applyFilter);
        count.setName("momentCount");
        List<JComboBox<?>> all = List.of(dyad, session, perspective, momentClass, code, theme, valence, attribute);
        all.forEach(c -> c.addActionListener(e -> applyFilter()));
        filters = new FilterRow(all, text, count);
        filters.setName("momentFilters");
        add(filters, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
        sorter.setSortsOnUpdates(true); // a renewed row is filtered and sorted again (see follow)
        ShownReload.attach(this, model, false, this::reloadOrFollow);
    }

    private final SessionChanges.Follower follower = new SessionChanges.Follower();
    /** Where each session's rows are in the model: first row and count. */
    private final java.util.Map<java.util.UUID, int[]> sessionRows = new java.util.HashMap<>();

    /**
     * Follows a change within sessions by renewing their rows alone when the rows showed the study
     * just before it; anything else rebuilds them all. A code applied on a million-moment study took
     * seconds here when every row was built again.
     */
    private void reloadOrFollow() {
        java.util.List<org.iprstudio.store.StudyChange> heard = follower.toFollow(model);
        if (heard == null || !follow(heard)) {
            reload();
        }
        follower.caughtUp(model);
    }

    /** Renews the rows of the sessions the changes lie in; false if a change is not one the rows can follow so. */
    private boolean follow(java.util.List<org.iprstudio.store.StudyChange> changes) {
        Study study = model.study();
        java.util.Set<java.util.UUID> sessions = SessionChanges.sessionsOf(study, changes, model::movedInChange);
        if (sessions == null) {
            return false;
        }
        java.util.Map<java.util.UUID, List<MomentRows.Row>> renewed = new java.util.HashMap<>();
        for (java.util.UUID sessionId : sessions) {
            int[] place = sessionRows.get(sessionId);
            List<MomentRows.Row> fresh = MomentRows.ofSession(study, model.shownStudy(), model::codingsOf, study.session(sessionId));
            if (place == null || place[1] != fresh.size()) {
                return false; // a moment came or went: the rows are built again
            }
            renewed.put(sessionId, fresh);
        }
        java.util.UUID selected = table.getSelectedRow() < 0 ? null
                : rows.rows.get(table.convertRowIndexToModel(table.getSelectedRow())).moment().id();
        updating = true;
        try {
            renewed.forEach((sessionId, fresh) -> {
                int[] place = sessionRows.get(sessionId);
                for (int i = 0; i < fresh.size(); i++) {
                    rows.rows.set(place[0] + i, fresh.get(i));
                }
                if (!fresh.isEmpty()) {
                    rows.fireTableRowsUpdated(place[0], place[0] + fresh.size() - 1);
                }
            });
        } finally {
            updating = false;
        }
        count.setText(Texts.get("coding.filter.count", table.getRowCount(), rows.rows.size()));
        reselect(selected); // a moment re-timed moves within its session's rows: the choice goes with it
        return true;
    }

    private void indexSessions() {
        sessionRows.clear();
        for (int i = 0; i < rows.rows.size(); i++) {
            java.util.UUID sessionId = rows.rows.get(i).session().id();
            int[] place = sessionRows.get(sessionId);
            if (place == null) {
                sessionRows.put(sessionId, new int[] {i, 1});
            } else {
                place[1]++;
            }
        }
    }

    JTable table() {
        return table;
    }

    private static JComboBox<Choice> combo(String name) {
        JComboBox<Choice> box = new JComboBox<>();
        box.setName(name);
        return box;
    }

    /** Rebuilds rows and the filter choices, keeping the choices made where they still exist. */
    public void reload() {
        Study study = model.study();
        java.util.UUID selected = table.getSelectedRow() < 0 ? null
                : rows.rows.get(table.convertRowIndexToModel(table.getSelectedRow())).moment().id();
        updating = true;
        try {
            rows.rows = MomentRows.of(study, model.shownStudy(), model::codingsOf);
            indexSessions();
            rows.fireTableDataChanged();
            fill(dyad, "coding.filter.allDyads", study.dyads().stream().map(d -> new Choice(d.code(), r -> r.dyad().equals(d.code()))).toList());
            fill(session, "coding.filter.allSessions", study.sessions().stream().map(s -> s.number()).distinct().sorted()
                    .map(n -> new Choice(Texts.get("coding.filter.session", n), r -> r.session().number() == n)).toList());
            fill(perspective, "coding.filter.allPerspectives", java.util.Arrays.stream(Role.values()).filter(Role::canRecall)
                    .filter(role -> rows.rows.stream().anyMatch(r -> r.perspective() == role))
                    .map(role -> new Choice(Describe.perspective(role), r -> r.perspective() == role)).toList());
            fill(momentClass, "coding.filter.allClasses", java.util.Arrays.stream(MomentRows.MomentClass.values())
                    .map(c -> new Choice(Texts.get("coding.class." + camel(c.name())), r -> r.momentClass() == c)).toList());
            fill(code, "coding.filter.allCodes", study.codes().stream().sorted(java.util.Comparator.comparing(Code::name, String.CASE_INSENSITIVE_ORDER))
                    .map(c -> new Choice(c.name(), r -> r.codeIds().contains(c.id()))).toList());
            fill(theme, "coding.filter.allThemes", study.themes().stream()
                    .map(t -> new Choice(t.name(), r -> r.themeIds().contains(t.id()))).toList());
            List<Choice> valences = new ArrayList<>();
            for (Valence v : Valence.values()) {
                valences.add(new Choice(Describe.valence(v), r -> r.valence() == v));
            }
            valences.add(new Choice(Texts.get("coding.unrated"), r -> r.valence() == null));
            fill(valence, "coding.filter.allValences", valences);
            fill(attribute, "coding.filter.allAttributes", attributeChoices(study));
        } finally {
            updating = false;
        }
        applyFilter();
        reselect(selected);
        filters.fit(); // the choices' widths may have changed
    }

    /** Keeps the chosen moment chosen across a rebuild, without playing it again. */
    private void reselect(java.util.UUID momentId) {
        if (momentId == null) {
            return;
        }
        for (int view = 0; view < table.getRowCount(); view++) {
            if (rows.rows.get(table.convertRowIndexToModel(view)).moment().id().equals(momentId)) {
                updating = true;
                try {
                    table.setRowSelectionInterval(view, view);
                } finally {
                    updating = false;
                }
                return;
            }
        }
    }

    private static String camel(String constant) {
        StringBuilder s = new StringBuilder();
        for (String part : constant.toLowerCase(Locale.ROOT).split("_")) {
            s.append(s.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return s.toString();
    }

    /** "Outcome: improved", "Therapist's experience: under 5 years": one entry per value a case attribute has or offers. */
    static List<Choice> attributeChoices(Study study) {
        List<Choice> choices = new ArrayList<>();
        for (org.iprstudio.analysis.AttributeGrouping.Key key : org.iprstudio.analysis.AttributeGrouping.keys(study)) {
            org.iprstudio.domain.Attribute a = key.attribute();
            java.util.Set<String> values = new java.util.LinkedHashSet<>(a.choices());
            study.attributeValues().stream().filter(v -> v.attributeId().equals(a.id())).map(v -> a.comparable(v.value()))
                    .sorted(a.type() == org.iprstudio.domain.AttributeType.NUMBER ? java.util.Comparator.comparing(java.math.BigDecimal::new)
                            : java.util.Comparator.<String>naturalOrder())
                    .forEach(values::add); // numbers by value: "12" and "12.0" are one entry
            String name = key.whose() == null ? a.name() : Describe.upperFirst(Describe.attributeOf(key.whose(), a.name()));
            for (String value : values) {
                choices.add(new Choice(Texts.get("coding.filter.attribute", name, value), r -> {
                    org.iprstudio.domain.Dyad d = study.dyad(r.session().dyadId());
                    java.util.UUID owner = key.whose() == null ? d.id() : key.whose() == Role.CLIENT ? d.clientId() : d.therapistId();
                    return study.valueOf(a.id(), owner).map(v -> a.comparable(v.value()).equals(value)).orElse(false);
                }));
            }
        }
        return choices;
    }

    private void fill(JComboBox<Choice> box, String allKey, List<Choice> choices) {
        String before = box.getSelectedItem() instanceof Choice c ? c.label() : null;
        box.removeAllItems();
        box.addItem(new Choice(Texts.get(allKey), r -> true));
        choices.forEach(box::addItem);
        for (int i = 0; i < box.getItemCount(); i++) {
            if (Objects.equals(box.getItemAt(i).label(), before)) {
                box.setSelectedIndex(i);
            }
        }
    }

    /** Chooses a filter entry by its label, as a user would (for tests and for the matrix). */
    void choose(String filterName, String label) {
        for (JComboBox<Choice> box : List.of(dyad, session, perspective, momentClass, code, theme, valence, attribute)) {
            if (box.getName().equals(filterName)) {
                for (int i = 0; i < box.getItemCount(); i++) {
                    if (box.getItemAt(i).label().equals(label)) {
                        box.setSelectedIndex(i);
                    }
                }
            }
        }
    }

    private void applyFilter() {
        if (updating) {
            return;
        }
        String query = text.getText().strip().toLowerCase(Locale.ROOT);
        List<Predicate<MomentRows.Row>> tests = new ArrayList<>();
        for (JComboBox<Choice> box : List.of(dyad, session, perspective, momentClass, code, theme, valence, attribute)) {
            if (box.getSelectedItem() instanceof Choice c) {
                tests.add(c.test());
            }
        }
        if (!query.isEmpty()) {
            tests.add(r -> (r.moment().comment() + " " + r.codes() + " " + r.themes() + " " + String.join(" ", r.moment().tags()))
                    .toLowerCase(Locale.ROOT).contains(query));
        }
        sorter.setRowFilter(new RowFilter<>() {
            @Override
            public boolean include(Entry<? extends RowsModel, ? extends Integer> entry) {
                MomentRows.Row row = rows.rows.get(entry.getIdentifier());
                return tests.stream().allMatch(t -> t.test(row));
            }
        });
        count.setText(Texts.get("coding.filter.count", table.getRowCount(), rows.rows.size()));
    }

    private static final class RowsModel extends AbstractTableModel {
        private static final String[] COLUMNS = {"dyad", "session", "who", "time", "helpfulness", "class", "codes", "themes", "comment"};
        List<MomentRows.Row> rows = List.of();

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.length;
        }

        @Override
        public String getColumnName(int column) {
            return Texts.get("coding.moments.column." + COLUMNS[column]);
        }

        @Override
        public Class<?> getColumnClass(int column) {
            return column == 1 ? Integer.class : column == 4 ? Double.class : String.class;
        }

        @Override
        public Object getValueAt(int rowIndex, int column) {
            MomentRows.Row r = rows.get(rowIndex);
            return switch (column) {
                case 0 -> r.dyad();
                case 1 -> r.session().number();
                case 2 -> r.who();
                case 3 -> r.moment().anchor().toShortClock();
                case 4 -> r.moment().helpfulness() == null ? null : r.moment().helpfulness().value();
                case 5 -> Texts.get("coding.class." + camel(r.momentClass().name()));
                case 6 -> r.codes();
                case 7 -> r.themes();
                default -> r.moment().comment();
            };
        }
    }
}
