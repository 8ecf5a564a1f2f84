package org.telisik.core.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Words the workspace verifier's messages in English or Indonesian ({@code org/telisik/core/model/verification*.properties}):
 * {@code telisik verify} and logs in English, the desktop in its language, a report in the report's. Arguments
 * are shown as given (numbers as plain digits, as entry numbers are written in the audit log), terms looked up.
 */
public final class VerificationWording {
    private static final String BUNDLE = "org.telisik.core.model.verification";
    public static final VerificationWording ENGLISH = new VerificationWording(Locale.ENGLISH);
    public static final VerificationWording INDONESIAN = new VerificationWording(Locale.forLanguageTag("id"));

    private final Locale locale;
    private final ResourceBundle bundle;

    private VerificationWording(Locale locale) {
        this.locale = locale;
        // no fallback to the JVM's default locale: an Indonesian machine must still print English when asked
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Indonesian for a locale whose language is {@code id}, English otherwise. */
    public static VerificationWording of(Locale locale) {
        return "id".equals(locale.getLanguage()) ? INDONESIAN : ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public String say(VerificationMessage message) {
        Object[] args = message.args().stream().map(this::argument).toArray();
        return new MessageFormat(text(message.key().name()), locale).format(args);
    }

    /** The outcome as a word of this language: HOLDS, BROKEN, NOT_CHECKED in English. */
    public String outcome(VerificationItem.Outcome outcome) {
        return text("outcome." + outcome.name());
    }

    /** The item as one line, {@code [OUTCOME] subject: detail}, as reports list them. */
    public String line(VerificationItem item) {
        return "[" + outcome(item.outcome()) + "] " + say(item.subjectMessage()) + ": " + say(item.detailMessage());
    }

    private String argument(VerificationMessage.Arg arg) {
        if (arg.kind() != VerificationMessage.Kind.TERM) {
            return arg.value();
        }
        // a kind of record added later without its word still shows, by its id, rather than failing the check
        return bundle.containsKey("term." + arg.value()) ? bundle.getString("term." + arg.value()) : arg.value();
    }

    private String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("verification wording has no key '" + key + "' for " + locale, e);
        }
    }
}
