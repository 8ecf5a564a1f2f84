package org.telisik.report;

import java.util.ArrayList;
import java.util.List;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.Dialect;
import org.telisik.core.model.EntityCount;
import org.telisik.core.model.FileReport;

/** Section 4: per file, what it is, how it is written, which tables it holds and what went wrong. */
final class FilesSection implements ReportSection {

    @Override
    public void write(Html html, ReportContext ctx) {
        ctx.heading(html, "files.title");
        if (ctx.analysis().files().isEmpty()) {
            ctx.notAvailable(html, "evidence.none");
        }
        for (FileReport f : ctx.analysis().files()) {
            file(html, ctx, f);
        }
        CombinedPartsReport.write(html, ctx);
    }

    private static void file(Html html, ReportContext ctx, FileReport f) {
        Messages msg = ctx.msg();
        html.element("h3", "path", f.path());
        long rows = f.datasets().stream().mapToLong(DatasetProfile::rows).sum();
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {msg.get("files.mediaType"), ctx.orNotAvailable(f.mediaType())});
        facts.add(new String[] {msg.get("files.encoding"), f.encoding() == null ? msg.get("files.binary") : f.encoding()});
        facts.add(new String[] {msg.get("files.tables"), msg.number(f.datasets().size())});
        facts.add(new String[] {msg.get("files.rows"), msg.number(rows)});
        facts.add(new String[] {msg.get("files.error"), f.error() == null ? msg.get("files.noError")
            : f.error().code() + ": " + errorMessage(ctx, f.error())});
        ctx.keyValues(html, facts);
        if (!f.datasets().isEmpty()) {
            List<List<String>> table = new ArrayList<>();
            for (DatasetProfile d : f.datasets()) {
                table.add(List.of(d.name(), d.format(), dialect(ctx, d.dialect()), msg.number(d.rows()),
                        msg.bytes(d.bytes()), ctx.yesNo(d.complete())));
            }
            ctx.table(html, "datasets", List.of(msg.get("files.dataset"), msg.get("files.format"),
                    msg.get("files.dialect"), msg.get("files.rows"), msg.get("files.bytes"), msg.get("files.complete")),
                    table);
        }
        if (!f.entities().isEmpty()) {
            List<List<String>> table = new ArrayList<>();
            for (EntityCount e : f.entities()) {
                table.add(List.of(e.semanticType().id(), msg.number(e.count()), String.join(", ", e.examples())));
            }
            ctx.table(html, "entities", List.of(msg.get("files.entityType"), msg.get("files.entityCount"),
                    msg.get("columns.examples")), table);
        }
        for (FileReport entry : f.entries()) {
            file(html, ctx, entry);
        }
    }

    private static String dialect(ReportContext ctx, Dialect d) {
        if (d == null) {
            return "\u2013";
        }
        return ctx.msg().get("files.dialect.value", visible(d.delimiter()), visible(d.quote()),
                ctx.yesNo(d.header()));
    }

    /** Separators such as tab or space are written as words, so a reader sees them. */
    static String visible(char c) {
        return switch (c) {
            case '\t' -> "TAB";
            case ' ' -> "SPACE";
            case '\0' -> "NONE";
            default -> String.valueOf(c);
        };
    }

    /**
     * The error's message in the report's language: English as the reader wrote it; otherwise the sentence kept
     * for its code (or its kind: {@code truncated-csv} is a {@code truncated} error), which says what was not read
     * and what to do without the reader's own figures (the JSON keeps those).
     */
    private static String errorMessage(ReportContext ctx, org.telisik.core.model.FileError error) {
        if (ctx.msg().language() == ReportLanguage.EN) {
            return error.message();
        }
        String code = error.code().id();
        for (String key : new String[] {"files.errorCode." + code, "files.errorCode." + code.replaceFirst("-.*", "")}) {
            if (ctx.msg().has(key)) {
                return ctx.msg().get(key);
            }
        }
        return ctx.say(error.message());
    }
}
