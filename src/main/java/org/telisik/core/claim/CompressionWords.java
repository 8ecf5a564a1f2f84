package org.telisik.core.claim;

import java.util.regex.Pattern;

/** Words near a size that say whether it is the compressed (archive) or the uncompressed (extracted) size. */
final class CompressionWords {
    enum Mark { COMPRESSED, UNCOMPRESSED, NONE }

    private static final int REACH = 40;
    private static final Pattern UNCOMPRESSED = Pattern.compile(
            "uncompressed|un-compressed|decompressed|unzipped|unpacked|extracted|diekstrak|ekstrak|"
                    + "tidak\\s+di\\s*kompres\\w*|tanpa\\s+kompres\\w*|belum\\s+di\\s*kompres\\w*|"
                    + "sebelum\\s+di\\s*kompres\\w*|raw|mentah|asli|full\\s+size|after\\s+extraction",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPRESSED = Pattern.compile(
            "compressed|di\\s*kompres\\w*|ter\\s*kompres\\w*|kompres\\w*|zipped|zip|rar|7z|gz|gzip|tar|"
                    + "\\bt?xz\\b|\\blzma\\b|\\bbz2\\b|bzip2?|\\bzstd?\\b|7-?zip|"
                    + "archive[ds]?|arsip|packed",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SEPARATOR = Pattern.compile("[/;,|]|\\s(?:and|dan|vs\\.?|versus)\\s",
            Pattern.CASE_INSENSITIVE);

    private CompressionWords() {
    }

    /**
     * @param after  text between this size and the next number (a post-modifier, "500 MB compressed")
     * @param before text between the previous number and this size ("zip 500 MB")
     */
    static Mark mark(String after, String before) {
        Mark m = markOf(clip(after, false));
        return m != Mark.NONE ? m : markOf(clip(before, true));
    }

    private static Mark markOf(String context) {
        if (UNCOMPRESSED.matcher(context).find()) {
            return Mark.UNCOMPRESSED;
        }
        return COMPRESSED.matcher(context).find() ? Mark.COMPRESSED : Mark.NONE;
    }

    /** The part of the context on this size's side of the nearest separator ("/", ";", ",", "and"). */
    private static String clip(String s, boolean keepEnd) {
        String[] parts = SEPARATOR.split(s, -1);
        String side = keepEnd ? parts[parts.length - 1] : parts[0];
        if (side.length() <= REACH) {
            return side;
        }
        return keepEnd ? side.substring(side.length() - REACH) : side.substring(0, REACH);
    }
}
