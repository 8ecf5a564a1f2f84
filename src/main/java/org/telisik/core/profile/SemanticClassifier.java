package org.telisik.core.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.telisik.core.model.SemanticType;
import org.telisik.core.model.Validity;

/**
 * Decides a column's semantic type from its recogniser counts, values first. A recogniser claims the
 * column when at least {@link #SHAPE_SHARE} of the non-empty values have its shape; the first (most
 * specific) such recogniser wins. Validity then reports how many of the shaped values passed, so that a
 * column of random 16-digit numbers shows as {@code nik} with a low validity rate instead of being hidden.
 */
final class SemanticClassifier {
    static final double SHAPE_SHARE = 0.8;
    /** An identifier column whose values mostly fail validation is a NIK only if something else says so. */
    static final double MIN_VALID_SHARE_WITHOUT_HEADER = 0.5;

    record Decision(SemanticType type, double confidence, List<String> evidence, Validity validity) {
    }

    Decision classify(ColumnAccumulator column) {
        if (column.nonEmpty == 0) {
            return new Decision(SemanticType.EMPTY, 1.0, List.of("no non-empty value"), null);
        }
        List<ValueRecognizer> recognizers = column.recognizers();
        for (int i = 0; i < recognizers.size(); i++) {
            ValueRecognizer r = recognizers.get(i);
            double shapeShare = (double) column.shapeCount(i) / column.nonEmpty;
            if (shapeShare < SHAPE_SHARE) {
                continue;
            }
            double validShare = column.shapeCount(i) == 0 ? 0 : (double) column.validCount(i) / column.shapeCount(i);
            boolean header = headerSupports(column.name, r.type());
            if (r.type() == SemanticType.NIK && validShare < MIN_VALID_SHARE_WITHOUT_HEADER && !header) {
                continue;
            }
            List<String> evidence = new ArrayList<>();
            if (header) {
                evidence.add("header " + column.name.strip().toLowerCase(Locale.ROOT));
            }
            evidence.add(percent(shapeShare) + " have the " + r.type().id() + " shape");
            Validity validity = null;
            if (r.type() != SemanticType.NUMBER) {
                evidence.add(percent(validShare) + " valid " + r.type().id().toUpperCase(Locale.ROOT) + " structure");
                validity = new Validity(column.shapeCount(i), column.validCount(i));
            }
            double confidence = Math.min(1.0, shapeShare * (validity == null ? 1.0 : 0.5 + 0.5 * validShare)
                    + (header ? 0.05 : 0));
            return new Decision(r.type(), round(confidence), evidence, validity);
        }
        return new Decision(SemanticType.TEXT, 0.5, List.of("no recogniser matched 80% of the values"), null);
    }

    /** Header words only raise or break ties; the dictionary of header words grows in its own class later. */
    static boolean headerSupports(String header, SemanticType type) {
        String h = header.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return switch (type) {
            case NIK -> h.equals("nik") || h.contains("noktp") || h.equals("ktp") || h.contains("nomorinduk");
            default -> false;
        };
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
