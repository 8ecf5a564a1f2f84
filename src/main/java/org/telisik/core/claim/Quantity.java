package org.telisik.core.claim;

/**
 * One number with its unit as found in claim text.
 *
 * @param value   the value in bytes (sizes) or records (counts); null when the number is ambiguous
 * @param kind    what the unit says the number measures
 * @param written the characters of the text that were read, for messages
 */
record Quantity(Double value, Kind kind, boolean binary, int start, int end, String written) {
    enum Kind { SIZE, COUNT, BARE }
}
