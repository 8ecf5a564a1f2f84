package org.telisik.report;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the PDF renderer's log to SLF4J: its chatter (timings, font loading) at debug level, its warnings as
 * warnings, instead of java.util.logging lines on standard error.
 */
final class Slf4jXrLogger implements XRLogger {
    private static final Logger LOG = LoggerFactory.getLogger("org.telisik.report.pdf");

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        if (level.intValue() >= Level.WARNING.intValue()) {
            LOG.warn("{}: {}", where, msg, th);
        } else {
            LOG.debug("{}: {}", where, msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are set in the SLF4J back end's configuration
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() ? LOG.isWarnEnabled() : LOG.isDebugEnabled();
    }
}
