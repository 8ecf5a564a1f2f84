package org.telisik.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telisik.core.identity.TextMasking;
import org.telisik.core.identity.VisibleText;

/** The problem currently shown to the analyst. Each reported problem is logged exactly once, here. */
public final class ProblemViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemViewModel.class);
    private final ObjectProperty<Problem> current = new SimpleObjectProperty<>();

    public ReadOnlyObjectProperty<Problem> currentProperty() {
        return current;
    }

    /** Shown and logged with identifiers masked and control characters escaped: messages name files. */
    public void report(Problem problem) {
        Problem shown = new Problem(TextMasking.IDENTIFIERS.line(problem.summary()),
                VisibleText.text(TextMasking.IDENTIFIERS.mask(problem.details())));
        LOG.warn("{}\n{}", shown.summary(), shown.details());
        current.set(shown);
    }

    /** Reports an exception raised while doing something the analyst asked for. */
    public void report(String doing, Throwable error) {
        report(Problem.of(doing, error));
    }

    public void dismiss() {
        current.set(null);
    }
}
