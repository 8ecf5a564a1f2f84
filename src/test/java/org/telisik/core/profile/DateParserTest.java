package org.telisik.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
    private static LocalDate date(String v) {
        long p = DateParser.parse(v);
        assertThat(p).as(v).isNotIn(DateParser.NONE, DateParser.SHAPE);
        return LocalDate.ofEpochDay(DateParser.epochDay(p));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-03-05", "05-03-2021", "05/03/2021", "5/3/2021", "05.03.2021", "20210305", "05-03-21",
        "5 Maret 2021", "05-Mar-2021", "5 Mar 2021", "Jumat, 5 Maret 2021", "5 MARET 2021", "2021/03/05", "05 Mrt 2021"})
    void everyCommonFormOfTheFifthOfMarch(String v) {
        if (v.contains("Mrt")) {
            assertThat(DateParser.parse(v)).isEqualTo(DateParser.NONE); // not a month abbreviation we know
            return;
        }
        assertThat(date(v)).isEqualTo(LocalDate.of(2021, 3, 5));
    }

    @Test
    void indonesianAndEnglishMonthNames() {
        assertThat(date("17 Agustus 1945")).isEqualTo(LocalDate.of(1945, 8, 17));
        assertThat(date("17 Agt 1945")).isEqualTo(LocalDate.of(1945, 8, 17));
        assertThat(date("1 Nopember 1990")).isEqualTo(LocalDate.of(1990, 11, 1));
        assertThat(date("1 Pebruari 1990")).isEqualTo(LocalDate.of(1990, 2, 1));
        assertThat(date("25 Desember 2000")).isEqualTo(LocalDate.of(2000, 12, 25));
        assertThat(date("Oct 3, 2020")).isEqualTo(LocalDate.of(2020, 10, 3));
    }

    @Test
    void timestampsCarryATime() {
        for (String v : new String[] {"2021-03-05 14:30", "2021-03-05T14:30:00", "2021-03-05T14:30:00.123+07:00",
            "05/03/2021 14:30 WIB", "20210305143000", "2021-03-05 14:30:00Z"}) {
            long p = DateParser.parse(v);
            assertThat(DateParser.hasTime(p)).as(v).isTrue();
            assertThat(LocalDate.ofEpochDay(DateParser.epochDay(p))).as(v).isEqualTo(LocalDate.of(2021, 3, 5));
        }
        assertThat(DateParser.hasTime(DateParser.parse("2021-03-05"))).isFalse();
    }

    @Test
    void monthDayOrderOnlyWhenDayMonthIsImpossible() {
        assertThat(date("03/05/2021")).isEqualTo(LocalDate.of(2021, 5, 3));
        assertThat(date("05/23/2021")).isEqualTo(LocalDate.of(2021, 5, 23));
    }

    @Test
    void impossibleDaysHaveTheShapeOnly() {
        assertThat(DateParser.parse("31-02-2021")).isEqualTo(DateParser.SHAPE);
        assertThat(DateParser.parse("2021-13-01")).isEqualTo(DateParser.SHAPE);
        assertThat(DateParser.parse("20211301")).isEqualTo(DateParser.NONE);
    }

    @Test
    void numbersPhonesAndTextAreNotDates() {
        for (String v : new String[] {"1.250.000", "0812-3456-7890", "10.0.0.1", "Siti Wulandari", "3204110609970001",
            "14:30", "J18.9", "12345"}) {
            assertThat(DateParser.parse(v)).as(v).isIn(DateParser.NONE);
        }
    }

    @Test
    void theYearKeptInADateIsItsCalendarYearFrom1850To2100() {
        for (LocalDate d = LocalDate.of(1850, 1, 1); d.getYear() <= 2100; d = d.plusDays(13)) {
            long p = DateParser.parse(d.toString());
            assertThat(p).as(d.toString()).isPositive();
            assertThat(DateParser.year(p)).as(d.toString()).isEqualTo(d.getYear());
            assertThat(LocalDate.ofEpochDay(DateParser.epochDay(p))).isEqualTo(d);
        }
        long last = DateParser.parse("31/12/2100 23:59");
        assertThat(DateParser.year(last)).isEqualTo(2100);
        assertThat(DateParser.hasTime(last)).isTrue();
        assertThat(DateParser.parse("31-12-1849")).isEqualTo(DateParser.SHAPE);
    }
}
