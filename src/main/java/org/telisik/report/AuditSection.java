package org.telisik.report;

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
        if (!v.details().isEmpty()) {
            html.open("ul");
            // the workspace verifier writes its lines in English ("[HOLDS] case X: ..."); the report says them in its language
            v.details().forEach(line -> html.element("li", ctx.say(line)));
            html.close("ul").newline();
        }
    }
}
