package org.telisik.core.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.FileReport;
import org.telisik.core.model.SemanticType;
import org.telisik.core.model.Timeline;

/**
 * When the data was taken: the span of every event-date column (the profiler's {@code date} and
 * {@code datetime} columns; birth dates are {@code birth_date} and never count), the newest dated identifier,
 * and from them the day on or after which the data must have been extracted. Planned dates (validity, due and
 * follow-up dates) and dates after the analysis date say nothing about when the data was taken and are left
 * out of that bound. A claimed date is compared with it: data newer than the claimed period, or whose newest
 * event lies more than {@link #OLDER_SLACK_DAYS} days before it, does not fit the claim.
 */
public final class TimelineBuilder {
    static final long OLDER_SLACK_DAYS = 92;
    private static final Pattern PLANNED = Pattern.compile(
            "(?i).*(berlaku|expir|exp_|kadaluarsa|kedaluwarsa|rencana|jadwal|kontrol|jatuh_?tempo|due|sampai|akhir).*");
    private final LocalDate referenceDate;

    public TimelineBuilder(LocalDate referenceDate) {
        this.referenceDate = referenceDate;
    }

    /** The timeline of a case, or null when the data holds neither an event date nor a dated identifier. */
    public Timeline build(List<FileReport> files, List<IdentifierSink.Newest> identifiers, String claimText) {
        List<Timeline.EventRange> events = new ArrayList<>();
        collect(files, events);
        IdentifierSink.Newest newestId = identifiers.stream().filter(n -> !n.date().isAfter(referenceDate))
                .max(Comparator.comparing(IdentifierSink.Newest::date)).orElse(null);
        if (events.isEmpty() && newestId == null) {
            return null;
        }
        List<String> explanation = new ArrayList<>();
        LocalDate newest = null;
        Timeline.EventRange newestEvent = null;
        List<String> leftOut = new ArrayList<>();
        for (Timeline.EventRange e : events) {
            LocalDate n = LocalDate.parse(e.newest());
            if (n.isAfter(referenceDate) || PLANNED.matcher(e.column()).matches()) {
                leftOut.add(e.dataset() + "." + e.column());
            } else if (newest == null || n.isAfter(newest)) {
                newest = n;
                newestEvent = e;
            }
        }
        if (newestEvent != null) {
            String oldest = events.stream().map(Timeline.EventRange::oldest).min(String::compareTo).orElseThrow();
            explanation.add("Event dates in " + events.size() + " column(s) run from " + oldest + " to " + newest
                    + " (newest in " + newestEvent.dataset() + "." + newestEvent.column() + ").");
        }
        if (!leftOut.isEmpty()) {
            explanation.add("Not used for the extraction date, as planned dates or dates after the analysis date ("
                    + referenceDate + "): " + String.join(", ", leftOut) + ".");
        }
        if (newestId != null) {
            explanation.add("The newest dated identifier is " + newestId.value() + " in " + newestId.dataset() + "."
                    + newestId.column() + ", issued on " + newestId.date() + ".");
            newest = newest == null || newestId.date().isAfter(newest) ? newestId.date() : newest;
        }
        if (newest != null) {
            explanation.add("The data was therefore extracted on or after " + newest + ".");
        }
        ClaimedDate claimed = ClaimedDate.parse(claimText);
        String consistency = compare(claimed, newest, explanation);
        return new Timeline(events, newestId == null ? null
                : new Timeline.NewestIdentifier(newestId.dataset(), newestId.column(), newestId.value()),
                newest == null ? null : newest.toString(), claimed == null ? null : claimed.text(), consistency, explanation);
    }

    private static String compare(ClaimedDate claimed, LocalDate newest, List<String> explanation) {
        if (claimed == null || newest == null) {
            return "not_comparable";
        }
        if (newest.isAfter(claimed.last())) {
            explanation.add("The claim dates the data " + claimed.text() + ", but it holds records of " + newest
                    + ", after that: the claimed date does not fit.");
            return "inconsistent";
        }
        long before = ChronoUnit.DAYS.between(newest, claimed.first());
        if (before > OLDER_SLACK_DAYS) {
            explanation.add("The claim dates the data " + claimed.text() + ", but its newest record is of " + newest
                    + ", " + before + " days before: the data may be older than claimed (an earlier leak sold again?).");
            return "inconsistent";
        }
        explanation.add("The claim dates the data " + claimed.text() + "; the newest record, of " + newest
                + ", fits that date.");
        return "consistent";
    }

    private static void collect(List<FileReport> files, List<Timeline.EventRange> events) {
        for (FileReport f : files) {
            for (DatasetProfile d : f.datasets()) {
                for (ColumnProfile c : d.columns()) {
                    Timeline.EventRange e = range(d.name(), c);
                    if (e != null) {
                        events.add(e);
                    }
                }
            }
            collect(f.entries(), events);
        }
    }

    private static Timeline.EventRange range(String dataset, ColumnProfile c) {
        if (c.semanticType() != SemanticType.DATE && c.semanticType() != SemanticType.DATETIME) {
            return null;
        }
        LocalDate min = dateStat(c, "min");
        LocalDate max = dateStat(c, "max");
        return min == null || max == null ? null
                : new Timeline.EventRange(dataset, c.name(), min.toString(), max.toString(), c.nonEmpty());
    }

    /** A date column's range as the profile states it (ISO day); null when absent. */
    private static LocalDate dateStat(ColumnProfile c, String key) {
        Object v = c.stats().get(key);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.toString().toLowerCase(Locale.ROOT).substring(0, Math.min(10, v.toString().length())));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
