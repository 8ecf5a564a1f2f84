package org.telisik.core.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.telisik.core.model.CombinedMisfit;
import org.telisik.core.model.CombinedMisfit.Reason;
import org.telisik.core.model.ErrorCode;
import org.telisik.core.model.FileReport;

/**
 * Which datasets and files of a run were not combined, and why. Datasets are noted as they end, with the group
 * their shape went to; once a group spans two files its datasets fit and are no longer noted, so a sample of
 * 10,000 parts that all fit keeps one note. The reasons are worked out at the end, against the shapes that were
 * combined: a run that combined nothing has no misfits.
 */
final class CombinedMisfits {
    /** One dataset as it ended: where it came from, its shape, and a reason known at once (or null). */
    record Seen(String file, String dataset, String format, List<String> columns, Reason fixed,
                List<String> found) {
    }

    private record Noted(Seen seen, CombinedGroup group) {
    }

    private final List<Noted> noted = new ArrayList<>();
    private final Map<CombinedGroup, Seen> shapes = new HashMap<>();

    /** @param group the group the dataset went to; null when it went to none ({@code seen.fixed()} says why) */
    void ended(Seen seen, CombinedGroup group) {
        if (group != null) {
            shapes.putIfAbsent(group, seen);
            if (group.spansFiles()) {
                return;
            }
        }
        noted.add(new Noted(seen, group));
    }

    /** A file (or archive member) that gave no dataset: unreadable, or holding no table. */
    void file(FileReport report) {
        if (report.datasets().isEmpty() && report.entries().isEmpty()) {
            // a format Telisik does not read as a table (an image, a document) holds no table: it is not broken
            boolean failed = report.error() != null && report.error().code() != ErrorCode.UNSUPPORTED_FORMAT;
            noted.add(new Noted(new Seen(report.path(), null, null, List.of(), failed ? Reason.UNREADABLE : Reason.NO_TABLE,
                    failed ? List.of(report.error().code().id())
                            : report.mediaType() == null ? List.of() : List.of(report.mediaType())), null));
        }
        report.entries().forEach(this::file);
    }

    /** The misfits against the groups that span files, in the order they were seen. */
    List<CombinedMisfit> finish(Collection<CombinedGroup> groups) {
        List<Seen> combined = groups.stream().filter(CombinedGroup::spansFiles).map(shapes::get).toList();
        List<CombinedMisfit> misfits = new ArrayList<>();
        if (!combined.isEmpty()) {
            noted.stream().filter(n -> n.group() == null || !n.group().spansFiles())
                    .forEach(n -> misfits.add(explain(n.seen(), combined)));
        }
        noted.clear();
        shapes.clear();
        return misfits;
    }

    private static CombinedMisfit explain(Seen s, List<Seen> combined) {
        if (s.fixed() != null) {
            return new CombinedMisfit(s.file(), s.dataset(), s.fixed(), List.of(), s.found());
        }
        Seen best = null;
        int overlap = -1;
        for (Seen c : combined) {
            int shared = (int) lower(c.columns()).stream().filter(lower(s.columns())::contains).count();
            if (c.format().equals(s.format()) && shared > overlap) {
                best = c;
                overlap = shared;
            }
        }
        if (best == null) {
            return new CombinedMisfit(s.file(), s.dataset(), Reason.DIFFERENT_FORMAT,
                    combined.stream().map(Seen::format).distinct().toList(), List.of(s.format()));
        }
        return new CombinedMisfit(s.file(), s.dataset(), Reason.DIFFERENT_COLUMNS,
                missing(best.columns(), s.columns()), missing(s.columns(), best.columns()));
    }

    /** The columns of {@code from} that {@code in} lacks (names compared ignoring case, as shapes are). */
    private static List<String> missing(List<String> from, List<String> in) {
        Set<String> there = lower(in);
        return from.stream().filter(c -> !there.contains(c.toLowerCase(Locale.ROOT))).limit(CombinedMisfit.SHOWN).toList();
    }

    private static Set<String> lower(List<String> columns) {
        Set<String> out = new LinkedHashSet<>();
        columns.forEach(c -> out.add(c.toLowerCase(Locale.ROOT)));
        return out;
    }
}
