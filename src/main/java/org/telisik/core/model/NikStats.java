package org.telisik.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The decoded NIK figures of one column, typed: what {@link ColumnProfile#nik()} reads once from the column's
 * statistics (under a {@code "nik"} key as the profiler writes them, or directly, as older exports and other
 * tools wrote them), so that no reader of a profile parses the map itself. The statistics map stays the stored
 * and exported form, unchanged.
 *
 * @param provinces       count per province key as written ("32", "32 Jawa Barat" or a name), in stored order
 * @param birthYears      count per birth year (four digits; other keys are left out), in stored order
 * @param male            null when the statistics do not say
 * @param female          null when the statistics do not say
 * @param oldVintageOnly  values whose region code exists only in old Kemendagri lists, or null
 * @param oldVintageShare their share of the valid values (0..1), or null
 * @param invalidReasons  why values failed the NIK check, in the profiler's order
 */
public record NikStats(Map<String, Long> provinces, Map<String, Long> birthYears, Long male, Long female,
                       Long oldVintageOnly, Double oldVintageShare, Map<String, Long> invalidReasons) {

    public NikStats {
        provinces = Collections.unmodifiableMap(new LinkedHashMap<>(provinces));
        birthYears = Collections.unmodifiableMap(new LinkedHashMap<>(birthYears));
        invalidReasons = Collections.unmodifiableMap(new LinkedHashMap<>(invalidReasons));
    }

    /** The figures in a column's statistics; all parts empty or null when it carries none. */
    static NikStats of(Map<String, Object> stats) {
        Map<?, ?> s = stats.get("nik") instanceof Map<?, ?> nested ? nested : stats;
        Long[] sex = s.get("male") instanceof Number m && s.get("female") instanceof Number f
                ? new Long[] {m.longValue(), f.longValue()} : sex(s.get("sex"));
        Long old = s.get("oldVintageOnly") instanceof Number n ? n.longValue() : null;
        Double share = s.get("oldVintageOnlyShare") instanceof Number n ? n.doubleValue()
                : old != null && sex != null && sex[0] + sex[1] > 0 ? old.doubleValue() / (sex[0] + sex[1]) : null;
        Map<String, Long> years = new LinkedHashMap<>();
        counts(s.get("birthYears")).forEach((year, n) -> {
            if (year.strip().matches("\\d{4}")) {
                years.merge(year.strip(), n, Long::sum);
            }
        });
        return new NikStats(counts(s.get("provinces")), years, sex == null ? null : sex[0],
                sex == null ? null : sex[1], old, share, counts(s.get("invalidReasons")));
    }

    /** True when there is anything to show: provinces, birth years, sexes or the old-region share. */
    public boolean hasFigures() {
        return !provinces.isEmpty() || !birthYears.isEmpty() || male != null || oldVintageShare != null;
    }

    /** Numeric counts by key; other values are not counts and are left out. */
    private static Map<String, Long> counts(Object value) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (v instanceof Number n) {
                    counts.merge(String.valueOf(k), n.longValue(), Long::sum);
                }
            });
        }
        return counts;
    }

    /** {male, female} from a sex map keyed male/female, M/F or L/P (laki-laki/perempuan); null when absent. */
    private static Long[] sex(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return null;
        }
        long male = 0;
        long female = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey()).strip().toLowerCase(Locale.ROOT);
            long n = e.getValue() instanceof Number num ? num.longValue() : 0;
            switch (key) {
                case "male", "m", "l", "laki-laki", "pria" -> male += n;
                case "female", "f", "p", "perempuan", "wanita" -> female += n;
                default -> { }
            }
        }
        return new Long[] {male, female};
    }
}
