package org.telisik.app;

import java.util.List;
import java.util.Optional;
import org.telisik.core.model.CaseRecord;
import org.telisik.workspace.CaseRepository;

/**
 * The cases of a workspace, as the analyst names them: by id or by name. Every change is audited by the
 * workspace in the same transaction; a refused change (name taken, no such case) throws an
 * {@link org.telisik.core.model.ActionableException} whose message says what to do.
 */
public final class CaseBook {
    private final CaseRepository cases;

    CaseBook(CaseRepository cases) {
        this.cases = cases;
    }

    /** All cases, newest first. */
    public List<CaseRecord> list() {
        return cases.list();
    }

    /** The case with this id, else the case of this name. */
    public Optional<CaseRecord> find(String idOrName) {
        return cases.findById(idOrName).or(() -> cases.findByName(idOrName));
    }

    public CaseRecord create(String name) {
        return cases.create(name);
    }

    /** A new display name; the id stays. */
    public CaseRecord rename(String caseId, String newName) {
        return cases.rename(caseId, newName);
    }

    /** Still readable and exportable, but no new imports until reopened. */
    public CaseRecord close(String caseId) {
        return cases.close(caseId);
    }

    public CaseRecord reopen(String caseId) {
        return cases.reopen(caseId);
    }

    /** The examiner's details (each null to clear it). */
    public CaseRecord updateDetails(String caseId, String caseNumber, String analyst, String notes) {
        return cases.updateDetails(caseId, caseNumber, analyst, notes);
    }
}
