package org.telisik.core.analysis;

import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import org.telisik.core.read.AccessTableReader;
import org.telisik.core.read.CsvTableReader;
import org.telisik.core.read.DbfTableReader;
import org.telisik.core.read.DicomHeaderReader;
import org.telisik.core.read.DocumentTextReader;
import org.telisik.core.read.PlainTextReader;
import org.telisik.core.read.XmlTableReader;
import org.telisik.core.read.JsonTableReader;
import org.telisik.core.read.NdjsonTableReader;
import org.telisik.core.read.OracleExpReader;
import org.telisik.core.read.ReaderProvider;
import org.telisik.core.read.SqlDumpReader;
import org.telisik.core.read.TableReader;
import org.telisik.core.read.XlsTableReader;
import org.telisik.core.read.XlsbTableReader;
import org.telisik.core.read.XlsxTableReader;

/** Which {@link TableReader} reads which detected media type. */
public final class ReaderRegistry {
    private final Map<String, TableReader> byMediaType;

    public ReaderRegistry(Map<String, TableReader> byMediaType) {
        this.byMediaType = Map.copyOf(byMediaType);
    }

    public static ReaderRegistry standard() {
        Map<String, TableReader> readers = new HashMap<>();
        CsvTableReader csv = new CsvTableReader();
        readers.put("text/csv", csv);
        readers.put("text/tab-separated-values", csv);
        readers.put("application/sql", new SqlDumpReader());
        readers.put("application/json", new JsonTableReader());
        readers.put("application/x-ndjson", new NdjsonTableReader());
        readers.put("application/dicom", new DicomHeaderReader());
        XlsxTableReader xlsx = new XlsxTableReader();
        readers.put("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx);
        readers.put("application/vnd.ms-excel.sheet.macroenabled.12", xlsx);
        readers.put("application/x-tika-ooxml-protected", xlsx);
        readers.put("application/vnd.ms-excel.sheet.binary.macroenabled.12", new XlsbTableReader());
        readers.put("application/vnd.ms-excel", new XlsTableReader());
        readers.put("application/xml", new XmlTableReader());
        readers.put("text/plain", new PlainTextReader());
        DocumentTextReader documents = new DocumentTextReader();
        for (String type : new String[] {"application/pdf", "text/html", "application/rtf", "application/msword",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.oasis.opendocument.text"}) {
            readers.put(type, documents);
        }
        readers.put("application/x-dbf", new DbfTableReader());
        readers.put("application/x-msaccess", new AccessTableReader());
        readers.put(OracleExpReader.MEDIA_TYPE, OracleExpReader.reader());
        // readers outside core (org.telisik.dbfile: SQLite through JDBC) register through the service loader
        for (ReaderProvider p : ServiceLoader.load(ReaderProvider.class)) {
            readers.putAll(p.readers());
        }
        return new ReaderRegistry(readers);
    }

    /** @return the reader for this media type, or null when Telisik does not read tables from it */
    public TableReader forMediaType(String mediaType) {
        return byMediaType.get(mediaType);
    }
}
