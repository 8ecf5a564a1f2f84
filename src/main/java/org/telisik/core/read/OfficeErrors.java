package org.telisik.core.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.telisik.core.model.FileError;

/** Tells encrypted Office files apart and words their errors. */
final class OfficeErrors {
    private OfficeErrors() {
    }

    /** True when the (mark-supporting) stream starts with the OLE2 signature. */
    static boolean isOle2(InputStream in) throws IOException {
        return FileMagic.valueOf(in) == FileMagic.OLE2;
    }

    static BufferedInputStream markable(InputStream in) {
        return in instanceof BufferedInputStream b ? b : new BufferedInputStream(in);
    }

    static MalformedInputException passwordProtected(String fileName, Throwable cause) {
        return new MalformedInputException(new FileError("password-protected", fileName + " is protected with a"
                + " password, so its sheets cannot be read; its hashes are recorded, ask the source for the password"
                + " or an unprotected copy."), cause);
    }

    static MalformedInputException damaged(String fileName, Throwable cause) {
        return new MalformedInputException(new FileError("malformed-spreadsheet", fileName + " is not a readable"
                + " workbook (" + cause.getMessage() + "); the sheets before the damage were kept, open it in a"
                + " spreadsheet program to check it or ask for a fresh copy."), cause);
    }
}
