package org.iprstudio.app.importing;

/** An import that cannot go ahead as asked (an unknown tier, session or participant; a recall already there). Nothing was changed. */
public final class ImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }
}
