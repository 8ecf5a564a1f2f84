package org.telisik.core.identity;

import java.time.LocalDate;

/**
 * Structural validation of a Nomor Induk Kependudukan: 6-digit district code known in some Kemendagri
 * vintage, DDMMYY birth date (day + 40 for women) that exists on the calendar, serial 0001-9999.
 *
 * <p>The century is not written in a NIK. It is resolved against a reference date (the newest date of the
 * data, or today): the later of 20YY and 19YY that is not after the reference date and at most 120 years
 * before it. A date that exists in only one century (29 February 1900 does not) takes that century.
 *
 * <p>{@link #decode} is the allocation-free form used when profiling: it packs the decoded fields into a
 * {@code long} (negative on failure) that the static accessors read back.
 */
public final class NikValidator {
    private static final long EPOCH_OFFSET = 1L << 19;
    private final RegionCodes regions;
    private final long referenceDay;

    public NikValidator(RegionCodes regions, LocalDate referenceDate) {
        this.regions = regions;
        this.referenceDay = referenceDate.toEpochDay();
    }

    public NikValidator() {
        this(RegionCodes.get(), LocalDate.now());
    }

    /** Strips spaces, dots, dashes and apostrophes, the separators people put in NIKs; anything else is kept and fails. */
    public static String normalise(String value) {
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != ' ' && c != '.' && c != '-' && c != '\'') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Packed decode: a negative value is {@code -(failure ordinal + 1)}; read a valid one with the accessors. */
    public long decode(CharSequence value) {
        long digits = NikLayout.digits(value);
        if (digits < 0) {
            return fail(digits == NikLayout.WRONG_LENGTH ? NikCheck.Failure.LENGTH : NikCheck.Failure.NOT_DIGITS);
        }
        int district = NikLayout.district(digits);
        NikCheck.Failure region = NikLayout.regionFailure(regions, district);
        if (region != null) {
            return fail(region);
        }
        int day = NikLayout.day(digits);
        boolean female = day > 40;
        long birth = NikLayout.epochDay(female ? day - 40 : day, NikLayout.month(digits), NikLayout.yy(digits), referenceDay);
        if (birth == Long.MIN_VALUE) {
            return fail(NikCheck.Failure.DATE);
        }
        int serial = NikLayout.serial(digits);
        if (serial == 0) {
            return fail(NikCheck.Failure.SERIAL);
        }
        long mask = regions.districtMask(district);
        return district | (birth + EPOCH_OFFSET) << 20 | (female ? 1L : 0L) << 40 | (long) serial << 41 | mask << 55;
    }

    public NikCheck check(String value) {
        String nik = normalise(value);
        long packed = decode(nik);
        if (packed < 0) {
            return NikCheck.invalid(nik, failure(packed));
        }
        int code = district(packed);
        // zero-padded to six digits as "%06d" writes it, without a Formatter for every NIK checked
        String d = code < 1_000_000 ? Integer.toString(code + 1_000_000).substring(1) : Integer.toString(code);
        return new NikCheck(nik, true, null, d.substring(0, 2), d.substring(0, 4), d,
                LocalDate.ofEpochDay(birthEpochDay(packed)), female(packed), serial(packed),
                RegionCodes.vintagesOf(vintageMask(packed)));
    }

    public boolean isValid(CharSequence value) {
        return decode(value) >= 0;
    }

    public static NikCheck.Failure failure(long packed) {
        return packed < 0 ? NikCheck.Failure.values()[(int) (-packed - 1)] : null;
    }

    public static int district(long packed) {
        return (int) (packed & 0xFFFFF);
    }

    public static long birthEpochDay(long packed) {
        return (packed >>> 20 & 0xFFFFF) - EPOCH_OFFSET;
    }

    public static boolean female(long packed) {
        return (packed >>> 40 & 1) == 1;
    }

    public static int serial(long packed) {
        return (int) (packed >>> 41 & 0x3FFF);
    }

    /** Vintages (bit i = {@link RegionCodes#VINTAGES}[i]) whose lists know the NIK's district. */
    public static int vintageMask(long packed) {
        return (int) (packed >>> 55 & 0x3F);
    }

    private static long fail(NikCheck.Failure failure) {
        return -(failure.ordinal() + 1L);
    }
}
