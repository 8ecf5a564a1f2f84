package org.telisik.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.telisik.core.identity.TextMasking;

/** The one sentence in the status bar about the latest thing the analyst did, in the current language. */
public final class StatusLine {
    private final ObjectProperty<Message> message = new SimpleObjectProperty<>(Message.NONE);
    private final StringBinding text;

    public StatusLine(I18n i18n) {
        this.text = Bindings.createStringBinding(() -> message.get().in(i18n), message, i18n.localeProperty());
    }

    /** Names and paths among the arguments are shown with identifiers masked and control characters escaped. */
    public void show(String key, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            shown[i] = a instanceof String || a instanceof java.nio.file.Path
                    ? TextMasking.IDENTIFIERS.line(a.toString()) : a;
        }
        message.set(Message.of(key, shown));
    }

    public StringBinding textProperty() {
        return text;
    }
}
