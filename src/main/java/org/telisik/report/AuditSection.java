package org.telisik.report;

import org.telisik.core.model.VerificationWording;

/** Section 11: an excerpt of the case's audit trail and whether the workspace verified intact. */
final class AuditSection implements ReportSection {

    @Override
    public void write(Html html, ReportContext ctx) {
        Messages msg = ctx.msg();
        ReportInput in = ctx.input();
        ctx.heading(html, "audit.title");
        html.element("h3", msg.get("audit.excerpt"));
        if (ctx.hasContent(html, in.auditExcerpt(), "audit.notAvailable", "audit.none")) {
            html.open("pre", "audit");
            in.auditExcerpt().forEach(line -> html.text(line).newline());
            if (in.auditHead() != null) {
                html.text(in.auditHead()).newline();
            }
            html.close("pre").newline();
        }
        html.element("h3", msg.get("audit.verify"));
        ReportInput.VerifyOutcome v = in.verify();
        if (v == null) {
            ctx.notAvailable(html, "audit.verify.notAvailable");
            return;
        }
        html.element("p", v.holds() ? "verify-ok" : "verify-fail",
                msg.get(v.holds() ? "audit.verify.holds" : "audit.verify.fails", msg.time(v.checkedAt())));
        if (!v.items().isEmpty()) {
            // the verifier hands over keys and arguments: each line is worded in the report's language here
            VerificationWording wording = VerificationWording.of(msg.language().locale());
            html.open("ul");
            v.items().forEach(item -> html.element("li", wording.line(item)));
            html.close("ul").newline();
        }
    }
}
