package org.telisik.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.telisik.core.analysis.TaskFailures;
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

    /**
     * @param sampler fed with every record of {@code reports}' files
     *
     * <p>The checks on the row samples are pure computation and run on a thread of their own while this thread
     * stores the fingerprints and compares them with earlier cases: both are serial work after the read, the
     * analysis' wall time on any number of cores. The store stays on the calling thread, inside any transaction
     * the caller holds, so custody is as before: one transaction, committed whole or not at all.
     */
    Assessment assess(String caseId, EvidenceSampler sampler, List<FileReport> reports, String claimText) {
        AuthenticityJudge judge = new AuthenticityJudge(referenceDate);
        List<DatasetProfile> profiles = profiles(reports);
        FutureTask<List<AuthenticityCheck>> checks = new FutureTask<>(() -> judge.check(sampler.rowSamples(), profiles));
        Thread checking = new Thread(checks, "telisik-sample-checks");
        checking.setDaemon(true); // pure computation: nothing is left half-written if the run ends meanwhile
        checking.start();
        fingerprints.add(caseId, sampler.fingerprints().values());
        boolean earlier = fingerprints.hasEarlierCases(caseId);
        AuthenticityCheck recycled = RecycledDataCheck.of(earlier ? fingerprints.overlapWithEarlierCases(caseId)
                : List.of(), earlier);
        EstimateBasis basis = EstimateBasis.of(reports, sampler.recordSizes());
        Authenticity authenticity = AuthenticityJudge.verdict(result(checks), List.of(recycled));
        Estimate estimate = claimText == null || claimText.isBlank() ? null
                : estimate(claimText, basis, EstimateChoice.AUTOMATIC);
        return new Assessment(estimate, authenticity, basis);
    }

    /** What the checks' thread gave, its failure thrown here as it would have been had they run on this thread. */
    private static List<AuthenticityCheck> result(FutureTask<List<AuthenticityCheck>> checks) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return checks.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the checks finish in moments; the flag is kept for the caller
                }
            }
        } catch (ExecutionException e) {
            throw TaskFailures.rethrow(e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
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
