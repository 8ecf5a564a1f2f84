package org.telisik.app;

import java.time.LocalDate;
import java.util.List;
import org.telisik.core.attribution.SampleTable;
import org.telisik.core.attribution.SchemaCatalog;
import org.telisik.core.attribution.SchemaMatcher;
import org.telisik.core.model.Attribution;
import org.telisik.core.model.Estimate;
import org.telisik.core.model.FileReport;
import org.telisik.core.model.Timeline;
import org.telisik.core.timeline.IdentifierSink;
import org.telisik.core.timeline.TimelineBuilder;
import org.telisik.workspace.Workspace;

/**
 * Which system a case's data came from and when it was taken: computed after the files were analysed, kept with
 * the case (each save audited), and for a case analysed before these existed computed from its stored files
 * (the timeline then lacks the newest identifier, which needs every record). The analyst's own schemas are the
 * {@code schemas} folder of the workspace.
 */
final class ForensicFindings {
    private final Workspace workspace;
    private final LocalDate referenceDate;

    ForensicFindings(Workspace workspace, LocalDate referenceDate) {
        this.workspace = workspace;
        this.referenceDate = referenceDate;
    }

    record Found(List<Attribution> attribution, Timeline timeline) {
    }

    /** Found for a new analysis, from its files and the identifiers seen in every record; stored with the case. */
    Found findAndStore(String caseId, List<FileReport> files, IdentifierSink identifiers, String claimText) {
        Found found = new Found(attribute(files), new TimelineBuilder(referenceDate).build(files, identifiers.newest(),
                claimText));
        workspace.results().saveAttribution(caseId, found.attribution());
        if (found.timeline() != null) {
            workspace.results().saveTimeline(caseId, found.timeline());
        }
        return found;
    }

    /** As stored with the case; computed from the stored files where nothing was stored. */
    Found stored(String caseId, List<FileReport> files) {
        List<Attribution> attribution = workspace.results().attribution(caseId).orElseGet(() -> attribute(files));
        Timeline timeline = workspace.results().timeline(caseId).orElseGet(() -> new TimelineBuilder(referenceDate)
                .build(files, List.of(), workspace.results().claim(caseId).map(Estimate.Claim::text).orElse(null)));
        return new Found(attribution, timeline);
    }

    /** The candidates; an analyst's schema file that could not be used is named in each one's evidence. */
    private List<Attribution> attribute(List<FileReport> files) {
        SchemaCatalog catalog = SchemaCatalog.withFolder(workspace.location().resolve(SchemaCatalog.FOLDER));
        List<Attribution> found = new SchemaMatcher(catalog).attribute(SampleTable.of(files));
        if (catalog.problems().isEmpty()) {
            return found;
        }
        return found.stream().map(a -> new Attribution(a.system(), a.name(), a.version(), a.score(), a.matchedTables(),
                a.unmatchedTables(), java.util.stream.Stream.concat(a.evidence().stream(), catalog.problems().stream())
                .toList())).toList();
    }
}
