package org.iprstudio.ui.keys;

import com.formdev.flatlaf.ui.FlatRadioButtonMenuItemUI;
import com.formdev.flatlaf.ui.FlatMenuItemRenderer;
import javax.swing.JComponent;
import javax.swing.plaf.ComponentUI;

/** FlatLaf's RadioButtonMenuItem look with the accelerator in the window's language (see {@link MenuKeyNames}). */
public final class LocalRadioButtonMenuItemUI extends FlatRadioButtonMenuItemUI {
    private LocalAcceleratorRenderer renderer;

    /** Swing makes the look of each item through this, by the class name {@link MenuKeyNames#install} registers. */
    public static ComponentUI createUI(JComponent item) {
        return new LocalRadioButtonMenuItemUI();
    }

    @Override
    protected FlatMenuItemRenderer createRenderer() {
        renderer = new LocalAcceleratorRenderer(menuItem, checkIcon, arrowIcon, acceleratorFont, acceleratorDelimiter);
        return renderer;
    }

    /** What the item shows for its accelerator. */
    String acceleratorText() {
        return renderer == null ? "" : renderer.acceleratorText();
    }
}
