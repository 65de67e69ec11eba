package org.iprstudio.store.sqlite;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.iprstudio.domain.Initiator;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.store.StudyChange;

/** Run in a child JVM by {@link KillDuringWriteTest}: commits moments one by one and says so after each commit. */
public final class WriterProcess {
    private WriterProcess() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        UUID passId = UUID.fromString(args[1]);
        try (SqliteStudyStore store = SqliteStudyStore.open(file)) {
            for (int i = 1; ; i++) {
                Moment moment = new Moment(UUID.randomUUID(), passId, MediaTime.ofMillis(i % 3_000_000), null, Initiator.PARTICIPANT,
                        "moment " + i + " " + "x".repeat(500), null, null, null, Instant.now());
                store.apply(List.of(new StudyChange.Put(moment)));
                System.out.println("committed " + i);
                System.out.flush();
            }
        }
    }
}
