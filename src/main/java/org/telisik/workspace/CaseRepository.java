package org.telisik.workspace;

import java.util.List;
import java.util.Optional;

/** Cases of a workspace. Names are unique within a workspace. */
public interface CaseRepository {

    /** Creates a new case; fails with {@link WorkspaceException} when the name is taken. */
    CaseRecord create(String name);

    /** The case of this name, created when it does not exist yet. */
    CaseRecord findOrCreate(String name);

    Optional<CaseRecord> findById(String id);

    Optional<CaseRecord> findByName(String name);

    /** All cases, newest first. */
    List<CaseRecord> list();
}
