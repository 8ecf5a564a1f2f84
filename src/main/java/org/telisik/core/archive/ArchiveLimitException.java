package org.telisik.core.archive;

import org.telisik.core.model.ErrorCode;
import org.telisik.core.model.FileError;
import org.telisik.core.read.InputAbortedException;

/** An archive went past one of the {@link ArchiveLimits}; reading of the whole evidence file stops. */
public final class ArchiveLimitException extends InputAbortedException {
    private static final long serialVersionUID = 1L;

    public ArchiveLimitException(String path, String what) {
        super(new FileError(ErrorCode.ARCHIVE_LIMIT, path + " " + what + "; it looks like a zip bomb or an archive that"
                + " contains itself: the members up to here were kept, unpack it by hand in a sandbox if needed."));
    }
}
