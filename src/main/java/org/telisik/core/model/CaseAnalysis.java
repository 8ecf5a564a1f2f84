package org.telisik.core.model;

import java.util.List;

/**
 * The result of analysing one case: the content of the analysis JSON document (contract v1).
 *
 * @param estimate    null when no claim was given
 * @param attribution candidate source systems, best first (empty when none fits)
 * @param timeline    null when the data holds no event date and no dated identifier
 */
public record CaseAnalysis(
        CaseInfo caseInfo,
        List<FileReport> files,
        List<DatasetProfile> combined,
        Estimate estimate,
        Authenticity authenticity,
        List<Attribution> attribution,
        Timeline timeline) {

    public CaseAnalysis {
        files = List.copyOf(files);
        combined = List.copyOf(combined);
        attribution = List.copyOf(attribution);
    }

    /** An analysis without attribution and timeline (analyses made before they existed, tests). */
    public CaseAnalysis(CaseInfo caseInfo, List<FileReport> files, List<DatasetProfile> combined, Estimate estimate,
                        Authenticity authenticity) {
        this(caseInfo, files, combined, estimate, authenticity, List.of(), null);
    }

    /** The same analysis with other files (their masked forms, made once and shared by the caller). */
    public CaseAnalysis withFiles(List<FileReport> others) {
        return new CaseAnalysis(caseInfo, others, combined, estimate, authenticity, attribution, timeline);
    }

    /** The same analysis with the source-system candidates and the timeline set. */
    public CaseAnalysis withForensics(List<Attribution> candidates, Timeline when) {
        return new CaseAnalysis(caseInfo, files, combined, estimate, authenticity, candidates, when);
    }
}
