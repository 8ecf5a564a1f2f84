package org.telisik.core.read;

import org.telisik.core.model.ErrorCode;
import com.linuxense.javadbf.DBFCharsetHelper;
import com.linuxense.javadbf.DBFDataType;
import com.linuxense.javadbf.DBFException;
import com.linuxense.javadbf.DBFReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.telisik.core.detect.DbfHeader;
import org.telisik.core.model.FileError;

/**
 * Streams a dBase III/IV, FoxPro or Visual FoxPro table (.dbf) into one dataset with javadbf. The text encoding is
 * the table's own code page (header byte 29); tables that name none read as windows-1252. Records flagged deleted
 * still hold their data: they are read as rows like the others and counted in a warning. Memo fields are read from
 * the .fpt/.dbt file beside the evidence when there is one; without it their values are missing and a warning
 * says so. A table shorter than its header's record count ends incomplete.
 */
public final class DbfTableReader implements TableReader {
    private static final Charset DEFAULT = Charset.forName("windows-1252");

    @Override
    public void read(InputStream raw, ReadContext context, RecordSink sink) throws IOException {
        Head head = Head.of(raw, 32);
        DbfHeader flags = DbfHeader.of(head.bytes());
        if (flags == null) {
            throw malformed(context, "its header is not a DBF header", null);
        }
        Charset charset = DBFCharsetHelper.getCharsetByByte(head.bytes()[29] & 0xFF);
        DBFReader dbf;
        try {
            dbf = new DBFReader(head.in(), charset == null ? DEFAULT : charset, true);
        } catch (DBFException e) {
            throw malformed(context, "its header cannot be read", e);
        }
        List<String> columns = new ArrayList<>();
        boolean memo = false;
        for (int i = 1; i < dbf.getFieldCount(); i++) { // field 0 is javadbf's "deleted" flag
            columns.add(dbf.getField(i).getName());
            DBFDataType t = dbf.getField(i).getType();
            memo |= t == DBFDataType.MEMO || t == DBFDataType.BINARY || t == DBFDataType.GENERAL_OLE
                    || t == DBFDataType.PICTURE;
        }
        Path memoFile = memo ? memoFile(context) : null;
        if (memoFile != null) {
            dbf.setMemoFile(memoFile.toFile());
        }
        sink.startDataset(context.fileName(), "database", null, columns);
        long rows = 0;
        long deleted = 0;
        long firstDeleted = 0;
        try {
            Object[] record;
            while ((record = dbf.nextRecord()) != null) {
                String[] values = new String[record.length - 1];
                for (int i = 1; i < record.length; i++) {
                    values[i - 1] = DatabaseValues.text(record[i]);
                }
                sink.record(values);
                rows++;
                if (Boolean.TRUE.equals(record[0]) && deleted++ == 0) {
                    firstDeleted = rows;
                }
            }
        } catch (DBFException e) {
            sink.endDataset(false, flags.recordBytes(rows));
            throw truncated(context, rows, flags, e);
        }
        if (rows < flags.announced()) {
            sink.endDataset(false, flags.recordBytes(rows));
            throw truncated(context, rows, flags, null);
        }
        sink.endDataset(true, flags.recordBytes(rows));
        if (memo && memoFile == null) {
            sink.warning(new FileError(ErrorCode.SIDE_FILE_NOT_READ, context.fileName() + " has memo fields whose"
                    + " text lies in a .fpt or .dbt file of the same name, not found beside it; their values are"
                    + " missing, ask the source for that file too."));
        } else if (deleted > 0) {
            sink.warning(new FileError(ErrorCode.DELETED_RECORDS, context.fileName() + " holds " + deleted
                    + " of its " + rows + " records flagged deleted (the first is record " + firstDeleted
                    + "); deleted records still hold their data and were read and counted as rows."));
        }
    }

    private static Path memoFile(ReadContext context) {
        if (context.onDisk() == null || context.onDisk().getParent() == null) {
            return null;
        }
        String name = context.onDisk().getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        for (String ext : new String[] {".fpt", ".FPT", ".dbt", ".DBT", ".Fpt", ".Dbt"}) {
            Path p = context.onDisk().resolveSibling(stem + ext);
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                return p;
            }
        }
        return null;
    }

    private static MalformedInputException truncated(ReadContext context, long rows, DbfHeader flags,
                                                     Exception cause) {
        return new MalformedInputException(new FileError(ErrorCode.TRUNCATED_DBF, context.fileName() + " ends after "
                + rows + " of the " + flags.announced() + " records its header announces" + (cause == null ? ""
                : " (" + cause.getMessage() + ")") + "; the records before were kept, ask the source for the whole file."),
                cause == null ? new java.io.EOFException() : cause);
    }

    private static MalformedInputException malformed(ReadContext context, String why, Exception cause) {
        return new MalformedInputException(new FileError(ErrorCode.MALFORMED_DATABASE, context.fileName()
                + " is named or shaped like a dBase table but " + why + "; check it with the program that wrote it."),
                cause);
    }
}
