package org.iprstudio.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * What a removal from a {@link Study} takes along: the records that depend on one (found through
 * the indexes of {@link StudyRecords} where there are any), the order in which they must go, the
 * themes that only lose a reference, and the check that nothing still refers to a record when it
 * is removed.
 */
final class StudyRemoval {
    private final StudyRecords records;
    private final Supervision supervision;

    StudyRemoval(StudyRecords records, Supervision supervision) {
        this.records = records;
        this.supervision = supervision;
    }

    /** Everything that must go with this entity, dependents first and the entity itself last. */
    List<Entity> removalOf(UUID id) {
        Entity target = records.find(id).orElseThrow(() -> new DomainException(DomainMessages.of("study.nothingIdStudy", id)));
        List<Entity> order = new ArrayList<>();
        collectRemoval(target, order, new HashSet<>());
        return order;
    }

    /**
     * The themes that must be changed (not removed) when these entities go: a theme loses a
     * deleted code or exemplar moment and stays.
     */
    List<Theme> themesWithout(List<Entity> removed) {
        List<Theme> changed = new ArrayList<>();
        for (Theme theme : records.themes.values()) {
            Theme updated = theme;
            for (Entity e : removed) {
                if (updated.refersTo(e.id())) {
                    updated = updated.without(e.id());
                }
            }
            if (updated != theme && removed.stream().noneMatch(e -> e.id().equals(theme.id()))) {
                changed.add(updated);
            }
        }
        return changed;
    }

    /** Removes one entity that nothing refers to any more (use {@link #removalOf} first). */
    void remove(UUID id) {
        Entity target = records.find(id).orElseThrow(() -> new DomainException(DomainMessages.of("study.nothingIdStudy", id)));
        List<Entity> dependents = new ArrayList<>(directDependents(target));
        dependents.addAll(filter(records.themes.values(), t -> t.refersTo(id)));
        Require.that(dependents.isEmpty(), "study.stillUsedOtherRecord", describe(target), dependents.size());
        Require.that(!records.transcripts.containsKey(id), "study.stillHasTranscriptRemove", describe(target));
        Require.that(!supervision.refersTo(id), "study.partSupervisionMeetingRemove", describe(target));
        records.delete(target);
    }

    private void collectRemoval(Entity target, List<Entity> order, Set<UUID> seen) {
        if (!seen.add(target.id())) {
            return;
        }
        for (Entity dependent : directDependents(target)) {
            collectRemoval(dependent, order, seen);
        }
        order.add(target);
    }

    /** The records that refer to this one directly (a theme's references to codes and exemplars aside: those only change it). */
    List<Entity> directDependents(Entity target) {
        UUID id = target.id();
        List<Entity> result = new ArrayList<>();
        if (target instanceof Site) {
            result.addAll(filter(records.dyads.values(), d -> d.siteId().equals(id)));
        } else if (target instanceof Participant) {
            result.addAll(filter(records.dyads.values(), d -> d.clientId().equals(id) || d.therapistId().equals(id)));
            result.addAll(filter(records.passes.values(), r -> r.participantId().equals(id) || id.equals(r.interviewerId())));
        } else if (target instanceof Dyad) {
            result.addAll(records.sessionsByDyad.get(id));
        } else if (target instanceof Session) {
            result.addAll(records.passesBySession.get(id));
        } else if (target instanceof RecallPass) {
            result.addAll(records.momentsOf(id));
        } else if (target instanceof Moment) {
            result.addAll(records.pairsByMoment.get(id));
            result.addAll(records.codingsByTarget.get(id));
            records.quotes.ofMoment(id).ifPresent(result::add);
        } else if (target instanceof MomentPair) {
            result.addAll(records.codingsByTarget.get(id));
        } else if (target instanceof Code) {
            result.addAll(filter(records.codes.values(), child -> id.equals(child.parentId())));
            result.addAll(filter(records.codings.values(), coding -> coding.codeId().equals(id)));
        } else if (target instanceof Theme) {
            result.addAll(filter(records.themes.values(), child -> id.equals(child.parentId())));
        } else if (target instanceof Attribute) {
            result.addAll(records.valuesByAttribute.get(id));
        }
        if (target instanceof Participant || target instanceof Dyad) {
            result.addAll(records.valuesByEntity.get(id));
        }
        if (!(target instanceof Memo)) {
            result.addAll(filter(records.memos.values(), memo -> id.equals(memo.targetId())));
        }
        return result;
    }

    private static <E> List<E> filter(Collection<E> items, Predicate<E> test) {
        return items.stream().filter(test).toList();
    }

    private static UserMessage describe(Entity e) {
        return DomainMessages.of("study.describeRecord", DomainMessages.of("entity." + e.getClass().getSimpleName()), e.id());
    }
}
