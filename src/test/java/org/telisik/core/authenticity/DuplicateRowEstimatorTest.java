package org.telisik.core.authenticity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DuplicateRowEstimatorTest {

    private static String[] row(int i) {
        return new String[] {String.format("3174%012d", i), "Siti Nurhaliza " + i, i % 2 == 0 ? "P" : "L",
            "Jl. Kebon Jeruk No. " + (i % 300)};
    }

    @Test
    void countsRepeatsExactlyWhileTheTableHoldsEveryRow() {
        DuplicateRowEstimator d = new DuplicateRowEstimator();
        for (int i = 0; i < 10_000; i++) {
            d.add(row(i));
        }
        for (int i = 0; i < 700; i++) {
            d.add(row(i * 7)); // 700 rows seen before
        }
        d.add(row(0)); // row 0 a third time
        assertThat(d.exact()).isTrue();
        assertThat(d.duplicates()).isEqualTo(701);
    }

    @Test
    void readsSurroundingSpaceAndMissingValuesAsTheSameRow() {
        DuplicateRowEstimator d = new DuplicateRowEstimator();
        d.add(new String[] {"3174010101900001", "Budi", null});
        d.add(new String[] {" 3174010101900001 ", "Budi\t", ""});
        d.add(new String[] {"3174010101900001", "Budi ", "x"});
        d.add(new String[] {"3174010101900001Budi", "", ""}); // same characters, other columns: not a repeat
        assertThat(d.duplicates()).isEqualTo(1);
    }

    @Test
    void estimatesRepeatsBeyondItsCapacityBySampling() {
        DuplicateRowEstimator d = new DuplicateRowEstimator();
        int distinct = DuplicateRowEstimator.CAPACITY * 4;
        for (int i = 0; i < distinct; i++) {
            d.add(row(i));
            if (i % 10 == 0) {
                d.add(row(i)); // every tenth row twice: distinct / 10 repeats
            }
        }
        assertThat(d.exact()).isFalse();
        assertThat((double) d.duplicates()).isCloseTo(distinct / 10.0, within(distinct / 10.0 * 0.1));
    }

    @Test
    void rowsThatDifferInAFewCharactersAnywhereDoNotCollide() {
        DuplicateRowEstimator d = new DuplicateRowEstimator();
        // 200,000 NIK-like rows that differ pairwise in one to three digits at every position
        for (int i = 0; i < 200_000; i++) {
            String digits = String.format("%06d", i);
            String nik = "3171" + digits.charAt(0) + "1" + digits.charAt(1) + "0" + digits.charAt(2) + "9"
                    + digits.charAt(3) + "0" + digits.charAt(4) + "00" + digits.charAt(5);
            d.add(new String[] {nik, "Budi"});
        }
        assertThat(d.duplicates()).isZero();
    }

    /** The characters read four at a time: rows whose characters are split otherwise among values differ. */
    @Test
    void theSameCharactersSplitOtherwiseAmongValuesAreNoRepeat() {
        String[][] rows = {{"ab", "c"}, {"a", "bc"}, {"abcd", "efgh"}, {"abcdefgh", ""}, {"abcdefg", "h"},
            {"a"}, {"a\u0000"}, {"a", null}, {"", "a"}, {"abcde"}, {"abcd", "e"}};
        DuplicateRowEstimator d = new DuplicateRowEstimator();
        java.util.Set<Long> hashes = new java.util.HashSet<>();
        for (String[] r : rows) {
            d.add(r);
            hashes.add(DuplicateRowEstimator.hash(r));
        }
        assertThat(hashes).hasSize(rows.length);
        assertThat(d.duplicates()).isZero();
    }

    /**
     * A table read in parts: each part starts at the level of the parts joined before it, and the parts are
     * absorbed in order. Repeats within and across parts, beyond the capacity: the same estimate and level
     * as one estimator fed every row.
     */
    @Test
    void partsStartedAtTheJoinedLevelGiveWhatOneEstimatorGives() {
        int distinct = DuplicateRowEstimator.CAPACITY * 5;
        DuplicateRowEstimator one = new DuplicateRowEstimator();
        DuplicateRowEstimator joined = null;
        DuplicateRowEstimator part = new DuplicateRowEstimator();
        for (int i = 0; i < distinct; i++) {
            String[] r = row(i % 7 == 0 ? i / 3 : i); // rows seen earlier, in this part or another
            one.add(r);
            part.add(r);
            if (i % 50_000 == 49_999) {
                if (joined == null) {
                    joined = part;
                } else {
                    joined.absorb(part);
                }
                part = new DuplicateRowEstimator(joined.level());
            }
        }
        joined.absorb(part);
        assertThat(joined.level()).isGreaterThan(1).isEqualTo(one.level());
        assertThat(joined.duplicates()).isEqualTo(one.duplicates());
    }
}
