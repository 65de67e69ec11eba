package org.iprstudio.app.export;

import java.nio.file.Path;
import java.time.Instant;
import org.iprstudio.app.LoadedStudy;
import org.iprstudio.app.supervision.SupervisionSetup;
import org.iprstudio.domain.SupervisionLog;
import org.iprstudio.exchange.report.SupervisionSummary;

/** Writes a trainee's supervision summary (one HTML file) the way every export is written ({@link SafeOutput}). */
public final class SupervisionSummaryExport {
    private SupervisionSummaryExport() {
    }

    /** Writes the summary of the trainee with this code; refuses an unknown code, an existing file (unless forced) and the study file itself. */
    public static SupervisionLog write(LoadedStudy loaded, String traineeCode, Path out, boolean force) {
        SupervisionLog log = SupervisionSetup.logOf(loaded.study(), traineeCode);
        SupervisionSummary summary = new SupervisionSummary(log, Instant.now());
        new SafeOutput(loaded.origin(), force).writeFile(out, summary::write);
        return log;
    }
}
