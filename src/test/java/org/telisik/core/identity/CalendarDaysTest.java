package org.telisik.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarDaysTest {
    @Test
    void agreesWithLocalDateOverTwoCenturies() {
        for (LocalDate d = LocalDate.of(1899, 1, 1); d.isBefore(LocalDate.of(2101, 1, 1)); d = d.plusDays(13)) {
            assertThat(CalendarDays.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth())).isEqualTo(d.toEpochDay());
            assertThat(CalendarDays.yearOf(d.toEpochDay())).isEqualTo(d.getYear());
        }
    }

    @Test
    void leapYears() {
        assertThat(CalendarDays.exists(2000, 2, 29)).isTrue();
        assertThat(CalendarDays.exists(1900, 2, 29)).isFalse();
        assertThat(CalendarDays.exists(2024, 2, 29)).isTrue();
        assertThat(CalendarDays.exists(2023, 4, 31)).isFalse();
    }
}
