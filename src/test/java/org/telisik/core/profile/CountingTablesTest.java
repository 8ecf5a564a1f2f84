package org.telisik.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.telisik.testdata.IndonesianPeople;

/** The open-addressing tables behind the exact counts and the Space-Saving sketch, against plain maps. */
class CountingTablesTest {
    /** Values of a patient register, with strings whose String.hashCode collide ("Aa" and "BB" hash alike). */
    private static List<String> values(int n) {
        IndonesianPeople people = new IndonesianPeople(7);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            IndonesianPeople.Person p = people.next();
            values.add(i % 3 == 0 ? p.name() : i % 3 == 1 ? p.nik().substring(0, 6) : (i % 2 == 0 ? "Aa" : "BB") + i % 50);
        }
        return values;
    }

    @Test
    void exactCountsEqualAMapAsTheyGrow() {
        ExactCounts counts = new ExactCounts(100);
        Map<String, Long> expected = new HashMap<>();
        for (String v : values(30_000)) {
            int at = counts.add(v);
            long n = expected.merge(v, 1L, Long::sum);
            assertThat(counts.entries()[at]).as(v).isEqualTo(n);
        }
        assertThat(counts.size()).isEqualTo(expected.size()).isGreaterThan(1_000);
        for (int i = 0; i < counts.size(); i++) {
            String v = counts.key(i);
            assertThat(counts.entries()[counts.find(v)]).as(v).isEqualTo(expected.get(v));
        }
        assertThat(counts.find("Aa-never-seen")).isEqualTo(-1);
    }

    @Test
    void adoptedEntriesKeepTheirSlots() {
        ExactCounts a = new ExactCounts(1);
        ExactCounts b = new ExactCounts(10);
        a.add("Siti Aminah");
        int at = b.add("Budi Santoso");
        b.entries()[at + 3] = 42;
        int mine = a.adopt("Budi Santoso", b.entries(), at);
        assertThat(a.find("Budi Santoso")).isEqualTo(mine);
        assertThat(a.entries()[mine]).isEqualTo(1);
        assertThat(a.entries()[mine + 3]).isEqualTo(42);
        assertThat(a.size()).isEqualTo(2);
    }

    @Test
    void spaceSavingKeepsOneCounterPerValueThroughEvictions() {
        SpaceSaving sketch = new SpaceSaving(64);
        long total = 0;
        for (String v : values(20_000)) {
            sketch.add(v, 8);
            total += 8;
            sketch.add("BPJS", 1);
            total++;
        }
        Map<String, Long> counts = sketch.counts();
        assertThat(counts).as("no value held twice").hasSize(64);
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum())
                .as("Space-Saving's counters sum to the stream's weight").isEqualTo(total);
        assertThat(counts.get("BPJS")).as("a value in every other item is kept").isGreaterThanOrEqualTo(20_000L);
    }
}
