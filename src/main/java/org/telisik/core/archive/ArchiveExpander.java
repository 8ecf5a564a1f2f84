package org.telisik.core.archive;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.telisik.core.read.MalformedInputException;

/**
 * Hands the members of an archive to a {@link MemberVisitor}: zip, tar, 7z, and the single-member
 * compressors gzip, bzip2 and xz (a compressed tar, {@code .tar.gz} or {@code .tgz}, lists the tar's
 * members directly). Damage becomes {@code corrupt-archive}, a password {@code encrypted-archive}.
 */
public final class ArchiveExpander {
    private static final Set<String> TYPES = Set.of("application/zip", "application/x-tar", "application/gzip",
            "application/x-bzip2", "application/x-xz", "application/x-7z-compressed", "application/x-gtar");

    private ArchiveExpander() {
    }

    public static boolean isArchive(String mediaType) {
        return TYPES.contains(mediaType);
    }

    /**
     * @param path   the archive as displayed, for messages and member names
     * @param onDisk the archive's own file when it is one (7z reads it directly), else null
     */
    public static void expand(InputStream in, String mediaType, String path, Path onDisk, ArchiveBudget budget,
                              MemberVisitor visitor) throws IOException {
        try {
            switch (mediaType) {
                case "application/zip" -> ZipMembers.read(in, path, budget, visitor);
                case "application/x-tar", "application/x-gtar" -> TarMembers.read(in, budget, visitor);
                case "application/x-7z-compressed" -> SevenZipMembers.read(in, onDisk, path, budget, visitor);
                default -> single(decompressor(mediaType, in), path, budget, visitor);
            }
        } catch (MalformedInputException e) {
            throw e;
        } catch (IOException e) {
            throw ArchiveErrors.corrupt(path, e);
        }
    }

    private static InputStream decompressor(String mediaType, InputStream in) throws IOException {
        return switch (mediaType) {
            case "application/gzip" -> new GzipCompressorInputStream(in, true);
            case "application/x-bzip2" -> new BZip2CompressorInputStream(in, true);
            case "application/x-xz" -> new XZCompressorInputStream(in, true);
            default -> throw new IllegalArgumentException(mediaType + " is no archive");
        };
    }

    private static void single(InputStream expanded, String path, ArchiveBudget budget, MemberVisitor visitor)
            throws IOException {
        BufferedInputStream content = new BufferedInputStream(expanded, 64 * 1024);
        content.mark(512);
        byte[] head = content.readNBytes(512);
        content.reset();
        if (TarMembers.isTar(head)) {
            TarMembers.read(content, budget, visitor);
            return;
        }
        budget.entry();
        visitor.member(budget.limit(content), memberName(path), -1);
    }

    /** {@code pasien.csv.gz} holds {@code pasien.csv}; {@code dump.tgz} a tar. */
    static String memberName(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".tgz")) {
            return name.substring(0, name.length() - 4) + ".tar";
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name + ".out";
    }
}
