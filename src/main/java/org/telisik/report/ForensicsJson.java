package org.telisik.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.telisik.core.model.Attribution;
import org.telisik.core.model.Timeline;

/** The analysis JSON's {@code attribution} and {@code timeline} (added 2026-12), field names as analysis-json.md spells them. */
final class ForensicsJson {
    private ForensicsJson() {
    }

    static void writeAttribution(JsonGenerator g, List<Attribution> candidates) throws IOException {
        g.writeArrayFieldStart("attribution");
        for (Attribution a : candidates) {
            g.writeStartObject();
            g.writeStringField("system", a.system());
            g.writeStringField("name", a.name());
            g.writeStringField("version", a.version());
            g.writeNumberField("score", a.score());
            g.writeArrayFieldStart("matchedTables");
            for (Attribution.TableMatch m : a.matchedTables()) {
                g.writeStartObject();
                g.writeStringField("sample", m.sample());
                g.writeStringField("schema", m.schema());
                g.writeNumberField("columnsMatched", m.columnsMatched());
                g.writeNumberField("columnsInSample", m.columnsInSample());
                g.writeEndObject();
            }
            g.writeEndArray();
            AnalysisJsonWriter.writeStrings(g, "unmatchedTables", a.unmatchedTables());
            AnalysisJsonWriter.writeStrings(g, "evidence", a.evidence());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void writeTimeline(JsonGenerator g, Timeline t) throws IOException {
        if (t == null) {
            g.writeNullField("timeline");
            return;
        }
        g.writeObjectFieldStart("timeline");
        g.writeArrayFieldStart("events");
        for (Timeline.EventRange e : t.events()) {
            g.writeStartObject();
            g.writeStringField("dataset", e.dataset());
            g.writeStringField("column", e.column());
            g.writeStringField("oldest", e.oldest());
            g.writeStringField("newest", e.newest());
            g.writeNumberField("count", e.count());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (t.newestIdentifier() == null) {
            g.writeNullField("newestIdentifier");
        } else {
            g.writeObjectFieldStart("newestIdentifier");
            g.writeStringField("dataset", t.newestIdentifier().dataset());
            g.writeStringField("column", t.newestIdentifier().column());
            g.writeStringField("value", t.newestIdentifier().value());
            g.writeEndObject();
        }
        g.writeStringField("extractedOnOrAfter", t.extractedOnOrAfter());
        g.writeStringField("claimedDate", t.claimedDate());
        g.writeStringField("consistency", t.consistency());
        AnalysisJsonWriter.writeStrings(g, "explanation", t.explanation());
        g.writeEndObject();
    }
}
