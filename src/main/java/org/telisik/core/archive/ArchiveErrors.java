package org.telisik.core.archive;

import java.io.IOException;
import org.telisik.core.model.ErrorCode;
import org.telisik.core.model.FileError;
import org.telisik.core.read.MalformedInputException;

/** The file errors archives produce, worded once. */
final class ArchiveErrors {
    private ArchiveErrors() {
    }

    static MalformedInputException encrypted(String path) {
        return new MalformedInputException(new FileError(ErrorCode.ENCRYPTED_ARCHIVE, path + " is encrypted with a password;"
                + " its hashes are recorded, ask the source for the password or an unencrypted copy."));
    }

    static MalformedInputException corrupt(String path, IOException cause) {
        return new MalformedInputException(new FileError(ErrorCode.CORRUPT_ARCHIVE, path + " is damaged or cut short ("
                + cause.getMessage() + "); the members before the damage were kept, ask for a fresh copy."), cause);
    }

    static MalformedInputException unsupportedMember(String path, String member, String why) {
        return new MalformedInputException(new FileError(ErrorCode.UNSUPPORTED_ARCHIVE_MEMBER, path + "!/" + member
                + " cannot be unpacked (" + why + "); the members before it were kept, unpack it with another tool."));
    }
}
