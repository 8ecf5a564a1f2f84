package org.telisik.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.telisik.core.model.VerificationItem;
import org.telisik.core.model.VerificationItem.Check;

/** Checks the audit log: contiguous numbers, unchanged entries, each linked to the one before, head intact. */
final class AuditChainCheck {
    private static final String SUBJECT = "audit log";

    private AuditChainCheck() {
    }

    static List<VerificationItem> check(List<AuditEntry> entries, Optional<AuditHeadFile.Head> recordedHead) {
        List<VerificationItem> items = new ArrayList<>(chain(entries));
        items.add(head(entries, recordedHead));
        return items;
    }

    private static List<VerificationItem> chain(List<AuditEntry> entries) {
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
            if (!e.contentIntact()) {
                broken.add(VerificationItem.broken(Check.AUDIT_CHAIN, SUBJECT, "entry " + e.seq() + " (" + e.action()
                        + ") was changed after it was written: its content no longer matches its hash"));
            }
            prevHash = e.hash();
            expectedSeq = e.seq() + 1;
        }
        if (broken.isEmpty()) {
            return List.of(VerificationItem.holds(Check.AUDIT_CHAIN, SUBJECT, entries.size()
                    + " entries, each unchanged and linked to the one before"));
        }
        return broken;
    }

    private static VerificationItem head(List<AuditEntry> entries, Optional<AuditHeadFile.Head> recorded) {
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
}
