package org.telisik.core.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a seller's claim gives for the data, as a period: "data Desember 2021" is December 2021, "per 30
 * Des 2021" one day, "2021-12" and "12/2021" a month, "update 2021" or "tahun 2021" a year. Indonesian and
 * English month names and their abbreviations. Kept apart from the claim parser, which reads sizes and counts.
 *
 * @param first the period's first day
 * @param last  the period's last day
 * @param text  the period as the JSON writes it: {@code 2021-12-30}, {@code 2021-12} or {@code 2021}
 */
public record ClaimedDate(LocalDate first, LocalDate last, String text) {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("februari", 2), Map.entry("pebruari", 2), Map.entry("february", 2), Map.entry("feb", 2), Map.entry("peb", 2),
            Map.entry("maret", 3), Map.entry("march", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mei", 5), Map.entry("may", 5),
            Map.entry("juni", 6), Map.entry("june", 6), Map.entry("jun", 6),
            Map.entry("juli", 7), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("agustus", 8), Map.entry("august", 8), Map.entry("agu", 8), Map.entry("agt", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oktober", 10), Map.entry("october", 10), Map.entry("okt", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nopember", 11), Map.entry("nov", 11), Map.entry("nop", 11),
            Map.entry("desember", 12), Map.entry("december", 12), Map.entry("des", 12), Map.entry("dec", 12));
    private static final String MONTH = "(" + String.join("|", MONTHS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")\\.?";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + "\\s+" + YEAR + "\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "\\s+" + YEAR + "\\b");
    private static final Pattern ISO = Pattern.compile("\\b" + YEAR + "-(\\d\\d)(?:-(\\d\\d))?\\b");
    private static final Pattern NUMERIC_MONTH = Pattern.compile("\\b(\\d{1,2})/" + YEAR + "\\b");
    private static final Pattern YEAR_ONLY = Pattern.compile(
            "\\b(?:data|tahun|thn|th|per|update|updated|as of|since|sejak|periode|year)\\s+" + YEAR + "\\b");

    /** The claimed period, or null when the claim names no date. */
    public static ClaimedDate parse(String claim) {
        if (claim == null || claim.isBlank()) {
            return null;
        }
        String t = claim.toLowerCase(Locale.ROOT);
        try {
            Matcher m = DAY_MONTH_YEAR.matcher(t);
            if (m.find()) {
                return day(LocalDate.of(Integer.parseInt(m.group(3)), MONTHS.get(m.group(2)), Integer.parseInt(m.group(1))));
            }
            m = ISO.matcher(t);
            if (m.find()) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return m.group(3) != null ? day(ym.atDay(Integer.parseInt(m.group(3)))) : month(ym);
            }
            m = MONTH_YEAR.matcher(t);
            if (m.find()) {
                return month(YearMonth.of(Integer.parseInt(m.group(2)), MONTHS.get(m.group(1))));
            }
            m = NUMERIC_MONTH.matcher(t);
            if (m.find()) {
                return month(YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
        } catch (java.time.DateTimeException e) {
            return null; // "31 Februari 2021": no such day, no date claimed
        }
        Matcher m = YEAR_ONLY.matcher(t);
        if (m.find()) {
            int y = Integer.parseInt(m.group(1));
            return new ClaimedDate(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), String.valueOf(y));
        }
        return null;
    }

    private static ClaimedDate day(LocalDate d) {
        return new ClaimedDate(d, d, d.toString());
    }

    private static ClaimedDate month(YearMonth ym) {
        return new ClaimedDate(ym.atDay(1), ym.atEndOfMonth(), ym.toString());
    }
}
