package org.iprstudio.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Helpfulness;
import org.iprstudio.domain.Initiator;
import org.iprstudio.domain.MediaRef;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.Protocol;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Site;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.StudyHeader;
import org.iprstudio.domain.TimeFrame;
import org.iprstudio.exchange.json.StudyJson;

/** Small studies built in code, and the shipped demo study, for tests. */
public final class TestStudies {
    public static final Path DEMO_FOLDER = Path.of("sample-projects", "alliance-demo").toAbsolutePath();
    public static final Path DEMO_JSON = DEMO_FOLDER.resolve("study.json");

    public final Site site = new Site(UUID.randomUUID(), "S1", "Test clinic");
    public final Participant client = new Participant(UUID.randomUUID(), "C01", Role.CLIENT, "Ingrid");
    public final Participant therapist = new Participant(UUID.randomUUID(), "T01", Role.THERAPIST, "Halvor");
    public final Participant interviewer = new Participant(UUID.randomUUID(), "I1", Role.INTERVIEWER, "Interviewer A");
    public final Dyad dyad = new Dyad(UUID.randomUUID(), "D01", site.id(), therapist.id(), client.id(), null);
    public final Session session = new Session(UUID.randomUUID(), dyad.id(), 3, LocalDate.of(2025, 3, 4),
            new MediaRef("media/D01-S3.mp4", null, MediaTime.parse("50:00")));
    public final RecallPass clientPass = new RecallPass(UUID.randomUUID(), session.id(), Role.CLIENT, client.id(), interviewer.id(),
            LocalDate.of(2025, 3, 5), PassStatus.DONE, null);
    public final RecallPass therapistPass = new RecallPass(UUID.randomUUID(), session.id(), Role.THERAPIST, therapist.id(), interviewer.id(),
            LocalDate.of(2025, 3, 5), PassStatus.DONE, null);

    public Study study() {
        Study study = new Study(new StudyHeader(UUID.randomUUID(), "Test study", "REK-TEST", null, null, Protocol.standard()));
        study.put(site);
        study.put(client);
        study.put(therapist);
        study.put(interviewer);
        study.put(dyad);
        study.put(session);
        study.put(clientPass);
        study.put(therapistPass);
        return study;
    }

    public Moment moment(RecallPass pass, String anchor, double helpfulness, String comment) {
        return new Moment(UUID.randomUUID(), pass.id(), MediaTime.parse(anchor), null, Initiator.PARTICIPANT, comment, TimeFrame.THEN,
                new Helpfulness(helpfulness), 3, Instant.parse("2025-03-05T10:00:00Z"));
    }

    public static Study demo() {
        if (!Files.isRegularFile(DEMO_JSON)) {
            throw new IllegalStateException("Run the tests from the project folder: " + DEMO_JSON + " is missing.");
        }
        return new StudyJson().read(DEMO_JSON);
    }

    /** The demo study written as a study file, demo.iprs in this folder, for a test that opens it as a user would. */
    public static Path demoFile(Path folder) {
        Path file = folder.resolve("demo.iprs");
        new org.iprstudio.store.sqlite.SqliteStudyFiles().create(file, demo());
        return file;
    }

    /** A session's moments, every pass's, in the order of their anchors. */
    public static java.util.List<org.iprstudio.domain.Moment> momentsInTimeOrder(Study study, org.iprstudio.domain.Session session) {
        java.util.List<org.iprstudio.domain.Moment> all = new java.util.ArrayList<>();
        for (org.iprstudio.domain.RecallPass pass : study.passesOf(session.id())) {
            all.addAll(study.momentsOf(pass.id()));
        }
        all.sort(java.util.Comparator.comparing(org.iprstudio.domain.Moment::anchor));
        return all;
    }
}
