package org.iprstudio.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.iprstudio.app.LoadedStudy;
import org.iprstudio.app.MediaCheck;
import org.iprstudio.app.StudySources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Checks every session's video; one line per file; exit status 1 if any is broken. A video that
 * plays but cannot be stepped and marked frame-exactly is OK, with a warning on its line (and the
 * ffmpeg command that converts it); the status stays 0.
 */
@Command(name = "media-check", resourceBundle = "org.iprstudio.cli.messages", mixinStandardHelpOptions = true)
final class MediaCheckCommand implements Callable<Integer> {
    static final int BROKEN_MEDIA = 1;
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "mediaCheck.file")
    Path file;

    MediaCheckCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        LoadedStudy loaded = new StudySources(context.files()).read(file);
        List<MediaCheck.Result> results;
        boolean parsed;
        try (CliContext.ProbeSession probes = context.probes().get()) {
            parsed = probes.probe() != null;
            if (!parsed) {
                context.err().println(Texts.get("mediaCheck.noVlc", probes.problem(), probes.installCommand()));
            }
            results = new MediaCheck(probes.probe()).check(loaded);
        }
        int broken = 0;
        int warned = 0;
        for (MediaCheck.Result r : results) {
            String where = r.file() == null ? "-" : r.file().toString();
            if (r.ok() && r.caveat() != null) {
                warned++;
                context.out().println(Texts.get("mediaCheck.okWithCaveat", r.sessionLabel(), where, r.message(), r.caveat()));
            } else if (r.ok()) {
                context.out().println(Texts.get("mediaCheck.ok", r.sessionLabel(), where, r.message()));
            } else {
                broken++;
                context.out().println(Texts.get("mediaCheck.broken", r.sessionLabel(), where, r.message()));
            }
        }
        if (broken > 0) {
            context.out().println(Texts.get("mediaCheck.someBroken", broken, results.size()));
        } else if (!parsed) {
            context.out().println(Texts.get("mediaCheck.notParsed", results.size()));
        } else if (warned > 0) {
            context.out().println(Texts.get("mediaCheck.allPlayWithCaveats", results.size(), warned));
        } else {
            context.out().println(Texts.get("mediaCheck.allOk", results.size()));
        }
        context.out().flush();
        context.err().flush();
        return broken == 0 && parsed ? 0 : BROKEN_MEDIA;
    }
}
