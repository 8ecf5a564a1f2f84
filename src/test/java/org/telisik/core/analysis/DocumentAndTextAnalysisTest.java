package org.telisik.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telisik.core.analysis.Corpus.utf8;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.EntityCount;
import org.telisik.core.model.FileReport;
import org.telisik.core.model.SemanticType;
import org.telisik.testdata.Documents;

class DocumentAndTextAnalysisTest {
    static final String LETTER = "Kepada Yth. Bapak Budi Santoso, NIK 3171012505880002, HP 081234567890,"
            + " email budi.s@contoh.co.id. Tembusan: Ibu Siti, NIK 3204114609970001.";
    @TempDir
    Path dir;

    private static long count(FileReport r, SemanticType type) {
        return r.entities().stream().filter(e -> e.semanticType() == type).mapToLong(EntityCount::count).sum();
    }

    private static void assertLetter(FileReport r, String mediaType) {
        assertThat(r.mediaType()).isEqualTo(mediaType);
        assertThat(r.error()).isNull();
        assertThat(r.datasets()).isEmpty();
        assertThat(count(r, SemanticType.NIK)).isEqualTo(2);
        assertThat(count(r, SemanticType.PHONE)).isEqualTo(1);
        assertThat(count(r, SemanticType.EMAIL)).isEqualTo(1);
        assertThat(r.entities()).flatExtracting(EntityCount::examples).noneMatch(e -> e.contains("3171012505880002"));
    }

    @Test
    void plainTextIsScanned() throws IOException {
        assertLetter(Analyses.file(Corpus.write(dir, "surat.txt", utf8(LETTER + "\n"))), "text/plain");
    }

    @Test
    void pdfDocxHtmlRtfOdt() throws IOException {
        assertLetter(Analyses.file(Corpus.write(dir, "surat.pdf", pdf(LETTER))), "application/pdf");
        assertLetter(Analyses.file(Corpus.write(dir, "surat.docx", docx(LETTER))),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertLetter(Analyses.file(Corpus.write(dir, "surat.html",
                utf8("<!DOCTYPE html><html><body><p>" + LETTER + "</p></body></html>"))), "text/html");
        assertLetter(Analyses.file(Corpus.write(dir, "surat.rtf",
                utf8("{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0\\pard " + LETTER + "\\par}"))), "application/rtf");
        assertLetter(Analyses.file(Corpus.write(dir, "surat.odt", odt(LETTER))), "application/vnd.oasis.opendocument.text");
    }

    @Test
    void whitespaceAlignedTable() throws IOException {
        String table = """
                NIK               NAMA              KOTA
                ----------------  ----------------  ------------
                3204110609970001  Siti Wulandari    Bandung
                3171012505880002  Budi Santoso      Jakarta Pusat
                3578014406900003  Dewi              Surabaya
                3204110609970004  Agus Salim Putra  Depok
                """;
        FileReport r = Analyses.file(Corpus.write(dir, "laporan.txt", utf8(table)));
        assertThat(r.mediaType()).isEqualTo("text/plain");
        DatasetProfile d = r.datasets().get(0);
        assertThat(d.format()).isEqualTo("fixed-width");
        assertThat(d.rows()).isEqualTo(4);
        assertThat(d.columns()).extracting(ColumnProfile::name).containsExactly("NIK", "NAMA", "KOTA");
        assertThat(d.columns().get(2).distinct()).isEqualTo(4);
        assertThat(d.bytes()).isEqualTo(table.length() - table.indexOf('\n') - 1);
        String noRule = table.replaceAll("(?m)^-.*\n", "");
        FileReport gaps = Analyses.file(Corpus.write(dir, "tanpa-garis.txt", utf8(noRule)));
        assertThat(gaps.datasets().get(0).columns()).extracting(ColumnProfile::name).containsExactly("NIK", "NAMA", "KOTA");
        assertThat(gaps.datasets().get(0).rows()).isEqualTo(4);
    }

    @Test
    void xmlRecords() throws IOException {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE export [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <export tanggal="2024-03-01">
                  <meta><sumber>SIMRS</sumber></meta>
                  <pasien id="1"><nik>3204110609970001</nik><nama>Siti</nama><alamat><kota>Bandung</kota></alamat></pasien>
                  <pasien id="2"><nik>3171012505880002</nik><nama>Budi &amp; Co</nama></pasien>
                  <pasien id="3"><nik>3578014406900003</nik><nama>&xxe;</nama></pasien>
                </export>
                """;
        FileReport r = Analyses.file(Corpus.write(dir, "export.xml", utf8(xml)));
        assertThat(r.mediaType()).isEqualTo("application/xml");
        DatasetProfile d = r.datasets().get(0);
        assertThat(d.format()).isEqualTo("xml");
        assertThat(d.rows()).isEqualTo(3);
        assertThat(d.columns()).extracting(ColumnProfile::name).contains("@id", "nik", "nama", "alamat.kota");
        assertThat(d.columns().stream().filter(c -> c.name().equals("nama")).findFirst().orElseThrow().examples())
                .noneMatch(e -> e.contains("root:"));
    }

    static byte[] pdf(String text) throws IOException {
        return Documents.pdf(text);
    }

    static byte[] docx(String text) throws IOException {
        return Documents.docx(text);
    }

    static byte[] odt(String text) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("mimetype", utf8("application/vnd.oasis.opendocument.text"));
        parts.put("META-INF/manifest.xml", utf8("<?xml version=\"1.0\"?><manifest:manifest xmlns:manifest="
                + "\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"/\""
                + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/><manifest:file-entry"
                + " manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>"));
        parts.put("content.xml", utf8("<?xml version=\"1.0\"?><office:document-content xmlns:office="
                + "\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:"
                + "xmlns:text:1.0\"><office:body><office:text><text:p>" + text
                + "</text:p></office:text></office:body></office:document-content>"));
        return Corpus.zip(parts);
    }
}
