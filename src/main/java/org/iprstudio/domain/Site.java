package org.iprstudio.domain;

import java.util.UUID;

/** A place where the therapy happens, e.g. S1 "Fjordvik outpatient clinic". */
public record Site(UUID id, String code, String name) implements Entity {
    public Site {
        Require.present(id, "A site's id");
        code = Require.code(code, "Site code", "[A-Za-z][A-Za-z0-9_-]{0,15}", "S1");
        name = Require.text(name, "Site name");
    }
}
