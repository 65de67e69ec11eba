package org.iprstudio.ui.setup;

import java.awt.BorderLayout;
import java.awt.Component;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.swing.DefaultCellEditor;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.TableCellEditor;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.app.setup.CaseAttributes;
import org.iprstudio.domain.Attribute;
import org.iprstudio.domain.AttributeTarget;
import org.iprstudio.domain.AttributeType;
import org.iprstudio.domain.AttributeValue;
import org.iprstudio.domain.Entity;
import org.iprstudio.domain.Participant;
import org.iprstudio.ui.Texts;
import org.iprstudio.ui.common.ErrorText;

/**
 * The Attributes tab of the Study setup view: the case attributes of participants or of dyads
 * (name, type, choices), and below them a table of their values, one row per participant or
 * dyad and one column per attribute, edited in place (a choice in a list).
 */
final class AttributesPanel extends JPanel {
    private final SetupContext c;
    private final CaseAttributes attributes;
    private final JComboBox<AttributeTarget> kind;
    private final RowTable<Attribute> definitions = new RowTable<>("attributesTable", Attribute::id,
            new RowTable.Column<>("setup.col.name", Attribute::name),
            new RowTable.Column<>("setup.col.attributeType", a -> type(a.type())),
            new RowTable.Column<>("setup.col.choices", a -> String.join(" | ", a.choices())));
    private final ValuesModel values = new ValuesModel();
    private final JTable valuesTable = new ValuesTable(values);

