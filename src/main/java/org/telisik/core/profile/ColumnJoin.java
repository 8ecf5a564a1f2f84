package org.telisik.core.profile;

/**
 * Joins the state of a column fed the records that came after another's ({@link DatasetProfiler#absorb}):
 * the result is what one accumulator fed both would hold, or within the stated error where that depends on
 * the order in which it would have seen them.
 */
final class ColumnJoin {
    private ColumnJoin() {
    }

    /**
     * Counts add; examples are {@code into}'s, then those of {@code later}'s first values that {@code into} had
     * not seen, while exact, as one accumulator would have taken them; cached slots of entries are remapped to
     * the merged shape table. Tiers and whether to scan free text are decided once, on the first values: when
     * {@code into} settled, its decisions stand (a "no" to free text drops {@code later}'s scan, which one
     * accumulator would not have made); else {@code later}'s decisions are taken, made on nearly the same
     * values, or the joined column settles now if neither had.
     */
    static void absorb(ColumnAccumulator into, ColumnAccumulator later) {
        for (String e : later.examples) {
            if (into.examples.size() < ColumnAccumulator.EXAMPLES && into.topValues.exact() && !into.topValues.hasExact(e)) {
                into.examples.add(e);
            }
        }
        int[] slots = into.shapes.absorb(later.shapes);
        into.topValues.absorb(later.topValues, (e, at) -> {
            long k = e[at + ValueEntry.KNOWN];
            if (k != 0) {
                int slot = (int) Math.abs(k) - 2;
                long moved = (slot < 0 ? -1 : slots[slot]) + 2;
                e[at + ValueEntry.KNOWN] = k < 0 ? -moved : moved;
            }
        });
        boolean settled = into.tally.settled();
        if (!settled || into.scanText) {
            into.textIdentifiers.absorb(later.textIdentifiers);
        }
        boolean settleNow = into.tally.absorb(later.tally);
        if (!settled && later.tally.settled()) {
            into.scanText = later.scanText;
        } else if (settleNow) {
            into.settle();
        }
        into.ranges.absorb(later.ranges);
        into.nik.absorb(later.nik);
        into.inside.absorb(later.inside);
        into.credentials.absorb(later.credentials);
        Counts.add(into.operators, later.operators);
        into.nonEmpty += later.nonEmpty;
        into.empty += later.empty;
        into.placeholders += later.placeholders;
        into.apostrophes += later.apostrophes;
        into.lengthMin = Math.min(into.lengthMin, later.lengthMin);
        into.lengthMax = Math.max(into.lengthMax, later.lengthMax);
        into.lengthSum += later.lengthSum;
    }
}
