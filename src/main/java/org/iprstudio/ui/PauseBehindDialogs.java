package org.iprstudio.ui;

import java.awt.AWTEvent;
import java.awt.Dialog;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.AWTEventListener;
import java.awt.event.WindowEvent;
import org.iprstudio.media.MediaPlayer;

/**
 * Pauses the player when a modal dialog of its window opens (go to time, relink, a question, a
 * message): the video must not run on behind a question the user is answering.
 */
final class PauseBehindDialogs implements AWTEventListener {
    private final Window owner;
    private final MediaPlayer player;

    private PauseBehindDialogs(Window owner, MediaPlayer player) {
        this.owner = owner;
        this.player = player;
    }

    /** Listens until the owner is disposed. */
    static void install(Window owner, MediaPlayer player) {
        if (player == null) {
            return;
        }
        PauseBehindDialogs listener = new PauseBehindDialogs(owner, player);
        Toolkit.getDefaultToolkit().addAWTEventListener(listener, AWTEvent.WINDOW_EVENT_MASK);
        owner.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                Toolkit.getDefaultToolkit().removeAWTEventListener(listener);
            }
        });
    }

    @Override
    public void eventDispatched(AWTEvent event) {
        if (event.getID() == WindowEvent.WINDOW_OPENED && event.getSource() instanceof Dialog dialog && dialog.isModal()
                && ownedBy(dialog) && player.isPlaying()) {
            player.pause();
        }
    }

    private boolean ownedBy(Window window) {
        for (Window w = window.getOwner(); w != null; w = w.getOwner()) {
            if (w == owner) {
                return true;
            }
        }
        return false;
    }
}
