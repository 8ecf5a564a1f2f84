package org.telisik.ui;

import org.telisik.core.model.Estimate;
import org.telisik.workspace.CaseRecord;

/**
 * Judges a seller's claim against a case's sample: the seam where the claim engine plugs into the window.
 * Called off the FX thread. The claim panel is only offered when the app was given an estimator.
 */
@FunctionalInterface
public interface ClaimEstimator {

    /**
     * @param claim the claim as the analyst typed it, e.g. "6 juta data pasien, 720 GB"
     * @return what the claim implies given the case's sample, with the arithmetic in its explanation
     */
    Estimate estimate(CaseRecord caseRecord, String claim);
}
