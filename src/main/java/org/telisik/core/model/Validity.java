package org.telisik.core.model;

/** Of the values a validator checked, how many passed. */
public record Validity(long checked, long valid) {
    public double rate() {
        return checked == 0 ? 0.0 : (double) valid / checked;
    }
}
