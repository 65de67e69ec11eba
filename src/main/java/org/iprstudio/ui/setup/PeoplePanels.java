package org.iprstudio.ui.setup;

import java.awt.BorderLayout;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Entity;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Site;
import org.iprstudio.ui.Texts;

/** The sites, participants and dyads tabs of the Study setup view. */
final class PeoplePanels {
    private final SetupContext c;
    final RowTable<Site> sites = new RowTable<>("sitesTable", Site::id,
            new RowTable.Column<>("setup.col.code", Site::code), new RowTable.Column<>("setup.col.name", Site::name));
    final RowTable<Participant> participants;
    final RowTable<Dyad> dyads;

    PeoplePanels(SetupContext context) {
        this.c = context;
        participants = new RowTable<>("participantsTable", Participant::id,
                new RowTable.Column<>("setup.col.code", Participant::code),
                new RowTable.Column<>("setup.col.role", p -> SetupContext.role(p.role())),
                new RowTable.Column<>("setup.col.pseudonym", Participant::pseudonym),
                new RowTable.Column<>("setup.col.dyads", p -> String.join(", ", c.study().dyads().stream()
                        .filter(d -> d.clientId().equals(p.id()) || d.therapistId().equals(p.id())).map(Dyad::code).toList())));
        dyads = new RowTable<>("dyadsTable", Dyad::id,
                new RowTable.Column<>("setup.col.code", Dyad::code),
                new RowTable.Column<>("setup.col.site", d -> c.study().site(d.siteId()).code()),
                new RowTable.Column<>("setup.col.client", d -> c.study().participant(d.clientId()).label()),
                new RowTable.Column<>("setup.col.therapist", d -> c.study().participant(d.therapistId()).label()),
                new RowTable.Column<>("setup.col.sessions", d -> String.join(", ", c.study().sessionsOf(d.id()).stream()
                        .map(s -> String.valueOf(s.number())).toList())));
    }

    void refresh() {
        sites.setRows(c.study().sites());
        participants.setRows(c.study().participants());
        dyads.setRows(c.study().dyads());
    }

    JPanel sitesTab() {
        return tab(sites, "setup.sites.explain", "site", this::addSite, this::editSite, s -> remove(s));
    }

    JPanel participantsTab() {
        return tab(participants, "setup.participants.explain", "participant", this::addParticipant, this::editParticipant, p -> remove(p));
    }

    JPanel dyadsTab() {
        return tab(dyads, "setup.dyads.explain", "dyad", this::addDyad, this::editDyad, d -> remove(d));
    }

