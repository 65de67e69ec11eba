package org.iprstudio.app.team;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.iprstudio.app.AppMessages;
import org.iprstudio.app.AuditNote;
import org.iprstudio.app.MediaPaths;
import org.iprstudio.app.StudyService;
import org.iprstudio.domain.AuditEvent;
import org.iprstudio.domain.AuditKind;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.CodingRound;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Entity;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Researcher;
import org.iprstudio.domain.RoundCoding;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.StudyHeader;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.store.StudyChange;
import org.iprstudio.store.StudyFiles;
import org.iprstudio.store.StudyStore;

/**
 * Coding a round on another computer. A coder kit is a small study file of its own: the round's
 * sessions with their participants, recall passes, moments and kept pairs, the round's codebook,
 * the round itself, and the one coder's own codings of it; no other coder's codings, no study
 * coding, themes or memos, so the coder stays blind. It opens in IPR Studio like any study.
 * Coming back, its coder's round codings (and that coder's history lines) are added, and the codings
 * the coder removed in the kit are removed here; importing again changes nothing; a kit of another
 * study or another round, or a round closed since, is refused.
 *
 * <p>A removal is known by the kit's baseline: the kit records when it was made (an audit line of the
 * lead's, {@link #EXPORTED}), and it held every coding of its coder made here until then. Such a
 * coding that the kit no longer has was removed on the other computer. A coding made here after the
 * kit was written is not in the kit and is kept; so is everything, for a kit made before kits carried
 * the line.
 */
public final class CoderKits {
    /** The start of the kit's own audit line that says when it was written (its baseline). */
    static final String EXPORTED = "coder kit written for ";

    private final StudyService service;

    public CoderKits(StudyService service) {
        this.service = service;
    }

    /** What an import added: round codings new here, those already here, history lines brought along. */
    /**
     * {@code unknownHere}: codings of a pair kept only on the other computer, which this study does not have (not taken);
     * {@code removed}: codings the coder removed in the kit, removed here too; {@code notInKit}: codings made here after the kit was written (kept).
     */
    public record ImportResult(String coder, String round, int added, int alreadyHere, int notInKit, int unknownHere, int historyLines, int removed) {
        public ImportResult(String coder, String round, int added, int alreadyHere, int notInKit, int unknownHere, int historyLines) {
            this(coder, round, added, alreadyHere, notInKit, unknownHere, historyLines, 0);
        }
    }

