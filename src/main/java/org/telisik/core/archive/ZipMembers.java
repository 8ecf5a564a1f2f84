package org.telisik.core.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Arrays;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/** Streams the members of a zip archive from its local headers, without needing the central directory. */
final class ZipMembers {
    private ZipMembers() {
    }

    /** A local file header's signature, PK 3 4: what a zip with members starts with. */
    private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};

    static void read(InputStream raw, String path, ArchiveBudget budget, MemberVisitor visitor) throws IOException {
        PushbackInputStream in = new PushbackInputStream(raw, LOCAL_HEADER.length);
        byte[] start = in.readNBytes(LOCAL_HEADER.length);
        in.unread(start);
        ZipArchiveInputStream zip = new ZipArchiveInputStream(in, "UTF-8", true, true);
        ZipArchiveEntry entry;
        int headers = 0;
        while ((entry = zip.getNextEntry()) != null) {
            headers++;
            if (entry.isDirectory()) {
                continue;
            }
            if (entry.getGeneralPurposeBit().usesEncryption()) {
                throw ArchiveErrors.encrypted(path);
            }
            if (!zip.canReadEntryData(entry)) {
                throw ArchiveErrors.unsupportedMember(path, entry.getName(), "compression method " + entry.getMethod());
            }
            budget.entry();
            visitor.member(budget.limit(zip), entry.getName(), entry.getSize());
        }
        // commons-compress takes a header cut short for the end of the archive: a zip that announces a member
        // and yields none is damaged, not empty, and must say so rather than give nothing
        if (headers == 0 && Arrays.equals(start, LOCAL_HEADER)) {
            throw ArchiveErrors.corrupt(path, new IOException("its first member header could not be read"));
        }
    }
}