    private <T> JPanel tab(RowTable<T> table, String explainKey, String what, Runnable add, Consumer<T> edit, Consumer<T> remove) {
        JPanel panel = new JPanel(new BorderLayout(0, 6));
        panel.add(new JLabel(Texts.wrapped(700, explainKey)), BorderLayout.NORTH);
        panel.add(new JScrollPane(table), BorderLayout.CENTER);
        JPanel buttons = new JPanel(new MigLayout("insets 0"));
        buttons.add(button("setup." + what + ".add", add));
        buttons.add(button("setup." + what + ".edit", () -> table.selected().ifPresent(edit)));
        buttons.add(button("setup." + what + ".remove", () -> table.selected().ifPresent(remove)));
        panel.add(buttons, BorderLayout.SOUTH);
        table.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseClicked(java.awt.event.MouseEvent e) {
                if (e.getClickCount() == 2) {
                    table.selected().ifPresent(edit);
                }
            }
        });
        return panel;
    }

    static JButton button(String key, Runnable run) {
        JButton b = new JButton(Texts.get(key));
        b.setName(key);
        b.addActionListener(e -> run.run());
        return b;
    }

    // ---- sites --------------------------------------------------------------------------------

    void addSite() {
        siteForm(null);
    }

    private void editSite(Site s) {
        siteForm(s);
    }

    private void siteForm(Site before) {
        Forms.Form form = new Forms.Form();
        JTextField code = form.add("setup.field.code", Forms.text("site.code", before == null ? c.people().nextSiteCode() : before.code()));
        JTextField name = form.add("setup.field.siteName", Forms.text("site.name", before == null ? "" : before.name()));
        Forms.show(c.owner(), before == null ? "setup.site.add" : "setup.site.edit", form, before == null ? name : code,
                () -> before == null ? c.people().addSite(code.getText(), name.getText()) : c.people().editSite(before, code.getText(), name.getText()))
                .ifPresent(s -> sites.select(s.id()));
    }

    // ---- participants -----------------------------------------------------------------------------

    void addParticipant() {
        participantForm(null, Role.CLIENT);
    }

    private void editParticipant(Participant p) {
        participantForm(p, p.role());
    }

    /** Adds or edits a participant; returns the one stored, for a dyad form that asked for a new person. */
    Participant participantForm(Participant before, Role role) {
        Forms.Form form = new Forms.Form();
        JComboBox<Role> roleBox = form.add("setup.field.role", Forms.choice("participant.role", Arrays.asList(Role.values()), role, SetupContext::role));
        JTextField code = form.add("setup.field.code", Forms.text("participant.code", before == null ? c.people().nextParticipantCode(role) : before.code()));
        JTextField pseudonym = form.add("setup.field.pseudonym", Forms.text("participant.pseudonym", before == null ? "" : before.pseudonym()));
        form.note("setup.participant.noRealNames");
        if (before == null) {
            roleBox.addActionListener(e -> code.setText(c.people().nextParticipantCode((Role) roleBox.getSelectedItem())));
        }
        return Forms.show(c.owner(), before == null ? "setup.participant.add" : "setup.participant.edit", form, code, () -> before == null
                ? c.people().addParticipant(code.getText(), (Role) roleBox.getSelectedItem(), pseudonym.getText())
                : c.people().editParticipant(before, code.getText(), (Role) roleBox.getSelectedItem(), pseudonym.getText()))
                .map(p -> {
                    participants.select(p.id());
                    return p;
                }).orElse(null);
    }

    // ---- dyads --------------------------------------------------------------------------------------

    void addDyad() {
        dyadForm(null);
    }

    private void editDyad(Dyad d) {
        dyadForm(d);
    }

    private void dyadForm(Dyad before) {
        if (c.study().sites().isEmpty()) {
            Forms.refused(c.owner(), Texts.get("setup.dyad.needsSite"));
            return;
        }
        Forms.Form form = new Forms.Form();
        JTextField code = form.add("setup.field.code", Forms.text("dyad.code", before == null ? c.people().nextDyadCode() : before.code()));
        JComboBox<Site> site = form.add("setup.field.site", Forms.choice("dyad.site", c.study().sites(),
                before == null ? c.study().sites().get(0) : c.study().site(before.siteId()), s -> s.code() + "  " + s.name()));
        String number = code.getText().replaceAll("\\D", "");
        JComboBox<Object> client = form.add("setup.field.client", personChoice("dyad.client", Role.CLIENT, before == null ? null : before.clientId(), number));
        JComboBox<Object> therapist = form.add("setup.field.therapist", personChoice("dyad.therapist", Role.THERAPIST,
                before == null ? null : before.therapistId(), number));
        form.note("setup.dyad.newPersonHint");
        Forms.show(c.owner(), before == null ? "setup.dyad.add" : "setup.dyad.edit", form, code, () -> {
            Participant cl = person(client.getSelectedItem(), Role.CLIENT);
            Participant th = person(therapist.getSelectedItem(), Role.THERAPIST);
            Site s = (Site) site.getSelectedItem();
            return before == null ? c.people().addDyad(code.getText(), s, th, cl) : c.people().editDyad(before, code.getText(), s, th, cl);
        }).ifPresent(d -> dyads.select(d.id()));
    }

    /** The people of the role, and a "new ..." entry with a proposed code that is created on OK. */
    private JComboBox<Object> personChoice(String name, Role role, java.util.UUID selected, String number) {
        List<Participant> people = c.study().participants().stream().filter(p -> role == Role.CLIENT ? p.role() == Role.CLIENT
                : p.role() == Role.THERAPIST || p.role() == Role.TRAINEE).toList();
        java.util.List<Object> items = new java.util.ArrayList<>(people);
        String proposed = (role == Role.CLIENT ? "C" : "T") + (number.isEmpty() ? "" : String.format("%02d", Integer.parseInt(number)));
        if (proposed.length() < 2 || c.study().participants().stream().anyMatch(p -> p.code().equalsIgnoreCase(proposed))) {
            items.add(new NewPerson(c.people().nextParticipantCode(role)));
        } else {
            items.add(new NewPerson(proposed));
        }
        Object pick = selected == null ? items.get(items.size() - 1) : people.stream().filter(p -> p.id().equals(selected)).findFirst().orElse(null);
        return Forms.choice(name, items, pick, o -> o instanceof Participant p ? p.label() : Texts.get("setup.dyad.newPerson", ((NewPerson) o).code()));
    }

    private record NewPerson(String code) {
    }

    private Participant person(Object choice, Role role) {
        if (choice instanceof Participant p) {
            return p;
        }
        // not stored yet: the dyad stores it with itself, as one undoable step
        return c.people().newParticipant(((NewPerson) choice).code(), role);
    }

    // ---- removal ------------------------------------------------------------------------------------

    void remove(Entity e) {
        SetupView.confirmRemoval(c, e);
    }
}
