package org.telisik.workspace;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The import order of each case counted in memory after one query per case. Asking H2 for the case's highest
 * place on every save scans the case's files (H2 answers that MAX from no index), which made an import of
 * n files cost O(n²): 10% of a 2,000-file import, most of a 10,000-file one. The workspace is this process's
 * alone and its saves go through one repository, so the count stays right; a rolled-back save leaves a gap.
 */
final class CountedOrdinals implements EvidenceWriter.Ordinals {
    private final Map<String, Integer> next = new HashMap<>();

    @Override
    public synchronized int next(Connection c, String caseId) throws SQLException {
        Integer n = next.get(caseId);
        int place = n != null ? n : EvidenceWriter.QUERIED.next(c, caseId);
        next.put(caseId, place + 1);
        return place;
    }
}
