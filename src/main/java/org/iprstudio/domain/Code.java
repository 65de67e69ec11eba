package org.iprstudio.domain;

import java.util.UUID;

/** A code of the codebook, optionally under a parent code (a group such as "3RS withdrawal"). */
public record Code(UUID id, UUID parentId, String name, String description, String colour, boolean retired) implements Entity {
    public Code {
        Require.present(id, "A code's id");
        name = Require.text(name, "Code name");
        description = Require.orEmpty(description);
        Require.that(parentId == null || !parentId.equals(id), "Code '" + name + "' cannot be its own parent.");
        if (colour != null && !colour.isBlank()) {
            Require.that(colour.matches("#[0-9a-fA-F]{6}"), "Colour '" + colour + "' of code '" + name + "' must look like #1f77b4.");
        } else {
            colour = null;
        }
    }
}
