package org.telisik.core.model;

import java.util.List;

/**
 * The result of analysing one case: the content of the analysis JSON document (contract v1).
 *
 * @param estimate null when no claim was given
 */
public record CaseAnalysis(
        CaseInfo caseInfo,
        List<FileReport> files,
        List<DatasetProfile> combined,
        Estimate estimate,
        Authenticity authenticity) {

    public CaseAnalysis {
        files = List.copyOf(files);
        combined = List.copyOf(combined);
    }
}
