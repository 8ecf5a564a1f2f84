package org.telisik.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.telisik.core.model.Annotation;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.VerificationItem;
import org.telisik.core.model.VerificationItem.Check;

/**
 * Checks what an analyst recorded about a case as a whole against the audit log: the claim, the estimate and
 * authenticity results, and every tag and note, each the same as in its newest audit entry.
 */
final class CaseRecordChecks {
    private final String caseLabel;
    private final List<VerificationItem> items = new ArrayList<>();

    CaseRecordChecks(CaseRecord record) {
        this.caseLabel = "case " + record.name();
    }

    List<VerificationItem> check(H2Workspace ws, String caseId, List<AuditEntry> caseEntries) {
        Map<String, AuditEntry> latest = new HashMap<>();
        Map<Long, AuditEntry> notes = new HashMap<>();
        for (AuditEntry e : caseEntries) {
            Map<String, Object> d = JsonText.object(e.detail());
            switch (e.action()) {
                case AuditActions.CLAIM_SET -> latest.put("claim", e);
                case AuditActions.RESULT_SAVED -> latest.put((String) d.get("kind"), e);
                case AuditActions.TAG_ADDED, AuditActions.NOTE_ADDED -> notes.put(((Number) d.get("annotation")).longValue(), e);
                default -> { }
            }
        }
        compare("claim", ws.results().claim(caseId).map(H2CaseResults::claimDetails), latest.get("claim"));
        compare(H2CaseResults.ESTIMATE, ws.results().estimate(caseId)
                .map(v -> H2CaseResults.resultDetails(H2CaseResults.ESTIMATE, JsonText.write(v))), latest.get(H2CaseResults.ESTIMATE));
        compare(H2CaseResults.AUTHENTICITY, ws.results().authenticity(caseId)
                .map(v -> H2CaseResults.resultDetails(H2CaseResults.AUTHENTICITY, JsonText.write(v))),
                latest.get(H2CaseResults.AUTHENTICITY));
        for (Annotation a : ws.annotations().list(caseId)) {
            AuditEntry entry = notes.remove(a.id());
            compare(a.kind().name().toLowerCase(Locale.ROOT) + " " + a.id(),
                    Optional.of(H2Annotations.auditDetails(a.id(), a.target(), a.text())), entry);
        }
        notes.forEach((id, e) -> items.add(VerificationItem.broken(Check.CASE_RECORD, caseLabel + ": annotation " + id,
                "the tag or note recorded at audit entry " + e.seq() + " is no longer stored: it was deleted")));
        return items;
    }

    private void compare(String what, Optional<Map<String, Object>> stored, AuditEntry recorded) {
        String subject = caseLabel + ": " + what;
        if (stored.isEmpty() && recorded == null) {
            return;
        }
        if (recorded == null) {
            items.add(VerificationItem.broken(Check.CASE_RECORD, subject, "no audit entry records it: it was added outside Telisik"));
        } else if (stored.isEmpty()) {
            items.add(VerificationItem.broken(Check.CASE_RECORD, subject, "recorded at audit entry " + recorded.seq()
                    + " but no longer stored: it was deleted"));
        } else if (!Objects.equals(stored.get(), JsonText.object(recorded.detail()))) {
            items.add(VerificationItem.broken(Check.CASE_RECORD, subject, "differs from what audit entry " + recorded.seq()
                    + " recorded: it was changed"));
        } else {
            items.add(VerificationItem.holds(Check.CASE_RECORD, subject, "is the one recorded at audit entry " + recorded.seq()));
        }
    }
}
