package org.telisik.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.telisik.core.identity.RegionCodes;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.NikStats;

/**
 * The NIK section's view of one NIK column, drawn from its typed figures ({@link ColumnProfile#nik()}): provinces
 * labelled by name and code, largest first, and birth years as a continuous run.
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
        NikStats nik = c.nik().orElse(null);
        if (nik == null) {
            return null;
        }
        List<ChartBar> reasons = new ArrayList<>();
        nik.invalidReasons().forEach((why, n) -> reasons.add(new ChartBar(why, n)));
        return new NikSummary(dataset, c.name(), c.nonEmpty(), provinces(nik.provinces()), birthYears(nik.birthYears()),
                nik.male(), nik.female(), nik.oldVintageShare(), List.copyOf(reasons));
    }

    private static List<ChartBar> provinces(Map<String, Long> byProvince) {
        List<ChartBar> bars = new ArrayList<>();
        byProvince.forEach((k, n) -> bars.add(new ChartBar(provinceLabel(k), n)));
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

    /** Every year from the first to the last, empty years as 0. */
    private static List<ChartBar> birthYears(Map<String, Long> counts) {
        TreeMap<Integer, Long> byYear = new TreeMap<>();
        counts.forEach((year, n) -> byYear.merge(Integer.valueOf(year), n, Long::sum));
        List<ChartBar> bars = new ArrayList<>();
        if (!byYear.isEmpty()) {
            for (int y = byYear.firstKey(); y <= byYear.lastKey(); y++) {
                bars.add(new ChartBar(Integer.toString(y), byYear.getOrDefault(y, 0L)));
            }
        }
        return List.copyOf(bars);
    }
}
