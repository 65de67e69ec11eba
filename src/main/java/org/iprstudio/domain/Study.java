package org.iprstudio.domain;

import static org.iprstudio.domain.StudyRecords.existing;
import static org.iprstudio.domain.StudyRecords.sorted;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A whole study in memory: the aggregate that checks every rule spanning more than one record
 * (a dyad has one client and one therapist, a moment lies inside its video, references exist).
 * It is changed only through {@link #put} and {@link #remove}, after the store has committed
 * the same change, so memory and file never disagree.
 *
 * <p>The work is shared among package-private collaborators: {@link StudyRecords} holds the
 * records and the indexes kept for queries, {@link StudyRules} checks the rules when a record is
 * put, {@link StudyRemoval} finds what a removal takes along, and {@link StudyLoading} builds a
 * study from records in any order and lists them in dependency order. This class answers the
 * study-wide queries and is the one public face.
 */
public final class Study {
    private StudyHeader header;
    /** Package-private for {@link StudyLoading}, which checks ids against the big maps while it loads. */
    final StudyRecords records;
    private final Supervision supervision = new Supervision();
    private final StudyRemoval removal;
    private final StudyRules rules;
    private RecallLock recallLock;
    private final TeamRecords team;

    public Study(StudyHeader header) {
        this(header, new StudyRecords(0, 0, 0));
    }

    /** A study over (empty) records sized for a known number of moments, codings and pairs. */
    Study(StudyHeader header, StudyRecords records) {
        this.header = Require.present(header, "what.studyHeader");
        this.records = records;
        removal = new StudyRemoval(records, supervision);
        rules = new StudyRules(records, removal, supervision);
        team = new TeamRecords(records::sessionOfUnit);
    }

    /** The researchers, the audit trail and the coding rounds. */
    public TeamRecords team() {
        return team;
    }

    public StudyHeader header() {
        return header;
    }

    public void setHeader(StudyHeader newHeader) {
        Require.present(newHeader, "what.studyHeader");
        Require.that(newHeader.id().equals(header.id()), "study.studySIdNever");
        header = newHeader;
    }

    /** The hash of the passphrase that guards the recall screen, if one was set. */
    public java.util.Optional<RecallLock> recallLock() {
        return java.util.Optional.ofNullable(recallLock);
    }

    public void setRecallLock(RecallLock lock) {
        recallLock = lock;
    }

    /** The study's supervision meetings, stops and learning points (kept apart from the research records). */
    public Supervision supervision() {
        return supervision;
    }

    // ---- transcripts -----------------------------------------------------------------------

    /** The transcript of a session, if one was imported. */
    public Optional<Transcript> transcriptOf(UUID sessionId) {
        return Optional.ofNullable(records.transcripts.get(sessionId));
    }

    public List<Transcript> transcripts() {
        return List.copyOf(records.transcripts.values());
    }

    /** Sets (or, with null, removes) a session's transcript; its lines must lie inside the session's video. */
    public void setTranscript(UUID sessionId, Transcript transcript) {
        rules.setTranscript(sessionId, transcript);
    }

    // ---- changes ---------------------------------------------------------------------------

    /** Adds or replaces an entity after checking every rule it takes part in. */
    public void put(Entity entity) {
        rules.put(entity);
    }

    /** Everything that must go with this entity, dependents first and the entity itself last. */
    public List<Entity> removalOf(UUID id) {
        return removal.removalOf(id);
    }

    /**
     * The themes that must be changed (not removed) when these entities go: a theme loses a
     * deleted code or exemplar moment and stays.
     */
    public List<Theme> themesWithout(List<Entity> removed) {
        return removal.themesWithout(removed);
    }

    /** Removes one entity that nothing refers to any more (use {@link #removalOf} first). */
    public void remove(UUID id) {
        removal.remove(id);
    }

    // ---- queries ------------------------------------------------------------------------------

    public Optional<Entity> find(UUID id) {
        return records.find(id);
    }

    public List<Site> sites() {
        return sorted(records.sites.values(), Comparator.comparing(Site::code));
    }

    public List<Participant> participants() {
        return sorted(records.participants.values(), Comparator.comparing(Participant::code));
    }

    public List<Dyad> dyads() {
        return sorted(records.dyads.values(), Comparator.comparing(Dyad::code));
    }

    public List<Dyad> dyadsAt(UUID siteId) {
        return dyads().stream().filter(d -> d.siteId().equals(siteId)).toList();
    }

    public List<Session> sessions() {
        return sorted(records.sessions.values(), Comparator.comparing((Session s) -> records.dyads.get(s.dyadId()).code()).thenComparingInt(Session::number));
    }

    public List<Session> sessionsOf(UUID dyadId) {
        return sorted(records.sessionsByDyad.get(dyadId), Comparator.comparingInt(Session::number));
    }

    public List<RecallPass> passes() {
        return new ArrayList<>(records.passes.values());
    }

    /** Passes of a session, clients first, then therapists, then the others. */
    public List<RecallPass> passesOf(UUID sessionId) {
        return records.passesOf(sessionId);
    }

    public int momentCount() {
        return records.moments.size();
    }

    public List<Moment> moments() {
        return new ArrayList<>(records.moments.values());
    }

    /** The moments of one pass, in time order. */
    public List<Moment> momentsOf(UUID passId) {
        return records.momentsOf(passId);
    }

    /** The moments of one pass in the order they were added, without sorting (for whole-study analysis). */
    public java.util.Collection<Moment> momentsInPass(UUID passId) {
        List<Moment> ofPass = records.momentsByPass.get(passId);
        return ofPass == null ? List.of() : java.util.Collections.unmodifiableList(ofPass);
    }

    public List<Code> codes() {
        return new ArrayList<>(records.codes.values());
    }

    public List<Coding> codings() {
        return new ArrayList<>(records.codings.values());
    }

    public List<Theme> themes() {
        return sorted(records.themes.values(), Comparator.comparingInt(Theme::position));
    }

    public List<Memo> memos() {
        return new ArrayList<>(records.memos.values());
    }

    public List<MomentPair> pairs() {
        return new ArrayList<>(records.pairs.values());
    }

    /** The stored pairs (of any decision) a moment is in. */
    public List<MomentPair> pairsOf(UUID momentId) {
        return records.pairsByMoment.get(momentId);
    }

    /** The codes applied to one moment or one pair. */
    public List<Coding> codingsOf(UUID momentOrPairId) {
        return records.codingsByTarget.get(momentOrPairId);
    }

    /**
     * The codings of one session's moments and of its pairs (of any decision), in no set order: for
     * analyses that go session by session without looking each moment up in the study's big maps.
     */
    public List<Coding> codingsInSession(UUID sessionId) {
        return records.codingsBySession.get(sessionId);
    }

    /** The stored pairs (of any decision) between moments of one session, in no set order. */
    public List<MomentPair> pairsInSession(UUID sessionId) {
        return records.pairsBySession.get(sessionId);
    }

    /** The quotes researchers took from transcripts, in the order they were made. */
    public List<Quote> quotes() {
        return records.quotes.all();
    }

    /** The words of the session quoted for a moment, if any. */
    public Optional<Quote> quoteOf(UUID momentId) {
        return records.quotes.ofMoment(momentId);
    }

    /** The case attributes, participants' first, each kind in the order they were defined. */
    public List<Attribute> attributes() {
        return sorted(records.attributes.values(), Comparator.comparing(Attribute::appliesTo));
    }

    public List<Attribute> attributesOf(AttributeTarget target) {
        return records.attributes.values().stream().filter(a -> a.appliesTo() == target).toList();
    }

    public Attribute attribute(UUID id) {
        return existing(records.attributes, id, "what.anAttribute");
    }

    public List<AttributeValue> attributeValues() {
        return new ArrayList<>(records.attributeValues.values());
    }

    /** The values one participant or dyad has. */
    public List<AttributeValue> valuesOf(UUID entityId) {
        return records.valuesByEntity.get(entityId);
    }

    /** The value a participant or dyad has for one attribute, if any. */
    public Optional<AttributeValue> valueOf(UUID attributeId, UUID entityId) {
        return records.valuesByEntity.get(entityId).stream().filter(v -> v.attributeId().equals(attributeId)).findFirst();
    }

    public Site site(UUID id) {
        return existing(records.sites, id, "what.aSite");
    }

    public Participant participant(UUID id) {
        return existing(records.participants, id, "what.aParticipant");
    }

    public Dyad dyad(UUID id) {
        return existing(records.dyads, id, "what.aDyad");
    }

    public Session session(UUID id) {
        return existing(records.sessions, id, "what.aSession");
    }

    public RecallPass pass(UUID id) {
        return existing(records.passes, id, "what.aRecallPass");
    }

    public Moment moment(UUID id) {
        return existing(records.moments, id, "what.aMoment");
    }

    /** Finds a session by "D01/3". */
    public Optional<Session> sessionByLabel(String label) {
        String[] parts = label == null ? new String[0] : label.strip().split("[/ ]+");
        if (parts.length != 2 || !parts[1].matches("\\d{1,3}")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(parts[1]);
        return records.dyads.values().stream().filter(d -> d.code().equalsIgnoreCase(parts[0])).findFirst()
                .flatMap(d -> sessionsOf(d.id()).stream().filter(s -> s.number() == number).findFirst());
    }

    /** Every entity, in an order in which each refers only to those before it. */
    public List<Entity> entitiesInDependencyOrder() {
        return StudyLoading.inDependencyOrder(records);
    }

    /** Builds a study from entities in any order, checking every rule. */
    public static Study of(StudyHeader header, Collection<? extends Entity> entities) {
        return StudyLoading.load(header, entities);
    }
}
