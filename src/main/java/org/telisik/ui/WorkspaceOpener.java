package org.telisik.ui;

import org.telisik.app.WorkspaceSession;

/** Opens the workspace the window works on. Called off the FX thread: opening a database may take a while. */
@FunctionalInterface
public interface WorkspaceOpener {

    /**
     * @param override   the folder the analyst named (for example with {@code --workspace}), or null for the default
     * @param passphrase the passphrase of an encrypted workspace (or of a new one to encrypt), or null for none
     * @throws org.telisik.core.model.ActionableException when the workspace cannot be opened; its message is shown
     */
    WorkspaceSession open(String override, char[] passphrase);
}
