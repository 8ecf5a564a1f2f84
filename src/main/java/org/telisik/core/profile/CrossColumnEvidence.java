package org.telisik.core.profile;

import java.util.List;
import org.telisik.core.identity.NikValidator;
import org.telisik.core.model.SemanticType;

/**
 * Evidence between columns of one dataset, measured on the {@link RowSample}: how often a date column
 * equals the birth date a NIK column encodes (day, month and two-digit year, so the NIK's century does not
 * matter), and how often a sex column agrees with the NIK's day+40.
 */
final class CrossColumnEvidence {
    /** Share of sampled rows with both values where the date matches the NIK's birth date; -1 when too few. */
    static double birthDateMatch(List<String[]> rows, int nikColumn, int dateColumn, NikValidator nik) {
        int both = 0;
        int match = 0;
        for (String[] row : rows) {
            long packed = nik.decode(RowSample.cell(row, nikColumn));
            long date = DateParser.parse(RowSample.cell(row, dateColumn));
            if (packed < 0 || date == DateParser.NONE || date == DateParser.SHAPE) {
                continue;
            }
            both++;
            java.time.LocalDate a = java.time.LocalDate.ofEpochDay(NikValidator.birthEpochDay(packed));
            java.time.LocalDate b = java.time.LocalDate.ofEpochDay(DateParser.epochDay(date));
            if (a.getDayOfMonth() == b.getDayOfMonth() && a.getMonthValue() == b.getMonthValue()
                    && a.getYear() % 100 == b.getYear() % 100) {
                match++;
            }
        }
        return both < 5 ? -1 : (double) match / both;
    }

    /** Share of sampled rows where a sex value (L/P, M/F, laki-laki/perempuan ...) agrees with the NIK. */
    static double sexMatch(List<String[]> rows, int nikColumn, int sexColumn, NikValidator nik) {
        int both = 0;
        int match = 0;
        for (String[] row : rows) {
            long packed = nik.decode(RowSample.cell(row, nikColumn));
            int female = femaleOf(RowSample.cell(row, sexColumn));
            if (packed < 0 || female < 0) {
                continue;
            }
            both++;
            if ((female == 1) == NikValidator.female(packed)) {
                match++;
            }
        }
        return both < 5 ? -1 : (double) match / both;
    }

    /** 1 female, 0 male, -1 unknown. */
    static int femaleOf(String v) {
        if (v.isEmpty()) {
            return -1;
        }
        char c = Character.toLowerCase(v.charAt(0));
        if (v.length() >= 3 && v.regionMatches(true, 0, "pri", 0, 3)) {
            return 0; // pria
        }
        return switch (c) {
            case 'p', 'f', 'w', '2' -> 1;
            case 'l', 'm', '1' -> 0;
            default -> -1;
        };
    }

    private CrossColumnEvidence() {
    }

    static boolean isDateType(SemanticType t) {
        return t == SemanticType.DATE || t == SemanticType.DATETIME || t == SemanticType.BIRTH_DATE;
    }
}
