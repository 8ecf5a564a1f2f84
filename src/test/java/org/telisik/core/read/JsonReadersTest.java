package org.telisik.core.read;

import org.telisik.core.model.ErrorCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonReadersTest {

    static CollectingSink read(TableReader reader, String json) throws IOException {
        CollectingSink sink = new CollectingSink();
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        reader.read(new ByteArrayInputStream(bytes), new ReadContext("data.json", "application/json",
                StandardCharsets.UTF_8, bytes.length), sink);
        return sink;
    }

    @Test
    void topLevelArrayWithNestedObjectsFlattened() throws IOException {
        String json = """
                [
                  {"nik": "3204110609970001", "nama": "Siti Wulandari", "alamat": {"kota": "Bandung", "kode_pos": "40115"}},
                  {"nik": "3171012505880002", "nama": "Budi Santoso", "hp": ["0812345678", "0856789012"], "aktif": true},
                  {"nik": null, "nama": "Dewi", "alamat": {"kota": "Surabaya", "geo": {"lat": -7.25, "lon": 112.75}}}
                ]
                """;
        CollectingSink.Table t = read(new JsonTableReader(), json).only();
        assertThat(t.name).isEqualTo("data.json");
        assertThat(t.format).isEqualTo("json");
        assertThat(t.rows).hasSize(3);
        assertThat(t.columns).containsExactly("nik", "nama", "alamat.kota", "alamat.kode_pos", "hp", "aktif",
                "alamat.geo.lat", "alamat.geo.lon");
        assertThat(t.value(0, "alamat.kota")).isEqualTo("Bandung");
        assertThat(t.value(1, "hp")).isEqualTo("[\"0812345678\",\"0856789012\"]");
        assertThat(t.value(1, "aktif")).isEqualTo("true");
        assertThat(t.value(2, "nik")).isNull();
        assertThat(t.value(2, "alamat.geo.lon")).isEqualTo("112.75");
        assertThat(t.bytes).isEqualTo(json.strip().getBytes(StandardCharsets.UTF_8).length);
        assertThat(t.complete).isTrue();
    }

    @Test
    void objectWrappingAnArrayOfRecords() throws IOException {
        String json = "{\"status\": \"ok\", \"page\": 1, \"meta\": {\"total\": 2},"
                + " \"data\": [{\"id\": 1, \"nama\": \"Rina\"}, {\"id\": 2, \"nama\": \"Agus\"}]}";
        CollectingSink.Table t = read(new JsonTableReader(), json).only();
        assertThat(t.name).isEqualTo("data.json/data");
        assertThat(t.columns).containsExactly("id", "nama");
        assertThat(t.rows).hasSize(2);
    }

    @Test
    void deeperArraysAndSeveralDatasets() throws IOException {
        String json = "{\"result\": {\"pasien\": [{\"id\": 1}, {\"id\": 2}, {\"id\": 3}]}, \"dokter\": [[\"dr. A\", \"Sp.PD\"]]}";
        CollectingSink sink = read(new JsonTableReader(), json);
        assertThat(sink.tables).extracting(t -> t.name).containsExactly("data.json/result.pasien", "data.json/dokter");
        assertThat(sink.tables.get(0).rows).hasSize(3);
        assertThat(sink.tables.get(1).columns).containsExactly("col_1", "col_2");
    }

    @Test
    void singleObjectIsOneRecord() throws IOException {
        CollectingSink.Table t = read(new JsonTableReader(), "{\"nik\": \"3204110609970001\", \"tags\": [1, 2]}").only();
        assertThat(t.rows).hasSize(1);
        assertThat(t.columns).containsExactly("nik", "tags");
        assertThat(t.value(0, "tags")).isEqualTo("[1,2]");
    }

    @Test
    void truncatedJsonKeepsRecordsBeforeTheCut() {
        String json = "[{\"a\": 1}, {\"a\": 2}, {\"a\": 3";
        CollectingSink sink = new CollectingSink();
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new JsonTableReader().read(new ByteArrayInputStream(bytes),
                new ReadContext("cut.json", "application/json", StandardCharsets.UTF_8, bytes.length), sink))
                .isInstanceOfSatisfying(MalformedInputException.class,
                        e -> assertThat(e.error().code().id()).isEqualTo("truncated-json"));
        assertThat(sink.only().rows).hasSize(2);
        assertThat(sink.only().complete).isFalse();
    }

    @Test
    void ndjsonLineByLine() throws IOException {
        String nd = "{\"nik\":\"3204110609970001\",\"nama\":\"Siti\"}\n\n"
                + "{\"nik\":\"3171012505880002\",\"nama\":\"Budi\",\"kontak\":{\"hp\":\"081234567890\"}}\r\n"
                + "{\"nama\":\"Dewi\"}\n";
        CollectingSink.Table t = read(new NdjsonTableReader(), nd).only();
        assertThat(t.format).isEqualTo("ndjson");
        assertThat(t.rows).hasSize(3);
        assertThat(t.columns).containsExactly("nik", "nama", "kontak.hp");
        assertThat(t.value(1, "kontak.hp")).isEqualTo("081234567890");
        assertThat(t.bytes).isEqualTo(nd.length()); // lines are read whole, the last line break included
    }

    @Test
    void ndjsonValuesPrettyPrintedOverLinesAreGatheredUntilTheyClose() throws IOException {
        // as jq or json.dumps(indent=2) write them: the first line ends after a comma between entries, which
        // Jackson reports as a parse error rather than an end of input; it must wait for the next lines
        String nd = "{\"nik\":\"3204110609970001\",\n  \"nama\":\"Siti Rahmawati\",\n  \"alamat\":{\"kota\":"
                + "\"Kota Depok\"}}\n{\n  \"nik\":\"3171012505880002\",\n  \"nama\":\"Budi Santoso\"\n}\n"
                + "{\"nik\":\"3374010411590041\",\"nama\":\"Dewi\"}\n";
        CollectingSink.Table t = read(new NdjsonTableReader(), nd).only();
        assertThat(t.rows).hasSize(3);
        assertThat(t.complete).isTrue();
        assertThat(t.columns).containsExactly("nik", "nama", "alamat.kota");
        assertThat(t.value(1, "nama")).isEqualTo("Budi Santoso");
    }

    @Test
    void ndjsonWithABrokenLineReadsTheLinesAfterIt() throws IOException {
        String nd = "{\"a\":1}\n{\"a\":2}\n{\"a\":3,,}\n{\"a\":4}\n";
        CollectingSink sink = new CollectingSink();
        byte[] bytes = nd.getBytes(StandardCharsets.UTF_8);
        new NdjsonTableReader().read(new ByteArrayInputStream(bytes),
                new ReadContext("x.ndjson", "application/x-ndjson", StandardCharsets.UTF_8, bytes.length), sink);
        assertThat(sink.only().rows).hasSize(3);
        assertThat(sink.only().value(2, "a")).isEqualTo("4");
        assertThat(sink.only().complete).isFalse();
        assertThat(sink.warnings).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(ErrorCode.BAD_JSON_LINES);
            assertThat(w.message()).contains("line 3");
        });
    }
}
