package org.iprstudio.ui.coding;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.awt.datatransfer.UnsupportedFlavorException;

/**
 * What a drag on the theme board carries ("code:<id>" or "theme:<id>"), in a flavor only this
 * program knows: dropped by mistake on a text field, it types nothing there.
 */
final class CodingDrag implements Transferable {
    static final DataFlavor FLAVOR = flavor();
    private final String item;

    CodingDrag(String item) {
        this.item = item;
    }

    private static DataFlavor flavor() {
        return new DataFlavor(DataFlavor.javaJVMLocalObjectMimeType + ";class=java.lang.String", "IPR Studio item");
    }

    @Override
    public DataFlavor[] getTransferDataFlavors() {
        return new DataFlavor[] {FLAVOR};
    }

    @Override
    public boolean isDataFlavorSupported(DataFlavor flavor) {
        return FLAVOR.equals(flavor);
    }

    @Override
    public Object getTransferData(DataFlavor flavor) throws UnsupportedFlavorException {
        if (!isDataFlavorSupported(flavor)) {
            throw new UnsupportedFlavorException(flavor);
        }
        return item;
    }
}