    AttributesPanel(SetupContext context) {
        super(new BorderLayout(0, 6));
        this.c = context;
        this.attributes = CaseAttributes.of(context.people());
        kind = Forms.choice("attributes.kind", Arrays.asList(AttributeTarget.values()), AttributeTarget.PARTICIPANT, AttributesPanel::target);
        kind.addActionListener(e -> refresh());

        JPanel top = new JPanel(new MigLayout("insets 0, wrap 1, fill", "[grow, fill]"));
        top.add(new JLabel(Texts.wrapped(700, "setup.attributes.explain")));
        JPanel kindRow = new JPanel(new MigLayout("insets 0"));
        kindRow.add(new JLabel(Texts.get("setup.attributes.of")));
        kindRow.add(kind);
        top.add(kindRow);
        add(top, BorderLayout.NORTH);

        JPanel definitionPanel = new JPanel(new BorderLayout(0, 4));
        definitionPanel.add(new JScrollPane(definitions), BorderLayout.CENTER);
        JPanel buttons = new JPanel(new MigLayout("insets 0"));
        buttons.add(PeoplePanels.button("setup.attribute.add", () -> form(null)));
        buttons.add(PeoplePanels.button("setup.attribute.edit", () -> definitions.selected().ifPresent(this::form)));
        buttons.add(PeoplePanels.button("setup.attribute.remove", () -> definitions.selected().ifPresent(this::remove)));
        definitionPanel.add(buttons, BorderLayout.SOUTH);

        valuesTable.setName("attributeValuesTable");
        valuesTable.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        valuesTable.setRowHeight(Math.max(valuesTable.getRowHeight(), 24));
        valuesTable.setFillsViewportHeight(true);
        valuesTable.putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
        JPanel valuesPanel = new JPanel(new BorderLayout(0, 4));
        valuesPanel.add(new JLabel(Texts.wrapped(700, "setup.attributes.valuesExplain")), BorderLayout.NORTH);
        valuesPanel.add(new JScrollPane(valuesTable), BorderLayout.CENTER);

        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, definitionPanel, valuesPanel);
        split.setResizeWeight(0.35);
        split.setBorder(null);
        add(split, BorderLayout.CENTER);
    }

    private AttributeTarget selectedKind() {
        return (AttributeTarget) kind.getSelectedItem();
    }

    /** Shows the attributes and values as the study holds them now. */
    void refresh() {
        definitions.setRows(c.study().attributesOf(selectedKind()));
        if (valuesTable.isEditing()) {
            valuesTable.getCellEditor().cancelCellEditing();
        }
        values.show(selectedKind(), c.study().attributesOf(selectedKind()), owners());
    }

    private List<? extends Entity> owners() {
        return selectedKind() == AttributeTarget.PARTICIPANT ? c.study().participants() : c.study().dyads();
    }

    private void form(Attribute before) {
        Forms.Form form = new Forms.Form();
        JTextField name = form.add("setup.field.attributeName", Forms.text("attribute.name", before == null ? "" : before.name()));
        JComboBox<AttributeType> type = form.add("setup.field.attributeType", Forms.choice("attribute.type", Arrays.asList(AttributeType.values()),
                before == null ? AttributeType.TEXT : before.type(), AttributesPanel::type));
        JTextArea choices = new JTextArea(before == null ? "" : String.join("\n", before.choices()), 4, 24);
        choices.setName("attribute.choices");
        form.add("setup.field.choices", new JScrollPane(choices));
        form.note("setup.attribute.choicesHint");
        AttributeTarget appliesTo = before == null ? selectedKind() : before.appliesTo();
        String title = before == null ? (appliesTo == AttributeTarget.PARTICIPANT ? "setup.attribute.addForParticipants" : "setup.attribute.addForDyads")
                : "setup.attribute.edit";
        Forms.show(c.owner(), title, form, name, () -> {
            AttributeType t = (AttributeType) type.getSelectedItem();
            List<String> list = t == AttributeType.CHOICE ? lines(choices.getText()) : List.of();
            return before == null ? attributes.define(appliesTo, name.getText(), t, list) : attributes.edit(before, name.getText(), t, list);
        }).ifPresent(a -> definitions.select(a.id()));
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private void remove(Attribute a) {
        int count = attributes.valueCount(a);
        int answer = javax.swing.JOptionPane.showConfirmDialog(c.owner(), Texts.wrapped(420, "setup.attribute.removeConfirm", a.name(), count),
                Texts.get("setup.remove.title"), javax.swing.JOptionPane.OK_CANCEL_OPTION, javax.swing.JOptionPane.QUESTION_MESSAGE);
        if (answer == javax.swing.JOptionPane.OK_OPTION) {
            attributes.remove(a);
        }
    }

    private void setValue(Attribute a, Entity owner, String text) {
        try {
            attributes.setValue(a, owner.id(), text);
        } catch (IllegalArgumentException e) {
            Forms.refused(c.owner(), ErrorText.of(e));
            refresh();
        }
    }

    static String type(AttributeType t) {
        return Texts.get("attribute.type." + t.name().toLowerCase(Locale.ROOT));
    }

    static String target(AttributeTarget t) {
        return Texts.get("attribute.of." + t.name().toLowerCase(Locale.ROOT));
    }

    private static String label(Entity e) {
        return e instanceof Participant p ? p.label() + "  (" + SetupContext.role(p.role()) + ")" : ((org.iprstudio.domain.Dyad) e).code();
    }

    /** Rows: the participants or dyads; column 0 names them, each further column is one attribute. */
    private final class ValuesModel extends AbstractTableModel {
        private List<Attribute> columns = List.of();
        private List<? extends Entity> rows = List.of();
        private AttributeTarget target = AttributeTarget.PARTICIPANT;

        void show(AttributeTarget kind, List<Attribute> attributes, List<? extends Entity> owners) {
            boolean sameColumns = attributes.equals(columns) && kind == target;
            target = kind;
            columns = List.copyOf(attributes);
            rows = new ArrayList<>(owners);
            if (sameColumns) {
                fireTableDataChanged();
            } else {
                fireTableStructureChanged();
            }
        }

        Attribute attribute(int column) {
            return columns.get(column - 1);
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return columns.size() + 1;
        }

        @Override
        public String getColumnName(int column) {
            return column == 0 ? Texts.get(target == AttributeTarget.PARTICIPANT ? "setup.col.participant" : "setup.col.dyad")
                    : columns.get(column - 1).name();
        }

        @Override
        public boolean isCellEditable(int row, int column) {
            return column > 0;
        }

        @Override
        public Object getValueAt(int row, int column) {
            Entity owner = rows.get(row);
            if (column == 0) {
                return label(owner);
            }
            UUID attributeId = columns.get(column - 1).id();
            return c.study().valueOf(attributeId, owner.id()).map(AttributeValue::value).orElse("");
        }

        @Override
        public void setValueAt(Object value, int row, int column) {
            if (column == 0 || row >= rows.size()) {
                return;
            }
            setValue(columns.get(column - 1), rows.get(row), value == null ? "" : value.toString());
        }
    }

    /** A choice attribute's cells are edited with a list of its choices (and an empty entry to clear). */
    private static final class ValuesTable extends JTable {
        private final ValuesModel model;

        ValuesTable(ValuesModel model) {
            super(model);
            this.model = model;
            getTableHeader().setReorderingAllowed(false);
        }

        /** One editor per attribute as it is now: JTable asks for the editor more than once while one edit lasts. */
        private final java.util.Map<Attribute, TableCellEditor> choiceEditors = new java.util.HashMap<>();

        @Override
        public TableCellEditor getCellEditor(int row, int column) {
            int modelColumn = convertColumnIndexToModel(column);
            if (modelColumn > 0 && model.attribute(modelColumn).type() == AttributeType.CHOICE) {
                return choiceEditors.computeIfAbsent(model.attribute(modelColumn), a -> {
                    List<String> items = new ArrayList<>();
                    items.add("");
                    items.addAll(a.choices());
                    JComboBox<String> box = new JComboBox<>(items.toArray(new String[0]));
                    box.setName("attributeChoice");
                    return new DefaultCellEditor(box);
                });
            }
            return super.getCellEditor(row, column);
        }

        @Override
        public Component prepareEditor(TableCellEditor editor, int row, int column) {
            Component component = super.prepareEditor(editor, row, column);
            component.setName("attributeValueEditor");
            return component;
        }
    }
}
