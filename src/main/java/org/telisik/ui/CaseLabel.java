package org.telisik.ui;

import org.telisik.core.identity.TextMasking;
import org.telisik.core.model.CaseRecord;

/**
 * A case's name as the desktop shows it: identifiers masked and control characters made visible, as the status
 * line and the command line show it. A case name is typed by an analyst, but it may also come from another
 * workspace's case archive, or be a NIK the analyst used as a label; it is shown in the sidebar, dialogs and the
 * progress and problem texts, which are views like any other. Only the rename field edits the name as stored.
 */
final class CaseLabel {
    private CaseLabel() {
    }

    static String of(CaseRecord record) {
        return TextMasking.IDENTIFIERS.line(record.name());
    }
}
