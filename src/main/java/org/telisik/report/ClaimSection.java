package org.telisik.report;

import java.util.ArrayList;
import java.util.List;
import org.telisik.core.claim.ClaimWording;
import org.telisik.core.model.Estimate;

/**
 * Section 7: the seller's claim set against the sample, with the codec, format and table it assumes, the figures
 * under the other readings, and the arithmetic spelt out in the report's language.
 */
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
        ClaimWording wording = ClaimWording.of(msg.language().locale());
        Estimate.Claim c = e.claim();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {msg.get("claim.text"), c.text()});
        rows.add(new String[] {msg.get("claim.size"), c.sizeBytes() == null ? msg.get("claim.notStated")
            : msg.bytes(c.sizeBytes())});
        rows.add(new String[] {msg.get("claim.records"), c.records() == null ? msg.get("claim.notStated")
            : msg.number(c.records())});
        rows.add(new String[] {msg.get("claim.compressed"), c.compressed() == null ? msg.get("claim.notStated")
            : ctx.yesNo(c.compressed())});
        assumptions(rows, e.assumptions(), msg, wording);
        rows.add(new String[] {msg.get("claim.observedBpr"), msg.decimal(e.bytesPerRecord().observed(), 1)});
        rows.add(new String[] {msg.get("claim.claimedBpr"), e.bytesPerRecord().claimed() == null
            ? msg.get("claim.notComputable") : msg.decimal(e.bytesPerRecord().claimed(), 1)});
        rows.add(new String[] {msg.get("claim.implied"), e.records() == null ? msg.get("claim.notComputable")
            : msg.get("claim.implied.value", msg.number(e.records().low()), msg.number(e.records().mid()),
                    msg.number(e.records().high()))});
        rows.add(new String[] {msg.get("claim.consistency"), consistency(msg, e.consistency())});
        ctx.keyValues(html, rows);
        readings(html, ctx, e, wording);
        html.element("h3", msg.get("claim.arithmetic"));
        // an estimate stored before the steps were kept has its explanation in English only
        List<String> lines = e.steps().isEmpty() ? e.explanation() : wording.sentences(e.steps());
        if (lines.isEmpty()) {
            ctx.notAvailable(html, "claim.noExplanation");
        } else {
            html.open("ol", "arithmetic");
            lines.forEach(line -> html.element("li", line));
            html.close("ol").newline();
        }
    }

    private static void assumptions(List<String[]> rows, Estimate.Assumptions a, Messages msg, ClaimWording w) {
        if (a == null) {
            return;
        }
        String codec = w.term("codec." + a.codec()) + (a.ratio() == null ? ""
                : " (" + msg.get("claim.ratio", msg.decimal(a.ratio(), 2), msg.decimal(a.ratioLow(), 2),
                        msg.decimal(a.ratioHigh(), 2)) + ")");
        rows.add(new String[] {msg.get("claim.assumedCodec"), codec + "; " + msg.get("claim.source." + a.codecSource())});
        rows.add(new String[] {msg.get("claim.assumedFormat"), w.term("format." + a.format()) + "; "
            + msg.get("claim.source." + a.formatSource())});
        String table = "all".equals(a.table()) ? w.term("table.all") : a.table();
        rows.add(new String[] {msg.get("claim.assumedTable"), table + "; " + msg.get("claim.source." + a.tableSource())});
    }

    private static void readings(Html html, ReportContext ctx, Estimate e, ClaimWording w) {
        if (e.readings().isEmpty()) {
            return;
        }
        Messages msg = ctx.msg();
        html.element("h3", msg.get("claim.readings"));
        List<List<String>> rows = new ArrayList<>();
        for (Estimate.Reading r : e.readings()) {
            rows.add(List.of("all".equals(r.table()) ? w.term("table.all") : r.table(), w.term("format." + r.format()),
                    w.term("codec." + r.codec()), msg.get("claim.implied.value", msg.number(r.low()), msg.number(r.mid()),
                            msg.number(r.high())), consistency(msg, r.consistency())));
        }
        ctx.table(html, "readings", List.of(msg.get("claim.reading.table"), msg.get("claim.reading.format"),
                msg.get("claim.reading.codec"), msg.get("claim.implied"), msg.get("claim.consistency")), rows);
    }

    private static String consistency(Messages msg, String id) {
        return switch (id) {
            case "consistent", "inconsistent", "not_comparable" -> msg.get("claim.consistency." + id);
            default -> id;
        };
    }
}
