package org.iprstudio.ui;

import java.awt.Dimension;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JScrollPane;
import javax.swing.JTree;
import javax.swing.ToolTipManager;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeModel;
import javax.swing.tree.TreePath;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;

/** The study tree on the left of the main window: sites, dyads, sessions and recall passes; choosing a row shows its session. */
final class StudyTreePane {
    /** As wide as its view, never wider: a row too long for it wraps (see StudyTreeRenderer), nothing hides to the right. */
    private final JTree tree = new JTree(new DefaultTreeModel(new DefaultMutableTreeNode(Texts.get("tree.empty")))) {
        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }
    };
    private final JScrollPane scroll = new JScrollPane(tree, JScrollPane.VERTICAL_SCROLLBAR_ALWAYS, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
    // the scroll bar always there: rows that wrap to a width the scroll bar takes from and gives back
    // could make it come and go without end
    private final Supplier<Study> study;

    /**
     * @param study the open study as it is now (null while none is open)
     * @param sessionChosen told the session of the row the user chose (a pass's row chooses its session)
     */
    StudyTreePane(Supplier<Study> study, Consumer<Session> sessionChosen) {
        this.study = study;
        tree.setName("studyTree");
        tree.setCellRenderer(new StudyTreeRenderer());
        ToolTipManager.sharedInstance().registerComponent(tree);
        tree.setRootVisible(true); // "No study open"
        tree.setShowsRootHandles(true);
        if (tree.getUI() instanceof javax.swing.plaf.basic.BasicTreeUI treeUi) { // five levels deep: a smaller indent leaves the labels room
            treeUi.setLeftChildIndent(4);
            treeUi.setRightChildIndent(8);
        }
        tree.addTreeSelectionListener(e -> chosenSession().ifPresent(sessionChosen));
        tree.setRowHeight(0); // rows that wrap are taller
        scroll.setMinimumSize(new Dimension(160, 200));
        // the rows wrap to the visible width: when it changes, the tree measures its rows again
        scroll.getViewport().addComponentListener(new java.awt.event.ComponentAdapter() {
            private int width = -1;

            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                int now = scroll.getViewport().getWidth();
                if (now != width && tree.getUI() instanceof javax.swing.plaf.basic.BasicTreeUI ui) {
                    width = now;
                    ui.setLeftChildIndent(ui.getLeftChildIndent()); // drops the cached row sizes
                }
            }
        });
    }

    JScrollPane component() {
        return scroll;
    }

    /**
     * Shows the study's structure. The study's own row is hidden: its title is in the window's
     * title, and a level less of indent leaves the rows room on a laptop. A study of up to
     * {@value #UNFOLD_ALL_UP_TO} dyads shows every row unfolded; a larger one shows its dyads folded,
     * except those holding a row that needs attention (a missing recall, a session without recall),
     * so a gap is still in sight: tens of thousands of unfolded rows would take seconds to lay out
     * (each row is measured, and Swing's tree does work per unfolded row for every row it unfolds)
     * and be no use to read.
     */
    void show(Study shown) {
        show(shown, pass -> shown.momentsInPass(pass).size());
    }

    /** The same, with each pass's number of moments counted elsewhere (a large study's first look, decision 0026). */
    void show(Study shown, java.util.function.ToIntFunction<java.util.UUID> momentsOfPass) {
        DefaultTreeModel model = StudyTreeModel.of(shown, momentsOfPass);
        tree.setModel(model);
        tree.setRootVisible(false);
        boolean unfoldAll = shown.dyads().size() <= UNFOLD_ALL_UP_TO;
        int unfoldedForAttention = 0;
        DefaultMutableTreeNode root = (DefaultMutableTreeNode) model.getRoot();
        for (int s = 0; s < root.getChildCount(); s++) {
            DefaultMutableTreeNode site = (DefaultMutableTreeNode) root.getChildAt(s);
            tree.expandPath(new TreePath(site.getPath()));
            for (int d = 0; d < site.getChildCount(); d++) {
                DefaultMutableTreeNode dyad = (DefaultMutableTreeNode) site.getChildAt(d);
                boolean unfold = unfoldAll || (unfoldedForAttention < UNFOLD_ALL_UP_TO && needsAttention(dyad));
                if (unfold) {
                    unfoldedForAttention += unfoldAll ? 0 : 1;
                    for (int n = 0; n < dyad.getChildCount(); n++) { // unfolding a session unfolds its dyad
                        tree.expandPath(new TreePath(((DefaultMutableTreeNode) dyad.getChildAt(n)).getPath()));
                    }
                    tree.expandPath(new TreePath(dyad.getPath()));
                }
            }
        }
    }

    /** More dyads than this, and the tree shows them folded (see {@link #show}). */
    static final int UNFOLD_ALL_UP_TO = 200;

    /** Whether a row under the dyad asks for attention, known without making a folded dyad's rows. */
    private static boolean needsAttention(DefaultMutableTreeNode dyad) {
        return ((StudyTreeModel.DyadNode) dyad).attention();
    }

    /** No study open. */
    void clear() {
        tree.setModel(new DefaultTreeModel(new DefaultMutableTreeNode(Texts.get("tree.empty"))));
        tree.setRootVisible(true);
    }

    /** Chooses the first session in the tree's order, if there is one. */
    void selectFirstSession() {
        var nodes = root().preorderEnumeration();
        while (nodes.hasMoreElements()) {
            DefaultMutableTreeNode node = (DefaultMutableTreeNode) nodes.nextElement();
            if (node.getUserObject() instanceof StudyNode n && n.kind() == StudyNode.Kind.SESSION) {
                TreePath path = new TreePath(node.getPath());
                tree.expandPath(path); // its recall passes in sight, also in a large study's folded tree
                tree.setSelectionPath(path);
                return;
            }
        }
    }

    /** Chooses a session by its label ("D02/3"), as if the user had clicked it; false if there is no such session. */
    boolean selectSession(String label) {
        Optional<Session> session = study.get() == null ? Optional.empty() : study.get().sessionByLabel(label);
        if (session.isEmpty()) {
            return false;
        }
        var nodes = root().preorderEnumeration();
        while (nodes.hasMoreElements()) {
            DefaultMutableTreeNode node = (DefaultMutableTreeNode) nodes.nextElement();
            if (node.getUserObject() instanceof StudyNode n && n.entity() instanceof Session s && s.id().equals(session.get().id())) {
                TreePath path = new TreePath(node.getPath());
                tree.expandPath(path);
                tree.setSelectionPath(path);
                tree.scrollPathToVisible(path);
                return true;
            }
        }
        return false;
    }

    private DefaultMutableTreeNode root() {
        return (DefaultMutableTreeNode) tree.getModel().getRoot();
    }

    private Optional<Session> chosenSession() {
        if (study.get() == null || tree.getSelectionPath() == null) {
            return Optional.empty();
        }
        Object last = ((DefaultMutableTreeNode) tree.getSelectionPath().getLastPathComponent()).getUserObject();
        if (last instanceof StudyNode node && node.entity() instanceof Session s) {
            return Optional.of(s);
        } else if (last instanceof StudyNode node && node.entity() instanceof RecallPass p) {
            return Optional.of(study.get().session(p.sessionId()));
        }
        return Optional.empty();
    }
}
