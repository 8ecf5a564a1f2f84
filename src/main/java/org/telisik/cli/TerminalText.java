package org.telisik.cli;

import org.telisik.core.identity.TextMasking;
import org.telisik.core.identity.VisibleText;

/**
 * What the command line prints of text it did not write itself (paths, member names, error messages, audit
 * subjects): identifiers in it masked unless the analyst asked for {@code --unmask}, and control characters and
 * bidi overrides shown as visible escapes ({@code \x1b}), so that a hostile member name such as
 * {@code evil\r\ntelisik: everything fine.csv} can neither rewrite the terminal nor fake a line of output.
 */
final class TerminalText {
    private TerminalText() {
    }

    /** Masked and made visible, as one line. */
    static String line(String value) {
        return TextMasking.IDENTIFIERS.line(value);
    }

    /** Made visible, masked only when {@code unmask} is false (text already masked passes unchanged). */
    static String line(String value, boolean unmask) {
        return unmask ? VisibleText.line(value) : line(value);
    }
}
