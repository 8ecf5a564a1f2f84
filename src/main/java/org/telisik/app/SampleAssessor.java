package org.telisik.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.telisik.core.authenticity.AuthenticityJudge;
import org.telisik.core.authenticity.EvidenceSampler;
import org.telisik.core.authenticity.IdentifierFingerprinter;
import org.telisik.core.authenticity.RecycledDataCheck;
import org.telisik.core.claim.ClaimParser;
import org.telisik.core.estimate.CompressionProbe;
import org.telisik.core.estimate.RecordEstimator;
import org.telisik.core.estimate.SampleMeasure;
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

    /** @param sampler fed with every record of {@code files} */
    Assessment assess(String caseId, EvidenceSampler sampler, List<Path> files, List<FileReport> reports, String claimText) {
        fingerprints.add(caseId, sampler.fingerprints().values());
        boolean earlier = fingerprints.hasEarlierCases(caseId);
        AuthenticityCheck recycled = RecycledDataCheck.of(earlier ? fingerprints.overlapWithEarlierCases(caseId)
                : List.of(), earlier);
        Authenticity authenticity = new AuthenticityJudge(referenceDate).judge(sampler.rowSamples(), profiles(reports),
                List.of(recycled));
        Estimate estimate = claimText == null || claimText.isBlank() ? null
                : estimate(claimText, SampleMeasure.of(reports, sampler.recordSizes()), files);
        return new Assessment(estimate, authenticity);
    }

    /**
     * The estimate for a stored case, from its stored reports: exact rows and bytes, without the spread of
     * record sizes (the range is then the minimum width); the compression ratio from those evidence files that
     * are still where they were analysed.
     */
    Estimate estimateStored(List<FileReport> reports, String claimText) {
        List<Path> files = new ArrayList<>();
        for (FileReport r : reports) {
            try {
                Path p = Path.of(r.path());
                // a link listed as skipped is never read here either
                if (java.nio.file.Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    files.add(p);
                }
            } catch (java.nio.file.InvalidPathException e) {
                continue; // an archive member path ("outer.zip!/inner.csv") is no file of its own
            }
        }
        return estimate(claimText == null ? "" : claimText, SampleMeasure.of(reports, List.of()), files);
    }

    private static Estimate estimate(String claimText, SampleMeasure sample, List<Path> files) {
        return new RecordEstimator().estimate(new ClaimParser().parse(claimText), sample,
                new CompressionProbe().measure(files));
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
