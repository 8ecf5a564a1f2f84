package org.telisik.core.archive;

import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/** Streams the members of a zip archive from its local headers, without needing the central directory. */
final class ZipMembers {
    private ZipMembers() {
    }

    static void read(InputStream in, String path, ArchiveBudget budget, MemberVisitor visitor) throws IOException {
        ZipArchiveInputStream zip = new ZipArchiveInputStream(in, "UTF-8", true, true);
        ZipArchiveEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
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
    }
}
