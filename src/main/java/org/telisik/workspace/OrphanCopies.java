package org.telisik.workspace;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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

    /** Sweeps the store of {@code folder}; audits and returns how many files went (0: nothing to do). */
    static int sweep(Path folder, Database database, AuditTrail audit) {
        Path root = folder.resolve("evidence").resolve("sha256");
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        List<Path> copies = new ArrayList<>();
        List<Path> partial = new ArrayList<>();
        collect(root, 0, copies, partial);
        if (copies.isEmpty() && partial.isEmpty()) {
            return 0;
        }
        Set<String> held = referenced(database);
        List<String> removed = new ArrayList<>();
        for (Path copy : copies) {
            String sha = copy.getFileName().toString();
            if (!held.contains(sha) && delete(copy)) {
                removed.add(sha);
            }
        }
        int partialRemoved = (int) partial.stream().filter(OrphanCopies::delete).count();
        if (!removed.isEmpty() || partialRemoved > 0) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("unreferencedCopies", removed.size());
            details.put("sha256", removed);
            details.put("partialCopies", partialRemoved);
            audit.append(AuditActions.EVIDENCE_COPIES_SWEPT, null, details);
        }
        return removed.size() + partialRemoved;
    }

    /** The store's layout is {@code ab/cd/abcd...}: two levels of folders, then files; links are not followed. */
    private static void collect(Path dir, int depth, List<Path> copies, List<Path> partial) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (depth < 2 && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    collect(p, depth + 1, copies, partial);
                } else if (depth == 2 && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    if (HASH.matcher(name).matches()) {
                        copies.add(p);
                    } else if (name.startsWith("incoming-")) {
                        partial.add(p);
                    }
                }
            }
        } catch (IOException e) {
            // an unreadable folder of the store is left as it is: the sweep only tidies, it never blocks the open
        }
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
