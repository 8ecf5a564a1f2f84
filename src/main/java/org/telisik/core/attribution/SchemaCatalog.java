package org.telisik.core.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schemas a sample is matched against: those shipped in the jar ({@code org/telisik/reference/schemas},
 * listed in {@code systems.tsv}) and those an analyst keeps in a folder of the workspace ({@code schemas/*.tsv},
 * same format) for systems Telisik does not ship. An analyst's file with a shipped id replaces the shipped
 * schema (a newer version of it). A file that cannot be read is skipped and named in {@link #problems()}.
 */
public final class SchemaCatalog {
    /** The folder of a workspace that holds the analyst's own schemas. */
    public static final String FOLDER = "schemas";
    private static final String BASE = "/org/telisik/reference/schemas/";
    private static volatile List<SystemSchema> shipped;
    private final List<SystemSchema> systems;
    private final List<String> problems;

    private SchemaCatalog(List<SystemSchema> systems, List<String> problems) {
        this.systems = List.copyOf(systems);
        this.problems = List.copyOf(problems);
    }

    public static SchemaCatalog of(List<SystemSchema> systems) {
        return new SchemaCatalog(systems, List.of());
    }

    /** The shipped schemas (read once per process). */
    public static SchemaCatalog shipped() {
        return new SchemaCatalog(shippedSchemas(), List.of());
    }

    /** The shipped schemas plus the {@code *.tsv} files of {@code folder} (absent folder: shipped only). */
    public static SchemaCatalog withFolder(Path folder) {
        Map<String, SystemSchema> all = new LinkedHashMap<>();
        shippedSchemas().forEach(s -> all.put(s.id(), s));
        List<String> problems = new ArrayList<>();
        if (folder != null && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.tsv")) {
                List<Path> sorted = new ArrayList<>();
                files.forEach(sorted::add);
                sorted.sort(null);
                for (Path f : sorted) {
                    readOwn(f, all, problems);
                }
            } catch (IOException e) {
                problems.add("The schema folder " + folder + " could not be listed (" + e.getMessage() + "); only the shipped schemas were used.");
            }
        }
        return new SchemaCatalog(new ArrayList<>(all.values()), problems);
    }

    private static void readOwn(Path f, Map<String, SystemSchema> all, List<String> problems) {
        String file = f.getFileName().toString();
        String id = file.substring(0, file.length() - ".tsv".length());
        if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
            problems.add("Schema " + file + " is a link or not a regular file and was not read.");
            return;
        }
        try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            all.put(id, SchemaTsv.read(id, id, null, in));
        } catch (IOException | IllegalArgumentException e) {
            problems.add("Schema " + file + " was skipped: " + e.getMessage() + ". Write one table<TAB>column pair per line, in UTF-8.");
        }
    }

    public List<SystemSchema> systems() {
        return systems;
    }

    /** Sentences naming the analyst's schema files that could not be used; empty when all were. */
    public List<String> problems() {
        return problems;
    }

    private static List<SystemSchema> shippedSchemas() {
        List<SystemSchema> s = shipped;
        if (s == null) {
            synchronized (SchemaCatalog.class) {
                if (shipped == null) {
                    shipped = loadShipped();
                }
                s = shipped;
            }
        }
        return s;
    }

    private static List<SystemSchema> loadShipped() {
        List<SystemSchema> out = new ArrayList<>();
        try (BufferedReader index = open("systems.tsv")) {
            String line;
            while ((line = index.readLine()) != null) {
                String[] f = line.split("\t");
                if (line.isBlank() || line.startsWith("#") || f[0].equals("id")) {
                    continue;
                }
                try (BufferedReader in = open(f[0] + ".tsv")) {
                    out.add(SchemaTsv.read(f[0], f[1], f.length > 2 ? f[2] : null, in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    private static BufferedReader open(String name) {
        InputStream in = SchemaCatalog.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IllegalStateException("resource missing from the build: " + BASE + name);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
