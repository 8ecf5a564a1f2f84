package org.telisik.core.authenticity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.telisik.core.estimate.RecordSizeSampler;
import org.telisik.core.estimate.RecordSizes;
import org.telisik.core.read.TeeRecordSink;
import org.telisik.core.identity.NikValidator;
import org.telisik.core.identity.RegionCodes;
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

    /** @param fingerprinter keyed with the workspace's secret */
    public EvidenceSampler(LocalDate referenceDate, IdentifierFingerprinter fingerprinter) {
        this.identifiers = new IdentifierCollector(fingerprinter, new NikValidator(RegionCodes.get(), referenceDate));
        this.sink = TeeRecordSink.of(rows, sizes, identifiers);
    }

    /** The sink to tee next to the profiler; the analysis ends any dataset a failed reader left open. */
    public RecordSink sink() {
        return sink;
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
