package org.telisik.ui;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.telisik.app.WorkspaceSession;

/** The open workspace: opening one in the background, the recent ones, and how the window names it. */
public final class WorkspaceViewModel {
    private static final int RECENT = 6;
    private final TaskExecutor runner;
    private final I18n i18n;
    private final WorkspaceOpener opener;
    private final ObjectProperty<WorkspaceSession> session = new SimpleObjectProperty<>();
    private final ObservableList<String> recent = FXCollections.observableArrayList();

    public WorkspaceViewModel(TaskExecutor runner, I18n i18n, WorkspaceOpener opener) {
        this.runner = runner;
        this.i18n = i18n;
        this.opener = opener;
    }

    /**
     * Opens (or creates) a workspace in the background; on success the previous one is closed first.
     *
     * @param passphrase null or empty for a plain workspace; the array is wiped once the workspace is open
     * @param opened     runs on the FX thread once the new workspace is the session
     */
    public void open(String override, char[] passphrase, Consumer<WorkspaceSession> opened) {
        char[] secret = passphrase == null || passphrase.length == 0 ? null : passphrase;
        runner.load(i18n.get("doing.openWorkspace"), () -> {
            try {
                return opener.open(override, secret);
            } finally {
                if (secret != null) {
                    Arrays.fill(secret, '\0');
                }
            }
        }, next -> {
            close();
            session.set(next);
            remember(next.location().toString());
            opened.accept(next);
        });
    }

    private void remember(String location) {
        recent.remove(location);
        recent.add(0, location);
        if (recent.size() > RECENT) {
            recent.remove(RECENT, recent.size());
        }
    }

    /** Workspaces opened lately, the newest first; the app stores them between runs. */
    public ObservableList<String> recent() {
        return recent;
    }

    public ReadOnlyObjectProperty<WorkspaceSession> sessionProperty() {
        return session;
    }

    /** "Telisik — /path/to/workspace", or just "Telisik" while none is open. */
    public StringBinding titleProperty() {
        return Bindings.createStringBinding(() -> session.get() == null ? "Telisik"
                : "Telisik — " + session.get().location(), session);
    }

    /** Where the open workspace lives and whether it is encrypted, for the status bar. */
    public StringBinding statusTextProperty() {
        return Bindings.createStringBinding(() -> session.get() == null ? i18n.get("status.noWorkspace")
                : i18n.get(session.get().encrypted() ? "status.workspaceEncrypted" : "status.workspace",
                        session.get().location()), session, i18n.localeProperty());
    }

    /** Closes the open workspace, releasing its database file. */
    public void close() {
        if (session.get() != null) {
            session.get().close();
            session.set(null);
        }
    }
}
