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
 * The decoded summary of one NIK column, read from {@link ColumnProfile#stats()} (directly, or under a
 * {@code "nik"} key): {@code provinces} (province code or name to count), {@code birthYears} (year to count),
 * {@code sex} ({@code male}/{@code female}, or {@code L}/{@code P}, to count) and {@code oldVintageOnly}
 * (values whose region code exists only in old Kemendagri lists).
 *
 * @param provinces      largest first
 * @param birthYears     every year from the first to the last, empty years as 0
 * @param male           null when the profile does not say
 * @param oldVintageOnly null when the profile does not say
 */
record NikSummary(String dataset, String column, long nonEmpty, List<ChartBar> provinces, List<ChartBar> birthYears,
                  Long male, Long female, Long oldVintageOnly) {

    /** The summary of a NIK column, or null when the column is no NIK column or carries no decoded figures. */
    static NikSummary of(String dataset, ColumnProfile c) {
        if (c.semanticType() != SemanticType.NIK) {
            return null;
        }
        Map<?, ?> stats = c.stats().get("nik") instanceof Map<?, ?> nested ? nested : c.stats();
        List<ChartBar> provinces = provinces(stats.get("provinces"));
        List<ChartBar> years = birthYears(stats.get("birthYears"));
        Long[] sex = sex(stats.get("sex"));
        Long old = stats.get("oldVintageOnly") instanceof Number n ? n.longValue() : null;
        if (provinces.isEmpty() && years.isEmpty() && sex == null && old == null) {
            return null;
        }
        return new NikSummary(dataset, c.name(), c.nonEmpty(), provinces, years, sex == null ? null : sex[0],
                sex == null ? null : sex[1], old);
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

    private static String provinceLabel(String key) {
        String code = key.strip();
        if (code.matches("\\d{2}")) {
            RegionCodes.Region region = RegionCodes.get().find(code);
            return region == null ? code : region.latestName() + " (" + code + ")";
        }
        return code;
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
