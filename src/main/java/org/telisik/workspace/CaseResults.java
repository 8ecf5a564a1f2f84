package org.telisik.workspace;

import java.util.List;
import java.util.Optional;
import org.telisik.core.model.Authenticity;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.Estimate;

/**
 * What a case claims and what was computed about it as a whole: the seller's claim, the estimate it implies
 * and the authenticity judgement. Each is replaced by the newer one; every change is audited.
 */
public interface CaseResults {

    void saveClaim(String caseId, Estimate.Claim claim);

    Optional<Estimate.Claim> claim(String caseId);

    void saveEstimate(String caseId, Estimate estimate);

    Optional<Estimate> estimate(String caseId);

    void saveAuthenticity(String caseId, Authenticity authenticity);

    Optional<Authenticity> authenticity(String caseId);

    /**
     * Keeps the datasets combined across the case's files (a sample in parts read as one), replacing those of the
     * previous analysis; audited like the other results.
     */
    void saveCombined(String caseId, List<DatasetProfile> combined);

    /** The datasets combined across the case's files by its last analysis; empty when none (or none kept yet). */
    List<DatasetProfile> combined(String caseId);
}
