package org.telisik.report;

import java.util.ArrayList;
import java.util.List;

/** Section 10: the examiner's own notes and tags, as written. */
final class NotesSection implements ReportSection {

    @Override
    public void write(Html html, ReportContext ctx) {
        Messages msg = ctx.msg();
        ReportInput in = ctx.input();
        ctx.heading(html, "notes.title");
        html.element("h3", msg.get("notes.tags"));
        if (ctx.hasContent(html, in.tags(), "notes.tags.notAvailable", "notes.tags.none")) {
            html.open("p", "tags");
            in.tags().forEach(tag -> html.element("span", "tag", tag).text(" "));
            html.close("p").newline();
        }
        html.element("h3", msg.get("notes.notes"));
        if (ctx.hasContent(html, in.notes(), "notes.notAvailable", "notes.none")) {
            List<List<String>> rows = new ArrayList<>();
            for (ReportInput.Note n : in.notes()) {
                rows.add(List.of(msg.time(n.at()), ctx.orNotAvailable(n.author()), ctx.orNotAvailable(n.subject()),
                        n.text() == null ? "" : n.text()));
            }
            ctx.table(html, "notes", List.of(msg.get("notes.at"), msg.get("notes.author"), msg.get("notes.subject"),
                    msg.get("notes.text")), rows);
        }
    }
}
