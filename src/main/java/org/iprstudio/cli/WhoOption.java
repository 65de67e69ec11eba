package org.iprstudio.cli;

import java.nio.file.Path;
import org.iprstudio.app.StudyService;
import picocli.CommandLine.Option;

/**
 * --as INITIALS, for every command that changes a study: who the study's history records as having
 * made the change. Without it, the computer account ("~jdoe"), marked as such (decision 0016).
 */
final class WhoOption {
    @Option(names = "--as", paramLabel = "INITIALS", descriptionKey = "option.as")
    String as;

    /** Opens the study for writing with the change recorded as made by this person. */
    StudyService open(CliContext context, Path file) {
        String who = as == null ? StudyService.defaultActor() : org.iprstudio.domain.Researcher.checkedInitials(as);
        StudyService service = new StudyService(context.files().open(file));
        service.setActor(who);
        return service;
    }
}
