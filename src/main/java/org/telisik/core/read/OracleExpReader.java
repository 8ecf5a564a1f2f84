package org.telisik.core.read;

import org.telisik.core.model.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telisik.core.model.FileError;

/**
 * An Oracle {@code exp} dump ({@code EXPORT:V..} header): its table definitions are text and are read as datasets
 * with their columns, but its rows are in exp's undocumented binary format, which is not decoded. Every table is
 * reported incomplete and the error says how to get at the rows, so the file never looks empty or complete.
 */
public final class OracleExpReader {
    public static final String MEDIA_TYPE = "application/x-oracle-exp";
    private static final Pattern TABLE = Pattern.compile("CREATE TABLE \"([^\"]+)\" \\(([^\\n]*)");
    private static final Pattern COLUMN = Pattern.compile("(?:\\(|, )\"([^\"]+)\" ");
    private static final int SCAN = 16 * 1024 * 1024;

    private OracleExpReader() {
    }

    public static TableReader reader() {
        return OracleExpReader::read;
    }

    private static void read(InputStream in, ReadContext context, RecordSink sink) throws IOException {
        String text = new String(in.readNBytes(SCAN), StandardCharsets.ISO_8859_1);
        Map<String, List<String>> tables = new LinkedHashMap<>();
        Matcher t = TABLE.matcher(text);
        while (t.find()) {
            List<String> columns = new ArrayList<>();
            Matcher c = COLUMN.matcher("(" + t.group(2));
            while (c.find()) {
                columns.add(c.group(1));
            }
            tables.putIfAbsent(t.group(1), columns);
        }
        for (Map.Entry<String, List<String>> e : tables.entrySet()) {
            sink.startDataset(e.getKey(), "sql", null, e.getValue());
            sink.endDataset(false, 0);
        }
        throw new MalformedInputException(new FileError(ErrorCode.ORACLE_EXP_ROWS_NOT_READ, context.fileName()
                + " is an Oracle exp dump; the definitions of its " + tables.size() + " table(s) were read, but their"
                + " rows are in exp's binary format, which Telisik does not decode: import the file with imp into a"
                + " scratch Oracle database and export the tables with SQL Developer."));
    }
}
