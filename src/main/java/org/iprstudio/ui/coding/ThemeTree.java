package org.iprstudio.ui.coding;

import java.awt.Component;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.swing.DropMode;
import javax.swing.JTree;
import javax.swing.TransferHandler;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeCellRenderer;
import javax.swing.tree.DefaultTreeModel;
import javax.swing.tree.TreePath;
import javax.swing.tree.TreeSelectionModel;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.Theme;
import org.iprstudio.ui.Texts;

/**
 * The theme board: themes and subthemes, each with its codes and exemplar moments. A code
 * dropped on a theme (or on anything inside it) is grouped under that theme.
 */
final class ThemeTree extends JTree {
    /** A code listed under a theme. */
    record CodeInTheme(Theme theme, Code code) {
    }

    /** An exemplar moment of a theme. */
    record Exemplar(Theme theme, Moment moment) {
    }

    static final String THEME_PREFIX = "iprstudio-theme:";
    private final CodingModel model;

    ThemeTree(CodingModel model, java.util.function.Consumer<RuntimeException> problems) {
        super(new DefaultTreeModel(new DefaultMutableTreeNode()));
        this.model = model;
        setName("themeTree");
        setRootVisible(false);
        setShowsRootHandles(true);
        getSelectionModel().setSelectionMode(TreeSelectionModel.SINGLE_TREE_SELECTION);
        setDropMode(DropMode.ON);
        setDragEnabled(true);
        setTransferHandler(new TransferHandler() {
            @Override
            public int getSourceActions(javax.swing.JComponent c) {
                return MOVE;
            }

            @Override
            protected java.awt.datatransfer.Transferable createTransferable(javax.swing.JComponent c) {
                return selectedItem().filter(Theme.class::isInstance).map(t -> new CodingDrag(THEME_PREFIX + ((Theme) t).id()))
                        .orElse(null);
            }

            @Override
            public boolean canImport(TransferSupport support) {
                if (!support.isDataFlavorSupported(CodingDrag.FLAVOR)) {
                    return false;
                }
                if (!support.isDrop()) {
                    return true;
                }
                TreePath path = ((JTree.DropLocation) support.getDropLocation()).getPath();
                boolean themeMoving = (support.getSourceDropActions() & MOVE) != 0 && (support.getSourceDropActions() & COPY) == 0;
                support.setDropAction(themeMoving ? MOVE : COPY);
                return themeMoving || themeAt(path).isPresent(); // a theme may also go to the top level (dropped on empty space)
            }

            @Override
            public boolean importData(TransferSupport support) {
                try {
                    String text = (String) support.getTransferable().getTransferData(CodingDrag.FLAVOR);
                    if (text.startsWith(THEME_PREFIX)) {
                        return moveTheme(UUID.fromString(text.substring(THEME_PREFIX.length())),
                                support.isDrop() ? themeAt(((JTree.DropLocation) support.getDropLocation()).getPath()) : Optional.empty());
                    }
                    if (!text.startsWith(CodebookTree.DRAG_PREFIX)) {
                        return false;
                    }
                    UUID codeId = UUID.fromString(text.substring(CodebookTree.DRAG_PREFIX.length()));
                    Optional<Theme> theme = support.isDrop() ? themeAt(((JTree.DropLocation) support.getDropLocation()).getPath()) : selectedTheme();
                    Optional<Code> code = model.study().find(codeId).filter(Code.class::isInstance).map(Code.class::cast);
                    if (theme.isEmpty() || code.isEmpty()) {
                        return false;
                    }
                    model.actions().addCode(theme.get(), code.get());
                    select(theme.get().id());
                    return true;
                } catch (RuntimeException e) {
                    problems.accept(e);
                    return false;
                } catch (java.awt.datatransfer.UnsupportedFlavorException | java.io.IOException e) {
                    return false;
                }
            }
        });
        setCellRenderer(new DefaultTreeCellRenderer() {
            @Override
            public Component getTreeCellRendererComponent(JTree tree, Object value, boolean sel, boolean expanded, boolean leaf, int row, boolean focus) {
                super.getTreeCellRendererComponent(tree, value, sel, expanded, leaf, row, focus);
                Object o = ((DefaultMutableTreeNode) value).getUserObject();
                if (o instanceof Theme t) {
                    setText("<html><b>" + CodeRenderer.escape(t.name()) + "</b> <font color='#888888'>" + Describe.status(t.status()) + "</font></html>");
                    setIcon(null);
                } else if (o instanceof CodeInTheme c) {
                    setText(c.code().name());
                    setIcon(CodeRenderer.swatch(c.code().colour()));
                } else if (o instanceof Exemplar e) {
                    Study study = model.study();
                    setText(Texts.get("coding.themes.exemplar", Describe.who(study, e.moment()), e.moment().anchor().toShortClock(),
                            Describe.quote(e.moment().comment())));
                    setIcon(null);
                }
                return this;
            }
        });
    }

