package org.telisik.core.model;

/**
 * One authenticity check.
 *
 * @param outcome pass | warn | fail | skipped
 * @param detail  one sentence with the figures
 */
public record AuthenticityCheck(String id, String outcome, String detail) {
}
