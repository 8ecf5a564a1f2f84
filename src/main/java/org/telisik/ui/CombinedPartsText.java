package org.telisik.ui;

import java.util.ArrayList;
import java.util.List;
import org.telisik.core.identity.VisibleText;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.core.model.CombinedMisfit;
import org.telisik.core.model.DatasetProfile;

/**
 * What the case overview says of a sample posted in parts: how many parts each combined dataset holds, then
 * each file or dataset that did not fit the shape, with the reason and what differs. The analysis comes masked
 * from the service, file and column names too; shown, control characters become visible escapes.
 */
final class CombinedPartsText {
    private CombinedPartsText() {
    }

    /** The lines to show; empty when the analysis combined nothing. */
    static List<String> lines(CaseAnalysis analysis, I18n i18n) {
        List<String> lines = new ArrayList<>();
        for (DatasetProfile d : analysis.combined()) {
            lines.add(i18n.get("overview.combined", d.files().size(), d.rows(), VisibleText.line(d.name())));
        }
        if (lines.isEmpty()) {
            return lines;
        }
        List<CombinedMisfit> misfits = analysis.misfits();
        lines.add(misfits.isEmpty() ? i18n.get("overview.allFit") : i18n.get("overview.misfits", misfits.size()));
        for (CombinedMisfit m : misfits) {
            String where = m.dataset() == null || m.dataset().equals(name(m.file())) ? m.file() : m.file() + " › " + m.dataset();
            lines.add("• " + VisibleText.line(where) + ": " + i18n.get("misfit." + m.reason().id())
                    + " (" + VisibleText.line(i18n.get("misfit.detail." + m.reason().id(), joined(m.expected()),
                    joined(m.found()))) + ")");
        }
        return lines;
    }

    private static String name(String path) {
        return SidebarFilter.name(path);
    }

    private static String joined(List<String> names) {
        return names.isEmpty() ? "–" : String.join(", ", names);
    }
}
