package org.telisik.core.authenticity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.telisik.core.estimate.RecordSizeSampler;
import org.telisik.core.estimate.RecordSizes;
import org.telisik.core.read.TeeRecordSink;
import org.telisik.core.identity.NikValidator;
import org.telisik.core.identity.RegionCodes;
import org.telisik.core.model.Dialect;
import org.telisik.core.read.RecordSink;

/**
 * Everything the claim and authenticity need from the records of a case, gathered in one pass next to the
 * profiler: row samples, record sizes and identifier fingerprints. Feed every file of the case through
 * {@link #sink()}, one after the other, then read the results.
 */
public final class EvidenceSampler {
    private final RowSampler rows = new RowSampler();
    private final RecordSizeSampler sizes = new RecordSizeSampler();
    private final IdentifierCollector identifiers;
    private final RecordSink sink;
    private boolean open;

    /** @param fingerprinter keyed with the workspace's secret */
    public EvidenceSampler(LocalDate referenceDate, IdentifierFingerprinter fingerprinter) {
        this.identifiers = new IdentifierCollector(fingerprinter, new NikValidator(RegionCodes.get(), referenceDate));
        RecordSink all = TeeRecordSink.of(rows, sizes, identifiers);
        this.sink = new RecordSink() {
            @Override
            public void startDataset(String name, String format, Dialect dialect, List<String> columns) {
                open = true;
                all.startDataset(name, format, dialect, columns);
            }

            @Override
            public void addColumn(String name) {
                all.addColumn(name);
            }

            @Override
            public void record(String[] values) {
                all.record(values);
            }

            @Override
            public void endDataset(boolean complete, long bytes) {
                open = false;
                all.endDataset(complete, bytes);
            }
        };
    }

    /** The sink to tee next to the profiler. */
    public RecordSink sink() {
        return sink;
    }

    /** Closes a dataset a failed reader left open, keeping the rows it delivered. */
    public void endOpenDataset() {
        if (open) {
            sink.endDataset(false, 0);
        }
    }

    public List<RowSample> rowSamples() {
        return rows.samples();
    }

    public List<RecordSizes> recordSizes() {
        return sizes.results();
    }

    public Map<IdentifierType, FingerprintSet> fingerprints() {
        return identifiers.fingerprints();
    }
}
