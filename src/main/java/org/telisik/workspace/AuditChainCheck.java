package org.telisik.workspace;

import static org.telisik.core.model.VerificationKey.*;
import static org.telisik.core.model.VerificationMessage.hash;
import static org.telisik.core.model.VerificationMessage.number;
import static org.telisik.core.model.VerificationMessage.of;
import static org.telisik.core.model.VerificationMessage.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.telisik.core.model.VerificationItem;
import org.telisik.core.model.VerificationItem.Check;
import org.telisik.core.model.VerificationMessage;
import org.telisik.core.model.VerificationReport;

/** Checks the audit log: contiguous numbers, unchanged entries, each linked to the one before, head intact. */
final class AuditChainCheck {
    private static final VerificationMessage SUBJECT = of(AUDIT_LOG);

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
                        ? of(CHAIN_ENTRIES_MISSING, number(expectedSeq), number(e.seq() - 1))
                        : of(CHAIN_OUT_OF_ORDER, number(e.seq()), number(expectedSeq - 1))));
            } else if (!e.prevHash().equals(prevHash)) {
                broken.add(VerificationItem.broken(Check.AUDIT_CHAIN, SUBJECT,
                        of(CHAIN_UNLINKED, number(e.seq()), number(e.seq() - 1))));
            }
            if (!seal.intact(e)) {
                broken.add(VerificationItem.broken(Check.AUDIT_CHAIN, SUBJECT,
                        of(CHAIN_ENTRY_CHANGED, number(e.seq()), text(e.action()))));
            }
            prevHash = e.hash();
            expectedSeq = e.seq() + 1;
        }
        if (broken.isEmpty()) {
            VerificationMessage.Arg count = number(entries.size());
            VerificationMessage holds = seal.keyedFrom().map(from -> from <= 1 ? of(CHAIN_HOLDS_KEYED_ALL, count)
                    : of(CHAIN_HOLDS_KEYED_FROM, count, number(from))).orElse(of(CHAIN_HOLDS, count));
            return List.of(VerificationItem.holds(Check.AUDIT_CHAIN, SUBJECT, holds));
        }
        return broken;
    }

    private static VerificationItem head(List<AuditEntry> entries, Optional<AuditHeadFile.Head> recorded, boolean kept) {
        if (recorded.isEmpty() && kept) {
            return VerificationItem.broken(Check.AUDIT_HEAD, SUBJECT, of(HEAD_FILE_DELETED, text(AuditHeadFile.NAME)));
        }
        if (recorded.isEmpty()) {
            return entries.isEmpty()
                    ? VerificationItem.holds(Check.AUDIT_HEAD, SUBJECT, of(HEAD_LOG_EMPTY))
                    : VerificationItem.notChecked(Check.AUDIT_HEAD, SUBJECT,
                            of(HEAD_FILE_MISSING, text(AuditHeadFile.NAME)));
        }
        AuditHeadFile.Head head = recorded.get();
        Optional<AuditEntry> same = entries.stream().filter(e -> e.seq() == head.seq()).findFirst();
        if (same.isEmpty()) {
            long last = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).seq();
            return VerificationItem.broken(Check.AUDIT_HEAD, SUBJECT, of(HEAD_CUT, number(head.seq()), number(last)));
        }
        if (!same.get().hash().equals(head.hash())) {
            return VerificationItem.broken(Check.AUDIT_HEAD, SUBJECT,
                    of(HEAD_REWRITTEN, number(head.seq()), text(AuditHeadFile.NAME)));
        }
        return VerificationItem.holds(Check.AUDIT_HEAD, SUBJECT, of(HEAD_HOLDS, number(head.seq())));
    }

    /** Whether the chain still holds the entry whose hash a report or an export printed. */
    private static VerificationItem anchor(List<AuditEntry> entries, String given) {
        String wanted = given.trim().toLowerCase(java.util.Locale.ROOT);
        // only a hash is shown as given (a hash argument is never masked); anything else cannot be an entry anyway
        VerificationMessage subject = VerificationReport.isAuditHash(wanted) ? of(ANCHOR, hash(wanted)) : of(ANCHOR_NOT_A_HASH);
        return entries.stream().filter(e -> e.hash().equals(wanted)).findFirst()
                .map(e -> VerificationItem.holds(Check.AUDIT_ANCHOR, subject, of(ANCHOR_HOLDS,
                        number(e.seq()), text(e.action()), text(e.at()), number(entries.size() - e.seq()))))
                .orElseGet(() -> VerificationItem.broken(Check.AUDIT_ANCHOR, subject, of(ANCHOR_GONE)));
    }
}