    /** Writes the kit of one coder of an open round; never over an existing file. */
    public Path export(CodingRound requested, String coder, Path out, StudyFiles files) {
        Study study = service.study();
        CodingRound round = study.team().round(requested.id()).orElseThrow(() -> new DomainException(AppMessages.of("teamActions.roundStudy", requested.name())));
        String initials = Researcher.checkedInitials(coder);
        if (!round.isOpen()) {
            throw new DomainException(AppMessages.of("coderKits.roundClosedCoderKit", round.name()));
        }
        if (!round.hasCoder(initials)) {
            throw new DomainException(AppMessages.of("coderKits.coderRoundCodersKit", initials, round.name(), String.join(", ", round.coders())));
        }
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new DomainException(AppMessages.of("coderKits.alreadyFileChooseAnother", target));
        }
        StudyHeader h = study.header();
        Study kit = Study.of(new StudyHeader(h.id(), h.title(), h.approval(), h.periodStart(), h.periodEnd(), h.protocol()), contents(study, round));
        kit.team().putRound(round, id -> true, id -> true);
        study.team().researcher(initials).ifPresent(kit.team()::putResearcher);
        kit.team().restoreRoundCodings(study.team().roundCodingsBy(round.id(), initials));
        // the baseline: every coding of the coder made here until now is in the kit
        kit.team().append(new AuditEvent(UUID.randomUUID(), service.clock().instant(), service.actor(), AuditKind.ROUND, round.id(),
                EXPORTED + initials + " of round '" + round.name() + "'"));
        files.create(target, kit);
        return target;
    }

    /** The records the coder needs to code the round's sessions, with each video named by its path on this computer. */
    private List<Entity> contents(Study study, CodingRound round) {
        Set<Entity> all = new LinkedHashSet<>();
        for (UUID sessionId : round.sessionIds()) {
            Session session = study.session(sessionId);
            Dyad dyad = study.dyad(session.dyadId());
            all.add(study.site(dyad.siteId()));
            all.add(study.participant(dyad.therapistId()));
            all.add(study.participant(dyad.clientId()));
            all.add(dyad);
            all.add(session.media() == null ? session : session.withMedia(session.media().withPath(MediaPaths.resolve(service.folder(), session.media()).toString())));
            for (RecallPass pass : study.passesOf(sessionId)) {
                all.add(study.participant(pass.participantId()));
                if (pass.interviewerId() != null) {
                    all.add(study.participant(pass.interviewerId()));
                }
                all.add(pass);
                for (Moment m : study.momentsOf(pass.id())) {
                    all.add(m);
                }
            }
            for (RecallPass pass : study.passesOf(sessionId)) {
                for (Moment m : study.momentsOf(pass.id())) {
                    all.addAll(study.pairsOf(m.id()));
                }
            }
        }
        Set<Code> needed = new HashSet<>();
        for (UUID codeId : round.codeIds()) {
            Code code = (Code) study.find(codeId).orElse(null);
            while (code != null) {
                needed.add(code);
                code = code.parentId() == null ? null : (Code) study.find(code.parentId()).orElse(null);
            }
        }
        // in the study's order, which has each parent code before its children (Study.of orders the types)
        study.codes().stream().filter(needed::contains).forEach(all::add);
        return new ArrayList<>(all);
    }

    /** Brings a coder kit back: its coder's codings of the round are added here, once. */
    public ImportResult importKit(Path kitFile, StudyFiles files) {
        Study kit;
        try (StudyStore store = files.openReadOnly(kitFile)) {
            kit = store.load();
        }
        Study study = service.study();
        if (!kit.header().id().equals(study.header().id())) {
            throw new DomainException(AppMessages.of("coderKits.kitAnotherStudyImport", kitFile, kit.header().title(), study.header().title()));
        }
        if (kit.team().rounds().size() != 1) {
            throw new DomainException(AppMessages.of("coderKits.coderKitHoldsCoding", kitFile, kit.team().rounds().size()));
        }
        CodingRound kitRound = kit.team().rounds().get(0);
        CodingRound round = study.team().round(kitRound.id()).orElseThrow(() -> new DomainException(AppMessages.of("coderKits.kitRoundWhichStudy", kitFile, kitRound.name())));
        List<RoundCoding> brought = kit.team().roundCodings(kitRound.id());
        Set<String> coders = new HashSet<>();
        brought.forEach(c -> coders.add(c.coder()));
        if (coders.size() > 1) {
            throw new DomainException(AppMessages.of("coderKits.holdsCodingsCoderKit", kitFile, UserMessage.joined(coders, AppMessages.of("coderKits.and"))));
        }
        String coder = coders.isEmpty() ? kit.team().researchers().stream().map(Researcher::initials).findFirst().orElse("?") : coders.iterator().next();
        if (!round.isOpen()) {
            throw new DomainException(AppMessages.of("coderKits.roundWasClosedHere", round.name(), coder));
        }
        List<StudyChange> changes = new ArrayList<>();
        int already = 0;
        List<RoundCoding> here = study.team().roundCodingsBy(round.id(), coder);
        int unknown = 0;
        for (RoundCoding c : brought) {
            if (study.find(c.unitId()).isEmpty()) {
                unknown++;
                continue;
            }
            boolean known = here.stream().anyMatch(h -> h.id().equals(c.id()) || h.codeId().equals(c.codeId()) && h.unitId().equals(c.unitId()));
            if (known) {
                already++;
            } else {
                changes.add(new StudyChange.PutRoundCoding(c));
            }
        }
        Optional<Instant> written = kit.team().audit().stream().filter(e -> e.kind() == AuditKind.ROUND && round.id().equals(e.target())
                && e.what().startsWith(EXPORTED)).map(AuditEvent::at).findFirst();
        int notInKit = 0;
        int removed = 0;
        for (RoundCoding h : here) {
            boolean inKit = brought.stream().anyMatch(c -> c.id().equals(h.id()) || c.codeId().equals(h.codeId()) && c.unitId().equals(h.unitId()));
            if (inKit) {
                continue;
            }
            if (written.isPresent() && !h.at().isAfter(written.get())) {
                changes.add(new StudyChange.DeleteRoundCoding(h)); // it went out in the kit, and the coder removed it there
                removed++;
            } else {
                notInKit++;
            }
        }
        Set<UUID> known = new HashSet<>();
        study.team().audit().forEach(e -> known.add(e.id()));
        int lines = 0;
        for (AuditEvent e : kit.team().audit()) {
            if (e.who().equals(coder) && !known.contains(e.id())) {
                changes.add(new StudyChange.Audit(e)); // the coder's own lines, as they were written on the other computer
                lines++;
            }
        }
        int added = changes.size() - lines - removed;
        if (added > 0 || lines > 0 || removed > 0) {
            service.apply(changes, new AuditNote(AuditKind.ROUND, "coder kit of " + coder + " for round '" + round.name() + "' imported: " + added
                    + " new coding(s), " + removed + " removed, " + already + " already here"));
        }
        return new ImportResult(coder, round.name(), added, already, notInKit, unknown, lines, removed);
    }
}
