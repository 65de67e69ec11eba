package org.iprstudio.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.DomainMessages;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Entity;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.exchange.json.StudyJson;
import org.iprstudio.store.StudyChange;
import org.iprstudio.store.StudyFiles;

/**
 * Recall on another computer. A kit holds one recall pass and only what it needs: the study's
 * protocol, the session with its video reference and checksum, the dyad's participant codes, the
 * interviewer, and the pass's own moments; nothing of any other pass, no codes, pairs or memos.
 * Importing a kit is idempotent, refuses a kit from another study or for another video, takes
 * what was changed only on the other computer, and never overwrites a moment changed here since.
 */
public final class RecallKits {
    private final StudyService service;
    private final StudyJson json = new StudyJson();

    public RecallKits(StudyService service) {
        this.service = service;
    }

    /**
     * What an import did with the kit's moments: added (new there), unchanged (the same in both
     * places), taken (changed there, not here: the kit's version is now here), kept here (changed
     * here since the kit was made, not there; or, for an old kit without a baseline, different),
     * and conflicts (changed in both places: this study's version was kept, the kit's is reported).
     */
    public record ImportResult(boolean passAdded, int momentsAdded, int momentsUnchanged, int momentsTaken, int momentsKeptHere,
                               List<Moment> conflicts) {
        public ImportResult {
            conflicts = List.copyOf(conflicts);
        }
    }

    /** Writes the kit of a session's pass from this perspective, never over an existing file; see the other export. */
    public Path export(Session session, Role perspective, Path out) {
        return export(session, perspective, out, false, null);
    }

    /**
     * Writes the kit of a session's pass from this perspective; a client or therapist pass is created
     * (planned) if there is none, and committed only once the kit is written. The kit never goes onto
     * the study itself or its journal files, nor onto an existing file unless {@code replace} is set,
     * and even then never onto a study ({@code files} tells a study by its first bytes).
     */
    public Path export(Session session, Role perspective, Path out, boolean replace, StudyFiles files) {
        Study study = service.study();
        Optional<RecallPass> existing = study.passesOf(session.id()).stream().filter(p -> p.perspective() == perspective).findFirst();
        RecallPass pass = existing.orElseGet(() -> plannedPass(session, perspective));
        if (pass.status() == PassStatus.MISSING) {
            throw new DomainException(AppMessages.of("recallKits.recallMarkedMissingNothing", pass.missingReason()));
        }
        Path target = out.toAbsolutePath().normalize();
        checkTarget(target, replace, files);
        List<Entity> contents = new ArrayList<>();
        for (Entity e : contentsOf(study, pass)) {
            // the video is named by its absolute path here; on the other computer it is relinked by its checksum
            contents.add(e instanceof Session s && s.media() != null
                    ? s.withMedia(s.media().withPath(MediaPaths.resolve(service.folder(), s.media()).toString())) : e);
        }
        ByteArrayOutputStream kit = new ByteArrayOutputStream();
        json.writeKit(Study.of(study.header(), contents), baselineFor(pass, study.momentsOf(pass.id())), kit); // whole and checked before anything is written or committed
        try {
            org.iprstudio.files.NewFiles.write(target, kit.toByteArray(), replace);
        } catch (FileAlreadyExistsException e) {
            throw new DomainException(AppMessages.of("recallKits.alreadyFileAppearedMeanwhile", target, NOTHING_DONE));
        } catch (IOException e) {
            throw new DomainException(AppMessages.of("recallKits.kitCouldWritten", target, UserMessage.from(e), NOTHING_DONE));
        }
        if (existing.isEmpty()) {
            try {
                service.put(pass);
            } catch (RuntimeException e) {
                try {
                    Files.deleteIfExists(target); // a kit of a pass the study does not have would only mislead
                } catch (IOException ignored) {
                    // the commit's error is the one to report
                }
                throw e;
            }
        }
        return target;
    }

