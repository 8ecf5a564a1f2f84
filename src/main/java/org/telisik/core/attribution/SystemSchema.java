package org.telisik.core.attribution;

import java.util.List;
import java.util.Map;

/**
 * The table and column names of one system's database, as published (shipped reference data) or as an analyst
 * wrote them down. Names are kept as written; matching compares them without case.
 *
 * @param tables table name (bare: a {@code database.table} name loses its database) to its columns in order
 */
public record SystemSchema(String id, String name, String version, Map<String, List<String>> tables) {
    public SystemSchema {
        tables = Map.copyOf(tables);
    }
}
