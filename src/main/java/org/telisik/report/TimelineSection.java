package org.telisik.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.telisik.core.model.Timeline;

/**
 * When the data was taken: the day it was extracted on or after, the newest dated identifier, the claimed date
 * and whether it fits, then the span of every event-date column. Written from the timeline's fields in the
 * report's language (the JSON's explanation sentences are English).
 */
final class TimelineSection implements ReportSection {
    private static final Set<String> CONSISTENCY = Set.of("consistent", "inconsistent", "not_comparable");

    @Override
    public void write(Html html, ReportContext ctx) {
        Messages msg = ctx.msg();
        ctx.heading(html, "timeline.title");
        Timeline t = ctx.analysis().timeline();
        if (t == null) {
            ctx.notAvailable(html, "timeline.none");
            return;
        }
        List<String[]> kv = new ArrayList<>();
        kv.add(new String[] {msg.get("timeline.extracted"), ctx.orNotAvailable(t.extractedOnOrAfter())});
        kv.add(new String[] {msg.get("timeline.newestIdentifier"), t.newestIdentifier() == null ? msg.get("timeline.noIdentifier")
                : msg.get("timeline.identifierIn", t.newestIdentifier().value(), t.newestIdentifier().dataset(),
                t.newestIdentifier().column())});
        kv.add(new String[] {msg.get("timeline.claimed"), t.claimedDate() == null ? msg.get("timeline.noClaimedDate")
                : t.claimedDate()});
        String c = CONSISTENCY.contains(t.consistency()) ? t.consistency() : "not_comparable";
        kv.add(new String[] {msg.get("timeline.consistency"), msg.get("timeline.consistency." + c,
                ctx.orNotAvailable(t.claimedDate()), ctx.orNotAvailable(t.extractedOnOrAfter()))});
        ctx.keyValues(html, kv);
        if (!t.events().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (Timeline.EventRange e : t.events()) {
                rows.add(List.of(e.dataset(), e.column(), e.oldest(), e.newest(), msg.number(e.count())));
            }
            ctx.table(html, "timeline", List.of(msg.get("timeline.dataset"), msg.get("timeline.column"),
                    msg.get("timeline.oldest"), msg.get("timeline.newest"), msg.get("timeline.count")), rows);
        }
        html.element("p", "na", msg.get("timeline.caveat"));
    }
}
