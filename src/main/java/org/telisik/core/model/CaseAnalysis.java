package org.telisik.core.model;

import java.util.List;

/**
 * The result of analysing one case: the content of the analysis JSON document (contract v1).
 *
 * @param estimate    null when no claim was given
 * @param attribution candidate source systems, best first (empty when none fits)
 * @param timeline    null when the data holds no event date and no dated identifier
 * @param misfits     the files and datasets the last analysis did not combine, and why (empty when it combined
 *                    nothing, or for a case analysed before they were kept)
 */
public record CaseAnalysis(
        CaseInfo caseInfo,
        List<FileReport> files,
        List<DatasetProfile> combined,
        Estimate estimate,
        Authenticity authenticity,
        List<Attribution> attribution,
        Timeline timeline,
        List<CombinedMisfit> misfits) {

    public CaseAnalysis {
        files = files instanceof PagedFiles ? files : List.copyOf(files); // unmodifiable already, and read when walked
        combined = List.copyOf(combined);
        attribution = List.copyOf(attribution);
        misfits = List.copyOf(misfits);
    }

    public CaseAnalysis(CaseInfo caseInfo, List<FileReport> files, List<DatasetProfile> combined, Estimate estimate,
                        Authenticity authenticity, List<Attribution> attribution, Timeline timeline) {
        this(caseInfo, files, combined, estimate, authenticity, attribution, timeline, List.of());
    }

    /** An analysis without attribution and timeline (analyses made before they existed, tests). */
    public CaseAnalysis(CaseInfo caseInfo, List<FileReport> files, List<DatasetProfile> combined, Estimate estimate,
                        Authenticity authenticity) {
        this(caseInfo, files, combined, estimate, authenticity, List.of(), null, List.of());
    }

    /** The same analysis with other files (their masked forms, made once and shared by the caller). */
    public CaseAnalysis withFiles(List<FileReport> others) {
        return new CaseAnalysis(caseInfo, others, combined, estimate, authenticity, attribution, timeline, misfits);
    }

    /** This analysis with its files held in memory (read from the workspace now when they are {@link PagedFiles}). */
    public CaseAnalysis loaded() {
        return files instanceof PagedFiles ? new CaseAnalysis(caseInfo, List.copyOf(files), combined, estimate,
                authenticity, attribution, timeline) : this;
    }

    /** The same analysis with the source-system candidates and the timeline set. */
    public CaseAnalysis withForensics(List<Attribution> candidates, Timeline when) {
        return new CaseAnalysis(caseInfo, files, combined, estimate, authenticity, candidates, when, misfits);
    }

    /** The same analysis with the files and datasets it did not combine. */
    public CaseAnalysis withMisfits(List<CombinedMisfit> left) {
        return new CaseAnalysis(caseInfo, files, combined, estimate, authenticity, attribution, timeline, left);
    }
}
