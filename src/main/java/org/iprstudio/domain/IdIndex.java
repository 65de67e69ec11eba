package org.iprstudio.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records grouped by the id they refer to (codings by moment, passes by session). Keeps the
 * study's checks and queries from scanning everything: a study may hold a million moments.
 */
final class IdIndex<E extends Entity> {
    private final Map<UUID, List<E>> byKey = new HashMap<>();

    void add(UUID key, E entity) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>(2)).add(entity);
    }

    void remove(UUID key, E entity) {
        List<E> list = byKey.get(key);
        if (list != null && list.removeIf(e -> e.id().equals(entity.id())) && list.isEmpty()) {
            byKey.remove(key);
        }
    }

    List<E> get(UUID key) {
        List<E> list = byKey.get(key);
        return list == null ? List.of() : Collections.unmodifiableList(list);
    }
}
