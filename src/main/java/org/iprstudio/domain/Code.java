package org.iprstudio.domain;

import java.util.UUID;

/** A code of the codebook, optionally under a parent code (a group such as "3RS withdrawal"). */
public record Code(UUID id, UUID parentId, String name, String description, String colour, boolean retired) implements Entity {
    public Code {
        Require.present(id, "what.codeSId");
        name = Require.text(name, "what.codeName");
        description = Require.orEmpty(description);
        Require.that(parentId == null || !parentId.equals(id), "code.codeCannotOwnParent", name);
        if (colour != null && !colour.isBlank()) {
            Require.that(colour.matches("#[0-9a-fA-F]{6}"), "code.colourCodeMustLook", colour, name);
        } else {
            colour = null;
        }
    }
}
