package org.telisik.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.telisik.core.analysis.ReaderRegistry;
import org.telisik.core.authenticity.AuthenticityJudge;
import org.telisik.core.authenticity.EvidenceSampler;
import org.telisik.core.authenticity.IdentifierFingerprinter;
import org.telisik.core.authenticity.RecycledDataCheck;
import org.telisik.core.authenticity.SampleReader;
import org.telisik.core.claim.ClaimParser;
import org.telisik.core.estimate.CompressionProbe;
import org.telisik.core.estimate.RecordEstimator;
import org.telisik.core.estimate.SampleMeasure;
import org.telisik.core.ingest.PathExpander;
import org.telisik.core.model.Authenticity;
import org.telisik.core.model.AuthenticityCheck;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.Estimate;
import org.telisik.core.model.FileReport;
import org.telisik.workspace.IdentifierFingerprintRepository;

/**
 * Judges a case's sample after its files were analysed: the estimate implied by the seller's claim, the
 * authenticity checks on row samples, and the overlap with earlier cases of the workspace (whose fingerprints
 * are stored for later cases to compare with).
 */
final class SampleAssessor {
    private final IdentifierFingerprintRepository fingerprints;
    private final LocalDate referenceDate;

    SampleAssessor(IdentifierFingerprintRepository fingerprints, LocalDate referenceDate) {
        this.fingerprints = fingerprints;
        this.referenceDate = referenceDate;
    }

    record Assessment(Estimate estimate, Authenticity authenticity) {
    }

    /** A sampler keyed with this workspace's secret, to tee next to the profiler during the file analysis. */
    EvidenceSampler newSampler() {
        return new EvidenceSampler(referenceDate, new IdentifierFingerprinter(fingerprints.key()));
    }

    /**
     * Reads the files a second time into a fresh sampler, then assesses. Used until the file analysis tees its
     * records into {@link #newSampler()}'s sink; then call the other {@code assess} directly.
     *
     * @param claimText the seller's claim, or null/blank when none was given (the estimate is then null)
     */
    Assessment assess(String caseId, List<Path> paths, List<FileReport> reports, String claimText, BooleanSupplier cancelled) {
        List<Path> files = PathExpander.expand(paths);
        EvidenceSampler sampler = newSampler();
        new SampleReader(ReaderRegistry.standard()).read(files, sampler, cancelled);
        return assess(caseId, sampler, files, reports, claimText);
    }

    /** @param sampler fed with every record of {@code files} */
    Assessment assess(String caseId, EvidenceSampler sampler, List<Path> files, List<FileReport> reports, String claimText) {
        fingerprints.add(caseId, sampler.fingerprints().values());
        AuthenticityCheck recycled = RecycledDataCheck.of(fingerprints.overlapWithEarlierCases(caseId),
                fingerprints.hasEarlierCases(caseId));
        Authenticity authenticity = new AuthenticityJudge(referenceDate).judge(sampler.rowSamples(), profiles(reports),
                List.of(recycled));
        Estimate estimate = claimText == null || claimText.isBlank() ? null
                : new RecordEstimator().estimate(new ClaimParser().parse(claimText),
                        SampleMeasure.of(reports, sampler.recordSizes()), new CompressionProbe().measure(files));
        return new Assessment(estimate, authenticity);
    }

    private static List<DatasetProfile> profiles(List<FileReport> reports) {
        List<DatasetProfile> all = new ArrayList<>();
        for (FileReport r : reports) {
            all.addAll(r.datasets());
            all.addAll(profiles(r.entries()));
        }
        return all;
    }
}
