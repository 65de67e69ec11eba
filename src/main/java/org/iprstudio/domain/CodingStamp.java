package org.iprstudio.domain;

import java.time.Instant;

/** Who applied a coding, and when (codings made before the study recorded this have none). */
public record CodingStamp(String coder, Instant at) {
    public CodingStamp {
        coder = Researcher.checkedInitials(coder);
        Require.present(at, "what.whenCodingWasMade");
    }
}
