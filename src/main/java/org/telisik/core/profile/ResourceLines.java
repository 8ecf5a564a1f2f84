package org.telisik.core.profile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a UTF-8 resource shipped in the jar as lines, skipping blank lines and {@code #} comments. */
final class ResourceLines {
    private ResourceLines() {
    }

    static List<String> read(String path) {
        try (InputStream in = ResourceLines.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the build: " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits {@code key<TAB>a,b,c} lines into the key and its comma-separated items. */
    static List<String[]> keyed(String path) {
        List<String[]> rows = new ArrayList<>();
        for (String line : read(path)) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException("line without a tab in " + path + ": " + line);
            }
            String[] items = line.substring(tab + 1).split(",");
            String[] row = new String[items.length + 1];
            row[0] = line.substring(0, tab).strip();
            for (int i = 0; i < items.length; i++) {
                row[i + 1] = items[i].strip();
            }
            rows.add(row);
        }
        return rows;
    }
}
