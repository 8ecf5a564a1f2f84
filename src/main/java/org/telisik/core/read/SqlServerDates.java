package org.telisik.core.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;

/**
 * Reads the binary date literals older SQL Server Management Studio scripts write,
 * {@code CAST(0x00009E1B00000000 AS DateTime)} or {@code CAST(0x5E380B00 AS Date)}, into ISO dates. The layouts
 * are SQL Server's storage formats: datetime is days since 1900-01-01 and 1/300 s ticks (big-endian as
 * written), smalldatetime days and minutes, date three little-endian bytes of days since 0001-01-01, datetime2 a
 * precision byte, the time in 10^-precision seconds and a date. Other types come back as written.
 */
final class SqlServerDates {
    private static final LocalDate BASE_1900 = LocalDate.of(1900, 1, 1);
    private static final LocalDate BASE_1 = LocalDate.of(1, 1, 1);

    private SqlServerDates() {
    }

    static String decode(String hex, String type, String asWritten) {
        try {
            byte[] b = HexFormat.of().parseHex(hex);
            return switch (type) {
                case "datetime" -> dateTime(b);
                case "smalldatetime" -> BASE_1900.plusDays(u16(b, 0)).atStartOfDay().plusMinutes(u16(b, 2))
                        .toString().replace('T', ' ');
                case "date" -> BASE_1.plusDays(le(b, 0, 3)).toString();
                case "datetime2" -> dateTime2(b);
                default -> asWritten;
            };
        } catch (RuntimeException e) {
            return asWritten;
        }
    }

    private static String dateTime(byte[] b) {
        long days = ((b[0] & 0xFFL) << 24 | (b[1] & 0xFFL) << 16 | u16(b, 2));
        long ticks = ((b[4] & 0xFFL) << 24 | (b[5] & 0xFFL) << 16 | u16(b, 6));
        LocalDateTime t = BASE_1900.plusDays((int) days).atStartOfDay().plusNanos(ticks * 10_000_000L / 3);
        return t.toString().replace('T', ' ');
    }

    private static String dateTime2(byte[] b) {
        int precision = b[0];
        int timeBytes = precision <= 2 ? 3 : precision <= 4 ? 4 : 5;
        long units = le(b, 1, timeBytes);
        long days = le(b, 1 + timeBytes, 3);
        long nanos = units * (long) Math.pow(10, 9 - precision);
        return BASE_1.plusDays(days).atStartOfDay().plusNanos(nanos).toString().replace('T', ' ');
    }

    private static long u16(byte[] b, int at) {
        return (b[at] & 0xFFL) << 8 | (b[at + 1] & 0xFFL);
    }

    private static long le(byte[] b, int at, int n) {
        long v = 0;
        for (int k = n - 1; k >= 0; k--) {
            v = v << 8 | (b[at + k] & 0xFFL);
        }
        return v;
    }
}
