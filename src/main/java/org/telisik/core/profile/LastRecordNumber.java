package org.telisik.core.profile;

import org.telisik.core.profile.ValueRecognizer.Match;

/**
 * The record-number shape of the value tested last, shared by the MRN and ACCESSION_NUMBER recognisers: both run
 * {@link IdentifierShapes#recordNumber} on every value, with only the longest length allowed differing (20 and
 * 16), and both stay in tier 1 of the columns whose values are mostly digits (record numbers, NIKs, phone numbers,
 * dates), where they validate more than half of the values. The second one to test a value now reads the first
 * one's answer instead of scanning the value's characters again.
 *
 * <p>The value is known by identity, as in {@link LastNikDecoding}: the same string object has the same
 * characters, any other value is scanned afresh. Not thread-safe: each profiler's recognisers have their own.
 */
final class LastRecordNumber {
    private CharSequence value;
    /** {@code recordNumber(value, 20)}: the allowed characters, 3-20 of them, with at least 3 digits. */
    private boolean shaped;

    /** {@link IdentifierShapes#recordNumber}, scanning only a value that is not the one tested last. */
    Match test(CharSequence v, int maxLength) {
        if (v != value) {
            shaped = IdentifierShapes.recordNumber(v, 20) == Match.VALID;
            value = v;
        }
        return !shaped ? Match.NONE : v.length() <= maxLength ? Match.VALID : Match.SHAPE;
    }
}
