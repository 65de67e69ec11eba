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
 * Most keys have one record (a moment has one coding), so a lone record is kept as itself and
 * a list is made only for the second one: a list per moment was about 50 bytes a moment.
 */
final class IdIndex<E extends Entity> {
    private final Map<UUID, Object> byKey;

    IdIndex() {
        this(16);
    }

    IdIndex(int expectedKeys) {
        byKey = new HashMap<>(Math.max(16, expectedKeys * 4 / 3 + 1));
    }

    @SuppressWarnings("unchecked")
    void add(UUID key, E entity) {
        Object held = byKey.putIfAbsent(key, entity);
        if (held == null) {
            return;
        }
        if (held instanceof List<?> list) {
            ((List<E>) list).add(entity);
        } else {
            List<E> list = new ArrayList<>(2);
            list.add((E) held);
            list.add(entity);
            byKey.put(key, list);
        }
    }

    @SuppressWarnings("unchecked")
    void remove(UUID key, E entity) {
        Object held = byKey.get(key);
        if (held instanceof List<?> list) {
            if (((List<E>) list).removeIf(e -> e.id().equals(entity.id()))) {
                if (list.isEmpty()) {
                    byKey.remove(key);
                } else if (list.size() == 1) {
                    byKey.put(key, list.get(0));
                }
            }
        } else if (held != null && ((E) held).id().equals(entity.id())) {
            byKey.remove(key);
        }
    }

    @SuppressWarnings("unchecked")
    List<E> get(UUID key) {
        Object held = byKey.get(key);
        if (held == null) {
            return List.of();
        }
        return held instanceof List<?> list ? Collections.unmodifiableList((List<E>) list) : List.of((E) held);
    }
}
