package org.iprstudio.ui.setup;

import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.WindowConstants;
import org.iprstudio.app.setup.RemovalSummary;
import org.iprstudio.domain.Entity;
import org.iprstudio.domain.Session;
import org.iprstudio.ui.Texts;
import org.iprstudio.ui.common.ErrorText;

/**
 * Study > Study setup: sites, participants, dyads, and sessions with their videos and recalls.
 * For researchers only; it is a window of the main window, which is hidden during a recall.
 * It refreshes after every edit (its own, an undo from the Edit menu, anything through the history).
 */
public final class SetupView extends JDialog {
    private final SetupContext c;
    private final PeoplePanels people;
    private final SessionsPanel sessions;
    private final AttributesPanel attributes;
    private final JTabbedPane tabs = new JTabbedPane();
    private final JLabel protocol = new JLabel();

    SetupView(SetupContext context) {
        super(context.owner(), Texts.get("setup.title", context.study().header().title()), ModalityType.MODELESS);
        this.c = context;
        setName("setupView");
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        people = new PeoplePanels(new SetupContext(this, c.service(), c.people(), c.sessions(), c.links()));
        sessions = new SessionsPanel(new SetupContext(this, c.service(), c.people(), c.sessions(), c.links()));
        tabs.setName("setupTabs");
        tabs.addTab(Texts.get("setup.tab.sites"), pad(people.sitesTab()));
        tabs.addTab(Texts.get("setup.tab.participants"), pad(people.participantsTab()));
        tabs.addTab(Texts.get("setup.tab.dyads"), pad(people.dyadsTab()));
        tabs.addTab(Texts.get("setup.tab.sessions"), pad(sessions));
        attributes = new AttributesPanel(new SetupContext(this, c.service(), c.people(), c.sessions(), c.links()));
        tabs.addTab(Texts.get("setup.tab.attributes"), pad(attributes));
        protocol.setName("setupProtocol");
        protocol.setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
        getContentPane().add(tabs, BorderLayout.CENTER);
        getContentPane().add(protocol, BorderLayout.SOUTH);
        refresh();
        java.awt.Rectangle screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        setSize(Math.min(Math.max(1040, screen.width * 2 / 3), screen.width - 40), Math.min(Math.max(720, screen.height * 2 / 3), screen.height - 40));
        setLocationRelativeTo(c.owner());
    }

    private static JPanel pad(JPanel panel) {
        panel.setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
        return panel;
    }

    /** Shows everything as the study holds it now. */
    void refresh() {
        setTitle(Texts.get("setup.title", c.study().header().title()));
        people.refresh();
        sessions.refresh();
        attributes.refresh();
        var p = c.study().header().protocol();
        protocol.setText(Texts.get("setup.protocol", String.join(", ", p.sessionNumbers().stream().map(String::valueOf).toList()),
                p.prompts().size(), p.pairingWindow().before().millis() / 1000.0, p.pairingWindow().after().millis() / 1000.0));
    }

    /** Opens the tab a new study needs next: sites first, then dyads, then sessions. */
    void showNextStep() {
        tabs.setSelectedIndex(c.study().sites().isEmpty() ? 0 : c.study().dyads().isEmpty() ? 2 : 3);
    }

    void showSession(Session s) {
        tabs.setSelectedIndex(3);
        sessions.selectSession(s);
    }

    /**
     * Removes after saying exactly what goes with it; something that holds recall data is only
     * removed after a second, explicit yes.
     */
    static void confirmRemoval(SetupContext c, Entity e) {
        RemovalSummary summary = c.people().whatGoesWith(e);
        String what = describe(summary);
        int answer = JOptionPane.showConfirmDialog(c.owner(), Texts.wrapped(420, summary.nothingElse() ? "setup.remove.simple" : "setup.remove.withData",
                summary.subject(), what), Texts.get("setup.remove.title"), JOptionPane.OK_CANCEL_OPTION,
                summary.holdsRecallData() ? JOptionPane.WARNING_MESSAGE : JOptionPane.QUESTION_MESSAGE);
        if (answer != JOptionPane.OK_OPTION) {
            return;
        }
        try {
            c.people().remove(e);
        } catch (IllegalArgumentException ex) {
            Forms.refused(c.owner(), ErrorText.of(ex));
        }
    }

    /** "D02 session 3: 2 recall passes, 19 moments, 7 codings, 3 pairs". */
    static String describe(RemovalSummary s) {
        List<String> parts = new ArrayList<>();
        add(parts, "setup.count.dyads", s.dyads());
        add(parts, "setup.count.sessions", s.sessions());
        add(parts, "setup.count.passes", s.passes());
        add(parts, "setup.count.moments", s.moments());
        add(parts, "setup.count.codings", s.codings());
        add(parts, "setup.count.pairs", s.pairs());
        add(parts, "setup.count.memos", s.memos());
        add(parts, "setup.count.attributeValues", s.attributeValues());
        return s.subject().localized() + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
    }

    private static void add(List<String> parts, String key, int n) {
        if (n > 0) {
            parts.add(Texts.get(key, n));
        }
    }
}
