package org.telisik.core.analysis;

import java.util.Map;
import org.telisik.core.read.CsvTableReader;
import org.telisik.core.read.TableReader;

/** Which {@link TableReader} reads which detected media type. */
public final class ReaderRegistry {
    private final Map<String, TableReader> byMediaType;

    public ReaderRegistry(Map<String, TableReader> byMediaType) {
        this.byMediaType = Map.copyOf(byMediaType);
    }

    public static ReaderRegistry standard() {
        CsvTableReader csv = new CsvTableReader();
        return new ReaderRegistry(Map.of("text/csv", csv, "text/tab-separated-values", csv));
    }

    /** @return the reader for this media type, or null when Telisik does not read tables from it */
    public TableReader forMediaType(String mediaType) {
        return byMediaType.get(mediaType);
    }
}
