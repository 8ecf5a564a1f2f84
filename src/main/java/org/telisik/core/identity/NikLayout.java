package org.telisik.core.identity;

/**
 * The layout shared by NIK and KK numbers: 6-digit district code, DDMMYY, 4-digit serial. Reads the 16
 * digits straight from the text into a {@code long}, skipping the separators people type (space, dot, dash,
 * Excel's leading apostrophe), so that checking a value allocates nothing.
 */
final class NikLayout {
    /** Returned by {@link #digits} for a value that does not hold exactly 16 digits. */
    static final long WRONG_LENGTH = -1;
    /** Returned by {@link #digits} for a value with a character that is neither digit nor separator. */
    static final long NOT_DIGITS = -2;
    static final int MAX_AGE_YEARS = 120;

    private NikLayout() {
    }

    static long digits(CharSequence value) {
        long n = 0;
        int count = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++count > 16) {
                    return WRONG_LENGTH;
                }
                n = n * 10 + (c - '0');
            } else if (c != ' ' && c != '.' && c != '-' && c != '\'') {
                return NOT_DIGITS;
            }
        }
        return count == 16 ? n : WRONG_LENGTH;
    }

    static int district(long digits) {
        return (int) (digits / 10_000_000_000L);
    }

    static int day(long digits) {
        return (int) (digits / 100_000_000L % 100);
    }

    static int month(long digits) {
        return (int) (digits / 1_000_000L % 100);
    }

    static int yy(long digits) {
        return (int) (digits / 10_000L % 100);
    }

    static int serial(long digits) {
        return (int) (digits % 10_000);
    }

    /** The failure of the region part, or null when province, regency and district are all known. */
    static NikCheck.Failure regionFailure(RegionCodes regions, int district) {
        if (regions.provinceMask(district / 10_000) == 0) {
            return NikCheck.Failure.PROVINCE;
        }
        if (regions.regencyMask(district / 100) == 0) {
            return NikCheck.Failure.REGENCY;
        }
        return regions.districtMask(district) == 0 ? NikCheck.Failure.DISTRICT : null;
    }

    /**
     * The epoch day of DDMMYY with the century resolved against a reference day: the later of 20YY and 19YY
     * that is not after the reference and not more than {@link #MAX_AGE_YEARS} before it; a date that exists
     * in only one century (29 February 1900 does not) takes that century. {@code Long.MIN_VALUE} when none.
     */
    static long epochDay(int day, int month, int yy, long referenceDay) {
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return Long.MIN_VALUE;
        }
        long oldest = referenceDay - MAX_AGE_YEARS * 365L - MAX_AGE_YEARS / 4;
        for (int century = 2000; century >= 1800; century -= 100) {
            int year = century + yy;
            if (!CalendarDays.exists(year, month, day)) {
                continue;
            }
            long date = CalendarDays.epochDay(year, month, day);
            if (date <= referenceDay) {
                return date < oldest ? Long.MIN_VALUE : date;
            }
        }
        return Long.MIN_VALUE;
    }
}
