package org.iprstudio.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTree;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;
import javax.swing.filechooser.FileNameExtensionFilter;
import javax.swing.tree.DefaultMutableTreeNode;
import javax.swing.tree.DefaultTreeModel;
import javax.swing.tree.TreePath;
import org.iprstudio.app.DemoStudy;
import org.iprstudio.app.StudyService;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.media.MediaPlayer;
import org.iprstudio.store.StoreException;
import org.iprstudio.store.StudyFiles;

/** The researcher's main window: the study tree on the left, the selected session's video on the right. */
public final class MainWindow extends JFrame {
    private final StudyFiles files;
    private final MediaPlayer player;
    private final Runnable releaseMedia;
    private final JTree tree = new JTree(new DefaultTreeModel(new DefaultMutableTreeNode(Texts.get("tree.empty"))));
    private final PlayerPanel playerPanel;
    private final JLabel status = new JLabel(Texts.get("status.noStudy"));
    private StudyService service;

    /**
     * @param player null when libVLC is missing; the window then explains how to install it
     * @param releaseMedia releases libVLC after the player, as the last step of closing
     */
    public MainWindow(StudyFiles files, MediaPlayer player, String vlcProblem, String installCommand, Runnable releaseMedia) {
        super(Texts.get("app.title"));
        this.files = files;
        this.player = player;
        this.releaseMedia = releaseMedia;
        setName("mainWindow");
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                closeWindow();
            }
        });
        playerPanel = new PlayerPanel(player, vlcProblem, installCommand);
        tree.setName("studyTree");
        tree.setCellRenderer(new StudyTreeRenderer());
        javax.swing.ToolTipManager.sharedInstance().registerComponent(tree);
        tree.setRootVisible(true);
        tree.addTreeSelectionListener(e -> selectionChanged());
        JScrollPane treeScroll = new JScrollPane(tree);
        treeScroll.setMinimumSize(new Dimension(220, 200));
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, treeScroll, playerPanel);
        split.setDividerLocation(380);
        split.setResizeWeight(0.0);
        status.setName("status");
        status.setBorder(BorderFactory.createEmptyBorder(4, 10, 4, 10));
        getContentPane().add(split, BorderLayout.CENTER);
        getContentPane().add(status, BorderLayout.SOUTH);
        setJMenuBar(menus());
        setSize(1200, 760);
        setLocationRelativeTo(null);
    }

    private JMenuBar menus() {
        JMenuBar bar = new JMenuBar();
        JMenu file = new JMenu(Texts.get("menu.file"));
        file.setMnemonic(KeyEvent.VK_F);
        file.add(item(action("menu.file.open", KeyStroke.getKeyStroke(KeyEvent.VK_O, InputEvent.CTRL_DOWN_MASK), this::chooseAndOpen)));
        file.add(item(action("menu.file.demo", null, this::openDemo)));
        file.addSeparator();
        file.add(item(action("menu.file.quit", KeyStroke.getKeyStroke(KeyEvent.VK_Q, InputEvent.CTRL_DOWN_MASK), this::closeWindow)));
        JMenu help = new JMenu(Texts.get("menu.help"));
        help.setMnemonic(KeyEvent.VK_H);
        help.add(item(action("menu.help.about", null, () -> JOptionPane.showMessageDialog(this, Texts.get("about.text"),
                Texts.get("menu.help.about"), JOptionPane.INFORMATION_MESSAGE))));
        bar.add(file);
        bar.add(help);
        return bar;
    }

    private static JMenuItem item(Action action) {
        return new JMenuItem(action);
    }

    private static Action action(String key, KeyStroke shortcut, Runnable run) {
        AbstractAction action = new AbstractAction(Texts.get(key)) {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                run.run();
            }
        };
        action.putValue(Action.ACCELERATOR_KEY, shortcut);
        return action;
    }

    /** Opens a study file, replacing the one that is open; a problem is shown, not thrown. */
    public boolean open(Path file) {
        StudyService opened;
        try {
            opened = new StudyService(files.open(file));
        } catch (StoreException e) {
            JOptionPane.showMessageDialog(this, e.getMessage(), Texts.get("error.openTitle"), JOptionPane.ERROR_MESSAGE);
            return false;
        }
        closeStudy();
        service = opened;
        setTitle(Texts.get("app.titleWithStudy", service.study().header().title()));
        status.setText(Texts.get("status.study", service.file()));
        tree.setModel(StudyTreeModel.of(service.study()));
        for (int row = 0; row < tree.getRowCount(); row++) {
            tree.expandRow(row);
        }
        selectFirstSession();
        return true;
    }

    private void selectFirstSession() {
        DefaultMutableTreeNode first = firstSessionInOrder((DefaultMutableTreeNode) tree.getModel().getRoot());
        if (first != null) {
            tree.setSelectionPath(new TreePath(first.getPath()));
        }
    }

    private static DefaultMutableTreeNode firstSessionInOrder(DefaultMutableTreeNode root) {
        var nodes = root.preorderEnumeration();
        while (nodes.hasMoreElements()) {
            DefaultMutableTreeNode node = (DefaultMutableTreeNode) nodes.nextElement();
            if (node.getUserObject() instanceof StudyNode n && n.kind() == StudyNode.Kind.SESSION) {
                return node;
            }
        }
        return null;
    }

    private void selectionChanged() {
        if (service == null || tree.getSelectionPath() == null) {
            return;
        }
        Object last = ((DefaultMutableTreeNode) tree.getSelectionPath().getLastPathComponent()).getUserObject();
        Optional<Session> session = Optional.empty();
        if (last instanceof StudyNode node && node.entity() instanceof Session s) {
            session = Optional.of(s);
        } else if (last instanceof StudyNode node && node.entity() instanceof RecallPass p) {
            session = Optional.of(service.study().session(p.sessionId()));
        }
        session.ifPresent(this::showSession);
    }

    private void showSession(Session session) {
        Study study = service.study();
        Dyad dyad = study.dyad(session.dyadId());
        String heading = Texts.get("player.heading", dyad.code(), session.number());
        Optional<Path> video = service.mediaPathOf(session);
        if (video.isEmpty()) {
            playerPanel.showNothing(heading, Texts.get("player.noVideoLinked"));
        } else if (!Files.isRegularFile(video.get())) {
            playerPanel.showNothing(heading, Texts.get("player.videoMissing", video.get()));
        } else {
            playerPanel.show(heading, video.get());
        }
    }

    private void chooseAndOpen() {
        JFileChooser chooser = new JFileChooser();
        chooser.setFileFilter(new FileNameExtensionFilter(Texts.get("chooser.studyFiles"), "iprs"));
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            open(chooser.getSelectedFile().toPath());
        }
    }

    private void openDemo() {
        try {
            open(new DemoStudy(files).install(false));
        } catch (RuntimeException e) { // a store, JSON or domain problem: all carry a message for the user
            JOptionPane.showMessageDialog(this, e.getMessage(), Texts.get("error.openTitle"), JOptionPane.ERROR_MESSAGE);
        }
    }

    private void closeStudy() {
        if (service != null) {
            service.close();
            service = null;
        }
    }

    /** Release order that never crashed: stop and release the player, release libVLC, then dispose the frame. */
    private void closeWindow() {
        closeStudy();
        if (player != null) {
            player.close();
        }
        releaseMedia.run();
        dispose();
    }

    /** The open study, for tests. */
    StudyService service() {
        return service;
    }
}
