package org.telisik.core.archive;

import java.io.IOException;
import java.io.InputStream;

/** Receives the members of an archive one at a time, in archive order. */
@FunctionalInterface
public interface MemberVisitor {
    /**
     * @param content the member's expanded bytes; valid only during this call, not to be closed
     * @param name    the member's path inside the archive, with '/' separators
     * @param size    the member's declared size, or -1 when the archive does not say
     */
    void member(InputStream content, String name, long size) throws IOException;
}
