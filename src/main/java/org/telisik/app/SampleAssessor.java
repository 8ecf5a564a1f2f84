package org.telisik.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.telisik.core.authenticity.AuthenticityJudge;
import org.telisik.core.authenticity.EvidenceSampler;
import org.telisik.core.authenticity.IdentifierFingerprinter;
import org.telisik.core.authenticity.RecycledDataCheck;
import org.telisik.core.claim.ClaimParser;
import org.telisik.core.estimate.EstimateBasis;
import org.telisik.core.estimate.RecordEstimator;
import org.telisik.core.model.Authenticity;
import org.telisik.core.model.AuthenticityCheck;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.Estimate;
import org.telisik.core.model.EstimateChoice;
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

    /** @param basis what the estimate measured in the sample, kept to estimate again under other assumptions */
    record Assessment(Estimate estimate, Authenticity authenticity, EstimateBasis basis) {
    }

    /** A sampler keyed with this workspace's secret, to tee next to the profiler during the file analysis. */
    EvidenceSampler newSampler() {
        return new EvidenceSampler(referenceDate, new IdentifierFingerprinter(fingerprints.key()));
    }

    /** @param sampler fed with every record of {@code reports}' files */
    Assessment assess(String caseId, EvidenceSampler sampler, List<FileReport> reports, String claimText) {
        fingerprints.add(caseId, sampler.fingerprints().values());
        boolean earlier = fingerprints.hasEarlierCases(caseId);
        AuthenticityCheck recycled = RecycledDataCheck.of(earlier ? fingerprints.overlapWithEarlierCases(caseId)
                : List.of(), earlier);
        Authenticity authenticity = new AuthenticityJudge(referenceDate).judge(sampler.rowSamples(), profiles(reports),
                List.of(recycled));
        EstimateBasis basis = EstimateBasis.of(reports, sampler.recordSizes());
        Estimate estimate = claimText == null || claimText.isBlank() ? null
                : estimate(claimText, basis, EstimateChoice.AUTOMATIC);
        return new Assessment(estimate, authenticity, basis);
    }

    /** The estimate of a claim under the analyst's choices, from what was measured in the sample. */
    static Estimate estimate(String claimText, EstimateBasis basis, EstimateChoice choice) {
        return new RecordEstimator().estimate(new ClaimParser().parse(claimText == null ? "" : claimText), basis, choice);
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
