package org.iprstudio.ui.coding;

import java.awt.Component;
import java.awt.datatransfer.Transferable;
import java.util.Optional;
import java.util.UUID;
import javax.swing.DropMode;
import javax.swing.JComponent;
import javax.swing.JTree;
import javax.swing.TransferHandler;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeCellRenderer;
import javax.swing.tree.DefaultTreeModel;
import javax.swing.tree.TreePath;
import javax.swing.tree.TreeSelectionModel;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Study;

/** The codebook as a tree of groups and codes; codes are dragged from here onto themes. */
final class CodebookTree extends JTree {
    static final String DRAG_PREFIX = "iprstudio-code:";
    private final CodingModel model;
    private java.util.Map<UUID, Long> uses = java.util.Map.of();

    CodebookTree(CodingModel model) {
        super(new DefaultTreeModel(new DefaultMutableTreeNode()));
        this.model = model;
        setName("codebookTree");
        setRootVisible(false);
        setShowsRootHandles(true);
        getSelectionModel().setSelectionMode(TreeSelectionModel.SINGLE_TREE_SELECTION);
        setDragEnabled(true);
        setDropMode(DropMode.ON);
        setTransferHandler(new TransferHandler() {
            @Override
            public int getSourceActions(JComponent c) {
                return COPY;
            }

            @Override
            protected Transferable createTransferable(JComponent c) {
                return selected().map(code -> new CodingDrag(DRAG_PREFIX + code.id())).orElse(null);
            }
        });
        setCellRenderer(new DefaultTreeCellRenderer() {
            @Override
            public Component getTreeCellRendererComponent(JTree tree, Object value, boolean sel, boolean expanded, boolean leaf, int row, boolean focus) {
                super.getTreeCellRendererComponent(tree, value, sel, expanded, leaf, row, focus);
                if (((DefaultMutableTreeNode) value).getUserObject() instanceof Code code) {
                    Study study = model.study();
                    int key = model.pins().codes(study).indexOf(code) + 1;
                    String text = CodeRenderer.escape(code.name());
                    if (code.retired()) {
                        text = "<s>" + text + "</s> " + org.iprstudio.ui.Texts.get("coding.codebook.retiredMark");
                    }
                    if (key > 0) {
                        text = "<b>" + key + "</b>&nbsp; " + text;
                    }
                    long used = uses.getOrDefault(code.id(), 0L);
                    setText("<html>" + text + (used > 0 ? " <font color='#888888'>(" + used + ")</font>" : "") + "</html>");
                    setIcon(CodeRenderer.swatch(code.colour()));
                }
                return this;
            }
        });
    }

    Optional<Code> selected() {
        TreePath path = getSelectionPath();
        if (path == null) {
            return Optional.empty();
        }
        Object o = ((DefaultMutableTreeNode) path.getLastPathComponent()).getUserObject();
        return o instanceof Code c ? Optional.of(c) : Optional.empty();
    }

    /** Rebuilds from the study, keeping the selection. */
    void reload() {
        UUID keep = selected().map(Code::id).orElse(null);
        Study study = model.study();
        uses = model.codeUses();
        DefaultMutableTreeNode root = new DefaultMutableTreeNode();
        addChildren(study, root, null);
        ((DefaultTreeModel) getModel()).setRoot(root);
        for (int row = 0; row < getRowCount(); row++) {
            expandRow(row);
        }
        if (keep != null) {
            select(keep);
        }
    }

    void select(UUID codeId) {
        var nodes = ((DefaultMutableTreeNode) getModel().getRoot()).preorderEnumeration();
        while (nodes.hasMoreElements()) {
            DefaultMutableTreeNode node = (DefaultMutableTreeNode) nodes.nextElement();
            if (node.getUserObject() instanceof Code c && c.id().equals(codeId)) {
                TreePath path = new TreePath(node.getPath());
                setSelectionPath(path);
                scrollPathToVisible(path);
            }
        }
    }

    private static void addChildren(Study study, DefaultMutableTreeNode parent, UUID parentId) {
        study.codes().stream().filter(c -> java.util.Objects.equals(c.parentId(), parentId)).forEach(code -> {
            DefaultMutableTreeNode node = new DefaultMutableTreeNode(code);
            parent.add(node);
            addChildren(study, node, code.id());
        });
    }
}
