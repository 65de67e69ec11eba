package org.iprstudio.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.exchange.json.JsonFormatException;
import org.iprstudio.exchange.json.StudyJson;
import org.iprstudio.store.StoreException;
import org.iprstudio.store.StudyFiles;
import org.iprstudio.store.StudyStore;

/**
 * The study made from a recall kit on the other computer ({@code KIT.iprs} next to {@code KIT}),
 * and the copy of the kit it was made from ({@code KIT.iprs.origin.iprkit}). The copy tells
 * whether a kit opened again is the same kit (go on with the recall in progress) or another one
 * (never reuse silently), and it carries the kit's baseline into the kit sent back.
 */
final class KitStudies {
    static final String ORIGIN_SUFFIX = ".origin.iprkit";

    private KitStudies() {
    }

    static Path studyOf(Path kitFile) {
        return kitFile.toAbsolutePath().normalize().resolveSibling(kitFile.getFileName() + ".iprs");
    }

    static Path originOf(Path studyFile) {
        return studyFile.toAbsolutePath().resolveSibling(studyFile.getFileName() + ORIGIN_SUFFIX);
    }

    /** The kit a study was made from, when it was made from one. */
    static Optional<StudyJson.Kit> origin(Path studyFile) {
        Path origin = originOf(studyFile);
        if (!Files.isRegularFile(origin)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StudyJson().readKitWithBaseline(origin));
        } catch (JsonFormatException e) {
            throw new DomainException(AppMessages.of("kitStudies.copyKitStudyWas", origin, UserMessage.from(e)));
        }
    }

    static Path open(Path kitFile, StudyFiles files, boolean replace) {
        Study kit = new StudyJson().readKit(kitFile); // a kit that cannot be read changes nothing
        byte[] kitBytes = read(kitFile);
        Path study = studyOf(kitFile);
        Path origin = originOf(study);
        if (Files.exists(study)) {
            boolean originKnown = Files.isRegularFile(origin);
            if (originKnown && Arrays.equals(read(origin), kitBytes)) {
                return study; // the same kit again: go on with the recall in progress
            }
            if (!replace) {
                throw new OtherKitStudyException(study, kitFile.toAbsolutePath().normalize(), originKnown);
            }
            setAside(study, files);
        }
        create(study, kit, kitBytes, files);
        return study;
    }

    /** The study and the copy of its kit, both or neither: the copy is written first under a temporary name and moved last. */
    private static void create(Path study, Study kit, byte[] kitBytes, StudyFiles files) {
        Path origin = originOf(study);
        Path temporary = origin.resolveSibling("." + origin.getFileName() + ".writing");
        try {
            Files.write(temporary, kitBytes);
            files.create(study, kit);
            Files.move(temporary, origin, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, AppMessages.of("kitStudies.copyKitCouldKept", study, UserMessage.from(e)), e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // a leftover temporary file is harmless; the real error, if any, was already reported
            }
        }
    }

    /**
     * Moves an old study made from a kit (with its journal files and its kit copy) to a new name
     * next to it, once it is certain no window has it open; it can still be opened there.
     */
    private static void setAside(Path study, StudyFiles files) {
        try (StudyStore store = files.open(study)) {
            store.location(); // opened and closed: not in use elsewhere, and its journal folded into the file
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.LOCKED) {
                throw e;
            }
            // a damaged or unreadable old study is set aside as it is
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        String base = study.getFileName().toString().replaceFirst("\\.iprs$", "");
        Path aside = study.resolveSibling(base + ".replaced-" + stamp + ".iprs");
        for (int n = 2; Files.exists(aside); n++) {
            aside = study.resolveSibling(base + ".replaced-" + stamp + "-" + n + ".iprs");
        }
        try {
            for (String suffix : new String[] {"-wal", "-shm", ORIGIN_SUFFIX}) {
                Path companion = study.resolveSibling(study.getFileName() + suffix);
                if (Files.exists(companion)) {
                    Files.move(companion, aside.resolveSibling(aside.getFileName() + suffix), StandardCopyOption.ATOMIC_MOVE);
                }
            }
            Files.move(study, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, AppMessages.of("kitStudies.couldSetAsideMove", study, UserMessage.from(e)), e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new JsonFormatException(AppMessages.of("kitStudies.cannotRead", file, UserMessage.from(e)), e);
        }
    }
}
