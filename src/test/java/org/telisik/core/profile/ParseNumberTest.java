package org.telisik.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ValueRanges#parseNumber} sums up to 16 digits in a long: the doubles must be bit for bit those of the
 * digit-by-digit loop it had before (kept here as the reference), on the identifiers, phone numbers and amounts
 * a column holds, and the correctly rounded value where that loop's steps are exact.
 */
class ParseNumberTest {
    /** The parse before the long fast path. */
    private static double loop(CharSequence v) {
        int n = v.length();
        int i = n > 0 && (v.charAt(0) == '-' || v.charAt(0) == '+') ? 1 : 0;
        if (i == n || n > 24) {
            return Double.NaN;
        }
        double value = 0;
        double scale = 0;
        for (; i < n; i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                if (scale == 0) {
                    value = value * 10 + (c - '0');
                } else {
                    value += (c - '0') / scale;
                    scale *= 10;
                }
            } else if ((c == '.' || c == ',') && scale == 0) {
                scale = 10;
            } else {
                return Double.NaN;
            }
        }
        return v.charAt(0) == '-' ? -value : value;
    }

    private static String digits(Random r, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        return sb.toString();
    }

    @Test
    void sameDoublesAsTheDigitLoop() {
        Random r = new Random(16);
        for (int k = 0; k < 200_000; k++) {
            String sign = switch (r.nextInt(6)) {
                case 0 -> "-";
                case 1 -> "+";
                default -> "";
            };
            String v = sign + digits(r, 1 + r.nextInt(24));
            if (r.nextInt(4) == 0) {
                v = v + (r.nextBoolean() ? "." : ",") + digits(r, r.nextInt(6));
            } else if (r.nextInt(20) == 0) {
                v = v + "x";
            }
            assertThat(Double.doubleToRawLongBits(ValueRanges.parseNumber(v))).as(v)
                    .isEqualTo(Double.doubleToRawLongBits(loop(v)));
        }
        for (String v : new String[] {"", "-", "+", "0", "-0", "007", "9007199254740993", "9999999999999999",
            "99999999999999999", "3171015007920009", "081234567890", "1.5", "1,5", "1.2.3", "12a", "1e5", " 1"}) {
            assertThat(Double.doubleToRawLongBits(ValueRanges.parseNumber(v))).as(v)
                    .isEqualTo(Double.doubleToRawLongBits(loop(v)));
        }
    }

    @Test
    void upToSixteenDigitsAreTheCorrectlyRoundedNumber() {
        Random r = new Random(17);
        for (int k = 0; k < 100_000; k++) {
            String v = digits(r, 1 + r.nextInt(16));
            assertThat(ValueRanges.parseNumber(v)).as(v).isEqualTo(Double.parseDouble(v));
            assertThat(ValueRanges.parseNumber("-" + v)).as(v).isEqualTo(-Double.parseDouble(v));
        }
    }
}
