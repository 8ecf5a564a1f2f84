package org.telisik.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.telisik.core.model.Dialect;

class RecordSizeSamplerTest {

    private static RecordSizes run(int records, java.util.function.IntFunction<String[]> row) {
        RecordSizeSampler s = new RecordSizeSampler();
        s.startDataset("t.csv", "csv", new Dialect(',', '"', true), List.of("a", "b"));
        for (int i = 0; i < records; i++) {
            s.record(row.apply(i));
        }
        s.endDataset(true, 0);
        return s.results().get(0);
    }

    @Test
    void measuresDelimitedSizeWithQuotesAndMultibyteCharacters() {
        // "ab","c,d" -> ab,"c,d"\n = 2 + 1 + 5 + 1 = 9 ; "é" is 2 bytes in UTF-8: é,x\n = 2 + 1 + 1 + 1 = 5
        RecordSizes r = run(2, i -> i == 0 ? new String[] {"ab", "c,d"} : new String[] {"é", "x"});
        assertThat(r.meanBytes()).isEqualTo(7.0);
        assertThat(r.records()).isEqualTo(2);
    }

    @Test
    void percentilesComeFromAFixedReservoirOverLongInputs() {
        Random random = new Random(1);
        RecordSizes r = run(200_000, i -> new String[] {"x".repeat(50 + random.nextInt(101)), ""});
        // sizes uniform in 52..152 bytes (value + comma + line end)
        assertThat(r.meanBytes()).isCloseTo(102, within(0.5));
        assertThat(r.p5()).isCloseTo(57, within(3.0));
        assertThat(r.p50()).isCloseTo(102, within(3.0));
        assertThat(r.p95()).isCloseTo(147, within(3.0));
        assertThat(r.blockSpread()).isLessThan(0.01);
    }

    @Test
    void pastTheFirstRecordsASampleOfSizesKeepsMeanPercentilesAndSpread() {
        int records = 3 * RecordSizeSampler.ALL_FIRST;
        Random random = new Random(2);
        RecordSizes r = run(records, i -> new String[] {"y".repeat(50 + random.nextInt(101)), ""});
        assertThat(r.records()).isEqualTo(records); // counted one by one, though not all are sized
        assertThat(r.meanBytes()).isCloseTo(102, within(0.5));
        assertThat(r.p5()).isCloseTo(57, within(3.0));
        assertThat(r.p95()).isCloseTo(147, within(3.0));
        assertThat(r.blockSpread()).isLessThan(0.01);
        RecordSizes growing = run(records, i -> new String[] {"x".repeat(20 + i / 10_000), ""});
        assertThat(growing.blockSpread()).isGreaterThan(0.2);
    }

    @Test
    void blockSpreadShowsRecordsGrowingThroughTheFile() {
        RecordSizes growing = run(50_000, i -> new String[] {"x".repeat(20 + i / 500), ""});
        assertThat(growing.blockSpread()).isGreaterThan(0.2);
    }
}
