package org.telisik.core.authenticity;

import org.telisik.core.model.AuthenticityCheck;

/**
 * One authenticity check over a dataset's row sample. Contract: never throws on odd values; returns a
 * {@code skipped} result, saying which column is missing, when the dataset lacks what the check needs.
 */
interface SampleCheck {
    String id();

    AuthenticityCheck run(CheckInput input);
}
