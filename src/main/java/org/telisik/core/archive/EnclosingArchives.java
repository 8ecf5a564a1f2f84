package org.telisik.core.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.telisik.core.ingest.HashingInputStream;
import org.telisik.core.model.ErrorCode;
import org.telisik.core.model.FileError;
import org.telisik.core.model.FileReport;

/**
 * The archives a stream sits in, outermost first, to recognise a member that is a copy of one of them: an
 * archive that contains itself (a zip quine, or A holding B holding A) would otherwise unpack until a limit
 * stops the whole evidence file. Member and archive are read once, as streams, so a copy is recognised
 * before unpacking by its size and first bytes and is not unpacked; then it is confirmed by SHA-256: at once
 * when the archive is a file on disk, otherwise when the archive's own hash is known after its last byte.
 */
public final class EnclosingArchives {
    /** How many first bytes must agree. */
    public static final int HEAD = 64 * 1024;
    private static final EnclosingArchives NONE = new EnclosingArchives(List.of());
    private final List<Archive> chain;

    /** One enclosing archive and the members taken for copies of it, waiting for its SHA-256. */
    public static final class Archive {
        private final String path;
        private final long size;
        private final byte[] head;
        private final Path onDisk;
        private final Map<String, String> copies = new LinkedHashMap<>(); // member path -> its SHA-256

        /**
         * @param path   as displayed
         * @param size   its size in bytes, -1 when unknown
         * @param head   its first {@link #HEAD} bytes (fewer when it is shorter)
         * @param onDisk its own file when it is one, else null
         */
        public Archive(String path, long size, byte[] head, Path onDisk) {
            this.path = path;
            this.size = size;
            this.head = head.clone();
            this.onDisk = onDisk;
        }
    }

    private EnclosingArchives(List<Archive> chain) {
        this.chain = chain;
    }

    public static EnclosingArchives none() {
        return NONE;
    }

    /** These archives and, innermost, one more. */
    public EnclosingArchives inside(Archive archive) {
        List<Archive> longer = new ArrayList<>(chain);
        longer.add(archive);
        return new EnclosingArchives(List.copyOf(longer));
    }

    /** @return the enclosing archive that a member of this size and head looks like a copy of, or null */
    public Archive lookalike(long size, byte[] head) {
        long known = knownSize(size, head);
        if (known < 0) {
            return null;
        }
        for (Archive a : chain) {
            if (knownSize(a.size, a.head) == known && Arrays.equals(a.head, head)) {
                return a;
            }
        }
        return null;
    }

    /** A member whose archive does not declare its size still has a known one when its head is all of it. */
    private static long knownSize(long declared, byte[] head) {
        return declared >= 0 ? declared : head.length < HEAD ? head.length : -1;
    }

    /**
     * The error for a member that was not unpacked because it looks like a copy of {@code archive}. When the
     * archive is on disk its SHA-256 is compared now; otherwise the member waits for {@link #confirm}.
     */
    public static FileError notUnpacked(String memberPath, String memberSha256, Archive archive) {
        if (archive.onDisk != null) {
            return judged(memberPath, memberSha256, archive, sha256(archive.onDisk));
        }
        archive.copies.put(memberPath, memberSha256);
        return new FileError(ErrorCode.ARCHIVE_SELF_REFERENCE, memberPath + " has the same size and first "
                + archive.head.length + " bytes as " + archive.path + ", the archive it sits in, so that archive"
                + " apparently contains itself and would unpack forever: the copy was not unpacked again; compare"
                + " the two SHA-256 in this report to confirm.");
    }

    /**
     * Once the archive's SHA-256 is known: the members taken for copies of it, at any depth of its entries,
     * get the error that the comparison gives.
     */
    public static List<FileReport> confirm(Archive archive, String archiveSha256, List<FileReport> entries) {
        if (archive.copies.isEmpty() || archiveSha256 == null) {
            return entries;
        }
        List<FileReport> confirmed = new ArrayList<>(entries.size());
        for (FileReport e : entries) {
            String memberSha256 = archive.copies.get(e.path());
            FileError error = archive.copies.containsKey(e.path())
                    ? judged(e.path(), memberSha256, archive, archiveSha256) : e.error();
            confirmed.add(new FileReport(e.path(), e.sizeBytes(), e.sha256(), e.md5(), e.mediaType(), e.encoding(),
                    error, e.datasets(), confirm(archive, archiveSha256, e.entries()), e.entities()));
        }
        return confirmed;
    }

    private static FileError judged(String memberPath, String memberSha256, Archive archive, String archiveSha256) {
        if (archiveSha256 != null && archiveSha256.equals(memberSha256)) {
            return new FileError(ErrorCode.ARCHIVE_SELF_REFERENCE, memberPath + " is a copy of " + archive.path
                    + ", the archive it sits in (same SHA-256), so that archive contains itself and would unpack"
                    + " forever: the copy was not unpacked again, everything else in it was analysed.");
        }
        return new FileError(ErrorCode.ARCHIVE_LIMIT, memberPath + " has the same size and first bytes as " + archive.path
                + ", the archive it sits in, so it was not unpacked" + (archiveSha256 == null ? ""
                : " although its SHA-256 differs") + "; unpack it by hand in a sandbox to see what it holds.");
    }

    private static String sha256(Path file) {
        try (HashingInputStream in = new HashingInputStream(Files.newInputStream(file))) {
            return in.finish().sha256();
        } catch (IOException e) {
            return null; // not comparable now; the size and head still say what happened
        }
    }
}
