package org.telisik.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes, when the workspace opens, what a kill left in the evidence store: copies whose hash no evidence file of
 * any case holds (a deletion killed between its commit and the removal of its copies, an analysis killed between
 * the copy and the save of its row) and half-written {@code incoming-} files. Such a file is a copy of personal
 * data that nothing lists, so an analyst who deleted a case would not know it is still there. The open holds the
 * workspace lock, so no analysis or import is writing a copy meanwhile. What is removed is audited.
 */
final class OrphanCopies {
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private OrphanCopies() {
    }

    /** Sweeps {@code store}; audits and returns how many files went (0: nothing to do). */
    static int sweep(EvidenceStore store, Database database, AuditTrail audit) {
        List<Path> files = store.files();
        if (files.isEmpty()) {
            return 0;
        }
        Set<String> held = referenced(database);
        List<String> removed = new ArrayList<>();
        int partial = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (HASH.matcher(name).matches()) {
                if (!held.contains(name) && delete(file)) {
                    removed.add(name);
                }
            } else if (name.startsWith("incoming-") && delete(file)) {
                partial++;
            }
        }
        if (!removed.isEmpty() || partial > 0) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("unreferencedCopies", removed.size());
            details.put("sha256", removed);
            details.put("partialCopies", partial);
            audit.append(AuditActions.EVIDENCE_COPIES_SWEPT, null, details);
        }
        return removed.size() + partial;
    }

    private static Set<String> referenced(Database database) {
        return database.read("list the hashes of the evidence files", c -> {
            Set<String> held = new HashSet<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT DISTINCT sha256 FROM evidence_file WHERE sha256 IS NOT NULL")) {
                while (rs.next()) {
                    held.add(rs.getString(1));
                }
            }
            return held;
        });
    }

    private static boolean delete(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            return false;
        }
    }
}
