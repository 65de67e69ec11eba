package org.iprstudio.ui;

import java.util.Locale;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeModel;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Site;
import org.iprstudio.domain.Study;

/** Sites, then dyads, then sessions, then recall passes with their moment counts; a missing recall is shown as missing. */
final class StudyTreeModel {
    private StudyTreeModel() {
    }

    static DefaultTreeModel of(Study study) {
        return of(study, pass -> study.momentsInPass(pass).size());
    }

    /** The same, with each pass's number of moments counted elsewhere (a first look's outline, decision 0026). */
    static DefaultTreeModel of(Study study, java.util.function.ToIntFunction<java.util.UUID> momentsOfPass) {
        DefaultMutableTreeNode root = new DefaultMutableTreeNode(new StudyNode(StudyNode.Kind.STUDY, study.header().title(), null, false));
        for (Site site : study.sites()) {
            DefaultMutableTreeNode siteNode = node(StudyNode.Kind.SITE, Texts.get("tree.site", site.code(), site.name()), site, false);
            root.add(siteNode);
            java.util.List<Dyad> dyads = study.dyadsAt(site.id());
            boolean folded = dyads.size() > StudyTreePane.UNFOLD_ALL_UP_TO; // shown folded: their rows are made when first asked for
            for (Dyad dyad : dyads) {
                StudyNode label = new StudyNode(StudyNode.Kind.DYAD, Texts.get("tree.dyad", dyad.code(),
                        study.participant(dyad.clientId()).label(), study.participant(dyad.therapistId()).label()), dyad, false);
                DyadNode dyadNode = new DyadNode(label, needsAttention(study, dyad), !study.sessionsOf(dyad.id()).isEmpty());
                dyadNode.fill(() -> addSessions(study, dyad, dyadNode, momentsOfPass), folded);
                siteNode.add(dyadNode);
            }
        }
        return new DefaultTreeModel(root);
    }

    private static void addSessions(Study study, Dyad dyad, DefaultMutableTreeNode dyadNode, java.util.function.ToIntFunction<java.util.UUID> momentsOfPass) {
        for (Session session : study.sessionsOf(dyad.id())) {
            DefaultMutableTreeNode sessionNode = node(StudyNode.Kind.SESSION, Texts.get("tree.session", session.number(),
                    org.iprstudio.ui.common.LocalFormats.date(session.date())), session, false);
            dyadNode.add(sessionNode);
            java.util.List<RecallPass> passes = study.passesOf(session.id());
            for (RecallPass pass : passes) {
                sessionNode.add(passNode(study, pass, momentsOfPass));
            }
            if (passes.isEmpty()) {
                sessionNode.add(node(StudyNode.Kind.NOTE, Texts.get("tree.noPasses"), null, true));
            }
        }
    }

    /** Whether a row under the dyad asks for attention: a session without recall passes, or a recall marked missing. */
    private static boolean needsAttention(Study study, Dyad dyad) {
        for (Session session : study.sessionsOf(dyad.id())) {
            java.util.List<RecallPass> passes = study.passesOf(session.id());
            if (passes.isEmpty() || passes.stream().anyMatch(p -> p.status() == PassStatus.MISSING)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A dyad's row, whose sessions and passes may be made only when first asked for (folded, a large
     * study's 5,000 dyads held 40,000 rows nobody looked at, built at every open): any question about
     * its children makes them first, so nothing that walks the tree sees it without them.
     */
    static final class DyadNode extends DefaultMutableTreeNode {
        private final boolean attention;
        private final boolean hasSessions;
        private Runnable fill;

        DyadNode(StudyNode label, boolean attention, boolean hasSessions) {
            super(label);
            this.attention = attention;
            this.hasSessions = hasSessions;
        }

        /** Makes the children now, or (later) when first asked for. */
        void fill(Runnable children, boolean later) {
            fill = children;
            if (!later) {
                filled();
            }
        }

        /** Whether a row under it asks for attention (known without making the rows). */
        boolean attention() {
            return attention;
        }

        private void filled() {
            Runnable children = fill;
            if (children != null) {
                fill = null;
                children.run();
            }
        }

        @Override
        public int getChildCount() {
            filled();
            return super.getChildCount();
        }

        @Override
        public javax.swing.tree.TreeNode getChildAt(int index) {
            filled();
            return super.getChildAt(index);
        }

        @Override
        public java.util.Enumeration<javax.swing.tree.TreeNode> children() {
            filled();
            return super.children();
        }

        @Override
        public int getIndex(javax.swing.tree.TreeNode child) {
            filled();
            return super.getIndex(child);
        }

        @Override
        public boolean isLeaf() {
            return fill != null ? !hasSessions : super.isLeaf();
        }
    }

    private static DefaultMutableTreeNode passNode(Study study, RecallPass pass, java.util.function.ToIntFunction<java.util.UUID> momentsOfPass) {
        String who = perspective(pass.perspective()) + " " + study.participant(pass.participantId()).code();
        if (pass.status() == PassStatus.MISSING) {
            String whole = Texts.get("tree.pass.missing", who, pass.missingReason());
            String row = Texts.get("tree.pass.missing", who, shortReason(pass.missingReason()));
            return new DefaultMutableTreeNode(new StudyNode(StudyNode.Kind.PASS, row, whole, pass, true));
        }
        // counted, not sorted: a large study has tens of thousands of passes
        String label = pass.status() == PassStatus.PLANNED ? Texts.get("tree.pass.planned", who)
                : Texts.get("tree.pass.done", who, momentsOfPass.applyAsInt(pass.id()));
        return node(StudyNode.Kind.PASS, label, pass, false);
    }

    /**
     * A reason is free text, often a sentence: in the tree's row only its first words, up to the
     * first stop or about {@value #REASON_ROW_LENGTH} characters, so the row fits a laptop's narrow
     * tree; the tooltip and the setup view have it in full.
     */
    static String shortReason(String reason) {
        String text = reason == null ? "" : reason.strip();
        int stop = text.length();
        for (char c : new char[] {';', '.', ',', '(', ':', '\n'}) {
            int at = text.indexOf(c);
            if (at > 0 && at < stop) {
                stop = at;
            }
        }
        String first = text.substring(0, stop).strip();
        if (first.length() > REASON_ROW_LENGTH) {
            int space = first.lastIndexOf(' ', REASON_ROW_LENGTH);
            first = first.substring(0, space > 0 ? space : REASON_ROW_LENGTH).strip();
        }
        return first.length() < text.length() ? first + "\u2026" : first;
    }

    private static final int REASON_ROW_LENGTH = 16;

    static String perspective(Role role) {
        return Texts.get("role." + role.name().toLowerCase(Locale.ROOT));
    }

    private static DefaultMutableTreeNode node(StudyNode.Kind kind, String label, org.iprstudio.domain.Entity entity, boolean attention) {
        return new DefaultMutableTreeNode(new StudyNode(kind, label, entity, attention));
    }
}
