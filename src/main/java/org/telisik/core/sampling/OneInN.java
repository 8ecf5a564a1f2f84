package org.telisik.core.sampling;

/**
 * Picks a random one in {@code n} items of a stream ({@code n} a power of two): a xorshift generator with a
 * fixed seed, so that periodic data cannot alias with the choice (as it would with every n-th item) and the same
 * input gives the same choice. One shift-and-xor round per item, for samplers that run on every value.
 */
public final class OneInN {
    private final long mask;
    private long state = 0x9E3779B97F4A7C15L;

    public OneInN(int n) {
        if (n < 1 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("n must be a power of two: " + n);
        }
        this.mask = n - 1L;
    }

    /** True for the items picked: on average one call in {@code n}. */
    public boolean next() {
        state ^= state << 13;
        state ^= state >>> 7;
        state ^= state << 17;
        return (state & mask) == 0;
    }
}
