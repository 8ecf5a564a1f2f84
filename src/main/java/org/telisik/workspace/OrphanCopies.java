package org.telisik.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Removes, when the workspace opens, what a kill left in the evidence store: copies whose hash no evidence file of
 * any case holds (a deletion killed between its commit and the removal of its copies, an analysis killed between
 * the copy and the save of its row) and half-written {@code incoming-} files. Such a file is a copy of personal
 * data that nothing lists, so an analyst who deleted a case would not know it is still there. The open holds the
 * workspace lock, so no analysis or import is writing a copy meanwhile.
 *
 * <p>Write-ahead: the audit entry naming every file to remove is committed first, then the files go. A kill after
 * the entry leaves files it names; the next open removes them under that entry, which is still the newest one
 * (nothing but an open can follow it), instead of writing a second. A kill before the entry leaves every file in
 * place, found again. So no copy is ever gone without an entry that names it.
 */
final class OrphanCopies {
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    /** Steps of a sweep, for the crash tests (as {@link H2CaseDeletion#steps}); does nothing otherwise. */
    static volatile Consumer<String> steps = step -> { };

    private OrphanCopies() {
    }

    /** Sweeps {@code store}; audits, then removes, and returns how many files went (0: nothing to do). */
    static int sweep(EvidenceStore store, Database database, AuditTrail audit) {
        List<Path> files = store.files();
        if (files.isEmpty()) {
            return 0;
        }
        Set<String> held = referenced(database);
        List<Path> unreferenced = new ArrayList<>();
        List<Path> partial = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (HASH.matcher(name).matches() && !held.contains(name)) {
                unreferenced.add(file);
            } else if (name.startsWith("incoming-")) {
                partial.add(file);
            }
        }
        if (unreferenced.isEmpty() && partial.isEmpty()) {
            return 0;
        }
        steps.accept("sweep: found");
        Map<String, Object> details = details(names(unreferenced), names(partial));
        if (!promised(database).containsAll(names(unreferenced, partial))) {
            audit.append(AuditActions.EVIDENCE_COPIES_SWEPT, null, details);
        }
        steps.accept("sweep: audited");
        int removed = 0;
        for (Path file : concat(unreferenced, partial)) {
            if (delete(file)) {
                removed++;
                steps.accept("sweep: one removed");
            }
        }
        return removed;
    }

    private static Map<String, Object> details(List<String> unreferenced, List<String> partial) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("unreferencedCopies", unreferenced.size());
        details.put("sha256", unreferenced);
        details.put("partialCopies", partial.size());
        details.put("partial", partial);
        return details;
    }

    /**
     * The files the newest audit entry names for removal when it is a sweep's, i.e. a sweep was killed after its
     * entry: any entry written since (even by the next open's set-up) means that sweep finished or was superseded.
     */
    private static Set<String> promised(Database database) {
        return database.read("read the newest audit entry", c -> {
            Set<String> named = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT action, detail FROM audit_log ORDER BY seq DESC"
                    + " FETCH FIRST 1 ROW ONLY"); ResultSet rs = ps.executeQuery()) {
                if (rs.next() && AuditActions.EVIDENCE_COPIES_SWEPT.equals(rs.getString(1))) {
                    Map<String, Object> d = JsonText.object(rs.getString(2));
                    for (String key : new String[] {"sha256", "partial"}) {
                        if (d.get(key) instanceof List<?> list) {
                            list.forEach(n -> named.add(String.valueOf(n)));
                        }
                    }
                }
            }
            return named;
        });
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

    @SafeVarargs
    private static List<String> names(List<Path>... lists) {
        return concat(lists).stream().map(p -> p.getFileName().toString()).toList();
    }

    @SafeVarargs
    private static List<Path> concat(List<Path>... lists) {
        List<Path> all = new ArrayList<>();
        for (List<Path> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    private static boolean delete(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            return false;
        }
    }
}
