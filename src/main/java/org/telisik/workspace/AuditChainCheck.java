package org.telisik.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.telisik.core.model.VerificationItem;
import org.telisik.core.model.VerificationReport;
import org.telisik.core.model.VerificationItem.Check;

/** Checks the audit log: contiguous numbers, unchanged entries, each linked to the one before, head intact. */
final class AuditChainCheck {
    private static final String SUBJECT = "audit log";

    private AuditChainCheck() {
    }

    /**
     * @param recordedHead the head file's entry, empty when the file is missing or unreadable
     * @param headKept     true when the workspace recorded that it keeps a head file (so a missing one was deleted)
     * @param anchors      entry hashes printed in reports or exports, each of which must still be in the chain
     */
    static List<VerificationItem> check(List<AuditEntry> entries, AuditSeal seal, Optional<AuditHeadFile.Head> recordedHead,
                                        boolean headKept, List<String> anchors) {
        List<VerificationItem> items = new ArrayList<>(chain(entries, seal));
        items.add(head(entries, recordedHead, headKept));
        anchors.forEach(a -> items.add(anchor(entries, a)));
        return items;
    }

    private static List<VerificationItem> chain(List<AuditEntry> entries, AuditSeal seal) {
        List<VerificationItem> broken = new ArrayList<>();
        long expectedSeq = 1;
        String prevHash = AuditEntry.GENESIS;
        for (AuditEntry e : entries) {
            if (e.seq() != expectedSeq) {
                broken.add(VerificationItem.broken(Check.AUDIT_CHAIN, SUBJECT, e.seq() > expectedSeq
                        ? "entries " + expectedSeq + " to " + (e.seq() - 1) + " are missing: they were deleted"
                        : "entry " + e.seq() + " appears out of order after entry " + (expectedSeq - 1)));
            } else if (!e.prevHash().equals(prevHash)) {
                broken.add(VerificationItem.broken(Check.AUDIT_CHAIN, SUBJECT, "entry " + e.seq()
                        + " does not link to entry " + (e.seq() - 1) + ": one of them was replaced"));
            }
            if (!seal.intact(e)) {
                broken.add(VerificationItem.broken(Check.AUDIT_CHAIN, SUBJECT, "entry " + e.seq() + " (" + e.action()
                        + ") was changed after it was written: its content no longer matches its hash"));
            }
            prevHash = e.hash();
            expectedSeq = e.seq() + 1;
        }
        if (broken.isEmpty()) {
            String keyed = seal.keyedFrom().map(from -> from <= 1 ? "; all keyed with the passphrase"
                    : "; keyed with the passphrase from entry " + from).orElse("");
            return List.of(VerificationItem.holds(Check.AUDIT_CHAIN, SUBJECT, entries.size()
                    + " entries, each unchanged and linked to the one before" + keyed));
        }
        return broken;
    }

    private static VerificationItem head(List<AuditEntry> entries, Optional<AuditHeadFile.Head> recorded, boolean kept) {
        if (recorded.isEmpty() && kept) {
            return VerificationItem.broken(Check.AUDIT_HEAD, SUBJECT, "the head file " + AuditHeadFile.NAME + " was kept"
                    + " by this workspace but is missing or unreadable: it was deleted or damaged, so entries may have"
                    + " been cut off the end of the log; check the log against the audit head printed in your reports"
                    + " (verify --anchor)");
        }
        if (recorded.isEmpty()) {
            return entries.isEmpty()
                    ? VerificationItem.holds(Check.AUDIT_HEAD, SUBJECT, "the log is empty and no entry was ever recorded")
                    : VerificationItem.notChecked(Check.AUDIT_HEAD, SUBJECT, "the head file " + AuditHeadFile.NAME
                            + " is missing, so entries cut off the end of the log could not be detected");
        }
        AuditHeadFile.Head head = recorded.get();
        Optional<AuditEntry> same = entries.stream().filter(e -> e.seq() == head.seq()).findFirst();
        if (same.isEmpty()) {
            long last = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).seq();
            return VerificationItem.broken(Check.AUDIT_HEAD, SUBJECT, "entry " + head.seq() + " was recorded but the log"
                    + " ends at entry " + last + ": entries were deleted from its end");
        }
        if (!same.get().hash().equals(head.hash())) {
            return VerificationItem.broken(Check.AUDIT_HEAD, SUBJECT, "entry " + head.seq()
                    + " is not the entry recorded in " + AuditHeadFile.NAME + ": the log was rewritten");
        }
        return VerificationItem.holds(Check.AUDIT_HEAD, SUBJECT, "the log reaches entry " + head.seq()
                + ", the newest recorded outside the database");
    }

    /** Whether the chain still holds the entry whose hash a report or an export printed. */
    private static VerificationItem anchor(List<AuditEntry> entries, String hash) {
        String wanted = hash.trim().toLowerCase(java.util.Locale.ROOT);
        // only a hash is shown as given (outputs show the subject unmasked); anything else cannot be an entry anyway
        String subject = "anchor " + (VerificationReport.isAuditHash(wanted) ? wanted : "(not an audit hash)");
        return entries.stream().filter(e -> e.hash().equals(wanted)).findFirst()
                .map(e -> VerificationItem.holds(Check.AUDIT_ANCHOR, subject, "the log still holds this entry (" + e.seq()
                        + ", " + e.action() + " at " + e.at() + ") and " + (entries.size() - e.seq()) + " after it"))
                .orElseGet(() -> VerificationItem.broken(Check.AUDIT_ANCHOR, subject, "no entry of the log has this hash:"
                        + " the entry a report or export was made at is gone, so the log was cut back or rewritten after it"
                        + " (or the anchor comes from another workspace)"));
    }
}
