package org.telisik.workspace;

import static org.telisik.core.model.VerificationKey.*;
import static org.telisik.core.model.VerificationMessage.number;
import static org.telisik.core.model.VerificationMessage.of;
import static org.telisik.core.model.VerificationMessage.term;
import static org.telisik.core.model.VerificationMessage.text;

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
import org.telisik.core.model.VerificationMessage;

/**
 * Checks what an analyst recorded about a case as a whole against the audit log: the claim, the estimate,
 * authenticity, attribution and timeline results, the combined datasets and the files left out of them, and every tag
 * and note, each the same as in its newest audit entry.
 */
final class CaseRecordChecks {
    private final String caseName;
    private final List<VerificationItem> items = new ArrayList<>();

    CaseRecordChecks(CaseRecord record) {
        this.caseName = record.name();
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
        compare(record("claim"), ws.results().claim(caseId).map(H2CaseResults::claimDetails), latest.get("claim"));
        compare(record(H2CaseResults.ESTIMATE), ws.results().estimate(caseId)
                .map(v -> H2CaseResults.resultDetails(H2CaseResults.ESTIMATE, JsonText.write(v))), latest.get(H2CaseResults.ESTIMATE));
        compare(record(H2CaseResults.AUTHENTICITY), ws.results().authenticity(caseId)
                .map(v -> H2CaseResults.resultDetails(H2CaseResults.AUTHENTICITY, JsonText.write(v))),
                latest.get(H2CaseResults.AUTHENTICITY));
        compare(record(H2CaseResults.ATTRIBUTION), ws.results().attribution(caseId).map(v -> H2CaseResults.resultDetails(
                H2CaseResults.ATTRIBUTION, JsonText.write(v.toArray()))), latest.get(H2CaseResults.ATTRIBUTION));
        compare(record(H2CaseResults.TIMELINE), ws.results().timeline(caseId).map(v -> H2CaseResults.resultDetails(
                H2CaseResults.TIMELINE, JsonText.write(v))), latest.get(H2CaseResults.TIMELINE));
        // the combined datasets and their misfits as stored, compared by the hash of their JSON text itself
        for (String kind : new String[] {H2CaseResults.COMBINED, H2CaseResults.MISFITS}) {
            compare(record(kind), ws.database().read("read the " + kind + " of case " + caseId,
                    c -> H2CaseResults.resultJson(c, caseId, kind)).map(json -> H2CaseResults.resultDetails(kind, json)),
                    latest.get(kind));
        }
        for (Annotation a : ws.annotations().list(caseId)) {
            AuditEntry entry = notes.remove(a.id());
            compare(of(CASE_ANNOTATION, text(caseName), term(a.kind().name().toLowerCase(Locale.ROOT)), number(a.id())),
                    Optional.of(H2Annotations.auditDetails(a.id(), a.target(), a.text())), entry);
        }
        notes.forEach((id, e) -> items.add(VerificationItem.broken(Check.CASE_RECORD,
                of(CASE_ANNOTATION_GONE, text(caseName), number(id)), of(ANNOTATION_DELETED, number(e.seq())))));
        return items;
    }

    /** The subject of a stored result of the case, by its kind (estimate, authenticity ...). */
    private VerificationMessage record(String kind) {
        return of(CASE_RECORD, text(caseName), term(kind));
    }

    private void compare(VerificationMessage subject, Optional<Map<String, Object>> stored, AuditEntry recorded) {
        if (stored.isEmpty() && recorded == null) {
            return;
        }
        if (recorded == null) {
            items.add(VerificationItem.broken(Check.CASE_RECORD, subject, of(RECORD_UNRECORDED)));
        } else if (stored.isEmpty()) {
            items.add(VerificationItem.broken(Check.CASE_RECORD, subject, of(RECORD_DELETED, number(recorded.seq()))));
        } else if (!Objects.equals(stored.get(), JsonText.object(recorded.detail()))) {
            items.add(VerificationItem.broken(Check.CASE_RECORD, subject, of(RECORD_CHANGED, number(recorded.seq()))));
        } else {
            items.add(VerificationItem.holds(Check.CASE_RECORD, subject, of(RECORD_HOLDS, number(recorded.seq()))));
        }
    }
}
