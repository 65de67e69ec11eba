package org.iprstudio.app.setup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.iprstudio.app.AppMessages;
import org.iprstudio.app.Checksums;
import org.iprstudio.app.MediaPaths;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.coding.EditHistory;
import org.iprstudio.app.coding.EditKind;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.HasUserMessage;
import org.iprstudio.domain.MediaRef;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Site;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.StudyHeader;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.media.FrameExactness;
import org.iprstudio.media.MediaInfo;
import org.iprstudio.media.MediaProbe;
import org.iprstudio.store.StudyChange;

/**
 * Links recordings to sessions: one chosen file, or a whole folder whose file names propose the
 * dyad and session. The slow half (checksum, probe) is {@link #prepare}, safe off the Swing
 * thread and cancellable; the quick half stores the links as one undoable edit.
 */
public final class VideoLinks {
    private final StudyService service;
    private final EditHistory history;
    private final MediaProbe probe;

    /** @param probe null when libVLC is not available: then checksums are stored, durations are not */
    public VideoLinks(StudyService service, EditHistory history, MediaProbe probe) {
        this.service = service;
        this.history = history;
        this.probe = probe;
    }

    private Study study() {
        return service.study();
    }

    /**
     * A recording checked and measured, ready to be linked. {@code caveat}: what the user should
     * know before linking it (frame steps and marks not exact, and how to convert it), to accept or
     * not; null when there is nothing to say.
     */
    public record Prepared(Path file, String reference, String sha256, MediaTime duration, boolean soundOnly, UserMessage caveat) {
        public Prepared(Path file, String reference, String sha256, MediaTime duration, boolean soundOnly) {
            this(file, reference, sha256, duration, soundOnly, null);
        }

        MediaRef media() {
            return new MediaRef(reference, sha256, duration);
        }
    }

    /** The file is not a recording that can be linked; the message says why, in media-check's words. */
    public static final class Refused extends Exception implements HasUserMessage {
        private final transient UserMessage userMessage;

        public Refused(UserMessage message) {
            super(message.english());
            this.userMessage = message;
        }

        @Override
        public UserMessage userMessage() {
            return userMessage;
        }
    }