    private static final UserMessage NOTHING_DONE = AppMessages.of("recallKits.nothingDone");

    private void checkTarget(Path target, boolean replace, StudyFiles files) {
        if (!Files.exists(target)) {
            return;
        }
        Path study = service.file();
        for (String suffix : List.of("", "-wal", "-shm", "-journal", ".lock")) {
            Path own = study.resolveSibling(study.getFileName() + suffix);
            if (sameFile(target, own)) {
                throw new DomainException(AppMessages.of("recallKits.kitNeverReplacesChoose", target, (suffix.isEmpty() ? AppMessages.of("recallKits.ownFile") : AppMessages.of("recallKits.fileOfStudy", suffix)), NOTHING_DONE));
            }
        }
        if (Files.isDirectory(target)) {
            throw new DomainException(AppMessages.of("recallKits.folderGiveKitFile", target, NOTHING_DONE));
        }
        if (!replace) {
            throw new DomainException(AppMessages.of("recallKits.alreadyFileChooseAnother", target, NOTHING_DONE));
        }
        if (files == null || files.isStudy(target)) {
            throw new DomainException(AppMessages.of("recallKits.iprStudioStudyKit", target, NOTHING_DONE));
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b); // by identity: a link or another spelling of the path is caught too
        } catch (IOException e) {
            return false;
        }
    }

    /** The planned pass a kit is made for when the session has none of this perspective yet; not committed here. */
    private RecallPass plannedPass(Session session, Role perspective) {
        Dyad dyad = service.study().dyad(session.dyadId());
        UUID participant = switch (perspective) {
            case CLIENT -> dyad.clientId();
            case THERAPIST -> dyad.therapistId();
            default -> throw new DomainException(AppMessages.of("recallKits.recallSessionYetStart", DomainMessages.role(perspective)));
        };
        return new RecallPass(UUID.randomUUID(), session.id(), perspective, participant, null, null, PassStatus.PLANNED, "");
    }

    /** Exactly what a kit may hold (a test checks that nothing else slips in). */
    static List<Entity> contentsOf(Study study, RecallPass pass) {
        Session session = study.session(pass.sessionId());
        Dyad dyad = study.dyad(session.dyadId());
        List<Entity> entities = new ArrayList<>();
        entities.add(study.site(dyad.siteId()));
        List<UUID> people = new ArrayList<>(List.of(dyad.clientId(), dyad.therapistId(), pass.participantId()));
        if (pass.interviewerId() != null) {
            people.add(pass.interviewerId());
        }
        people.stream().distinct().map(study::participant).forEach(entities::add);
        entities.add(dyad);
        entities.add(session);
        entities.add(pass);
        entities.addAll(study.momentsOf(pass.id()));
        return entities;
    }

    /** Brings a finished kit's pass and moments into this study, in one transaction. */
    public ImportResult importKit(Path file) {
        StudyJson.Kit read = json.readKitWithBaseline(file);
        Study kit = read.study();
        Study here = service.study();
        if (!kit.header().id().equals(here.header().id())) {
            throw new DomainException(AppMessages.of("recallKits.belongsAnotherStudyOne", file.getFileName(), StudyJson.escapeBreaks(kit.header().title())));
        }
        if (kit.passes().size() != 1) {
            throw new DomainException(AppMessages.of("recallKits.holdsRecallPassesKit", file.getFileName(), kit.passes().size()));
        }
        RecallPass pass = kit.passes().get(0);
        Session kitSession = kit.session(pass.sessionId());
        Session session = here.find(kitSession.id()).filter(e -> e instanceof Session).map(e -> (Session) e)
                .orElseThrow(() -> new DomainException(AppMessages.of("recallKits.kitSSessionStudy")));
        String expected = session.media() == null ? null : session.media().sha256();
        String kitVideo = kitSession.media() == null ? null : kitSession.media().sha256();
        if (expected != null && kitVideo != null && !expected.equals(kitVideo)) {
            throw new DomainException(AppMessages.of("recallKits.kitWasMadeDifferent"));
        }
        List<StudyChange> changes = new ArrayList<>();
        Optional<RecallPass> existing = here.find(pass.id()).filter(e -> e instanceof RecallPass).map(e -> (RecallPass) e);
        boolean passAdded = existing.isEmpty();
        for (Participant p : kit.participants()) {
            if (here.find(p.id()).isEmpty()) {
                changes.add(new StudyChange.Put(p)); // an observer added on the other computer
            }
        }
        if (passAdded || existing.get().status() != PassStatus.DONE && pass.status() == PassStatus.DONE) {
            changes.add(new StudyChange.Put(pass));
        }
        Optional<Map<UUID, String>> baseline = read.baseline();
        int added = 0;
        int unchanged = 0;
        int taken = 0;
        int kept = 0;
        List<Moment> conflicts = new ArrayList<>();
        for (Moment m : kit.momentsOf(pass.id())) {
            Optional<Moment> mine = here.find(m.id()).filter(e -> e instanceof Moment).map(e -> (Moment) e);
            String base = baseline.map(b -> b.get(m.id())).orElse(null);
            if (mine.isPresent() && mine.get().equals(m)) {
                unchanged++;
            } else if (base == null) {
                if (mine.isEmpty()) {
                    changes.add(new StudyChange.Put(m)); // made on the other computer
                    added++;
                } else {
                    kept++; // an old kit without a baseline: which side changed cannot be told, so this study's version wins
                }
            } else if (mine.isEmpty()) {
                kept++; // deleted here since the kit was made: it stays deleted
            } else {
                boolean changedHere = !StudyJson.fingerprint(mine.get()).equals(base);
                boolean changedThere = !StudyJson.fingerprint(m).equals(base);
                if (!changedHere) {
                    changes.add(new StudyChange.Put(m)); // edited on the other computer only
                    taken++;
                } else if (!changedThere) {
                    kept++;
                } else {
                    conflicts.add(m); // edited in both places: keep this study's, report the kit's
                }
            }
        }
        if (!changes.isEmpty()) {
            service.apply(changes);
        }
        return new ImportResult(passAdded, added, unchanged, taken, kept, conflicts);
    }

    /**
     * The baseline a kit of this pass carries: a study made from a kit (on the other computer)
     * passes on the baseline of that kit, so the study's computer can tell what changed where;
     * anywhere else the moments as they are now are the baseline.
     */
    private Map<UUID, String> baselineFor(RecallPass pass, List<Moment> moments) {
        Optional<StudyJson.Kit> origin = KitStudies.origin(service.file());
        if (origin.isPresent() && origin.get().study().find(pass.id()).isPresent()) {
            return origin.get().baseline().orElseGet(() -> fingerprints(origin.get().study().momentsOf(pass.id())));
        }
        return fingerprints(moments);
    }

    private static Map<UUID, String> fingerprints(List<Moment> moments) {
        Map<UUID, String> result = new HashMap<>();
        for (Moment m : moments) {
            result.put(m.id(), StudyJson.fingerprint(m));
        }
        return result;
    }

    /**
     * On the other computer: turns a kit into a study file of its own next to it, so the recall can
     * be run there with the usual window. Only the kit's pass is in that study. Opening the same
     * kit again goes on with that study (it holds the recall in progress); a study made from
     * another kit is never silently reused (see {@link KitStudies#open}).
     */
    public static Path openKit(Path kitFile, StudyFiles files) {
        return KitStudies.open(kitFile, files, false);
    }

    /** The same; with {@code replace}, a study made from another kit is set aside (kept under a new name) and made afresh. */
    public static Path openKit(Path kitFile, StudyFiles files, boolean replace) {
        return KitStudies.open(kitFile, files, replace);
    }
}
