package org.iprstudio.ui.settings;

import java.util.List;
import java.util.Locale;
import javax.swing.UIManager;
import org.iprstudio.ui.Texts;

/**
 * Swing's own words (the OK, Cancel, Yes and No of JOptionPane, the file chooser's labels) have no Norwegian in the JDK:
 * in Norwegian they are set from our bundle ("swing." + the UIManager key). Other languages keep Swing's own.
 */
public final class SwingTexts {
    /** The UIManager keys we translate; each has "swing." + key in ui/messages.properties. */
    static final List<String> KEYS = List.of(
            "OptionPane.okButtonText", "OptionPane.cancelButtonText", "OptionPane.yesButtonText", "OptionPane.noButtonText",
            "OptionPane.titleText", "OptionPane.messageDialogTitle", "OptionPane.inputDialogTitle",
            "FileChooser.openButtonText", "FileChooser.saveButtonText", "FileChooser.cancelButtonText",
            "FileChooser.openButtonToolTipText", "FileChooser.saveButtonToolTipText", "FileChooser.cancelButtonToolTipText",
            "FileChooser.openDialogTitleText", "FileChooser.saveDialogTitleText",
            "FileChooser.lookInLabelText", "FileChooser.saveInLabelText", "FileChooser.fileNameLabelText",
            "FileChooser.folderNameLabelText", "FileChooser.filesOfTypeLabelText", "FileChooser.acceptAllFileFilterText",
            "FileChooser.upFolderToolTipText", "FileChooser.homeFolderToolTipText", "FileChooser.newFolderToolTipText",
            "FileChooser.listViewButtonToolTipText", "FileChooser.detailsViewButtonToolTipText",
            "FileChooser.fileNameHeaderText", "FileChooser.fileSizeHeaderText", "FileChooser.fileDateHeaderText",
            "FileChooser.fileTypeHeaderText", "FileChooser.fileAttrHeaderText",
            "FileChooser.directoryOpenButtonText", "FileChooser.directoryOpenButtonToolTipText",
            "FileChooser.newFolderErrorText", "FileChooser.other.newFolder", "FileChooser.win32.newFolder",
            "FileChooser.viewMenuLabelText", "FileChooser.refreshActionLabelText", "FileChooser.newFolderActionLabelText",
            "FileChooser.listViewActionLabelText", "FileChooser.detailsViewActionLabelText");

    private SwingTexts() {
    }

    /** Call on the Swing thread after the look and feel is set up (UIManager.put outlives a look-and-feel change). */
    public static void install(Locale locale) {
        if (!Language.isNorwegian(locale)) {
            return;
        }
        for (String key : KEYS) {
            UIManager.put(key, Texts.get("swing." + key));
        }
    }
}