    /** Makes the dragged theme a subtheme of the one it was dropped on, or a main theme when dropped on empty space. */
    private boolean moveTheme(UUID themeId, Optional<Theme> newParent) {
        Optional<Theme> theme = model.study().find(themeId).filter(Theme.class::isInstance).map(Theme.class::cast);
        if (theme.isEmpty() || newParent.map(p -> p.id().equals(themeId)).orElse(false)
                || Objects.equals(theme.get().parentId(), newParent.map(Theme::id).orElse(null))) {
            return false;
        }
        model.actions().moveTheme(theme.get(), newParent.map(Theme::id).orElse(null));
        select(themeId);
        return true;
    }

    private static Optional<Theme> themeAt(TreePath path) {
        if (path == null) {
            return Optional.empty();
        }
        Object o = ((DefaultMutableTreeNode) path.getLastPathComponent()).getUserObject();
        if (o instanceof Theme t) {
            return Optional.of(t);
        }
        if (o instanceof CodeInTheme c) {
            return Optional.of(c.theme());
        }
        if (o instanceof Exemplar e) {
            return Optional.of(e.theme());
        }
        return Optional.empty();
    }

    Optional<Object> selectedItem() {
        TreePath path = getSelectionPath();
        return path == null ? Optional.empty() : Optional.ofNullable(((DefaultMutableTreeNode) path.getLastPathComponent()).getUserObject());
    }

    /** The selected theme, or the theme of the selected code or exemplar. */
    Optional<Theme> selectedTheme() {
        return themeAt(getSelectionPath());
    }

    void reload() {
        Object keep = selectedItem().orElse(null);
        Study study = model.study();
        DefaultMutableTreeNode root = new DefaultMutableTreeNode();
        addThemes(study, root, null);
        ((DefaultTreeModel) getModel()).setRoot(root);
        for (int row = 0; row < getRowCount(); row++) {
            expandRow(row);
        }
        if (keep != null) {
            var nodes = root.preorderEnumeration();
            while (nodes.hasMoreElements()) {
                DefaultMutableTreeNode node = (DefaultMutableTreeNode) nodes.nextElement();
                if (sameThing(node.getUserObject(), keep)) {
                    setSelectionPath(new TreePath(node.getPath()));
                }
            }
        }
    }

    void select(UUID themeId) {
        var nodes = ((DefaultMutableTreeNode) getModel().getRoot()).preorderEnumeration();
        while (nodes.hasMoreElements()) {
            DefaultMutableTreeNode node = (DefaultMutableTreeNode) nodes.nextElement();
            if (node.getUserObject() instanceof Theme t && t.id().equals(themeId)) {
                TreePath path = new TreePath(node.getPath());
                setSelectionPath(path);
                scrollPathToVisible(path);
            }
        }
    }

    private static boolean sameThing(Object a, Object b) {
        if (a instanceof Theme x && b instanceof Theme y) {
            return x.id().equals(y.id());
        }
        if (a instanceof CodeInTheme x && b instanceof CodeInTheme y) {
            return x.theme().id().equals(y.theme().id()) && x.code().id().equals(y.code().id());
        }
        if (a instanceof Exemplar x && b instanceof Exemplar y) {
            return x.theme().id().equals(y.theme().id()) && x.moment().id().equals(y.moment().id());
        }
        return false;
    }

    private static void addThemes(Study study, DefaultMutableTreeNode parent, UUID parentId) {
        for (Theme theme : study.themes()) {
            if (Objects.equals(theme.parentId(), parentId)) {
                DefaultMutableTreeNode node = new DefaultMutableTreeNode(theme);
                parent.add(node);
                addThemes(study, node, theme.id());
                theme.codeIds().forEach(id -> study.find(id).ifPresent(c -> node.add(new DefaultMutableTreeNode(new CodeInTheme(theme, (Code) c)))));
                theme.exemplarMomentIds().forEach(id -> study.find(id).ifPresent(m -> node.add(new DefaultMutableTreeNode(new Exemplar(theme, (Moment) m)))));
            }
        }
    }
}
