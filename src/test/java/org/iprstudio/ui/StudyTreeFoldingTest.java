package org.iprstudio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JScrollPane;
import javax.swing.JTree;
import javax.swing.SwingUtilities;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.TreePath;
import org.iprstudio.bench.SyntheticStudy;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.Trajectory;
import org.iprstudio.testing.TestStudies;
import org.junit.jupiter.api.Test;

/**
 * The study tree unfolds every row of a study of up to 200 dyads; a larger one shows its dyads
 * folded but for those with a gap and the first session's, so opening it does not lay out
 * tens of thousands of rows (a million-moment study's tree took seconds of the event thread).
 */
class StudyTreeFoldingTest {

    private record Shown(JTree tree, List<TreePath> dyads) {
    }

    private static Shown show(Study study) throws Exception {
        AtomicReference<Shown> shown = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            StudyTreePane pane = new StudyTreePane(() -> study, session -> { });
            pane.show(study);
            pane.selectFirstSession();
            JTree tree = (JTree) ((JScrollPane) pane.component()).getViewport().getView();
            List<TreePath> dyads = new ArrayList<>();
            var nodes = ((DefaultMutableTreeNode) tree.getModel().getRoot()).preorderEnumeration();
            while (nodes.hasMoreElements()) {
                DefaultMutableTreeNode node = (DefaultMutableTreeNode) nodes.nextElement();
                if (node.getUserObject() instanceof StudyNode n && n.kind() == StudyNode.Kind.DYAD) {
                    dyads.add(new TreePath(node.getPath()));
                }
            }
            shown.set(new Shown(tree, dyads));
        });
        return shown.get();
    }

    private static List<String> unfolded(Shown shown) throws Exception {
        List<String> codes = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            for (TreePath dyad : shown.dyads()) {
                if (shown.tree().isExpanded(dyad)) {
                    codes.add(((Dyad) ((StudyNode) ((DefaultMutableTreeNode) dyad.getLastPathComponent()).getUserObject()).entity()).code());
                }
            }
        });
        return codes;
    }

    @Test
    void aStudyOfFewDyadsShowsEveryRowUnfolded() throws Exception {
        Study demo = TestStudies.demo();
        Shown shown = show(demo);
        assertThat(unfolded(shown)).hasSize(demo.dyads().size());
        SwingUtilities.invokeAndWait(() -> assertThat(shown.tree().getRowCount()).as("every session and pass row on show")
                .isGreaterThan(demo.dyads().size() + demo.sessions().size() + demo.passes().size() - 1));
    }

    @Test
    void aLargeStudyShowsItsDyadsFoldedButForTheFirstSessionsAndThoseWithAGap() throws Exception {
        Study large = SyntheticStudy.build(300 * 200, 7); // 300 dyads, every recall done
        Dyad first = large.dyads().get(0);
        // a dyad whose session has no recall yet: a gap the tree must keep in sight
        Participant client = new Participant(UUID.randomUUID(), "CX", Role.CLIENT, "");
        Participant therapist = new Participant(UUID.randomUUID(), "TX", Role.THERAPIST, "");
        Dyad gap = new Dyad(UUID.randomUUID(), "DX", first.siteId(), therapist.id(), client.id(), Trajectory.UNCLASSIFIED);
        large.put(client);
        large.put(therapist);
        large.put(gap);
        large.put(new Session(UUID.randomUUID(), gap.id(), 3, null, null));

        Shown shown = show(large);

        assertThat(shown.dyads()).hasSize(301);
        assertThat(unfolded(shown)).containsExactlyInAnyOrder(first.code(), "DX");
        SwingUtilities.invokeAndWait(() -> {
            assertThat(shown.tree().getRowCount()).as("a row per dyad, and the rows of the two unfolded").isLessThan(301 + 20);
            Object chosen = ((DefaultMutableTreeNode) shown.tree().getSelectionPath().getLastPathComponent()).getUserObject();
            assertThat(((StudyNode) chosen).entity()).isInstanceOf(Session.class);
            assertThat(shown.tree().isExpanded(shown.tree().getSelectionPath())).as("the chosen session's passes in sight").isTrue();
        });
    }

    @Test
    void aFoldedDyadsRowsAreMadeWhenAskedForAndAreThoseOfTheStudy() throws Exception {
        Study large = SyntheticStudy.build(300 * 200, 7);
        Shown shown = show(large);
        SwingUtilities.invokeAndWait(() -> {
            TreePath last = shown.dyads().get(shown.dyads().size() - 1);
            DefaultMutableTreeNode node = (DefaultMutableTreeNode) last.getLastPathComponent();
            assertThat(shown.tree().isExpanded(last)).isFalse();
            assertThat(shown.tree().getModel().isLeaf(node)).as("a folded dyad still shows it can be unfolded").isFalse();
            Dyad dyad = (Dyad) ((StudyNode) node.getUserObject()).entity();
            shown.tree().expandPath(last);
            List<String> rows = new ArrayList<>();
            var below = node.preorderEnumeration();
            below.nextElement(); // the dyad itself
            while (below.hasMoreElements()) {
                rows.add(String.valueOf(((DefaultMutableTreeNode) below.nextElement()).getUserObject()));
            }
            List<String> expected = new ArrayList<>();
            for (Session session : large.sessionsOf(dyad.id())) {
                expected.add(Texts.get("tree.session", session.number(), org.iprstudio.ui.common.LocalFormats.date(session.date())));
                for (org.iprstudio.domain.RecallPass pass : large.passesOf(session.id())) {
                    expected.add(StudyTreeModel.perspective(pass.perspective()) + " " + large.participant(pass.participantId()).code() + " "
                            + large.momentsInPass(pass.id()).size() + " moments");
                }
            }
            assertThat(rows).hasSize(expected.size()).isNotEmpty();
            for (int r = 0; r < rows.size(); r++) {
                assertThat(rows.get(r).replaceAll("\\s+", " ")).isEqualTo(expected.get(r).replaceAll("\\s+", " "));
            }
            assertThat(shown.tree().getRowCount()).as("its rows are on show").isGreaterThan(shown.dyads().size() + 1);
        });
    }
}
