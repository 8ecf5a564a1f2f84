package org.telisik.core.analysis;

import java.util.HashMap;
import java.util.Map;
import org.telisik.core.read.CsvTableReader;
import org.telisik.core.read.DicomHeaderReader;
import org.telisik.core.read.JsonTableReader;
import org.telisik.core.read.NdjsonTableReader;
import org.telisik.core.read.SqlDumpReader;
import org.telisik.core.read.TableReader;

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
        return new ReaderRegistry(readers);
    }

    /** @return the reader for this media type, or null when Telisik does not read tables from it */
    public TableReader forMediaType(String mediaType) {
        return byMediaType.get(mediaType);
    }
}
