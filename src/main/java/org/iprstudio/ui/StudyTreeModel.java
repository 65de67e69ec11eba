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
                    for (RecallPass pass : study.passesOf(session.id())) {
                        sessionNode.add(passNode(study, pass));
                    }
                    if (study.passesOf(session.id()).isEmpty()) {
                        sessionNode.add(node(StudyNode.Kind.NOTE, Texts.get("tree.noPasses"), null, true));
                    }
                }
            }
        }
        return new DefaultTreeModel(root);
    }

    private static DefaultMutableTreeNode passNode(Study study, RecallPass pass) {
        String who = perspective(pass.perspective()) + " " + study.participant(pass.participantId()).code();
        String label = switch (pass.status()) {
            case MISSING -> Texts.get("tree.pass.missing", who, pass.missingReason());
            case PLANNED -> Texts.get("tree.pass.planned", who);
            case DONE -> Texts.get("tree.pass.done", who, study.momentsOf(pass.id()).size());
        };
        return node(StudyNode.Kind.PASS, label, pass, pass.status() == PassStatus.MISSING);
    }

    static String perspective(Role role) {
        return Texts.get("role." + role.name().toLowerCase(Locale.ROOT));
    }

    private static DefaultMutableTreeNode node(StudyNode.Kind kind, String label, org.iprstudio.domain.Entity entity, boolean attention) {
        return new DefaultMutableTreeNode(new StudyNode(kind, label, entity, attention));
    }
}
