package org.iprstudio.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Helpfulness;
import org.iprstudio.domain.Initiator;
import org.iprstudio.domain.MediaRef;
import org.iprstudio.domain.MediaTime;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.MomentPair;
import org.iprstudio.domain.PairClass;
import org.iprstudio.domain.PairMethod;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.PassStatus;
import org.iprstudio.domain.Protocol;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Site;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.StudyHeader;
import org.iprstudio.domain.Theme;
import org.iprstudio.domain.ThemeStatus;
import org.iprstudio.domain.TimeFrame;
import org.iprstudio.domain.TimeSpan;
import org.iprstudio.store.sqlite.SqliteStudyStore;

/**
 * The synthetic study of the scale and analysis benchmarks: per dyad sessions 3 and 5, a client and
 * a therapist recall of each with 50 moments, one code per moment, 40 codes (8 groups of 4) in 15
 * themes, a fifth of the moments in decided pairs. Ids and values come from the seed, so anyone
 * gets the same study. (org.iprstudio.testing.SyntheticStudy is the exports' study: awkward text,
 * tags and memos; this one keeps the plain shape the analysis figures were measured on.)
 *
 * Writes it as a study file:
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.iprstudio.bench.SyntheticStudy -Dexec.args="OUT.iprs 1000000"
 */
public final class SyntheticStudy {
    public static final long SEED = 42;
    private static final int MOMENTS_PER_PASS = 50;
    private static final int MOMENTS_PER_DYAD = 4 * MOMENTS_PER_PASS;
    private static final long LENGTH = 50 * 60_000;

    private final Random random;

    private SyntheticStudy(Random random) {
        this.random = random;
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: SyntheticStudy OUT.iprs MOMENTS");
            System.exit(2);
        }
        long start = System.nanoTime();
        Study study = build(Integer.parseInt(args[1].replace("_", "").replace(",", "")), SEED);
        long built = System.nanoTime();
        SqliteStudyStore.create(Path.of(args[0]), study);
        System.out.printf("%s: %,d dyads, %,d moments, %,d codings, %,d pairs; built in %.1f s, written in %.1f s%n", args[0],
                study.dyads().size(), study.momentCount(), study.codings().size(), study.pairs().size(),
                (built - start) / 1e9, (System.nanoTime() - built) / 1e9);
    }

    /** A study of about {@code moments} moments (rounded down to whole dyads of 200), everything from the seed. */
    public static Study build(int moments, long seed) {
        return new SyntheticStudy(new Random(seed)).build(Math.max(1, moments / MOMENTS_PER_DYAD));
    }

    private UUID id() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private Study build(int dyadCount) {
        Study study = new Study(new StudyHeader(id(), "Synthetic", "", null, null, Protocol.standard()));
        Site site = new Site(id(), "S1", "Site");
        study.put(site);
        Participant interviewer = new Participant(id(), "I1", Role.INTERVIEWER, "Interviewer");
        study.put(interviewer);
        List<Code> codes = new ArrayList<>();
        for (int g = 0; g < 8; g++) {
            Code group = new Code(id(), null, "Group " + g, "", null, false);
            study.put(group);
            codes.add(group);
            for (int c = 0; c < 4; c++) {
                Code code = new Code(id(), group.id(), "Code " + g + "." + c, "", null, false);
                study.put(code);
                codes.add(code);
            }
        }
        List<Theme> themes = new ArrayList<>();
        for (int t = 0; t < 5; t++) {
            Theme theme = new Theme(id(), null, "Theme " + t, "", ThemeStatus.CANDIDATE, t, List.of(codes.get(t * 8).id()), List.of());
            themes.add(theme);
            for (int s = 0; s < 2; s++) {
                themes.add(new Theme(id(), theme.id(), "Theme " + t + "." + s, "", ThemeStatus.CANDIDATE, s,
                        List.of(codes.get(t * 8 + 1 + s).id(), codes.get(t * 8 + 3 + s).id()), List.of()));
            }
        }
        Instant created = Instant.parse("2026-01-01T00:00:00Z");
        List<UUID> exemplars = new ArrayList<>();
        for (int d = 0; d < dyadCount; d++) {
            Participant client = new Participant(id(), "C" + d, Role.CLIENT, null);
            Participant therapist = new Participant(id(), "T" + d, Role.THERAPIST, null);
            study.put(client);
            study.put(therapist);
            Dyad dyad = new Dyad(id(), String.format("D%05d", d), site.id(), therapist.id(), client.id(), null);
            study.put(dyad);
            for (int number : new int[] {3, 5}) {
                Session session = new Session(id(), dyad.id(), number, LocalDate.of(2026, 1, 1),
                        new MediaRef("media/" + dyad.code() + "-" + number + ".mp4", null, MediaTime.ofMillis(LENGTH)));
                study.put(session);
                List<Moment> clientMoments = moments(study, session, Role.CLIENT, client, interviewer, created);
                List<Moment> therapistMoments = moments(study, session, Role.THERAPIST, therapist, interviewer, created);
                for (int i = 0; i < MOMENTS_PER_PASS; i += 5) { // a fifth of the moments are in decided pairs
                    Moment c = clientMoments.get(i);
                    Moment t = therapistMoments.get(i);
                    study.put(new MomentPair(id(), c.id(), t.id(), PairMethod.MANUAL, PairClass.CONVERGENT, null, "same exchange"));
                }
                for (Moment m : clientMoments) {
                    study.put(new Coding(id(), codes.get(random.nextInt(codes.size())).id(), m.id(), null));
                }
                for (Moment m : therapistMoments) {
                    study.put(new Coding(id(), codes.get(random.nextInt(codes.size())).id(), m.id(), null));
                }
                if (exemplars.size() < 2 * themes.size()) {
                    exemplars.add(clientMoments.get(1).id());
                    exemplars.add(therapistMoments.get(1).id());
                }
            }
        }
        for (int i = 0; i < themes.size(); i++) {
            Theme t = themes.get(i);
            study.put(new Theme(t.id(), t.parentId(), t.name(), t.definition(), t.status(), t.position(), t.codeIds(),
                    exemplars.subList(2 * i, 2 * i + 2)));
        }
        return study;
    }

    private List<Moment> moments(Study study, Session session, Role role, Participant who, Participant interviewer, Instant created) {
        RecallPass pass = new RecallPass(id(), session.id(), role, who.id(), interviewer.id(), LocalDate.of(2026, 1, 2), PassStatus.DONE, null);
        study.put(pass);
        List<Moment> result = new ArrayList<>();
        long step = LENGTH / MOMENTS_PER_PASS;
        for (int i = 0; i < MOMENTS_PER_PASS; i++) {
            long anchor = i * step + 20_000 + random.nextInt(20_000);
            TimeSpan span = random.nextBoolean() ? new TimeSpan(MediaTime.ofMillis(anchor - 15_000), MediaTime.ofMillis(anchor)) : null;
            Moment moment = new Moment(id(), pass.id(), MediaTime.ofMillis(anchor), span, Initiator.PARTICIPANT, "moment " + i,
                    TimeFrame.THEN, new Helpfulness(1 + random.nextInt(17) / 2.0), 3, created);
            study.put(moment);
            result.add(moment);
        }
        return result;
    }
}
