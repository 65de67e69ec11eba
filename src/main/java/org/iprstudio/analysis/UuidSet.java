package org.iprstudio.analysis;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * A set of ids in two arrays of longs (open addressing), for the small sets made for every session
 * when a whole study is paired: a HashSet makes an entry object per id, which was the largest part
 * of the pairing's garbage on a million-moment study. No removal; null is never an element.
 */
final class UuidSet extends AbstractSet<UUID> {
    private long[] high;
    private long[] low;
    private boolean[] used;
    private int size;

    UuidSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1; // a power of two, at most half full
        high = new long[capacity];
        low = new long[capacity];
        used = new boolean[capacity];
    }

    @Override
    public boolean add(UUID id) {
        long h = id.getMostSignificantBits();
        long l = id.getLeastSignificantBits();
        int slot = slotOf(h, l, high, low, used);
        if (used[slot]) {
            return false;
        }
        used[slot] = true;
        high[slot] = h;
        low[slot] = l;
        if (++size * 2 > used.length) {
            grow();
        }
        return true;
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof UUID id) || size == 0) {
            return false;
        }
        return used[slotOf(id.getMostSignificantBits(), id.getLeastSignificantBits(), high, low, used)];
    }

    /** Empties the set and keeps its arrays, for a set used again and again (see SessionPairing's scratch). */
    @Override
    public void clear() {
        if (size > 0) {
            java.util.Arrays.fill(used, false);
            size = 0;
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<UUID> iterator() {
        return new Iterator<>() {
            private int next = advance(0);

            private int advance(int from) {
                int i = from;
                while (i < used.length && !used[i]) {
                    i++;
                }
                return i;
            }

            @Override
            public boolean hasNext() {
                return next < used.length;
            }

            @Override
            public UUID next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                UUID id = new UUID(high[next], low[next]);
                next = advance(next + 1);
                return id;
            }
        };
    }

    /** The slot holding the id, or the free slot where it would go. */
    private static int slotOf(long h, long l, long[] high, long[] low, boolean[] used) {
        int mask = used.length - 1;
        long mixed = (h ^ l) * 0x9E3779B97F4A7C15L;
        int slot = (int) (mixed >>> 40) & mask;
        while (used[slot] && (high[slot] != h || low[slot] != l)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        boolean[] oldUsed = used;
        high = new long[oldUsed.length * 2];
        low = new long[oldUsed.length * 2];
        used = new boolean[oldUsed.length * 2];
        for (int i = 0; i < oldUsed.length; i++) {
            if (oldUsed[i]) {
                int slot = slotOf(oldHigh[i], oldLow[i], high, low, used);
                used[slot] = true;
                high[slot] = oldHigh[i];
                low[slot] = oldLow[i];
            }
        }
    }
}
