package org.telisik.ui;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** A throw-away preference node, so tests never read or change the analyst's remembered window. */
final class TestPreferences implements AutoCloseable {
    private final Preferences node = Preferences.userRoot().node("org/telisik/test/" + UUID.randomUUID());

    UiPreferences ui() {
        return new UiPreferences(node);
    }

    Preferences node() {
        return node;
    }

    @Override
    public void close() throws BackingStoreException {
        node.removeNode();
    }
}
