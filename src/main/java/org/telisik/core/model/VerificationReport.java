package org.telisik.core.model;

import java.util.List;

/**
 * Everything the workspace verifier checked, in order: audit chain, audit head, then per case the stored
 * results, the originals and the evidence copies.
 *
 * @param auditHead hash of the newest audit entry (an anchor to write into a report), null for an empty log
 */
public record VerificationReport(List<VerificationItem> items, String auditHead) {
    /** True for text shaped like an audit entry hash (64 hex digits, surrounding spaces ignored): an anchor. */
    public static boolean isAuditHash(String text) {
        return text != null && text.trim().matches("[0-9a-fA-F]{64}");
    }


    public VerificationReport {
        items = List.copyOf(items);
    }

    /** True when nothing checked is broken (items that could not be checked do not count against it). */
    public boolean allHold() {
        return items.stream().noneMatch(i -> i.outcome() == VerificationItem.Outcome.BROKEN);
    }

    public List<VerificationItem> broken() {
        return items.stream().filter(i -> i.outcome() == VerificationItem.Outcome.BROKEN).toList();
    }
}
