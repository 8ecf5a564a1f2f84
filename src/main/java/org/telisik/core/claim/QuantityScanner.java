package org.telisik.core.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the numbers of a claim text and the unit written after each (size, count multiplier or none). */
final class QuantityScanner {
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<![\\d.,])(?<num>\\d+(?:[.,]\\d+)*)\\s*(?<unit>"
                    + "[kmgtp]i?b(?:ytes?)?|(?:kilo|mega|giga|tera|peta)(?:bytes?)?|bytes?"
                    + "|ribuan|ribu|rb|thousands?|k|juta|jt|millions?|mio|mn|m"
                    + "|miliar|milyar|billions?|bn|b|triliun|trillions?)?(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COUNT_NOUN = Pattern.compile(
            "^\\s*(?:\\+\\s*)?(?:rows?|records?|baris|data|entries|entri|lines|akun|accounts?|users?|pengguna"
                    + "|penduduk|orang|people|pasien|patients?|nik|ktp|warga|citizens?|customers?|pelanggan|kk)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private QuantityScanner() {
    }

    static List<Quantity> scan(String text) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = QUANTITY.matcher(text);
        while (m.find()) {
            String unit = m.group("unit") == null ? "" : m.group("unit").toLowerCase(Locale.ROOT);
            boolean countFollows = COUNT_NOUN.matcher(text.substring(m.end())).find();
            found.add(quantity(m.group("num"), unit, countFollows, m.start(), m.end(), m.group()));
        }
        return found;
    }

    private static Quantity quantity(String num, String unit, boolean countFollows, int start, int end, String written) {
        Double value = NumberReading.read(num, !unit.isEmpty());
        if (unit.isEmpty()) {
            return new Quantity(value, countFollows ? Quantity.Kind.COUNT : Quantity.Kind.BARE, false, start, end, written);
        }
        double countFactor = countFactor(unit, countFollows);
        if (countFactor > 0) {
            return new Quantity(value == null ? null : value * countFactor, Quantity.Kind.COUNT, false, start, end, written);
        }
        boolean binary = unit.matches("[kmgtp]ib.*");
        double bytes = Math.pow(binary ? 1024 : 1000, power(unit.charAt(0)));
        return new Quantity(value == null ? null : value * bytes, Quantity.Kind.SIZE, binary, start, end, written);
    }

    /** @return records per unit, or 0 when the unit is a size */
    private static double countFactor(String unit, boolean countFollows) {
        return switch (unit) {
            case "ribuan", "ribu", "rb", "thousand", "thousands", "k" -> 1e3;
            case "juta", "jt", "million", "millions", "mio", "mn", "m" -> 1e6;
            case "miliar", "milyar", "billion", "billions", "bn" -> 1e9;
            case "triliun", "trillion", "trillions" -> 1e12;
            case "b" -> countFollows ? 1e9 : 0;
            default -> 0;
        };
    }

    private static int power(char prefix) {
        return switch (prefix) {
            case 'k' -> 1;
            case 'm' -> 2;
            case 'g' -> 3;
            case 't' -> 4;
            case 'p' -> 5;
            default -> 0;
        };
    }
}
