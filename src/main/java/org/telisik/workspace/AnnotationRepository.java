package org.telisik.workspace;

import java.util.List;
import org.telisik.core.model.Annotation;
import org.telisik.core.model.AnnotationTarget;

/** Examiner tags and notes. They are only ever added (each addition audited), never edited in place. */
public interface AnnotationRepository {

    /**
     * Adds a tag or note by the workspace's analyst.
     *
     * @throws WorkspaceException when the case does not exist or the text is blank
     */
    Annotation add(String caseId, Annotation.Kind kind, AnnotationTarget target, String text);

    /** The tags and notes of a case, oldest first. */
    List<Annotation> list(String caseId);
}
