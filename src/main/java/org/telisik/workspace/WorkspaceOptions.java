package org.telisik.workspace;

/**
 * How to open a workspace.
 *
 * @param passphrase     null for a plain workspace; otherwise the passphrase that encrypts the database and
 *                       the evidence copies (needed again on every open). The workspace does not keep it.
 * @param analyst        the name written into the audit log and as importer of evidence
 * @param copyEvidence   true to keep a copy of every imported file in the workspace's evidence store, so the
 *                       case stays self-contained after the originals are gone
 */
public record WorkspaceOptions(char[] passphrase, String analyst, boolean copyEvidence) {

    public WorkspaceOptions {
        if (analyst == null || analyst.isBlank()) {
            analyst = defaultAnalyst();
        }
    }

    /** No passphrase, the operating-system user as analyst, no evidence copies. */
    public static WorkspaceOptions defaults() {
        return new WorkspaceOptions(null, defaultAnalyst(), false);
    }

    public WorkspaceOptions withPassphrase(char[] value) {
        return new WorkspaceOptions(value, analyst, copyEvidence);
    }

    public WorkspaceOptions withAnalyst(String value) {
        return new WorkspaceOptions(passphrase, value, copyEvidence);
    }

    public WorkspaceOptions withEvidenceCopies(boolean value) {
        return new WorkspaceOptions(passphrase, analyst, value);
    }

    public boolean encrypted() {
        return passphrase != null && passphrase.length > 0;
    }

    private static String defaultAnalyst() {
        return System.getProperty("user.name", "unknown");
    }
}
