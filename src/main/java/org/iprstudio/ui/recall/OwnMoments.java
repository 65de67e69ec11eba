package org.iprstudio.ui.recall;

import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.ListSelectionModel;
import org.iprstudio.domain.Moment;

/**
 * The list of the participant's own moments beside the video, one line each (the time and the
 * first words), and which one is chosen. It holds only what the screen's session handed it.
 */
final class OwnMoments {
    private final DefaultListModel<Moment> model = new DefaultListModel<>();
    private final JList<Moment> list = new JList<>(model);

    /** @param chosen told of the moment chosen in the list once the choice settles */
    OwnMoments(Consumer<Moment> chosen) {
        list.setName("ownMoments");
        list.setFont(RecallLayout.BASE.deriveFont(16f));
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        // one label for every row, as Swing's own renderers do: the list measures all its rows after each
        // stop, and made a new label with its border for every row each time
        JLabel row = new JLabel();
        row.setOpaque(true);
        row.setFont(list.getFont());
        row.setBorder(BorderFactory.createEmptyBorder(3, 6, 3, 6));
        list.setCellRenderer((l, m, index, selected, focused) -> {
            row.setText(m.anchor().toShortClock() + "   " + (m.comment().isBlank() ? RecallTexts.get("side.noWords") : firstLine(m.comment())));
            row.setBackground(selected ? l.getSelectionBackground() : l.getBackground());
            row.setForeground(selected ? l.getSelectionForeground() : l.getForeground());
            return row;
        });
        row.setText("0:00");
        list.setFixedCellHeight(row.getPreferredSize().height); // every row is one line
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                chosen.accept(list.getSelectedValue());
            }
        });
    }

    private static String firstLine(String text) {
        String line = text.strip().split("\n", 2)[0];
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }

    JList<Moment> list() {
        return list;
    }

    /** Shows these moments instead of those shown. */
    void show(List<Moment> moments) {
        model.clear();
        model.addAll(moments); // one change for the list, not one per moment
    }

    /** Shows a changed moment in its place, if it is shown. */
    void replace(Moment changed) {
        int index = indexOf(changed);
        if (index >= 0) {
            model.set(index, changed);
        }
    }

    /** Chooses the shown moment with this one's id. */
    void choose(Moment m) {
        list.setSelectedValue(model.get(indexOf(m)), true);
    }

    /** Chooses this very moment (as the timeline hands it over). */
    void chooseValue(Moment m) {
        list.setSelectedValue(m, true);
    }

    Moment chosen() {
        return list.getSelectedValue();
    }

    void clearChoice() {
        list.clearSelection();
    }

    int size() {
        return model.size();
    }

    boolean isEmpty() {
        return model.isEmpty();
    }

    private int indexOf(Moment m) {
        for (int i = 0; i < model.size(); i++) {
            if (model.get(i).id().equals(m.id())) {
                return i;
            }
        }
        return -1;
    }
}
