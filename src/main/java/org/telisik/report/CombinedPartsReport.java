package org.telisik.report;

import java.util.ArrayList;
import java.util.List;
import org.telisik.core.model.CombinedMisfit;
import org.telisik.core.model.DatasetProfile;

/**
 * The end of the files section when the analysis combined parts of a sample: how many parts each combined
 * dataset holds, and which files or datasets did not fit its shape and why, so that a reader knows what the
 * sample as a whole leaves out. Nothing is written for an analysis that combined nothing.
 */
final class CombinedPartsReport {
    private CombinedPartsReport() {
    }

    static void write(Html html, ReportContext ctx) {
        List<DatasetProfile> combined = ctx.analysis().combined();
        if (combined.isEmpty()) {
            return;
        }
        Messages msg = ctx.msg();
        html.element("h3", msg.get("combined.title"));
        List<String[]> facts = new ArrayList<>();
        for (DatasetProfile d : combined) {
            facts.add(new String[] {d.name(), msg.get("combined.parts", msg.number(d.files().size()), msg.number(d.rows()))});
        }
        ctx.keyValues(html, facts);
        List<CombinedMisfit> misfits = ctx.analysis().misfits();
        if (misfits.isEmpty()) {
            html.element("p", msg.get("combined.allFit"));
            return;
        }
        html.element("p", msg.get("combined.misfits", msg.number(misfits.size())));
        List<List<String>> rows = new ArrayList<>();
        for (CombinedMisfit m : misfits) {
            rows.add(List.of(m.file(), m.dataset() == null ? "\u2013" : m.dataset(),
                    msg.get("combined.reason." + m.reason().id()), detail(msg, m)));
        }
        ctx.table(html, "misfits", List.of(msg.get("combined.file"), msg.get("files.dataset"), msg.get("combined.reason"),
                msg.get("combined.detail")), rows);
    }

    /** What differs, in the reader's language; the names themselves (columns, formats, codes) as read. */
    private static String detail(Messages msg, CombinedMisfit m) {
        return msg.get("combined.detail." + m.reason().id(), joined(m.expected()), joined(m.found()));
    }

    private static String joined(List<String> names) {
        return names.isEmpty() ? "\u2013" : String.join(", ", names);
    }
}
