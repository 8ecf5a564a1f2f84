package org.telisik.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Tells before connecting whether a database file is encrypted, from H2's file header, so that a missing
 * passphrase gets a clear message instead of H2's misleading "file corrupted".
 */
final class EncryptionCheck {
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    private EncryptionCheck() {
    }

    static void check(Path databaseFile, boolean passphraseGiven) {
        if (!Files.isRegularFile(databaseFile)) {
            return;
        }
        boolean encrypted = isEncrypted(databaseFile);
        Path folder = databaseFile.getParent();
        if (encrypted && !passphraseGiven) {
            throw new WorkspaceException("workspace " + folder + " is encrypted; give its passphrase (TELISIK_PASSPHRASE,"
                    + " --passphrase-file or the passphrase prompt).");
        }
        if (!encrypted && passphraseGiven) {
            throw new WorkspaceException("workspace " + folder + " is not encrypted; open it without a passphrase,"
                    + " or choose a new folder for an encrypted workspace.");
        }
    }

    static boolean isEncrypted(Path databaseFile) {
        try (InputStream in = Files.newInputStream(databaseFile)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot read the workspace database " + databaseFile + " (" + e.getMessage()
                    + "); check its permissions.", e);
        }
    }
}
