package org.telisik.workspace;

import java.util.Collection;
import java.util.List;
import org.telisik.core.authenticity.FingerprintSet;
import org.telisik.core.authenticity.Overlap;

/**
 * Keyed hashes of the identifiers of each case, to recognise samples recycled from earlier cases. Only hashes
 * are stored, never the identifiers.
 */
public interface IdentifierFingerprintRepository {

    /**
     * The workspace's secret HMAC key ({@value org.telisik.core.authenticity.IdentifierFingerprinter#KEY_BYTES}
     * random bytes), created on first use and kept in the workspace; the same key on every call.
     */
    byte[] key();

    /**
     * Adds fingerprints to a case, keeping what is stored: analysing a file twice adds nothing new. When a set is
     * sampled (level above 0), the case's level for that type becomes the higher of stored and given.
     */
    void add(String caseId, Collection<FingerprintSet> sets);

    /**
     * For each identifier type stored for the case, how many of its identifiers occur in cases created before
     * it, and in which. When either side is sampled, both are compared at the coarser level.
     */
    List<Overlap> overlapWithEarlierCases(String caseId);

    /** True when the workspace holds a case created before this one. */
    boolean hasEarlierCases(String caseId);
}
