package org.iprstudio.testing;

import java.awt.Component;
import java.awt.Container;

/** Finds a component by name under another, for the benchmarks (which run without AssertJ-Swing's robot). */
public final class Components {
    private Components() {
    }

    /** The first component named so, depth first, the root included; null if there is none. Call on the event thread. */
    public static Component named(Component root, String name) {
        if (name.equals(root.getName())) {
            return root;
        }
        if (root instanceof Container container) {
            for (Component child : container.getComponents()) {
                Component found = named(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
