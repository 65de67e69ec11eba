package org.iprstudio.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The dependency order of a study's records (each after those it refers to): to list them for
 * writing, and to build a {@link Study} from records given in any order, each put through every
 * rule, with its big maps sized once and no record indexed twice (decision 0015).
 */
final class StudyLoading {
    /** The types in the order {@link #inDependencyOrder} lists them. */
    private static final List<Class<?>> DEPENDENCY_ORDER = List.of(Site.class, Participant.class, Dyad.class, Session.class,
            RecallPass.class, Moment.class, Code.class, MomentPair.class, Coding.class, Theme.class, Memo.class, Attribute.class,
            AttributeValue.class, Quote.class);

    private StudyLoading() {
    }

    /** Every entity, in an order in which each refers only to those before it. */
    static List<Entity> inDependencyOrder(StudyRecords records) {
        List<Entity> all = new ArrayList<>();
        all.addAll(records.sites.values());
        all.addAll(records.participants.values());
        all.addAll(records.dyads.values());
        all.addAll(records.sessions.values());
        all.addAll(records.passes.values());
        all.addAll(records.moments.values());
        all.addAll(topologically(records.codes.values(), Code::parentId));
        all.addAll(records.pairs.values());
        all.addAll(records.codings.values());
        all.addAll(topologically(records.themes.values(), Theme::parentId));
        all.addAll(records.memos.values());
        all.addAll(records.attributes.values());
        all.addAll(records.attributeValues.values());
        all.addAll(records.quotes.byId().values());
        return all;
    }

    private static <E extends Entity> List<E> topologically(Collection<E> items, java.util.function.Function<E, UUID> parentOf) {
        List<E> result = new ArrayList<>();
        Set<UUID> placed = new HashSet<>();
        List<E> pending = new ArrayList<>(items);
        while (!pending.isEmpty()) {
            int before = pending.size();
            for (var it = pending.iterator(); it.hasNext(); ) {
                E e = it.next();
                UUID parent = parentOf.apply(e);
                if (parent == null || placed.contains(parent)) {
                    result.add(e);
                    placed.add(e.id());
                    it.remove();
                }
            }
            if (pending.size() == before) {
                result.addAll(pending); // orphans: put() will report them with a clear message
                break;
            }
        }
        return result;
    }

    /** Builds a study from entities in any order, checking every rule. */
    static Study load(StudyHeader header, Collection<? extends Entity> entities) {
        // Grouped by type (in the order given) to be replayed in dependency order: lists, not a second
        // study's maps, so a million moments are not indexed twice.
        Map<Class<?>, List<Entity>> byType = new LinkedHashMap<>();
        for (Class<?> type : DEPENDENCY_ORDER) {
            byType.put(type, new ArrayList<>());
        }
        // Every id once: the few thousand records of the small types in a set here; moments, pairs and codings
        // (millions) against that set and the study's own maps as they are put, not in a set of millions more.
        Set<UUID> smallTypes = new HashSet<>();
        for (Entity e : entities) {
            List<Entity> ofType = byType.get(e.getClass());
            if (!(e instanceof Moment || e instanceof MomentPair || e instanceof Coding)) {
                requireUnused(smallTypes.add(e.id()), e);
            }
            ofType.add(e);
        }
        StudyRecords records = new StudyRecords(byType.get(Moment.class).size(), byType.get(Coding.class).size(), byType.get(MomentPair.class).size());
        Study study = new Study(header, records);
        for (var entry : byType.entrySet()) {
            List<Entity> ofType = entry.getValue();
            if (entry.getKey() == Code.class) {
                ofType = new ArrayList<>(topologically(ofType, e -> ((Code) e).parentId()));
            } else if (entry.getKey() == Theme.class) {
                ofType = new ArrayList<>(topologically(ofType, e -> ((Theme) e).parentId()));
            }
            for (Entity e : ofType) {
                if (e instanceof Moment || e instanceof MomentPair || e instanceof Coding) {
                    UUID id = e.id();
                    requireUnused(!smallTypes.contains(id) && !records.moments.containsKey(id) && !records.pairs.containsKey(id)
                            && !records.codings.containsKey(id), e);
                }
                study.put(e);
            }
            entry.setValue(List.of());
        }
        return study;
    }

    private static void requireUnused(boolean unused, Entity e) {
        Require.that(unused, () -> DomainMessages.of("study.idUsedTwoRecords", e.id()));
    }
}
