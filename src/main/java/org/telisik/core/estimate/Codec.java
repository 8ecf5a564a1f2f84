package org.telisik.core.estimate;

import java.util.Locale;

/**
 * The packings a claim can name, each with the compression method that makes it. Zip and gzip deflate; xz, lzma
 * and 7z (its default) use LZMA2; rar has no open encoder, so its ratio is taken as a band between deflate's and
 * LZMA2's (RAR's own method compresses text better than deflate and no better than LZMA2 at its best settings);
 * a size only called "compressed" takes the band from the weakest to the strongest common method.
 */
public enum Codec {
    NONE(null, null),
    ZIP(Method.DEFLATE, null),
    GZIP(Method.DEFLATE, null),
    BZIP2(Method.BZIP2, null),
    XZ(Method.LZMA2, null),
    LZMA(Method.LZMA2, null),
    SEVEN_Z(Method.LZMA2, null),
    ZSTD(Method.ZSTD, null),
    RAR(null, new Method[] {Method.DEFLATE, Method.LZMA2}),
    UNNAMED(null, new Method[] {Method.DEFLATE, Method.LZMA2});

    /** How a codec compresses; each can be run on the sample. */
    public enum Method { DEFLATE, BZIP2, LZMA2, ZSTD }

    private final Method method;
    private final Method[] band;

    Codec(Method method, Method[] band) {
        this.method = method;
        this.band = band;
    }

    /** The method that makes this packing; null for none and for the codecs only known by a band. */
    public Method method() {
        return method;
    }

    /** The weakest and strongest method whose ratios bound this codec's; null when the method itself is run. */
    public Method[] band() {
        return band == null ? null : band.clone();
    }

    public boolean packs() {
        return this != NONE;
    }

    /** The id used in the JSON and in the wording: none, zip, gzip, bzip2, xz, lzma, 7z, zstd, rar, unnamed. */
    public String id() {
        return this == SEVEN_Z ? "7z" : name().toLowerCase(Locale.ROOT);
    }

    public static Codec fromId(String id) {
        for (Codec c : values()) {
            if (c.id().equalsIgnoreCase(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown codec: " + id);
    }
}
