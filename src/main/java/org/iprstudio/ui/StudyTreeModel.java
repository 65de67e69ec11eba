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
            for (Dyad dyad : study.dyadsAt(site.id())) {
                DefaultMutableTreeNode dyadNode = node(StudyNode.Kind.DYAD, Texts.get("tree.dyad", dyad.code(),
                        study.participant(dyad.clientId()).label(), study.participant(dyad.therapistId()).label()), dyad, false);
                siteNode.add(dyadNode);
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
        }
        return new DefaultTreeModel(root);
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
