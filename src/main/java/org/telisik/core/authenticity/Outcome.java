package org.telisik.core.authenticity;

import java.util.Locale;
import org.telisik.core.model.AuthenticityCheck;

/** Builds check results and writes their figures the same way everywhere. */
final class Outcome {
    /** Fewer values than this and a check is skipped: rates over a handful of values mean nothing. */
    static final int MIN_VALUES = 20;

    private Outcome() {
    }

    static AuthenticityCheck skipped(String id, String why) {
        return new AuthenticityCheck(id, "skipped", why);
    }

    /** pass at or above {@code passAt}, fail below {@code failBelow}, warn in between. */
    static AuthenticityCheck byRate(String id, double rate, double passAt, double failBelow, String detail) {
        String outcome = rate >= passAt ? "pass" : rate < failBelow ? "fail" : "warn";
        return new AuthenticityCheck(id, outcome, detail);
    }

    /** pass below {@code warnAt}, fail at or above {@code failAt}, warn in between (for rates of faults). */
    static AuthenticityCheck byFaultRate(String id, double rate, double warnAt, double failAt, String detail) {
        String outcome = rate < warnAt ? "pass" : rate >= failAt ? "fail" : "warn";
        return new AuthenticityCheck(id, outcome, detail);
    }

    static String pct(double fraction) {
        return String.format(Locale.US, "%.1f%%", fraction * 100);
    }

    static String pct(long part, long whole) {
        return pct(whole == 0 ? 0 : (double) part / whole) + " (" + part + " of " + whole + ")";
    }
}
