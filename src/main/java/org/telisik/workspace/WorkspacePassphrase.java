package org.telisik.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the command line finds a workspace passphrase: the first line of {@code --passphrase-file}, else the
 * {@code TELISIK_PASSPHRASE} variable, else none (a plain workspace). Never from a command-line argument,
 * which other users could read from the process list.
 */
public final class WorkspacePassphrase {
    public static final String ENV_VARIABLE = "TELISIK_PASSPHRASE";
    /** The longest first line read from a passphrase file; a longer one is refused (/dev/zero, a wrong file). */
    public static final int MAX_LINE_BYTES = 4096;

    private WorkspacePassphrase() {
    }

    /** @return the passphrase, or null when none was given */
    public static char[] resolve(Path passphraseFile) {
        return resolve(passphraseFile, System.getenv());
    }

    public static char[] resolve(Path passphraseFile, Map<String, String> env) {
        if (passphraseFile != null) {
            try {
                String first = SmallFile.firstLine(passphraseFile, MAX_LINE_BYTES);
                if (first.isEmpty()) {
                    throw new WorkspaceException("The passphrase file " + passphraseFile + " is empty; write the"
                            + " passphrase on its first line.");
                }
                return first.toCharArray();
            } catch (SmallFile.TooLongException e) {
                throw new WorkspaceException("The passphrase file " + passphraseFile + " has no line end within its first "
                        + MAX_LINE_BYTES + " bytes, so it is not a passphrase file; give a file whose first line is the"
                        + " passphrase.", e);
            } catch (IOException e) {
                throw new WorkspaceException("Cannot read the passphrase file " + passphraseFile + " (" + e.getMessage()
                        + "); check the path and its permissions.", e);
            }
        }
        String fromEnv = env.get(ENV_VARIABLE);
        return fromEnv == null || fromEnv.isEmpty() ? null : fromEnv.toCharArray();
    }
}
