package org.iprstudio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.StudySources;
import org.iprstudio.app.transcript.SpeakerMapping;
import org.iprstudio.app.transcript.TranscriptImport;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.Transcript;
import org.iprstudio.domain.TranscriptCue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** transcript import / show: a session's words, from a subtitle or text file. */
@Command(name = "transcript", resourceBundle = "org.iprstudio.cli.messages", mixinStandardHelpOptions = true,
        subcommands = {TranscriptCommand.Import.class, TranscriptCommand.Show.class})
final class TranscriptCommand implements Callable<Integer> {
    private final CliContext context;

    TranscriptCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.err().println(Texts.get("transcript.chooseSubcommand"));
        return 2;
    }

    private static Session session(Study study, String label) {
        return study.sessionByLabel(label).orElseThrow(() -> new DomainException(Texts.get("recallKit.noSession", label)));
    }

    @Command(name = "import", resourceBundle = "org.iprstudio.cli.messages", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        private final CliContext context;

        @Parameters(index = "0", paramLabel = "STUDY", descriptionKey = "transcript.study")
        Path study;

        @Option(names = "--session", required = true, paramLabel = "DYAD/NUMBER", descriptionKey = "transcript.session")
        String session;

        @Parameters(index = "1", paramLabel = "FILE", descriptionKey = "transcript.file")
        Path transcriptFile;

        @Option(names = "--speakers", paramLabel = "LABEL=ROLE,...", descriptionKey = "transcript.speakers")
        String speakers;

        @picocli.CommandLine.Mixin
        WhoOption who = new WhoOption();

        Import(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Transcript transcript;
            try (StudyService service = who.open(context, study)) {
                Session s = session(service.study(), session);
                TranscriptImport.Draft draft = TranscriptImport.read(transcriptFile, s);
                Map<String, Role> mapping = speakers == null ? SpeakerMapping.guess(service.study(), service.study().dyad(s.dyadId()), draft.speakerLabels())
                        : SpeakerMapping.parse(speakers, draft.speakerLabels());
                transcript = draft.withSpeakers(mapping);
                TranscriptImport.save(service, transcript);
            }
            PrintWriter out = context.out();
            out.println(Texts.get("transcript.imported", transcript.cues().size(), session, transcriptFile.getFileName()));
            List<String> labels = transcript.speakerLabels();
            String mapped = labels.stream().map(label -> label + "=" + roleName(transcript.speakers().get(label))).collect(Collectors.joining(", "));
            out.println(labels.isEmpty() ? Texts.get("transcript.noSpeakers") : Texts.get("transcript.speakersUsed", mapped));
            out.flush();
            return 0;
        }
    }

    @Command(name = "show", resourceBundle = "org.iprstudio.cli.messages", mixinStandardHelpOptions = true)
    static final class Show implements Callable<Integer> {
        static final int NO_CUE_THEN = 1;
        private final CliContext context;

        @Parameters(index = "0", paramLabel = "STUDY", descriptionKey = "transcript.study")
        Path study;

        @Option(names = "--session", required = true, paramLabel = "DYAD/NUMBER", descriptionKey = "transcript.session")
        String session;

        @Option(names = "--at", paramLabel = "HH:MM:SS", descriptionKey = "transcript.at")
        String at;

        Show(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Study loaded = new StudySources(context.files()).read(study).study();
            Session s = session(loaded, session);
            Transcript transcript = loaded.transcriptOf(s.id()).orElseThrow(() -> new DomainException(Texts.get("transcript.none", session)));
            PrintWriter out = context.out();
            if (at != null) {
                MediaTime time = MediaTime.parse(at);
                var cue = transcript.cueAt(time);
                if (cue.isEmpty()) {
                    out.println(Texts.get("transcript.silence", time.toClock()));
                    out.flush();
                    return NO_CUE_THEN;
                }
                out.println(line(transcript, cue.get()));
            } else {
                transcript.cues().forEach(cue -> out.println(line(transcript, cue)));
            }
            out.flush();
            return 0;
        }
    }

    static String line(Transcript transcript, TranscriptCue cue) {
        String who = cue.speaker() == null ? "-" : transcript.roleOf(cue).map(role -> cue.speaker() + " (" + roleName(role) + ")").orElse(cue.speaker());
        return cue.start().toClock() + " - " + cue.end().toClock() + "  " + who + ": " + cue.text();
    }

    private static String roleName(Role role) {
        return role == null ? Texts.get("transcript.otherSpeaker") : role.name().toLowerCase(Locale.ROOT);
    }
}
