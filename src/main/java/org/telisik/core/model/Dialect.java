package org.telisik.core.model;

/** How a delimited text file is written: field delimiter, quote character and whether row one is a header. */
public record Dialect(char delimiter, char quote, boolean header) {
}
