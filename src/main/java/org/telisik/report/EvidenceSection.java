package org.telisik.report;

import java.util.List;
import org.telisik.core.model.FileReport;

/** Section 3: every evidence file and archive member, with its size and the hashes that identify it. */
final class EvidenceSection implements ReportSection {

    @Override
    public void write(Html html, ReportContext ctx) {
        Messages msg = ctx.msg();
        ctx.heading(html, "evidence.title");
        List<FileReport> files = ctx.analysis().files();
        if (files.isEmpty()) {
            ctx.notAvailable(html, "evidence.none");
            return;
        }
        html.element("p", msg.get("evidence.intro", msg.number(files.size())));
        html.open("table", "evidence").open("thead").open("tr");
        for (String key : new String[] {"evidence.no", "evidence.path", "evidence.size", "evidence.hashes"}) {
            html.element("th", msg.get(key));
        }
        html.close("tr").close("thead").open("tbody");
        for (int i = 0; i < files.size(); i++) {
            row(html, ctx, files.get(i), Integer.toString(i + 1));
        }
        html.close("tbody").close("table").newline();
    }

    private static void row(Html html, ReportContext ctx, FileReport f, String number) {
        Messages msg = ctx.msg();
        html.open("tr").element("td", number);
        html.open("td", "path").text(f.path()).open("div", "small").text(ctx.orNotAvailable(f.mediaType()))
                .close("div").close("td");
        html.element("td", "num", msg.bytes(f.sizeBytes()));
        html.open("td", "hash")
                .element("div", "SHA-256 " + ctx.orNotAvailable(f.sha256()))
                .element("div", "MD5 " + ctx.orNotAvailable(f.md5()))
                .close("td").close("tr");
        for (int i = 0; i < f.entries().size(); i++) {
            row(html, ctx, f.entries().get(i), number + "." + (i + 1));
        }
    }
}
