package org.telisik.report;

/** Section 9: what this sample shares with samples of earlier cases. */
final class OverlapSection implements ReportSection {

    @Override
    public void write(Html html, ReportContext ctx) {
        ctx.heading(html, "overlap.title");
        if (ctx.hasContent(html, ctx.input().overlap(), "overlap.notAvailable", "overlap.none")) {
            html.open("ul");
            ctx.input().overlap().forEach(line -> html.element("li", ctx.say(line)));
            html.close("ul").newline();
        }
    }
}