    /** Reads the whole file for its SHA-256 (reporting progress) and asks libVLC for its duration. Slow; never on the Swing thread. */
    public Prepared prepare(Path chosen, Checksums.Progress progress) throws Refused, Checksums.Cancelled {
        Path file = chosen.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new Refused(AppMessages.of("videoLinks.missing", file.getFileName()));
        }
        String sha256;
        try {
            sha256 = Checksums.sha256(file, progress);
        } catch (Checksums.Cancelled e) {
            throw e;
        } catch (IOException e) {
            throw new Refused(AppMessages.of("videoLinks.cannotRead", file.getFileName(), UserMessage.from(e)));
        }
        MediaTime duration = null;
        boolean soundOnly = FileNameMatcher.isSoundOnly(file.getFileName().toString());
        UserMessage caveat = null;
        if (probe != null) {
            MediaInfo info = probe.probe(file);
            Optional<UserMessage> unplayable = info.unplayable();
            if (unplayable.isPresent()) {
                throw new Refused(AppMessages.of("videoLinks.unplayable", file.getFileName(), unplayable.get()));
            }
            duration = info.duration();
            soundOnly = info.soundOnly();
            caveat = info.caveatIfAny().map(c -> AppMessages.of("videoLinks.caveat", file.getFileName(), c, FrameExactness.advice(file))).orElse(null);
        }
        return new Prepared(file, MediaPaths.reference(service.folder(), file), sha256, duration, soundOnly, caveat);
    }

    /** Links a prepared recording to a session (replacing any video it had), as one undoable edit. */
    public Session link(Session session, Prepared prepared) {
        refuseLinkedElsewhere(prepared, session.id());
        Session linked = session.withMedia(prepared.media());
        history.perform(EditKind.LINK_VIDEO, label(session), List.of(new StudyChange.Put(linked)));
        return linked;
    }

    private void refuseLinkedElsewhere(Prepared prepared, UUID sessionId) {
        for (Session other : study().sessions()) {
            if (!other.id().equals(sessionId) && other.media() != null && prepared.sha256().equals(other.media().sha256())) {
                throw new DomainException(AppMessages.of("videoLinks.alreadyVideoEachSession", prepared.file().getFileName(), label(other)));
            }
        }
    }

    private UserMessage label(Session s) {
        return StudySetup.sessionSubject(study().dyad(s.dyadId()).code(), s.number());
    }

    // ---- a whole folder ----------------------------------------------------------------------------

    /** One file of the folder with the dyad and session its name proposes (both empty when it matches nothing). */
    public record Proposal(Path file, String dyadCode, Integer sessionNumber) {
        public boolean matched() {
            return dyadCode != null && !dyadCode.isBlank() && sessionNumber != null;
        }
    }

    /** The folder's video and audio files (not its subfolders), sorted by name, each with its proposal. */
    public static List<Proposal> propose(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).filter(f -> FileNameMatcher.isRecording(f.getFileName().toString()))
                    .sorted().toList();
        }
        List<Proposal> proposals = new ArrayList<>();
        for (Path f : files) {
            Optional<FileNameMatcher.Match> m = FileNameMatcher.match(f.getFileName().toString());
            proposals.add(new Proposal(f, m.map(FileNameMatcher.Match::dyadCode).orElse(null), m.map(FileNameMatcher.Match::sessionNumber).orElse(null)));
        }
        return proposals;
    }

    /** A prepared recording with the dyad and session the researcher confirmed. */
    public record Assignment(Prepared prepared, String dyadCode, int sessionNumber) {
    }

    /**
     * Links the recordings as one undoable step, creating what is missing: a dyad not in the
     * study yet gets a new client and therapist (C and T with the dyad's number, when free; the
     * researcher corrects them later) at the given site; a session not there yet is created; a
     * session number the protocol does not list joins it.
     */
    public void addFromFolder(List<Assignment> assignments, Site siteForNewDyads) {
        if (assignments.isEmpty()) {
            return;
        }
        List<StudyChange> changes = new ArrayList<>();
        StudyHeader header = study().header();
        Map<String, Dyad> dyads = new LinkedHashMap<>();
        study().dyads().forEach(d -> dyads.put(d.code().toUpperCase(java.util.Locale.ROOT), d));
        List<String> participantCodes = new ArrayList<>(study().participants().stream().map(Participant::code).toList());
        Map<UUID, Session> sessions = new LinkedHashMap<>();
        study().sessions().forEach(s -> sessions.put(s.id(), s));
        Map<String, Path> seen = new LinkedHashMap<>();
        for (Assignment a : assignments) {
            String key = a.dyadCode().strip().toUpperCase(java.util.Locale.ROOT) + "/" + a.sessionNumber();
            Path earlier = seen.put(key, a.prepared().file());
            if (earlier != null) {
                throw new DomainException(AppMessages.of("videoLinks.bothProposedSessionCorrect", earlier.getFileName(), a.prepared().file().getFileName(), a.dyadCode(), a.sessionNumber()));
            }
            Dyad dyad = dyads.get(a.dyadCode().strip().toUpperCase(java.util.Locale.ROOT));
            if (dyad == null) {
                if (siteForNewDyads == null) {
                    siteForNewDyads = firstSiteOrRefuse(a.dyadCode(), changes);
                }
                Participant client = newParticipant(a.dyadCode(), Role.CLIENT, participantCodes);
                Participant therapist = newParticipant(a.dyadCode(), Role.THERAPIST, participantCodes);
                dyad = new Dyad(UUID.randomUUID(), a.dyadCode(), siteForNewDyads.id(), therapist.id(), client.id(), null);
                changes.add(new StudyChange.Put(client));
                changes.add(new StudyChange.Put(therapist));
                changes.add(new StudyChange.Put(dyad));
                dyads.put(dyad.code().toUpperCase(java.util.Locale.ROOT), dyad);
            }
            UUID dyadId = dyad.id();
            Session session = sessions.values().stream().filter(s -> s.dyadId().equals(dyadId) && s.number() == a.sessionNumber()).findFirst()
                    .orElse(null);
            if (!header.protocol().sessionNumbers().contains(a.sessionNumber())) {
                header = SessionSetup.withSessionNumber(header, a.sessionNumber());
            }
            refuseLinkedElsewhere(a.prepared(), session == null ? null : session.id());
            Session linked = session == null ? new Session(UUID.randomUUID(), dyadId, a.sessionNumber(), null, a.prepared().media())
                    : session.withMedia(a.prepared().media());
            sessions.put(linked.id(), linked);
            changes.add(new StudyChange.Put(linked));
        }
        if (!header.equals(study().header())) {
            changes.add(0, new StudyChange.SetHeader(header));
        }
        history.perform(EditKind.ADD_VIDEOS, assignments.size() + "", changes);
    }

    /**
     * A study without sites gets its first one here, in the same step (a new study's first move is
     * often its videos); with sites to choose from, the researcher chooses.
     */
    private Site firstSiteOrRefuse(String dyadCode, List<StudyChange> changes) {
        if (!study().sites().isEmpty()) {
            throw new DomainException(AppMessages.of("videoLinks.dyadStudyYetChoose", dyadCode));
        }
        Site first = new Site(UUID.randomUUID(), "S1", "Site 1");
        changes.add(0, new StudyChange.Put(first));
        return first;
    }

    private static Participant newParticipant(String dyadCode, Role role, List<String> taken) {
        String digits = dyadCode.replaceAll("\\D", "");
        String prefix = StudySetup.prefixFor(role);
        String wanted = digits.isEmpty() ? null : prefix + digits;
        String code = wanted != null && taken.stream().noneMatch(c -> c.equalsIgnoreCase(wanted)) ? wanted : StudySetup.nextFreeCode(taken, prefix);
        taken.add(code);
        return new Participant(UUID.randomUUID(), code, role, "");
    }
}
