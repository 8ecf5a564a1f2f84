package org.telisik.ui;

import java.util.List;
import java.util.Locale;
import org.telisik.core.model.AuthenticityCheck;
import org.telisik.report.PhraseBook;
import org.telisik.report.ReportLanguage;

/**
 * Authenticity check details in the interface's language. The engine writes them in English (the analysis JSON
 * keeps that wording); the report's {@link PhraseBook} says them in Indonesian, and the desktop uses the same
 * book rather than rules of its own, so a check reads the same on screen as in a report of that language.
 */
final class CheckDetails {
    private CheckDetails() {
    }

    static List<AuthenticityCheck> in(Locale locale, List<AuthenticityCheck> checks) {
        PhraseBook book = PhraseBook.of(ReportLanguage.fromTag(I18n.supported(locale).getLanguage()));
        return checks.stream().map(c -> new AuthenticityCheck(c.id(), c.outcome(), book.say(c.detail()))).toList();
    }
}
