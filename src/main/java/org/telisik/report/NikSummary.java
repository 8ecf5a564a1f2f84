package org.telisik.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.telisik.core.identity.RegionCodes;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.SemanticType;

/**
 * The decoded summary of one NIK column, read from {@link ColumnProfile#stats()} (under a {@code "nik"} key as
 * the profiler writes it, or directly): {@code provinces} ("32 Jawa Barat", "32" or a name, to count),
 * {@code birthYears} (year to count), {@code male} and {@code female} counts (or a {@code sex} map with
 * male/female or L/P keys), {@code oldVintageOnlyShare} (0..1, or an {@code oldVintageOnly} count) and
 * {@code invalidReasons} (failure name to count).
 *
 * @param provinces      largest first
 * @param birthYears     every year from the first to the last, empty years as 0
 * @param male           null when the profile does not say
 * @param oldVintageShare share of valid values whose region code exists only in old Kemendagri lists, or null
 * @param invalidReasons why values failed the NIK check, in the profiler's order
 */
record NikSummary(String dataset, String column, long nonEmpty, List<ChartBar> provinces, List<ChartBar> birthYears,
                  Long male, Long female, Double oldVintageShare, List<ChartBar> invalidReasons) {
    private static final java.util.regex.Pattern CODE_AND_NAME = java.util.regex.Pattern.compile("(\\d{1,2})(?:\\s+(.*))?");

    /** The summary of a NIK column, or null when the column is no NIK column or carries no decoded figures. */
    static NikSummary of(String dataset, ColumnProfile c) {
        if (c.semanticType() != SemanticType.NIK) {
            return null;
        }
        Map<?, ?> stats = c.stats().get("nik") instanceof Map<?, ?> nested ? nested : c.stats();
        List<ChartBar> provinces = provinces(stats.get("provinces"));
        List<ChartBar> years = birthYears(stats.get("birthYears"));
        Long[] sex = stats.get("male") instanceof Number m && stats.get("female") instanceof Number f
                ? new Long[] {m.longValue(), f.longValue()} : sex(stats.get("sex"));
        Double old = oldShare(stats, sex);
        if (provinces.isEmpty() && years.isEmpty() && sex == null && old == null) {
            return null;
        }
        List<ChartBar> reasons = new ArrayList<>();
        if (stats.get("invalidReasons") instanceof Map<?, ?> why) {
            why.forEach((k, v) -> reasons.add(new ChartBar(String.valueOf(k), v instanceof Number n ? n.longValue() : 0)));
        }
        return new NikSummary(dataset, c.name(), c.nonEmpty(), provinces, years, sex == null ? null : sex[0],
                sex == null ? null : sex[1], old, List.copyOf(reasons));
    }

    private static Double oldShare(Map<?, ?> stats, Long[] sex) {
        if (stats.get("oldVintageOnlyShare") instanceof Number share) {
            return share.doubleValue();
        }
        if (stats.get("oldVintageOnly") instanceof Number count && sex != null && sex[0] + sex[1] > 0) {
            return count.doubleValue() / (sex[0] + sex[1]);
        }
        return null;
    }

    private static List<ChartBar> provinces(Object value) {
        List<ChartBar> bars = new ArrayList<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (v instanceof Number n) {
                    bars.add(new ChartBar(provinceLabel(String.valueOf(k)), n.longValue()));
                }
            });
        }
        bars.sort(Comparator.comparingLong(ChartBar::value).reversed().thenComparing(ChartBar::label));
        return List.copyOf(bars);
    }

    /** "Jawa Barat (32)" from "32 Jawa Barat" or "32"; any other key as it is. */
    private static String provinceLabel(String key) {
        java.util.regex.Matcher m = CODE_AND_NAME.matcher(key.strip());
        if (!m.matches()) {
            return key.strip();
        }
        String code = m.group(1).length() == 1 ? "0" + m.group(1) : m.group(1);
        String name = m.group(2);
        if (name == null || name.isBlank() || "?".equals(name.strip())) {
            RegionCodes.Region region = RegionCodes.get().find(code);
            name = region == null ? null : region.latestName();
        }
        return name == null ? code : name.strip() + " (" + code + ")";
    }

    private static List<ChartBar> birthYears(Object value) {
        TreeMap<Integer, Long> byYear = new TreeMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                String year = String.valueOf(k).strip();
                if (year.matches("\\d{4}") && v instanceof Number n) {
                    byYear.merge(Integer.valueOf(year), n.longValue(), Long::sum);
                }
            });
        }
        List<ChartBar> bars = new ArrayList<>();
        if (!byYear.isEmpty()) {
            for (int y = byYear.firstKey(); y <= byYear.lastKey(); y++) {
                bars.add(new ChartBar(Integer.toString(y), byYear.getOrDefault(y, 0L)));
            }
        }
        return List.copyOf(bars);
    }

    /** {male, female}, or null when absent. */
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
