package org.telisik.core.model;

/**
 * What the analyst chose instead of the estimate's own assumptions; null leaves each to the claim and the sample.
 *
 * @param codec  a codec id (zip, gzip, bzip2, xz, lzma, 7z, zstd, rar, unnamed), "none" for an uncompressed size
 * @param format csv, sql, json or spreadsheet
 * @param table  a table name of the sample, or "all" for the records of every table
 */
public record EstimateChoice(String codec, String format, String table) {
    public static final EstimateChoice AUTOMATIC = new EstimateChoice(null, null, null);
    public static final String ALL_TABLES = "all";
}
