package org.telisik.workspace;

import java.util.List;
import java.util.Optional;
import org.telisik.core.model.Attribution;
import org.telisik.core.model.Authenticity;
import org.telisik.core.model.CombinedMisfit;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.Estimate;
import org.telisik.core.model.Timeline;

/**
 * What a case claims and what was computed about it as a whole: the seller's claim, the estimate it implies
 * the authenticity judgement, the candidate source systems and the timeline. Each is replaced by the newer one; every change is audited.
 */
public interface CaseResults {

    void saveClaim(String caseId, Estimate.Claim claim);

    Optional<Estimate.Claim> claim(String caseId);

    void saveEstimate(String caseId, Estimate estimate);

    Optional<Estimate> estimate(String caseId);

    void saveAuthenticity(String caseId, Authenticity authenticity);

    Optional<Authenticity> authenticity(String caseId);

    /** @param candidates best first; an empty list says that no system fits (stored too) */
    void saveAttribution(String caseId, List<Attribution> candidates);

    Optional<List<Attribution>> attribution(String caseId);

    void saveTimeline(String caseId, Timeline timeline);

    Optional<Timeline> timeline(String caseId);

    /**
     * Keeps the datasets combined across the case's files (a sample in parts read as one), replacing those of the
     * previous analysis; audited like the other results.
     */
    void saveCombined(String caseId, List<DatasetProfile> combined);

    /** The datasets combined across the case's files by its last analysis; empty when none (or none kept yet). */
    List<DatasetProfile> combined(String caseId);

    /**
     * Keeps the files and datasets the last analysis did not combine, with the reason, beside the combined
     * datasets they were measured against; replaces those of the previous analysis, audited.
     */
    void saveMisfits(String caseId, List<CombinedMisfit> misfits);

    /** The misfits kept by {@link #saveMisfits}; empty when none (or for a case analysed before they were kept). */
    List<CombinedMisfit> misfits(String caseId);
}
