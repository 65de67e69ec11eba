package org.iprstudio.analysis;

import java.util.UUID;

/**
 * Numbers the ids of one small group (a session's moments) 0, 1, 2... in the order they are added,
 * and finds an id's number again: open addressing over two arrays of longs, emptied in constant
 * time so that one instance serves session after session without a map or an entry per id.
 */
final class LocalIds {
    private long[] high;
    private long[] low;
    private int[] number;
    /** A slot is taken when its stamp is the current generation: emptying is a new generation. */
    private int[] stamp;
    private int generation;
    private int size;

    LocalIds() {
        allocate(16);
    }

    /** Empties it and makes room for {@code expected} ids (more may come: it grows). */
    void clear(int expected) {
        size = 0;
        if (stamp.length < 2 * expected) {
            allocate(Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1);
        } else if (++generation == 0) { // wrapped after two billion clears: forget every old stamp
            java.util.Arrays.fill(stamp, 0);
            generation = 1;
        }
    }

    int size() {
        return size;
    }

    /** The id's number, given the next one if it is new. */
    int add(UUID id) {
        long h = id.getMostSignificantBits();
        long l = id.getLeastSignificantBits();
        int slot = slotOf(h, l);
        if (stamp[slot] == generation) {
            return number[slot];
        }
        stamp[slot] = generation;
        high[slot] = h;
        low[slot] = l;
        number[slot] = size;
        if (++size * 2 > stamp.length) {
            grow();
        }
        return size - 1;
    }

    /** The id's number, or -1 if it was not added since the last {@link #clear}. */
    int numberOf(UUID id) {
        int slot = slotOf(id.getMostSignificantBits(), id.getLeastSignificantBits());
        return stamp[slot] == generation ? number[slot] : -1;
    }

    private int slotOf(long h, long l) {
        int mask = stamp.length - 1;
        int slot = (int) (((h ^ l) * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        while (stamp[slot] == generation && (high[slot] != h || low[slot] != l)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void allocate(int capacity) {
        high = new long[capacity];
        low = new long[capacity];
        number = new int[capacity];
        stamp = new int[capacity];
        generation = 1;
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        int[] oldNumber = number;
        int[] oldStamp = stamp;
        int oldGeneration = generation;
        allocate(oldStamp.length * 2);
        for (int i = 0; i < oldStamp.length; i++) {
            if (oldStamp[i] == oldGeneration) {
                int slot = slotOf(oldHigh[i], oldLow[i]);
                stamp[slot] = generation;
                high[slot] = oldHigh[i];
                low[slot] = oldLow[i];
                number[slot] = oldNumber[i];
            }
        }
    }
}
