package org.telisik;

import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * One log line as {@link LogSetup#PATTERN} ({@code %d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n}, then the
 * exception's stack trace if any) written out by hand. Logback's {@code PatternLayout} makes the same line, but
 * starting it spins about 70 lambda classes for its table of converters and compiles the pattern: some 50 ms of
 * CPU on the main thread before every {@code telisik} command's first step, for a line format that never changes.
 * {@code LogLineTest} compares the two on the same events.
 *
 * <p>Contract: {@link #doLayout} returns the event's full line(s), line separator included; safe to call from
 * several threads at once (logback's appender calls it under its own lock anyway).
 */
final class LogLine extends LayoutBase<ILoggingEvent> {
    private static final int LOGGER_LENGTH = 36;
    private final TargetLengthBasedClassNameAbbreviator abbreviator =
            new TargetLengthBasedClassNameAbbreviator(LOGGER_LENGTH);

    @Override
    public String doLayout(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(128);
        time(line, event.getTimeStamp());
        line.append(' ');
        String level = event.getLevel().toString();
        line.append(level);
        for (int i = level.length(); i < 5; i++) {
            line.append(' ');
        }
        line.append(' ').append(abbreviator.abbreviate(event.getLoggerName())).append(" - ")
                .append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            line.append(ThrowableProxyUtil.asString(thrown));
        }
        return line.toString();
    }

    /** HH:mm:ss.SSS in the default time zone, as {@code %d{HH:mm:ss.SSS}} gives it. */
    private static void time(StringBuilder line, long epochMillis) {
        LocalTime t = LocalTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneId.systemDefault());
        twoDigits(line, t.getHour()).append(':');
        twoDigits(line, t.getMinute()).append(':');
        twoDigits(line, t.getSecond()).append('.');
        int millis = t.getNano() / 1_000_000;
        line.append((char) ('0' + millis / 100)).append((char) ('0' + millis / 10 % 10))
                .append((char) ('0' + millis % 10));
    }

    private static StringBuilder twoDigits(StringBuilder line, int value) {
        return line.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
