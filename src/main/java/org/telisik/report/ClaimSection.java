package org.telisik.report;

import java.util.ArrayList;
import java.util.List;
import org.telisik.core.model.Estimate;

/** Section 7: the seller's claim set against the sample, with the arithmetic spelt out. */
final class ClaimSection implements ReportSection {

    @Override
    public void write(Html html, ReportContext ctx) {
        Messages msg = ctx.msg();
        ctx.heading(html, "claim.title");
        Estimate e = ctx.analysis().estimate();
        if (e == null) {
            ctx.notAvailable(html, "claim.none");
            return;
        }
        Estimate.Claim c = e.claim();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {msg.get("claim.text"), c.text()});
        rows.add(new String[] {msg.get("claim.size"), c.sizeBytes() == null ? msg.get("claim.notStated")
            : msg.bytes(c.sizeBytes())});
        rows.add(new String[] {msg.get("claim.records"), c.records() == null ? msg.get("claim.notStated")
            : msg.number(c.records())});
        rows.add(new String[] {msg.get("claim.compressed"), c.compressed() == null ? msg.get("claim.notStated")
            : ctx.yesNo(c.compressed())});
        rows.add(new String[] {msg.get("claim.observedBpr"), msg.decimal(e.bytesPerRecord().observed(), 1)});
        rows.add(new String[] {msg.get("claim.claimedBpr"), e.bytesPerRecord().claimed() == null
            ? msg.get("claim.notComputable") : msg.decimal(e.bytesPerRecord().claimed(), 1)});
        rows.add(new String[] {msg.get("claim.implied"), e.records() == null ? msg.get("claim.notComputable")
            : msg.get("claim.implied.value", msg.number(e.records().low()), msg.number(e.records().mid()),
                    msg.number(e.records().high()))});
        rows.add(new String[] {msg.get("claim.consistency"), consistency(msg, e.consistency())});
        ctx.keyValues(html, rows);
        html.element("h3", msg.get("claim.arithmetic"));
        if (e.explanation().isEmpty()) {
            ctx.notAvailable(html, "claim.noExplanation");
        } else {
            html.open("ol", "arithmetic");
            e.explanation().forEach(line -> html.element("li", line));
            html.close("ol").newline();
        }
    }

    private static String consistency(Messages msg, String id) {
        return switch (id) {
            case "consistent", "inconsistent", "not_comparable" -> msg.get("claim.consistency." + id);
            default -> id;
        };
    }
}
