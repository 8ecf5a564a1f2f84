package org.telisik.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.telisik.core.model.Authenticity;
import org.telisik.core.model.AuthenticityCheck;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.CombinedMisfit;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.EntityCount;
import org.telisik.core.model.Estimate;
import org.telisik.core.model.FileReport;

/**
 * Writes the analysis JSON document (contract v1, analysis-json.md). Field names are spelt out here, once,
 * on purpose: other programs read them, so they are never derived from Java names.
 */
public final class AnalysisJsonWriter {
    public static final int SCHEMA_VERSION = 1;
    private static final JsonFactory FACTORY = new JsonFactory();
    private final String toolVersion;

    public AnalysisJsonWriter(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    /** Writes the document as UTF-8; leaves {@code out} open. */
    public void write(CaseAnalysis analysis, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.setCharacterEscapes(JsonEscapes.INSTANCE);
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            g.writeNumberField("schemaVersion", SCHEMA_VERSION);
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", "telisik");
            g.writeStringField("version", toolVersion);
            g.writeEndObject();
            g.writeObjectFieldStart("case");
            g.writeStringField("id", analysis.caseInfo().id());
            g.writeStringField("name", analysis.caseInfo().name());
            g.writeStringField("createdAt", analysis.caseInfo().createdAt().toString());
            g.writeEndObject();
            g.writeArrayFieldStart("files");
            for (FileReport f : analysis.files()) {
                writeFile(g, f);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("combined");
            for (DatasetProfile d : analysis.combined()) {
                writeDataset(g, d, true);
            }
            g.writeEndArray();
            writeMisfits(g, analysis.misfits());
            g.writeFieldName("estimate");
            writeEstimate(g, analysis.estimate());
            g.writeFieldName("authenticity");
            writeAuthenticity(g, analysis.authenticity());
            ForensicsJson.writeAttribution(g, analysis.attribution());
            ForensicsJson.writeTimeline(g, analysis.timeline());
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /**
     * Optional, after {@code combined} and only when something was left out of it: each file or dataset not
     * combined, with its reason ({@code different-columns}, {@code different-format},
     * {@code no-records}, {@code unreadable}, {@code no-table}, {@code too-many-shapes}), what the combined
     * dataset has that it lacks ({@code expected}) and what it has instead ({@code found}).
     */
    private static void writeMisfits(JsonGenerator g, List<CombinedMisfit> misfits) throws IOException {
        if (misfits.isEmpty()) {
            return; // absent rather than empty, so documents of samples that all fit stay as they were
        }
        g.writeArrayFieldStart("combinedMisfits");
        for (CombinedMisfit m : misfits) {
            g.writeStartObject();
            g.writeStringField("path", m.file());
            g.writeStringField("dataset", m.dataset());
            g.writeStringField("reason", m.reason().id());
            writeStrings(g, "expected", m.expected());
            writeStrings(g, "found", m.found());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeFile(JsonGenerator g, FileReport f) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", f.path());
        g.writeNumberField("sizeBytes", f.sizeBytes());
        g.writeStringField("sha256", f.sha256());
        g.writeStringField("md5", f.md5());
        g.writeStringField("mediaType", f.mediaType());
        g.writeStringField("encoding", f.encoding());
        if (f.error() == null) {
            g.writeNullField("error");
        } else {
            g.writeObjectFieldStart("error");
            g.writeStringField("code", f.error().code().id());
            g.writeStringField("message", f.error().message());
            g.writeEndObject();
        }
        g.writeArrayFieldStart("datasets");
        for (DatasetProfile d : f.datasets()) {
            writeDataset(g, d, false);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("entries");
        for (FileReport e : f.entries()) {
            writeFile(g, e);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("entities");
        for (EntityCount e : f.entities()) {
            g.writeStartObject();
            g.writeStringField("semanticType", e.semanticType().id());
            g.writeNumberField("count", e.count());
            writeStrings(g, "examples", e.examples());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeDataset(JsonGenerator g, DatasetProfile d, boolean combined) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", d.name());
        g.writeStringField("format", d.format());
        if (d.dialect() == null) {
            g.writeNullField("dialect");
        } else {
            g.writeObjectFieldStart("dialect");
            g.writeStringField("delimiter", String.valueOf(d.dialect().delimiter()));
            g.writeStringField("quote", String.valueOf(d.dialect().quote()));
            g.writeBooleanField("header", d.dialect().header());
            g.writeEndObject();
        }
        g.writeNumberField("rows", d.rows());
        g.writeNumberField("bytes", d.bytes());
        g.writeBooleanField("complete", d.complete());
        g.writeArrayFieldStart("columns");
        for (ColumnProfile c : d.columns()) {
            writeColumn(g, c);
        }
        g.writeEndArray();
        if (combined) {
            writeStrings(g, "files", d.files());
        }
        g.writeEndObject();
    }

    private static void writeColumn(JsonGenerator g, ColumnProfile c) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", c.name());
        g.writeStringField("semanticType", c.semanticType().id());
        g.writeNumberField("confidence", c.confidence());
        writeStrings(g, "evidence", c.evidence());
        g.writeNumberField("nonEmpty", c.nonEmpty());
        g.writeNumberField("distinct", c.distinct());
        if (c.distinctEstimated()) {
            g.writeBooleanField("distinctEstimated", true);
        }
        if (c.validity() == null) {
            g.writeNullField("validity");
        } else {
            g.writeObjectFieldStart("validity");
            g.writeNumberField("checked", c.validity().checked());
            g.writeNumberField("valid", c.validity().valid());
            g.writeEndObject();
        }
        writeStrings(g, "examples", c.examples());
        g.writeFieldName("stats");
        writeValue(g, c.stats());
        g.writeEndObject();
    }

    private static void writeEstimate(JsonGenerator g, Estimate e) throws IOException {
        if (e == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeObjectFieldStart("claim");
        g.writeStringField("text", e.claim().text());
        writeNullableNumber(g, "sizeBytes", e.claim().sizeBytes());
        writeNullableNumber(g, "records", e.claim().records());
        g.writeFieldName("compressed");
        writeValue(g, e.claim().compressed());
        g.writeEndObject();
        g.writeObjectFieldStart("bytesPerRecord");
        g.writeNumberField("observed", e.bytesPerRecord().observed());
        g.writeFieldName("claimed");
        writeValue(g, e.bytesPerRecord().claimed());
        g.writeEndObject();
        if (e.records() == null) {
            g.writeNullField("records");
        } else {
            g.writeObjectFieldStart("records");
            g.writeNumberField("low", e.records().low());
            g.writeNumberField("mid", e.records().mid());
            g.writeNumberField("high", e.records().high());
            g.writeEndObject();
        }
        g.writeStringField("consistency", e.consistency());
        writeStrings(g, "explanation", e.explanation());
        writeAssumptions(g, e);
        g.writeEndObject();
    }

    /** Optional fields (added 2026-12, #22): what the figures assume and the figures under the other readings. */
    private static void writeAssumptions(JsonGenerator g, Estimate e) throws IOException {
        Estimate.Assumptions a = e.assumptions();
        if (a == null) {
            return;
        }
        g.writeObjectFieldStart("assumptions");
        g.writeStringField("codec", a.codec());
        g.writeStringField("codecSource", a.codecSource());
        g.writeFieldName("ratio");
        writeValue(g, a.ratio());
        g.writeFieldName("ratioLow");
        writeValue(g, a.ratioLow());
        g.writeFieldName("ratioHigh");
        writeValue(g, a.ratioHigh());
        g.writeStringField("format", a.format());
        g.writeStringField("formatSource", a.formatSource());
        g.writeStringField("table", a.table());
        g.writeStringField("tableSource", a.tableSource());
        g.writeEndObject();
        g.writeArrayFieldStart("readings");
        for (Estimate.Reading r : e.readings()) {
            g.writeStartObject();
            g.writeStringField("table", r.table());
            g.writeStringField("format", r.format());
            g.writeStringField("codec", r.codec());
            g.writeNumberField("low", r.low());
            g.writeNumberField("mid", r.mid());
            g.writeNumberField("high", r.high());
            g.writeNumberField("bytesPerRecord", r.bytesPerRecord());
            g.writeStringField("consistency", r.consistency());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeAuthenticity(JsonGenerator g, Authenticity a) throws IOException {
        g.writeStartObject();
        g.writeStringField("verdict", a.verdict());
        g.writeArrayFieldStart("checks");
        for (AuthenticityCheck c : a.checks()) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeStringField("outcome", c.outcome());
            g.writeStringField("detail", c.detail());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeNullableNumber(JsonGenerator g, String name, Long value) throws IOException {
        g.writeFieldName(name);
        writeValue(g, value);
    }

    static void writeStrings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** Free-form values (stats): maps, lists, strings, numbers, booleans and null. */
    private static void writeValue(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                writeValue(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Iterable<?> list) {
            g.writeStartArray();
            for (Object o : list) {
                writeValue(g, o);
            }
            g.writeEndArray();
        } else if (value instanceof Integer || value instanceof Long) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            g.writeString(value.toString());
        }
    }
}
