package org.iprstudio.app;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iprstudio.app.transcript.SpeakerMapping;
import org.iprstudio.app.transcript.TranscriptImport;
import org.iprstudio.domain.Entity;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.exchange.json.StudyJson;
import org.iprstudio.store.StoreException;
import org.iprstudio.store.StudyFiles;

/**
 * The fictional demo study shipped in sample-projects/alliance-demo. Opening it never writes
 * under sample-projects: the first time, the study.json is turned into a working study file in
 * the user's data folder (its media still linked to the shipped videos); after that the same
 * working file opens again, with whatever the user did in it.
 */
public final class DemoStudy {
    public static final String FOLDER = "alliance-demo";
    public static final String SAMPLES_PROPERTY = "iprstudio.samples";

    private final StudyFiles files;

    public DemoStudy(StudyFiles files) {
        this.files = files;
    }

    /** The working copy's path in the data folder. */
    public static Path workingFile() {
        return AppDirectories.dataDirectory().resolve(FOLDER + StudyFiles.EXTENSION);
    }

    /** Returns the working study file, creating it from the shipped study.json if needed. */
    public Path install(boolean fresh) {
        Path target = workingFile();
        if (Files.exists(target) && !fresh) {
            return target;
        }
        Path folder = locate().orElseThrow(() -> new StoreException(StoreException.Reason.NOT_FOUND,
                AppMessages.of("demoStudy.demoStudyWasFound", SAMPLES_PROPERTY)));
        Study shipped = new StudyJson().read(folder.resolve(StudyJson.FILE_NAME));
        Study working = rebaseMedia(shipped, folder, target.getParent());
        attachTranscripts(working, shipped, folder);
        if (fresh && Files.exists(target)) {
            // refused while the demo is open in any window; the old copy keeps its -wal, so nothing committed is lost
            files.moveAside(target, target.resolveSibling(target.getFileName() + ".replaced-" + System.currentTimeMillis()));
        }
        try {
            files.create(target, working);
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.EXISTS && !fresh && Files.exists(target)) {
                return target; // another IPR Studio made the working copy at the same moment: that one is used
            }
            throw e;
        }
        return target;
    }

    /** sample-projects/alliance-demo: from the system property, next to the program's jar, or below the working folder. */
    public static Optional<Path> locate() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty(SAMPLES_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        var source = DemoStudy.class.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
            try {
                for (Path p = Path.of(source.getLocation().toURI()); p != null; p = p.getParent()) {
                    candidates.add(p.resolve("sample-projects"));
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                // the program runs from somewhere that is not a folder: fall back to the working folder
            }
        }
        candidates.add(Path.of("sample-projects").toAbsolutePath());
        return candidates.stream().map(p -> p.resolve(FOLDER)).filter(p -> Files.isRegularFile(p.resolve(StudyJson.FILE_NAME))).findFirst();
    }

    /**
     * The demo's transcripts ship beside its videos (media/D01-S3.vtt next to media/D01-S3.mp4, made by
     * make-transcripts.py); they are kept out of study.json, which holds the study itself (with its supervision example).
     */
    private static void attachTranscripts(Study working, Study shipped, Path folder) {
        for (Session session : shipped.sessions()) {
            if (session.media() == null) {
                continue;
            }
            Path video = MediaPaths.resolve(folder, session.media());
            String name = video.getFileName().toString();
            Path vtt = video.resolveSibling(name.substring(0, Math.max(0, name.lastIndexOf('.'))) + ".vtt");
            if (Files.isRegularFile(vtt)) {
                TranscriptImport.Draft draft = TranscriptImport.read(vtt, session);
                var speakers = SpeakerMapping.guess(working, working.dyad(session.dyadId()), draft.speakerLabels());
                working.setTranscript(session.id(), draft.withSpeakers(speakers));
            }
        }
    }

    private static Study rebaseMedia(Study study, Path from, Path to) {
        List<Entity> entities = new ArrayList<>();
        for (Entity e : study.entitiesInDependencyOrder()) {
            if (e instanceof Session s && s.media() != null) {
                entities.add(s.withMedia(MediaPaths.rebase(s.media(), from, to)));
            } else {
                entities.add(e);
            }
        }
        Study rebased = Study.of(study.header(), entities);
        // the supervision example (study.json version 3) travels with the rest
        study.supervision().copyInto(rebased);
        return rebased;
    }
}
