package org.telisik.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.telisik.core.ingest.HashingInputStream;

/**
 * Everything about a case archive that can be checked before anything is written: only the entries a case
 * archive has (names are never used as paths), none twice, within {@link ArchiveLimits}, each with the SHA-256
 * that {@code SHA256SUMS} lists, evidence copies named by their own hash. Reads every entry once.
 */
final class ArchiveInspection {
    private static final Pattern SUM_LINE = Pattern.compile("([0-9a-f]{64})  (.+)");
    private static final Pattern EVIDENCE = Pattern.compile(Pattern.quote(ArchiveEntries.EVIDENCE_PREFIX) + "[0-9a-f]{64}");

    /** What passed: the case manifest's bytes and the evidence entries to store. */
    record Checked(byte[] caseJson, List<ZipEntry> evidence) {
    }

    private final ZipFile zip;
    private final Path archive;
    private final ArchiveLimits limits;

    ArchiveInspection(ZipFile zip, Path archive, ArchiveLimits limits) {
        this.zip = zip;
        this.archive = archive;
        this.limits = limits;
    }

    /** @param progress share of the bytes read so far, 0 to 1 */
    Checked check(DoubleConsumer progress) throws IOException {
        List<ZipEntry> entries = entries();
        Map<String, String> listed = sums();
        long declared = entries.stream().mapToLong(e -> Math.max(0, e.getSize())).sum();
        long total = 0;
        byte[] caseJson = null;
        List<ZipEntry> evidence = new ArrayList<>();
        for (ZipEntry entry : entries) {
            String name = entry.getName();
            if (name.equals(ArchiveEntries.SUMS)) {
                continue;
            }
            String expected = listed.remove(name);
            if (expected == null) {
                throw CaseImporter.damaged(archive, "entry " + name + " is not listed in " + ArchiveEntries.SUMS);
            }
            boolean manifest = !EVIDENCE.matcher(name).matches();
            byte[] kept = manifest ? read(entry) : null;
            String actual = manifest ? sha256(kept) : sha256(entry);
            if (!actual.equals(expected)) {
                throw CaseImporter.damaged(archive, "entry " + name + " does not have the SHA-256 listed for it");
            }
            if (!manifest && !name.endsWith(actual)) {
                throw CaseImporter.damaged(archive, "evidence " + name + " does not have the SHA-256 it is named by");
            }
            total += manifest ? kept.length : entry.getSize();
            if (total > limits.maxTotalBytes()) {
                throw CaseImporter.damaged(archive, "it expands to more than " + limits.maxTotalBytes() + " bytes");
            }
            if (name.equals(ArchiveEntries.CASE)) {
                caseJson = kept;
            } else if (!manifest) {
                evidence.add(entry);
            }
            progress.accept(declared == 0 ? 1 : Math.min(1, (double) total / declared));
        }
        if (!listed.isEmpty()) {
            throw CaseImporter.damaged(archive, "entries listed in " + ArchiveEntries.SUMS + " are missing: " + listed.keySet());
        }
        if (caseJson == null) {
            throw CaseImporter.damaged(archive, "it has no " + ArchiveEntries.CASE);
        }
        return new Checked(caseJson, evidence);
    }

    /** The entries, refused when there are too many, one is unknown or one comes twice. */
    private List<ZipEntry> entries() {
        List<ZipEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            if (entries.size() == limits.maxEntries()) {
                throw CaseImporter.damaged(archive, "it has more than " + limits.maxEntries() + " entries");
            }
            String name = entry.getName();
            boolean known = name.equals(ArchiveEntries.CASE) || name.equals(ArchiveEntries.AUDIT)
                    || name.equals(ArchiveEntries.SUMS) || EVIDENCE.matcher(name).matches();
            if (!known) {
                throw CaseImporter.damaged(archive, "entry \"" + printable(name) + "\" is not part of a Telisik case archive");
            }
            if (!seen.add(name)) {
                throw CaseImporter.damaged(archive, "entry " + name + " is in it twice");
            }
            entries.add(entry);
        }
        return entries;
    }

    private Map<String, String> sums() throws IOException {
        ZipEntry entry = zip.getEntry(ArchiveEntries.SUMS);
        if (entry == null) {
            throw CaseImporter.damaged(archive, "it has no " + ArchiveEntries.SUMS);
        }
        Map<String, String> listed = new LinkedHashMap<>();
        int number = 0;
        for (String line : new String(read(entry), StandardCharsets.UTF_8).split("\n")) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            Matcher m = SUM_LINE.matcher(line);
            if (!m.matches() || listed.put(m.group(2), m.group(1)) != null) {
                throw CaseImporter.damaged(archive, "line " + number + " of " + ArchiveEntries.SUMS
                        + " is not \"<sha256>  <entry>\" for an entry listed once");
            }
        }
        return listed;
    }

    private byte[] read(ZipEntry entry) throws IOException {
        try (InputStream in = bounded(entry, true)) {
            return in.readAllBytes();
        }
    }

    private String sha256(ZipEntry entry) throws IOException {
        try (HashingInputStream in = new HashingInputStream(bounded(entry, false))) {
            return in.finish().sha256();
        }
    }

    private static String sha256(byte[] content) {
        return java.util.HexFormat.of().formatHex(ArchiveEntries.sha256().digest(content));
    }

    /** The entry's bytes, stopped at its limit; a declared size is held to as well. */
    InputStream bounded(ZipEntry entry, boolean manifest) throws IOException {
        long limit = limits.allowed(entry.getCompressedSize(), manifest);
        if (entry.getSize() > limit) {
            throw tooLarge(entry, limit);
        }
        return new BoundedInput(zip.getInputStream(entry), entry.getSize() >= 0 ? entry.getSize() : limit);
    }

    private RuntimeException tooLarge(ZipEntry entry, long limit) {
        return CaseImporter.damaged(archive, "entry " + entry.getName() + " would expand to more than " + limit
                + " bytes (more than " + limits.maxRatio() + " times its compressed size, or over the size limit)");
    }

    private static String printable(String name) {
        String shown = name.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 80 ? shown.substring(0, 80) + "…" : shown;
    }
}
