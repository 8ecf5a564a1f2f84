package org.telisik.workspace;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.resource.classpath.ClassPathResource;

/**
 * The migration scripts Flyway applies, named here instead of found by a scan of the class path: the scan walks
 * every entry of the application's jar (tens of thousands) on the first start of each new workspace, some 100 ms
 * of a start that should take none. Flyway still reads, orders, checksums, validates and records each script as it
 * would have found it; a test keeps this list equal to the folder's scripts.
 */
final class KnownScripts implements ResourceProvider {
    static final String FOLDER = "db/migration";
    /** Every script in {@link #FOLDER}, by file name. */
    static final List<String> NAMES = List.of("V1__cases_evidence_profiles.sql", "V2__chain_of_custody.sql",
            "V3__case_closing_and_previews.sql", "V4__custody_facts.sql", "V5__identity_cache.sql",
            "V100__identifier_fingerprints.sql");

    private final Location location = new Location("classpath:" + FOLDER);
    private final ClassLoader loader;

    KnownScripts(ClassLoader loader) {
        this.loader = loader;
    }

    /** The version of a script, as Flyway reads it from its name ("V100__x.sql" is "100"). */
    static String version(String name) {
        return name.substring(1, name.indexOf("__"));
    }

    @Override
    public LoadableResource getResource(String name) {
        return NAMES.contains(name) ? resource(name) : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return NAMES.stream().filter(n -> n.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(n::endsWith))
                .map(this::resource).toList();
    }

    private LoadableResource resource(String name) {
        return new ClassPathResource(location, FOLDER + "/" + name, loader, StandardCharsets.UTF_8);
    }
}
