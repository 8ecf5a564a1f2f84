package org.telisik.app;

import java.util.List;
import org.telisik.core.model.Annotation;
import org.telisik.core.model.AnnotationTarget;
import org.telisik.workspace.AnnotationRepository;

/** The examiner's tags and notes on a case; only ever added, each addition audited by the workspace. */
public final class CaseNotes {
    private final AnnotationRepository annotations;

    CaseNotes(AnnotationRepository annotations) {
        this.annotations = annotations;
    }

    /** Tags and notes of a case, oldest first. */
    public List<Annotation> list(String caseId) {
        return annotations.list(caseId);
    }

    /** @throws org.telisik.core.model.ActionableException when the case does not exist or the text is blank */
    public Annotation add(String caseId, Annotation.Kind kind, AnnotationTarget target, String text) {
        return annotations.add(caseId, kind, target, text);
    }
}
