package org.telisik.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.telisik.core.model.CaseInfo;

/** Section 1: the case, who handles it, the tool and its settings, and when the report was made. */
final class CaseSection implements ReportSection {

    @Override
    public void write(Html html, ReportContext ctx) {
        Messages msg = ctx.msg();
        ReportInput in = ctx.input();
        CaseInfo info = ctx.analysis().caseInfo();
        ReportInput.CaseMetadata meta = in.caseMetadata();
        ctx.heading(html, "case.title");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {msg.get("case.name"), info.name()});
        rows.add(new String[] {msg.get("case.id"), info.id()});
        rows.add(new String[] {msg.get("case.number"), ctx.orNotAvailable(meta == null ? null : meta.caseNumber())});
        rows.add(new String[] {msg.get("case.analyst"), ctx.orNotAvailable(meta == null ? null : meta.analyst())});
        rows.add(new String[] {msg.get("case.organisation"),
            ctx.orNotAvailable(meta == null ? null : meta.organisation())});
        rows.add(new String[] {msg.get("case.created"), msg.time(info.createdAt())});
        rows.add(new String[] {msg.get("case.generated"), msg.time(in.generatedAt())});
        rows.add(new String[] {msg.get("case.tool"), "Telisik " + in.toolVersion()});
        rows.add(new String[] {msg.get("case.language"), msg.get("case.language.value")});
        rows.add(new String[] {msg.get("case.masking"),
            msg.get(in.unmasked() ? "case.masking.unmasked" : "case.masking.masked")});
        ctx.keyValues(html, rows);
        html.element("h3", msg.get("case.settings"));
        if (ctx.hasContent(html, in.settings() == null ? null : in.settings().keySet(), "case.settings.notAvailable",
                "case.settings.none")) {
            List<String[]> settings = new ArrayList<>();
            for (Map.Entry<String, String> e : in.settings().entrySet()) {
                settings.add(new String[] {e.getKey(), e.getValue()});
            }
            ctx.keyValues(html, settings);
        }
    }
}
