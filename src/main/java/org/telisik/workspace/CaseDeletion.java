package org.telisik.workspace;

import java.util.List;

/**
 * What deleting a case removed, as its audit entry records it.
 *
 * @param caseId          the deleted case's id (its audit entries keep it)
 * @param name            its name when deleted
 * @param files           how many files the case held (archive members not counted)
 * @param sha256          the SHA-256 of each of those files, in the case's order (null for a file never hashed)
 * @param evidenceCopies  copies in the evidence store that no other case used and that were removed with it
 * @param auditSeq        the number of the audit entry that records the deletion
 */
public record CaseDeletion(String caseId, String name, int files, List<String> sha256, int evidenceCopies, long auditSeq) {
    public CaseDeletion {
        sha256 = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(sha256));
    }
}
