package org.telisik.core.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one schema file: {@code table<TAB>column[<TAB>type<TAB>position]} lines, a header line starting with
 * {@code table} and {@code #} comments; {@code # name: ...} and {@code # version: ...} comments name the system.
 * A {@code database.table} name is split at the first dot (SIMGOS spreads its tables over 29 databases, a dump
 * of one of them names them bare).
 */
final class SchemaTsv {
    private SchemaTsv() {
    }

    /**
     * @param id the system id (the file name without {@code .tsv}); also its name when the file names none
     * @throws IllegalArgumentException naming the line when a line has no tab or the file holds no table
     */
    static SystemSchema read(String id, String defaultName, String defaultVersion, BufferedReader in) throws IOException {
        String name = defaultName;
        String version = defaultVersion;
        Map<String, List<String>> tables = new LinkedHashMap<>();
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            String t = line.strip();
            if (t.startsWith("#")) {
                String comment = t.substring(1).strip();
                String lower = comment.toLowerCase(Locale.ROOT);
                if (lower.startsWith("name:")) {
                    name = comment.substring(5).strip();
                } else if (lower.startsWith("version:")) {
                    version = comment.substring(8).strip();
                }
                continue;
            }
            if (t.isEmpty() || number == 1 && t.toLowerCase(Locale.ROOT).startsWith("table\t")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 2 || f[0].isBlank() || f[1].isBlank()) {
                throw new IllegalArgumentException("line " + number + " is not table<TAB>column: " + abbreviate(line));
            }
            String table = f[0].strip();
            int dot = table.indexOf('.');
            tables.computeIfAbsent(dot > 0 ? table.substring(dot + 1) : table, k -> new ArrayList<>()).add(f[1].strip());
        }
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("no table<TAB>column line");
        }
        return new SystemSchema(id, name == null ? id : name, version, tables);
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
