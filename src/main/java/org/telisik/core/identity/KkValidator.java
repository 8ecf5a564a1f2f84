package org.telisik.core.identity;

import java.time.LocalDate;

/**
 * Structural validation of a Nomor Kartu Keluarga: the same district prefix and serial rules as a NIK, but
 * DDMMYY is the date the card's data was entered, so the day never carries the +40 of women (41-71 fail)
 * and the date may not lie after the reference date.
 */
public final class KkValidator {
    private final RegionCodes regions;
    private final long referenceDay;

    public KkValidator(RegionCodes regions, LocalDate referenceDate) {
        this.regions = regions;
        this.referenceDay = referenceDate.toEpochDay();
    }

    /** @return null when valid, else the first rule the value broke */
    public NikCheck.Failure failure(CharSequence value) {
        long digits = NikLayout.digits(value);
        if (digits < 0) {
            return digits == NikLayout.WRONG_LENGTH ? NikCheck.Failure.LENGTH : NikCheck.Failure.NOT_DIGITS;
        }
        NikCheck.Failure region = NikLayout.regionFailure(regions, NikLayout.district(digits));
        if (region != null) {
            return region;
        }
        if (entryEpochDay(digits) == Long.MIN_VALUE) {
            return NikCheck.Failure.DATE;
        }
        return NikLayout.serial(digits) == 0 ? NikCheck.Failure.SERIAL : null;
    }

    public boolean isValid(CharSequence value) {
        return failure(value) == null;
    }

    /** The entry date of a KK whose date part is valid, else null. */
    public LocalDate entryDate(CharSequence value) {
        long digits = NikLayout.digits(value);
        long day = digits < 0 ? Long.MIN_VALUE : entryEpochDay(digits);
        return day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
    }

    private long entryEpochDay(long digits) {
        int day = NikLayout.day(digits);
        return day > 31 ? Long.MIN_VALUE : NikLayout.epochDay(day, NikLayout.month(digits), NikLayout.yy(digits), referenceDay);
    }
}
