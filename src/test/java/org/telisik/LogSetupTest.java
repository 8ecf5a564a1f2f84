package org.telisik;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class LogSetupTest {

    @Test
    void warningsGoToStandardErrorAndTelisikLogsFromInfo() {
        LoggerContext context = new LoggerContext();
        LogSetup.setUp(context);
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        ConsoleAppender<?> appender = (ConsoleAppender<?>) root.getAppender("STDERR");
        assertThat(appender.getTarget()).isEqualTo("System.err");
        assertThat(appender.isStarted()).isTrue();
        assertThat(context.getLogger("org.telisik.cli").getEffectiveLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("org.apache.tika").getEffectiveLevel()).isEqualTo(Level.WARN);
    }

    @Test
    void theTestsOwnLogbackFileWins() {
        LogSetup setup = new LogSetup();
        LoggerContext context = new LoggerContext();
        setup.setContext(context);
        assertThat(setup.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
    }
}
