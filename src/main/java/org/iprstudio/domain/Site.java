package org.iprstudio.domain;

import java.util.UUID;

/** A place where the therapy happens, e.g. S1 "Fjordvik outpatient clinic". */
public record Site(UUID id, String code, String name) implements Entity {
    public Site {
        Require.present(id, "what.siteSId");
        code = Require.code(code, "what.siteCode", "[A-Za-z][A-Za-z0-9_-]{0,15}", "S1");
        name = Require.text(name, "what.siteName");
    }
}
