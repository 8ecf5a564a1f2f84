package org.telisik.core.profile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.telisik.core.identity.CalendarDays;
import org.telisik.core.identity.NikCheck;
import org.telisik.core.identity.NikValidator;
import org.telisik.core.identity.RegionCodes;

/**
 * Decoded summary of a NIK column in fixed memory: province distribution (by 2-digit code), birth-year
 * histogram, sex counts and ratio, count and share of district codes only known to old vintages, and why the
 * invalid ones failed. The keys are those the report reads ({@code provinces}, {@code birthYears}, {@code sex},
 * {@code oldVintageOnly}). Birth years are kept
 * as decoded against the profiler's reference date and re-resolved at the end against the data's own dates
 * (a year after the newest date of the data belongs to the century before).
 */
final class NikSummary {
    private static final int FIRST_YEAR = 1800;
    private final NikValidator validator;
    private final long[] provinces = new long[100];
    private final long[] years = new long[301];
    private final long[] failures = new long[NikCheck.Failure.values().length];
    private long female;
    private long male;
    private long oldVintageOnly;

    NikSummary(NikValidator validator) {
        this.validator = validator;
    }

    /** The validator's decoding of a value, for {@link #add}. */
    long decode(CharSequence v) {
        return validator.decode(v);
    }

    /** Counts a value by its {@link NikValidator#decode decoding}. */
    void add(long packed) {
        if (packed < 0) {
            failures[NikValidator.failure(packed).ordinal()]++;
            return;
        }
        provinces[NikValidator.district(packed) / 10_000]++;
        int year = CalendarDays.yearOf(NikValidator.birthEpochDay(packed));
        years[Math.max(0, Math.min(300, year - FIRST_YEAR))]++;
        if (NikValidator.female(packed)) {
            female++;
        } else {
            male++;
        }
        if (RegionCodes.onlyInOldVintages(NikValidator.vintageMask(packed))) {
            oldVintageOnly++;
        }
    }

    /** Adds the decoded NIKs of the values after this one's (counts only: exact in any order). */
    void absorb(NikSummary later) {
        Counts.add(provinces, later.provinces);
        Counts.add(years, later.years);
        Counts.add(failures, later.failures);
        female += later.female;
        male += later.male;
        oldVintageOnly += later.oldVintageOnly;
    }

    long female() {
        return female;
    }

    long valid() {
        return female + male;
    }

    /** The summary for ColumnProfile.stats; {@code contextYear} is the newest year of the data's own dates. */
    Map<String, Object> toStats(int contextYear) {
        Map<String, Object> s = new LinkedHashMap<>();
        long valid = valid();
        Map<String, Long> byProvince = new LinkedHashMap<>();
        for (int p = 0; p < 100; p++) {
            if (provinces[p] > 0) {
                byProvince.put(p < 10 ? "0" + p : Integer.toString(p), provinces[p]);
            }
        }
        s.put("provinces", byProvince);
        Map<Integer, Long> byYear = new TreeMap<>();
        for (int i = 0; i < years.length; i++) {
            if (years[i] > 0) {
                int year = FIRST_YEAR + i;
                byYear.merge(year > contextYear ? year - 100 : year, years[i], Long::sum);
            }
        }
        s.put("birthYears", byYear);
        Map<String, Long> sex = new LinkedHashMap<>();
        sex.put("male", male);
        sex.put("female", female);
        s.put("sex", sex);
        s.put("femaleShare", valid == 0 ? 0.0 : round(female / (double) valid));
        s.put("oldVintageOnly", oldVintageOnly);
        s.put("oldVintageOnlyShare", valid == 0 ? 0.0 : round(oldVintageOnly / (double) valid));
        Map<String, Long> why = new LinkedHashMap<>();
        for (NikCheck.Failure f : NikCheck.Failure.values()) {
            if (failures[f.ordinal()] > 0) {
                why.put(f.name().toLowerCase(java.util.Locale.ROOT), failures[f.ordinal()]);
            }
        }
        if (!why.isEmpty()) {
            s.put("invalidReasons", why);
        }
        return s;
    }

    static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
