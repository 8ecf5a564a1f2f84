package org.telisik.core.profile;

import org.telisik.core.identity.NikValidator;

/**
 * The NIK recogniser's decoding of the value it decoded last, for the NPWP recogniser that tests the same value
 * next: a 16-digit NPWP is valid when it is a valid NIK, so in a NIK column (where NPWP stays in tier 1 as a
 * contender by shape) every value was decoded twice, the dearest recogniser run twice.
 *
 * <p>The value is known by identity: the same string object has the same characters, so a decoding found for it
 * is its decoding however long ago it was made, and any other value is decoded afresh. Not thread-safe, as the
 * {@link Recognizers#standard recognisers} that hold it: each profiler has its own and uses it on one thread.
 */
final class LastNikDecoding {
    private final NikValidator nik;
    private CharSequence value;
    private long decoding;

    LastNikDecoding(NikValidator nik) {
        this.nik = nik;
    }

    /** {@link NikValidator#decode}, remembered for {@link #isValid} of the same value. */
    long decode(CharSequence v) {
        long d = nik.decode(v);
        decoding = d;
        value = v;
        return d;
    }

    /** {@link NikValidator#isValid}: from the remembered decoding when {@code v} is the value decoded last. */
    boolean isValid(CharSequence v) {
        return (v == value ? decoding : nik.decode(v)) >= 0;
    }
}
