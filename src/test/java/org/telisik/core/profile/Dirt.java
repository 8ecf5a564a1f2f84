package org.telisik.core.profile;

import java.util.Random;
import org.telisik.core.model.SemanticType;

/** The dirt of real exports: empty cells, placeholders, Excel's leading apostrophe, truncated numbers. */
final class Dirt {
    private Dirt() {
    }

    static String apply(EvaluationTables.Col col, String value, Random random, double rate) {
        if (value.isEmpty() || col.type() == SemanticType.ID || random.nextDouble() >= rate) {
            return value;
        }
        boolean digits = value.chars().allMatch(Character::isDigit);
        return switch (random.nextInt(digits ? 5 : 3)) {
            case 0 -> "";
            case 1 -> digits && value.length() == 16 ? "0000000000000000" : random.nextBoolean() ? "-" : "NULL";
            case 2 -> " " + value + " ";
            case 3 -> "'" + value;
            default -> value.substring(0, value.length() - 1);
        };
    }
}
