package org.iprstudio.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.iprstudio.app.AppDirectories;
import org.iprstudio.app.DemoStudy;
import org.iprstudio.app.StudyService;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.StoppedBy;
import org.iprstudio.domain.SupervisionMoment;
import org.iprstudio.store.sqlite.SqliteStudyFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Blinding in a supervision recall: everything the supervision screen can ask of its SupervisionRecall
 * is asked, and none of it holds a word or an id of the client's recall, until the supervisor opens
 * the client's view, which is then on record in the study file.
 */
class SupervisionBlindingTest {
    @TempDir
    Path dataDir;

    private final SqliteStudyFiles files = new SqliteStudyFiles();
    private Path file;
    private StudyService service;
    private SupervisionRecall recall;
    private Set<String> clientWords;
    private Set<UUID> clientIds;

    @BeforeEach
    void openDemo() {
        System.setProperty(AppDirectories.DATA_DIR_PROPERTY, dataDir.toString());
        file = new DemoStudy(files).install(false);
        service = new StudyService(files.open(file));
        Session d02s3 = service.study().sessionByLabel("D02/3").orElseThrow();
        RecallPass clientPass = service.study().passesOf(d02s3.id()).stream().filter(p -> p.perspective() == Role.CLIENT).findFirst().orElseThrow();
        List<Moment> client = service.study().momentsOf(clientPass.id());
        assertThat(client).hasSize(9);
        clientWords = client.stream().map(Moment::comment).collect(Collectors.toSet());
        clientIds = client.stream().map(Moment::id).collect(Collectors.toSet());
        recall = new SupervisionSetup(service).start(d02s3, "SV1", LocalDate.of(2025, 6, 1));
        SupervisionMoment stop = recall.stop(MediaTime.parse("16:20"), StoppedBy.SUPERVISOR); // where the client's worksheet moment is
        recall.addLearningPoint(stop.id(), "Ask how a worksheet lands.");
    }

    @AfterEach
    void close() {
        service.close();
        System.clearProperty(AppDirectories.DATA_DIR_PROPERTY);
    }

    /** What every public query of the recall returns (all but the deliberate opening), as text. */
    private List<String> everythingReachable() throws Exception {
        List<String> seen = new ArrayList<>();
        for (Method method : SupervisionRecall.class.getMethods()) {
            if (method.getDeclaringClass() != SupervisionRecall.class || Modifier.isStatic(method.getModifiers())
                    || method.getName().equals("openClientView")) {
                continue;
            }
            String type = method.getGenericReturnType().getTypeName();
            assertThat(type).as(method.getName()).doesNotContain(Moment.class.getName() + ">").doesNotContain(RecallPass.class.getName())
                    .isNotEqualTo(Moment.class.getName());
            if (method.getParameterCount() == 0) {
                seen.add(String.valueOf(method.invoke(recall)));
            } else if (method.getName().equals("learningPoints")) {
                for (SupervisionMoment m : recall.moments()) {
                    seen.add(String.valueOf(method.invoke(recall, m.id())));
                }
            }
        }
        return seen;
    }

    private void assertBlind(List<String> seen) {
        assertThat(seen).isNotEmpty();
        for (String text : seen) {
            for (String words : clientWords) {
                assertThat(text).doesNotContain(words);
            }
            for (UUID id : clientIds) {
                assertThat(text).doesNotContain(id.toString());
            }
        }
    }

    @Test
    void nothingTheScreenCanAskForHoldsTheClientsRecall() throws Exception {
        assertBlind(everythingReachable());
        assertThat(recall.clientViewOpenedAt()).isEmpty();
    }

    @Test
    void openingTheClientsViewShowsItAndIsRecordedInTheFileForGood() throws Exception {
        List<ClientViewLine> lines = recall.openClientView();
        assertThat(lines).extracting(ClientViewLine::comment).containsExactlyInAnyOrderElementsOf(clientWords);
        assertThat(lines).extracting(ClientViewLine::anchor).isSorted();
        var opened = recall.clientViewOpenedAt();
        assertThat(opened).isPresent();
        recall.openClientView(); // a second look keeps the first time on record
        assertThat(recall.clientViewOpenedAt()).isEqualTo(opened);
        UUID meeting = recall.meetingId();
        service.close();
        service = new StudyService(files.open(file));
        assertThat(service.study().supervision().meeting(meeting).clientViewOpenedAt()).isEqualTo(opened.get());
        // the meeting's own stops still hold only the trainee's and the supervisor's words
        SupervisionRecall again = new SupervisionSetup(service).resume(meeting);
        recall = again;
        assertBlind(everythingReachable());
    }
}
