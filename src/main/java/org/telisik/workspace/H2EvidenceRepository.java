package org.telisik.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.telisik.core.model.FileReport;

/** Evidence files of cases, written by {@link EvidenceWriter} and read back by {@link EvidenceReader}. */
final class H2EvidenceRepository implements EvidenceRepository {
    private final Database database;

    H2EvidenceRepository(Database database) {
        this.database = database;
    }

    @Override
    public void save(String caseId, FileReport report) {
        // one writer at a time, so two saves of the same file cannot both miss the other and duplicate it
        synchronized (this) {
            database.transaction("save the analysis of " + report.path(), c -> {
                requireCase(c, caseId);
                return new EvidenceWriter(c, caseId, SqlValues.now()).save(report);
            });
        }
    }

    @Override
    public List<FileReport> list(String caseId) {
        return database.read("read the files of case " + caseId, c -> new EvidenceReader(c, caseId).read());
    }

    static void requireCase(Connection c, String caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM case_file WHERE id = ?")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new WorkspaceException("There is no case with id " + caseId + " in this workspace.");
                }
            }
        }
    }
}
