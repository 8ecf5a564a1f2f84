package org.telisik.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The problem currently shown to the analyst. Each reported problem is logged exactly once, here. */
public final class ProblemViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemViewModel.class);
    private final ObjectProperty<Problem> current = new SimpleObjectProperty<>();

    public ReadOnlyObjectProperty<Problem> currentProperty() {
        return current;
    }

    public void report(Problem problem) {
        LOG.warn("{}\n{}", problem.summary(), problem.details());
        current.set(problem);
    }

    /** Reports an exception raised while doing something the analyst asked for. */
    public void report(String doing, Throwable error) {
        report(Problem.of(doing, error));
    }

    public void dismiss() {
        current.set(null);
    }
}
