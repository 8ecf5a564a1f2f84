package org.telisik.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A CPU list as {@code taskset -c} takes it ({@code 0}, {@code 0,1}, {@code 0-3,6}): the cores a measured
 * process may run on, and how many they are (DuckDB gets that many threads, so both tools have the same cores).
 * Every thread a pinned process starts inherits the pinning, the JVM's JIT and GC threads included, and the JVM
 * sizes its own pools from it ({@code availableProcessors()}; on one core it also picks the serial GC, as a
 * real one-core machine would).
 */
record CpuSet(String list, int count) {

    static CpuSet parse(String list) {
        int count = 0;
        for (String part : list.split(",")) {
            String[] range = part.trim().split("-");
            int from = Integer.parseInt(range[0]);
            int to = range.length == 2 ? Integer.parseInt(range[1]) : from;
            if (range.length > 2 || to < from) {
                throw new IllegalArgumentException("not a taskset CPU list: " + list);
            }
            count += to - from + 1;
        }
        return new CpuSet(list, count);
    }

    /** {@code --cpus 0/0,1}: CPU lists separated by slashes, the first one the baseline of the speed-up. */
    static List<CpuSet> parseAll(String lists) {
        List<CpuSet> sets = new ArrayList<>();
        for (String list : lists.split("/")) {
            sets.add(parse(list));
        }
        return sets;
    }

    /** The default lists: one core, then two (or only one on a one-core machine). */
    static String defaults() {
        return Runtime.getRuntime().availableProcessors() >= 2 ? "0/0,1" : "0";
    }

    /** Every core this JVM may use (for runs that measure CPU time but are not about the cores). */
    static CpuSet all() {
        int n = Runtime.getRuntime().availableProcessors();
        return parse(n == 1 ? "0" : "0-" + (n - 1));
    }

    /** {@code command} run on these cores only. */
    List<String> pin(List<String> command) {
        List<String> pinned = new ArrayList<>(List.of("taskset", "-c", list));
        pinned.addAll(command);
        return pinned;
    }

    @Override
    public String toString() {
        return list + " (" + count + (count == 1 ? " core)" : " cores)");
    }
}
