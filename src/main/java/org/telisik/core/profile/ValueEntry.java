package org.telisik.core.profile;

/**
 * The slots of a value's entry in {@link TopValues} (slot 0 is its count) and the per-value work that uses
 * them: a repeated value reuses the outcomes cached there, a new one is worked out and cached. After the
 * column settled, a value without a full outcome gets the tier-1 recognisers only, unless its row was drawn
 * for the sample; a drawn value gets tier 2 as well, and its entry then holds the full outcome. An entry is
 * given as the entries array and its offset there ({@link TopValues#entries()}), offset -1 when the value has
 * none (the counts are sketched).
 */
final class ValueEntry {
    /** Recogniser shape bits, with {@link #FULL} when every active recogniser's outcome is in. */
    static final int SHAPES = 1;
    static final int VALID = 2;
    /** The value's shape slot + 2, negated for a placeholder; 0 until the value is first seen. */
    static final int KNOWN = 3;
    /** What {@link TextIdentifiers#scan} found in the value; 0 until it was scanned. */
    static final int TEXT_FOUND = 4;
    /** What {@link IdentifiersInside#scan} found in the value; 0 until it was scanned. */
    static final int INSIDE_FOUND = 5;
    /**
     * The value's date decoding when the DATE recogniser found it valid ({@link RecognizerTally#lastKept}), 0
     * until then (a packed date is positive): a repeated date feeds the date ranges without being parsed again.
     */
    static final int DATE = 6;
    static final long FULL = Long.MIN_VALUE;
    private static final long ALL = -1L;

    private ValueEntry() {
    }

    /** Counts a checked value in the tally; returns its valid bits (tier 1 only when tier 2 did not run). */
    static long recognise(RecognizerTally tally, String value, long[] e, int at, boolean known, boolean drawn) {
        if (known && e[at + SHAPES] < 0) {
            tally.count(value, ALL, e[at + SHAPES], e[at + VALID], false, e[at + DATE]);
            return e[at + VALID];
        }
        if (!tally.settled()) {
            tally.run(value, tally.activeMask());
            tally.count(value, ALL, tally.lastShapeBits, tally.lastValidBits, true, 0);
            cache(e, at, tally.lastShapeBits | FULL, tally.lastValidBits, tally.lastKept);
            return tally.lastValidBits;
        }
        long tier1 = tally.tier1Mask();
        long shapeBits = known ? e[at + SHAPES] : 0;
        long validBits = known ? e[at + VALID] : 0;
        long date = known ? e[at + DATE] : 0;
        if (!known) {
            tally.run(value, tier1);
            shapeBits = tally.lastShapeBits;
            validBits = tally.lastValidBits;
            date = tally.lastKept;
        }
        tally.count(value, tier1, shapeBits, validBits, !known, date);
        tally.uncached(drawn);
        if (drawn) {
            tally.run(value, tally.activeMask() & ~tier1);
            tally.countSampled(tally.lastShapeBits, tally.lastValidBits);
            shapeBits |= tally.lastShapeBits | FULL;
            validBits |= tally.lastValidBits;
            date = date != 0 ? date : tally.lastKept;
        }
        cache(e, at, shapeBits, validBits, date);
        return validBits;
    }

    static void scanInside(IdentifiersInside inside, String value, long[] e, int at, long validBits, boolean settled,
                           boolean drawn) {
        if (at >= 0 && e[at + INSIDE_FOUND] != 0) {
            inside.repeat(e[at + INSIDE_FOUND]);
            return;
        }
        if (settled) {
            inside.counts.uncached(drawn);
            if (!drawn) {
                return;
            }
        }
        long found = inside.scan(value, validBits, settled);
        if (at >= 0) {
            e[at + INSIDE_FOUND] = found;
        }
    }

    static void scanText(TextIdentifiers text, String value, long[] e, int at, boolean settled, boolean drawn) {
        if (at >= 0 && e[at + TEXT_FOUND] != 0) {
            text.repeat(e[at + TEXT_FOUND]);
            return;
        }
        if (settled) {
            text.counts.uncached(drawn);
            if (!drawn) {
                return;
            }
        }
        long found = text.scan(value, settled);
        if (at >= 0) {
            e[at + TEXT_FOUND] = found;
        }
    }

    private static void cache(long[] e, int at, long shapeBits, long validBits, long date) {
        if (at >= 0) {
            e[at + SHAPES] = shapeBits;
            e[at + VALID] = validBits;
            e[at + DATE] = date;
        }
    }
}
