package org.telisik;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link LogLine} writes what logback's {@code PatternLayout} with {@link LogSetup#PATTERN} writes. */
class LogLineTest {
    private final LoggerContext context = new LoggerContext();

    @Test
    void linesEqualThePatternLayoutsForEveryLevelLoggerAndTime() {
        PatternLayout pattern = patternLayout();
        LogLine line = logLine();
        List<String> loggers = List.of("org.telisik.cli.AnalyzeCommand", "org.telisik.workspace.H2Workspace",
                "org.apache.tika.parser.microsoft.ooxml.OOXMLExtractorFactory", "h2database", "ROOT",
                "org.telisik.core.authenticity.IdentifierFingerprinter$Inner", "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.Rest");
        long[] times = {0L, millis(2026, 12, 6, 23, 59, 59, 999), millis(2026, 1, 1, 0, 0, 0, 7),
                millis(2025, 7, 17, 9, 5, 3, 40), millis(2030, 3, 30, 13, 45, 10, 120)};
        int compared = 0;
        for (Level level : new Level[] {Level.TRACE, Level.DEBUG, Level.INFO, Level.WARN, Level.ERROR}) {
            for (String logger : loggers) {
                for (long time : times) {
                    LoggingEvent event = event(logger, level, "berkas {} dibaca: {} baris", null,
                            "/data/bocoran pasien.csv", 1_000_000);
                    event.setTimeStamp(time);
                    assertThat(line.doLayout(event)).isEqualTo(pattern.doLayout(event));
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(5 * 7 * 5);
    }

    @Test
    void anExceptionsStackTraceFollowsAsThePatternLayoutWritesIt() {
        PatternLayout pattern = patternLayout();
        LogLine line = logLine();
        Exception cause = new NoSuchFileException("/kasus/ws/telisik.mv.db");
        Exception thrown = new UncheckedIOException("the workspace could not be opened",
                new IOException("H2 refused the file", cause));
        thrown.addSuppressed(new IllegalStateException("the lock was not released"));
        List<LoggingEvent> events = new ArrayList<>();
        events.add(event("org.telisik.workspace.H2Workspace", Level.WARN, "close failed", thrown));
        events.add(event("org.telisik.app.CaseAnalysisService", Level.ERROR, "no message", new RuntimeException()));
        for (LoggingEvent event : events) {
            String written = line.doLayout(event);
            assertThat(written).isEqualTo(pattern.doLayout(event));
            assertThat(written).contains("\tat org.telisik.LogLineTest");
        }
        assertThat(line.doLayout(events.get(0))).contains("Caused by: java.nio.file.NoSuchFileException")
                .contains("Suppressed: java.lang.IllegalStateException");
    }

    private PatternLayout patternLayout() {
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.setPattern(LogSetup.PATTERN);
        layout.start();
        return layout;
    }

    private LogLine logLine() {
        LogLine layout = new LogLine();
        layout.setContext(context);
        layout.start();
        return layout;
    }

    private LoggingEvent event(String logger, Level level, String message, Throwable thrown, Object... args) {
        return new LoggingEvent(LogLineTest.class.getName(), context.getLogger(logger), level, message, thrown,
                args);
    }

    private static long millis(int year, int month, int day, int hour, int minute, int second, int milli) {
        return LocalDateTime.of(year, month, day, hour, minute, second, milli * 1_000_000)
                .atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }
}
