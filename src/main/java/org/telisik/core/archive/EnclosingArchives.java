package org.telisik.core.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.telisik.core.ingest.HashingInputStream;
import org.telisik.core.model.FileError;

/**
 * The archives a stream sits in, outermost first, to recognise a member that is a copy of one of them: an
 * archive that contains itself (a zip quine, or A holding B holding A) would otherwise unpack until a limit
 * stops the whole evidence file. Member and archive are read once, as streams, so the copy is recognised
 * before unpacking by its size and first bytes, then confirmed by SHA-256 where the archive is a file on disk.
 */
public final class EnclosingArchives {
    /** How many first bytes must agree. */
    public static final int HEAD = 64 * 1024;
    private static final EnclosingArchives NONE = new EnclosingArchives(List.of());
    private final List<Archive> chain;

    /**
     * @param path   as displayed
     * @param size   its size in bytes, -1 when unknown
     * @param head   its first {@link #HEAD} bytes (fewer when it is shorter)
     * @param onDisk its own file when it is one, else null
     */
    public record Archive(String path, long size, byte[] head, Path onDisk) {
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
            if (knownSize(a.size(), a.head()) == known && Arrays.equals(a.head(), head)) {
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
     * The error for a member that was not unpacked because it looks like a copy of {@code archive}: an
     * {@code archive-self-reference} when the SHA-256 agrees or cannot be compared now, an
     * {@code archive-limit} when the archive is on disk and its SHA-256 differs after all.
     */
    public static FileError notUnpacked(String memberPath, String memberSha256, Archive archive) {
        String archiveSha256 = archive.onDisk() == null ? null : sha256(archive.onDisk());
        if (archiveSha256 != null && archiveSha256.equals(memberSha256)) {
            return new FileError("archive-self-reference", memberPath + " is a copy of " + archive.path()
                    + ", the archive it sits in (same SHA-256), so that archive contains itself and would unpack"
                    + " forever: the copy was not unpacked again, everything else in it was analysed.");
        }
        if (archiveSha256 != null || memberSha256 == null) {
            return new FileError("archive-limit", memberPath + " has the same size and first bytes as "
                    + archive.path() + ", the archive it sits in, so it was not unpacked; unpack it by hand in a"
                    + " sandbox to see whether it holds anything else.");
        }
        return new FileError("archive-self-reference", memberPath + " has the same size and first "
                + archive.head().length + " bytes as " + archive.path() + ", the archive it sits in, so that archive"
                + " apparently contains itself and would unpack forever: the copy was not unpacked again; compare"
                + " the two SHA-256 in this report to confirm.");
    }

    private static String sha256(Path file) {
        try (HashingInputStream in = new HashingInputStream(Files.newInputStream(file))) {
            return in.finish().sha256();
        } catch (IOException e) {
            return null; // not comparable now; the size and head still say what happened
        }
    }
}
