package org.telisik.report;

/** Section 2: how Telisik reached its findings, in words a non-technical reader follows. */
final class MethodSection implements ReportSection {
    private static final String[] PARAGRAPHS = {"method.hashing", "method.reading", "method.profiling",
        "method.nik", "method.claim", "method.authenticity", "method.masking"};

    @Override
    public void write(Html html, ReportContext ctx) {
        ctx.heading(html, "method.title");
        for (String key : PARAGRAPHS) {
            html.element("p", ctx.msg().get(key));
        }
    }
}
