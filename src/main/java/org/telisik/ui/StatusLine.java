package org.telisik.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The one sentence in the status bar about the latest thing the analyst did, in the current language. */
public final class StatusLine {
    private final ObjectProperty<Message> message = new SimpleObjectProperty<>(Message.NONE);
    private final StringBinding text;

    public StatusLine(I18n i18n) {
        this.text = Bindings.createStringBinding(() -> message.get().in(i18n), message, i18n.localeProperty());
    }

    public void show(String key, Object... args) {
        message.set(Message.of(key, args));
    }

    public StringBinding textProperty() {
        return text;
    }
}
