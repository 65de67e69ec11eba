package org.iprstudio.app;

import java.nio.file.Path;
import org.iprstudio.domain.DomainException;

/** A study made from another recall kit (or from a kit that is not known) is there; nothing was reused or changed. */
public final class OtherKitStudyException extends DomainException {
    private final Path study;
    private final Path kit;

    OtherKitStudyException(Path study, Path kit, boolean originKnown) {
        super(study + (originKnown ? " was made from another recall kit than " + kit.getFileName()
                : " is there already, and which kit it was made from is not known")
                + ". It may hold a recall in progress, so it was not reused and not changed. Open it as it is, or replace it"
                + " (the old study is kept under another name).");
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
