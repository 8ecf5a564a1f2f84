package org.telisik.ui;

import java.util.List;

/**
 * A sentence kept as its bundle key and arguments rather than as text, so that a message already on screen
 * follows a language switch.
 */
public record Message(String key, List<Object> args) {
    public static final Message NONE = new Message("", List.of());

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }

    /** The sentence in the current language; empty for {@link #NONE}. */
    public String in(I18n i18n) {
        return key.isEmpty() ? "" : i18n.get(key, args.toArray());
    }
}
