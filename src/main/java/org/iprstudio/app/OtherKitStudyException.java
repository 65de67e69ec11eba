package org.iprstudio.app;

import java.nio.file.Path;
import org.iprstudio.domain.DomainException;

/** A study made from another recall kit (or from a kit that is not known) is there; nothing was reused or changed. */
public final class OtherKitStudyException extends DomainException {
    private final Path study;
    private final Path kit;

    OtherKitStudyException(Path study, Path kit, boolean originKnown) {
        super(originKnown ? AppMessages.of("otherKitStudy.otherKit", study, kit.getFileName())
                : AppMessages.of("otherKitStudy.unknownKit", study));
        this.study = study;
        this.kit = kit;
    }

    public Path study() {
        return study;
    }

    public Path kit() {
        return kit;
    }
}
