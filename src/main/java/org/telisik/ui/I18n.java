package org.telisik.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The interface language, switchable while the window is open: texts are bindings that follow
 * {@link #localeProperty()}. Bundles live in {@code org/telisik/ui/messages*.properties}.
 */
public final class I18n {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, INDONESIAN);
    private static final String BUNDLE = "org.telisik.ui.messages";

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(ENGLISH);

    public I18n(Locale initial) {
        locale.set(supported(initial));
    }

    /** The supported locale of the same language, English otherwise. */
    public static Locale supported(Locale wanted) {
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst().orElse(ENGLISH);
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    /** The text of a key in the current language, with {@code {0}} style arguments filled in. */
    public String get(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale.get(), BaseFallback.INSTANCE);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key; // a missing translation shows its key instead of failing the window
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale.get()).format(args);
    }

    /** A text that changes when the language does. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    /** Bundles are read as UTF-8 (Java 9+); this only stops the lookup from wandering to the JVM's locale. */
    private static final class BaseFallback extends ResourceBundle.Control {
        static final BaseFallback INSTANCE = new BaseFallback();

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null; // never fall back to the JVM's default locale: English is the base bundle
        }
    }
}
