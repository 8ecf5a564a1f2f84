package org.telisik.app;

import java.nio.file.Path;
import org.telisik.workspace.WorkspaceLocation;
import org.telisik.workspace.WorkspacePassphrase;

/**
 * Which workspace to open and how: the same rules for the command line and the desktop.
 *
 * @param folder         the folder the analyst named ({@code --workspace}, the desktop's Open), or null for
 *                       {@code TELISIK_WORKSPACE}, else the user's application-data folder
 * @param passphrase     null for a plain workspace; wiped by whoever made it once the workspace is open
 * @param analyst        the name for the audit trail, or null for the operating-system user
 * @param evidenceCopies true to keep a content-addressed copy of every analysed file in the workspace
 */
public record SessionRequest(String folder, char[] passphrase, String analyst, boolean evidenceCopies) {

    /**
     * The command line's way: the passphrase from the first line of {@code passphraseFile}, else from
     * {@code TELISIK_PASSPHRASE}, never from an argument (other users can read the process list).
     *
     * @throws org.telisik.core.model.ActionableException when the passphrase file cannot be read or is empty
     */
    public static SessionRequest withPassphraseFile(String folder, Path passphraseFile) {
        return new SessionRequest(folder, WorkspacePassphrase.resolve(passphraseFile), null, false);
    }

    /** The desktop's way: the passphrase typed into the window, else the one in {@code TELISIK_PASSPHRASE}. */
    public static SessionRequest withPassphrase(String folder, char[] typed) {
        return new SessionRequest(folder, typed != null ? typed : WorkspacePassphrase.resolve(null), null, false);
    }

    public SessionRequest withAnalyst(String name) {
        return new SessionRequest(folder, passphrase, name, evidenceCopies);
    }

    public SessionRequest withEvidenceCopies(boolean copies) {
        return new SessionRequest(folder, passphrase, analyst, copies);
    }

    /** The folder this request points to, resolved as the workspace would be opened. */
    public Path location() {
        return WorkspaceLocation.resolve(folder);
    }

    /** The same folder rule without opening anything, e.g. to say that there is no workspace to verify. */
    public static Path location(String folder) {
        return WorkspaceLocation.resolve(folder);
    }
}
