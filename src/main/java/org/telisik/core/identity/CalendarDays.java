package org.telisik.core.identity;

/**
 * Calendar arithmetic on plain ints (proleptic Gregorian, as {@link java.time.LocalDate}) for the hot
 * paths that check millions of dates and must not allocate a {@code LocalDate} per value.
 */
public final class CalendarDays {
    /** Days from 0000-01-01 to 1970-01-01, as in {@code LocalDate.toEpochDay}. */
    private static final long DAYS_0000_TO_1970 = 719_528L;

    private CalendarDays() {
    }

    public static boolean isLeap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    public static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** True when the day exists on the calendar (years 1-9999). */
    public static boolean exists(int year, int month, int day) {
        return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= lengthOfMonth(year, month);
    }

    /** Epoch day of an existing date of a positive year; same result as {@code LocalDate.of(y, m, d).toEpochDay()}. */
    public static long epochDay(int year, int month, int day) {
        long total = 365L * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
        total += (367 * month - 362) / 12;
        total += day - 1;
        if (month > 2) {
            total--;
            if (!isLeap(year)) {
                total--;
            }
        }
        return total - DAYS_0000_TO_1970;
    }

    /** The year of an epoch day, without building a LocalDate (exact, via the civil-from-days algorithm). */
    public static int yearOf(long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long month = mp < 10 ? mp + 3 : mp - 9;
        return (int) (yoe + era * 400 + (month <= 2 ? 1 : 0));
    }
}
