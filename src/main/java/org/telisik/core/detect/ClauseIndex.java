package org.telisik.core.detect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The root clauses of Tika's magic table filed by one byte their pattern needs: a literal at a single offset
 * matches only if the head holds, at that offset plus some position of the pattern, a byte its mask and case
 * rule admit. A head is then tried against the clauses its own bytes admit, plus those that need no byte at a
 * fixed place (offset ranges, regular expressions, groups): 76 of Tika 3.3's 849 root clauses, and those that the
 * head's bytes admit, instead of all 849 for every file.
 * The index only leaves out clauses that could not match, so {@link #anyMatches} answers as trying them all.
 *
 * @param <C> a clause, tried with the predicate given to {@link #anyMatches}
 */
final class ClauseIndex<C> {
    private static final Object[] NONE = new Object[0];

    /** The clauses that need, at {@code offset}, a byte: {@code byByte[b & 0xFF]}. */
    private record Slot(int offset, Object[][] byByte) {
    }

    private final Slot[] slots;
    private final Object[] always;

    private ClauseIndex(Slot[] slots, Object[] always) {
        this.slots = slots;
        this.always = always;
    }

    /** @param key the byte each clause needs (null for one that needs none at a fixed place) */
    static <C> ClauseIndex<C> of(List<C> clauses, Function<C, MagicLeaves.Key> key) {
        TreeMap<Integer, List<List<Object>>> byOffset = new TreeMap<>();
        List<Object> always = new ArrayList<>();
        for (C c : clauses) {
            MagicLeaves.Key k = key.apply(c);
            if (k == null) {
                always.add(c);
                continue;
            }
            List<List<Object>> byByte = byOffset.computeIfAbsent(k.offset(), o -> new ArrayList<>(Collections.nCopies(256, null)));
            for (int b = 0; b < 256; b++) {
                if (k.admits()[b]) {
                    if (byByte.get(b) == null) {
                        byByte.set(b, new ArrayList<>());
                    }
                    byByte.get(b).add(c);
                }
            }
        }
        List<Slot> slots = new ArrayList<>();
        byOffset.forEach((offset, byByte) -> {
            Object[][] table = new Object[256][];
            for (int b = 0; b < 256; b++) {
                table[b] = byByte.get(b) == null ? NONE : byByte.get(b).toArray();
            }
            slots.add(new Slot(offset, table));
        });
        return new ClauseIndex<>(slots.toArray(Slot[]::new), always.toArray());
    }

    /** True when a clause the head's bytes admit, or one filed under no byte, matches it. */
    @SuppressWarnings("unchecked")
    boolean anyMatches(byte[] head, Predicate<C> matches) {
        for (Object c : always) {
            if (matches.test((C) c)) {
                return true;
            }
        }
        for (Slot s : slots) {
            if (s.offset() >= head.length) {
                break; // sorted by offset: no later slot's byte is in the head, so none of its clauses can match
            }
            for (Object c : s.byByte()[head[s.offset()] & 0xFF]) {
                if (matches.test((C) c)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many clauses every head is tried against, whatever its bytes. */
    int unindexed() {
        return always.length;
    }
}
