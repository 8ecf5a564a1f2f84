package org.telisik.core.sampling;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * Where each item of a stream goes in a uniform reservoir sample of {@code capacity} items: Li's Algorithm L
 * (ACM TOMS 20(4), 1994). The first {@code capacity} items fill the slots; after them the algorithm draws how
 * many items to skip before the next replacement, so an item that is not taken costs one comparison and random
 * numbers are drawn only for the O(capacity log(n / capacity)) replacements. The per-item draw of the classic
 * Algorithm R, on every row of a multi-gigabyte dump in three samplers, cost more than the sampling itself.
 * A fixed seed makes the sample repeat for the same input.
 */
public final class ReservoirSlots {
    private final int capacity;
    private final SplittableRandom random;
    private long seen;
    private long nextReplacement;
    private double w;

    public ReservoirSlots(int capacity, long seed) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a reservoir needs at least one slot");
        }
        this.capacity = capacity;
        this.random = new SplittableRandom(seed);
        this.w = Math.exp(Math.log(uniform()) / capacity);
        this.nextReplacement = capacity + skip();
    }

    /**
     * Takes the next item of the stream: the slot it goes to (its own index while the reservoir fills, a random
     * slot when it replaces an item), or -1 when it is not sampled.
     */
    public int next() {
        long index = seen++;
        if (index < capacity) {
            return (int) index;
        }
        if (index < nextReplacement) {
            return -1;
        }
        w *= Math.exp(Math.log(uniform()) / capacity);
        long skip = skip();
        nextReplacement = skip >= Long.MAX_VALUE - index ? Long.MAX_VALUE : index + 1 + skip;
        return random.nextInt(capacity);
    }

    /**
     * Takes the next item into a reservoir held as a list of at most {@code capacity} items; {@code copy} makes
     * what is kept (an input array the reader reuses, say) and runs only for an item that is sampled.
     */
    public <T> void offer(List<T> sample, T item, UnaryOperator<T> copy) {
        int slot = next();
        if (slot == sample.size()) {
            sample.add(copy.apply(item));
        } else if (slot >= 0) {
            sample.set(slot, copy.apply(item));
        }
    }

    /**
     * A uniform sample of at most {@code capacity} items of two streams read one after the other, from a uniform
     * sample of each: how many come from the first is drawn as sampling without replacement from both streams'
     * items would draw it (hypergeometric, by their counts), then that many are taken at random from each
     * sample. So a file read in parts by several threads samples as one read would; a fixed seed repeats it.
     */
    public static <T> List<T> merge(List<T> first, long firstSeen, List<T> later, long laterSeen, int capacity,
                                    long seed) {
        Random random = new Random(seed);
        int take = (int) Math.min(capacity, firstSeen + laterSeen);
        long leftFirst = firstSeen;
        long leftLater = laterSeen;
        int fromFirst = 0;
        for (int i = 0; i < take; i++) {
            if (random.nextDouble() * (leftFirst + leftLater) < leftFirst) {
                fromFirst++;
                leftFirst--;
            } else {
                leftLater--;
            }
        }
        List<T> merged = new ArrayList<>(take);
        merged.addAll(pick(first, fromFirst, random));
        merged.addAll(pick(later, take - fromFirst, random));
        return merged;
    }

    private static <T> List<T> pick(List<T> sample, int n, Random random) {
        if (n >= sample.size()) {
            return sample;
        }
        List<T> shuffled = new ArrayList<>(sample);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, n);
    }

    /** Items taken so far. */
    public long seen() {
        return seen;
    }

    private long skip() {
        double s = Math.floor(Math.log(uniform()) / Math.log1p(-w));
        return s >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) s;
    }

    /** Uniform in (0, 1): a logarithm of 0 would be infinite. */
    private double uniform() {
        double u;
        do {
            u = random.nextDouble();
        } while (u == 0);
        return u;
    }
}
