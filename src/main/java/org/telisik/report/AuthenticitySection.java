package org.telisik.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.telisik.core.model.Authenticity;
import org.telisik.core.model.AuthenticityCheck;

/** Section 8: the authenticity checks one by one, and the verdict they add up to. */
final class AuthenticitySection implements ReportSection {
    private static final Set<String> VERDICTS = Set.of("consistent", "suspicious", "likely_fabricated", "insufficient_data");
    private static final Set<String> OUTCOMES = Set.of("pass", "warn", "fail", "skipped");

    @Override
    public void write(Html html, ReportContext ctx) {
        Messages msg = ctx.msg();
        ctx.heading(html, "auth.title");
        Authenticity a = ctx.analysis().authenticity();
        if (a == null) {
            ctx.notAvailable(html, "auth.notAvailable");
            return;
        }
        String verdict = VERDICTS.contains(a.verdict()) ? msg.get("auth.verdict." + a.verdict()) : a.verdict();
        html.open("p", "verdict verdict-" + a.verdict().replaceAll("[^a-z_]", "")).text(msg.get("auth.verdict"))
                .text(": ").element("strong", verdict).close("p");
        if (a.checks().isEmpty()) {
            ctx.notAvailable(html, "auth.noChecks");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (AuthenticityCheck c : a.checks()) {
            String outcome = OUTCOMES.contains(c.outcome()) ? msg.get("auth.outcome." + c.outcome()) : c.outcome();
            rows.add(List.of(c.id(), outcome, ctx.say(c.detail())));
        }
        ctx.table(html, "checks", List.of(msg.get("auth.check"), msg.get("auth.outcome"), msg.get("auth.detail")), rows);
    }
}
