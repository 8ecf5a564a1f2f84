package org.telisik.core.archive;

import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** Streams the regular files of a tar archive. */
final class TarMembers {
    private TarMembers() {
    }

    /** A tar header carries "ustar" at offset 257. */
    static boolean isTar(byte[] head) {
        return head.length >= 262 && head[257] == 'u' && head[258] == 's' && head[259] == 't' && head[260] == 'a'
                && head[261] == 'r';
    }

    static void read(InputStream in, ArchiveBudget budget, MemberVisitor visitor) throws IOException {
        TarArchiveInputStream tar = new TarArchiveInputStream(in);
        TarArchiveEntry entry;
        while ((entry = tar.getNextEntry()) != null) {
            if (!entry.isFile()) {
                continue;
            }
            budget.entry();
            visitor.member(budget.limit(tar), entry.getName(), entry.getSize());
        }
    }
}
