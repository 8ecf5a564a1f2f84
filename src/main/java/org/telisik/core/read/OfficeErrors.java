package org.telisik.core.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.telisik.core.model.ErrorCode;
import org.telisik.core.model.FileError;

/** Tells encrypted Office files apart, reads an OLE2 workbook under an OOXML name, and words their errors. */
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

    /**
     * An OLE2 container under an OOXML name is either encrypted (reported as password-protected) or an old
     * binary workbook (read as xls).
     *
     * @return false when the input is no OLE2 container and still has to be read
     */
    static boolean readOle2(InputStream in, ReadContext context, RecordSink sink) throws IOException {
        if (!isOle2(in)) {
            return false;
        }
        POIFSFileSystem fs = new POIFSFileSystem(in);
        if (fs.getRoot().hasEntry("EncryptionInfo")) {
            throw passwordProtected(context.fileName(), null);
        }
        XlsTableReader.readWorkbook(fs, context, sink);
        return true;
    }

    /** What a workbook reader's failure becomes: an abort passes, anything else is a damaged workbook. */
    static MalformedInputException damagedUnlessAborted(String fileName, Exception e) {
        if (e instanceof InputAbortedException aborted) {
            throw aborted;
        }
        return e instanceof MalformedInputException m ? m : damaged(fileName, e);
    }

    static MalformedInputException passwordProtected(String fileName, Throwable cause) {
        return new MalformedInputException(new FileError(ErrorCode.PASSWORD_PROTECTED, fileName + " is protected with a"
                + " password, so its sheets cannot be read; its hashes are recorded, ask the source for the password"
                + " or an unprotected copy."), cause);
    }

    static MalformedInputException damaged(String fileName, Throwable cause) {
        return new MalformedInputException(new FileError(ErrorCode.MALFORMED_SPREADSHEET, fileName + " is not a readable"
                + " workbook (" + cause.getMessage() + "); the sheets before the damage were kept, open it in a"
                + " spreadsheet program to check it or ask for a fresh copy."), cause);
    }
}
