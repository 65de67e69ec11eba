package org.iprstudio.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.store.StoreException;
import org.iprstudio.store.StoreException.Reason;
import org.iprstudio.store.StoreMessages;

/**
 * Moving a study file. SQLite names its journal files after the study's path, so a study moved
 * without its -wal loses the changes still in it, and a -wal left behind would be replayed onto
 * whatever file takes the old name next. So the study is locked (refused while open anywhere) and
 * moves with its journal files, the -wal first: were the move cut short, no journal of the old
 * study waits under the old name.
 */
final class StudyMoves {
    private static final List<String> JOURNALS = List.of("-wal", "-shm", "-journal");

    private StudyMoves() {
    }

    static void moveAside(Path file, Path newName) {
        Path absolute = file.toAbsolutePath().normalize();
        Path target = newName.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw new StoreException(Reason.NOT_FOUND, StoreMessages.of("studyMoves.studyFileMoveNothing", absolute));
        }
        try (StudyLock lock = StudyLock.acquire(absolute)) {
            lock.lockFolder();
            Path real = absolute.toRealPath();
            for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                Path taken = withSuffix(target, suffix);
                if (Files.exists(taken, LinkOption.NOFOLLOW_LINKS)) {
                    throw new StoreException(Reason.EXISTS, StoreMessages.of("studyMoves.alreadyFileStudyWas", taken, absolute));
                }
            }
            for (String journal : JOURNALS) {
                Path from = withSuffix(real, journal);
                if (Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(from, withSuffix(target, journal));
                }
            }
            Files.move(real, target);
            org.iprstudio.files.NewFiles.flushFolder(target.getParent());
        } catch (IOException e) {
            throw new StoreException(Reason.IO, StoreMessages.of("studyMoves.studyCouldMovedCheck", absolute, target, UserMessage.from(e)), e);
        }
    }

    private static Path withSuffix(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }
}
