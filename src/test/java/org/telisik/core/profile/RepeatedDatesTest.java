package org.telisik.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.telisik.core.identity.NikValidator;
import org.telisik.core.identity.RegionCodes;

/**
 * A date column whose values repeat (exam dates of a hospital export) feeds its ranges from the decoding its
 * value entries keep ({@link ValueEntry#DATE}) instead of parsing each repeat: the ranges, counts per year and
 * share with a time must be those of every value parsed, before and after the column settles.
 */
class RepeatedDatesTest {
    private static final LocalDate REFERENCE = LocalDate.of(2026, 1, 1);

    @Test
    void rangesOfRepeatedDatesAreThoseOfEveryValueParsed() {
        ColumnAccumulator column = new ColumnAccumulator("tgl_periksa", null, Recognizers.standard(REFERENCE),
                new NikValidator(RegionCodes.get(), REFERENCE), 0);
        Random random = new Random(7);
        DateTimeFormatter dayFirst = DateTimeFormatter.ofPattern("dd-MM-yyyy");
        long[] years = new long[ValueRanges.FIRST_YEAR + 251];
        long withTime = 0;
        LocalDate min = LocalDate.MAX;
        LocalDate max = LocalDate.MIN;
        int n = 3 * RecognizerTally.SETTLE;
        for (int i = 0; i < n; i++) {
            // 400 distinct days over 1998-2023, some written day first, some with a time: most values repeat
            LocalDate d = LocalDate.of(1998, 1, 1).plusDays(random.nextInt(400) * 23L);
            int form = random.nextInt(3);
            String v = form == 0 ? d.toString() : form == 1 ? d.format(dayFirst) : d + " 08:15";
            column.add(new String(v), random.nextInt(16) == 0);
            years[d.getYear()]++;
            withTime += form == 2 ? 1 : 0;
            min = d.isBefore(min) ? d : min;
            max = d.isAfter(max) ? d : max;
        }
        assertThat(column.topValues.exact()).isTrue();
        assertThat(column.tally.settled()).isTrue();
        ValueRanges r = column.ranges;
        assertThat(r.dates).isEqualTo(n);
        assertThat(r.withTime).isEqualTo(withTime);
        assertThat(LocalDate.ofEpochDay(r.dateMin)).isEqualTo(min);
        assertThat(LocalDate.ofEpochDay(r.dateMax)).isEqualTo(max);
        for (int y = 1998; y <= 2023; y++) {
            assertThat(r.years[y - ValueRanges.FIRST_YEAR]).as("dates in " + y).isEqualTo(years[y]);
        }
    }
}
