package org.telisik.core.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClaimParserTest {
    private static final long GB = 1_000_000_000L;
    private final ClaimParser parser = new ClaimParser();

    /** text, uncompressed bytes, compressed bytes, records (null = not stated or not understood). */
    static Stream<Arguments> phrasings() {
        return Stream.of(
                Arguments.of("720 GB", 720 * GB, null, null),
                Arguments.of("720GB", 720 * GB, null, null),
                Arguments.of("720 gb", 720 * GB, null, null),
                Arguments.of("1,5 TB", 1_500 * GB, null, null),
                Arguments.of("1.5TB", 1_500 * GB, null, null),
                Arguments.of("3.26 GB", 3_260_000_000L, null, null),
                Arguments.of("3,26 GB", 3_260_000_000L, null, null),
                Arguments.of("2 GiB", 2_147_483_648L, null, null),
                Arguments.of("512 MiB", 536_870_912L, null, null),
                Arguments.of("500 MB compressed / 2 GB uncompressed", 2 * GB, 500_000_000L, null),
                Arguments.of("compressed 500 MB / uncompressed 2 GB", 2 * GB, 500_000_000L, null),
                Arguments.of("file zip 4 GB, setelah diekstrak 18 GB", 18 * GB, 4 * GB, null),
                Arguments.of("40 GB (zip)", null, 40 * GB, null),
                Arguments.of("ukuran 12 GB terkompresi", null, 12 * GB, null),
                Arguments.of("12 GB tidak dikompresi", 12 * GB, null, null),
                Arguments.of("35 gigabytes", 35 * GB, null, null),
                Arguments.of("850 megabytes", 850_000_000L, null, null),
                Arguments.of("6 juta", null, null, 6_000_000L),
                Arguments.of("6jt", null, null, 6_000_000L),
                Arguments.of("6 jt data", null, null, 6_000_000L),
                Arguments.of("1,3 miliar", null, null, 1_300_000_000L),
                Arguments.of("1,3 milyar data SIM card", null, null, 1_300_000_000L),
                Arguments.of("279 M", null, null, 279_000_000L),
                Arguments.of("279M penduduk", null, null, 279_000_000L),
                Arguments.of("105.003.428", null, null, 105_003_428L),
                Arguments.of("105,003,428", null, null, 105_003_428L),
                Arguments.of("105003428 records", null, null, 105_003_428L),
                Arguments.of("6 million rows", null, null, 6_000_000L),
                Arguments.of("2M", null, null, 2_000_000L),
                Arguments.of("2m rows", null, null, 2_000_000L),
                Arguments.of("200 ribu", null, null, 200_000L),
                Arguments.of("200rb pasien", null, null, 200_000L),
                Arguments.of("500k users", null, null, 500_000L),
                Arguments.of("1.3 billion", null, null, 1_300_000_000L),
                Arguments.of("1.3B records", null, null, 1_300_000_000L),
                Arguments.of("1.500 rows", null, null, 1_500L),
                Arguments.of("34,9 juta data paspor", null, null, 34_900_000L),
                Arguments.of("720 GB, 6 juta data pasien", 720 * GB, null, 6_000_000L),
                Arguments.of("Dijual data BPJS 279 juta penduduk, 20 GB", 20 * GB, null, 279_000_000L),
                Arguments.of("leak of 6,000,000 patient records (720GB incl. images)", 720 * GB, null, 6_000_000L),
                Arguments.of("sekitar 2 juta baris, 3.26 GB", 3_260_000_000L, null, 2_000_000L),
                Arguments.of("105.003.428 (105 juta) data KTP, 4 GB rar", null, 4 * GB, 105_003_428L),
                Arguments.of("data 2022: 1,2 juta", null, null, 1_200_000L),
                Arguments.of("720 GB, 6 juta data, harga Rp 5 juta", 720 * GB, null, 6_000_000L),
                Arguments.of("6jt data KTP dijual $500", null, null, 6_000_000L),
                Arguments.of("279 juta data BPJS, 0.15 BTC", null, null, 279_000_000L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phrasings")
    void readsSizesCountsAndCompression(String text, Long plain, Long packed, Long records) {
        ParsedClaim c = parser.parse(text);
        assertThat(c.uncompressedBytes()).as("uncompressed").isEqualTo(plain);
        assertThat(c.compressedBytes()).as("compressed").isEqualTo(packed);
        assertThat(c.records()).as("records").isEqualTo(records);
        assertThat(c.notUnderstood()).isEmpty();
    }

    @Test
    void saysWhetherCompressionWasStated() {
        assertThat(parser.parse("720 GB").toModel().compressed()).isNull();
        assertThat(parser.parse("40 GB zip").toModel().compressed()).isTrue();
        assertThat(parser.parse("500 MB compressed / 2 GB uncompressed").toModel())
                .satisfies(m -> assertThat(m.compressed()).isFalse())
                .satisfies(m -> assertThat(m.sizeBytes()).isEqualTo(2 * GB));
        assertThat(parser.parse("6 juta").toModel().compressed()).isNull();
    }

    @Test
    void explainsDecimalAndBinaryUnits() {
        assertThat(parser.parse("720 GB").notes()).anyMatch(n -> n.contains("720,000,000,000 bytes")
                && n.contains("decimal") && n.contains("7.4%"));
        assertThat(parser.parse("850 MB").notes()).anyMatch(n -> n.contains("1 MB = 1,000,000 bytes") && n.contains("4.9%"));
        assertThat(parser.parse("1,5 TB").notes()).anyMatch(n -> n.contains("10.0%"));
        assertThat(parser.parse("14653959 bytes").notes()).singleElement().asString().doesNotContain("decimal");
        ParsedClaim binary = parser.parse("2 GiB");
        assertThat(binary.binaryUnits()).isTrue();
        assertThat(binary.notes()).anyMatch(n -> n.contains("binary units, 1 GiB = 1,073,741,824 bytes"));
    }

    @Test
    void reportsAmbiguousSeparatorInsteadOfGuessing() {
        ParsedClaim c = parser.parse("1.500 GB");
        assertThat(c.uncompressedBytes()).isNull();
        assertThat(c.notUnderstood()).singleElement().asString().contains("1.500 GB");
    }

    @Test
    void reportsTextWithoutFiguresAsNotUnderstood() {
        for (String text : new String[] {"data lengkap banyak sekali", "huge database", "", "   "}) {
            ParsedClaim c = parser.parse(text);
            assertThat(c.hasSize()).isFalse();
            assertThat(c.records()).isNull();
            assertThat(c.notUnderstood()).hasSize(1);
        }
        assertThat(parser.parse(null).notUnderstood()).containsExactly("no claim text was given");
    }

    @Test
    void reportsConflictingCountsAndUnitlessNumbers() {
        ParsedClaim c = parser.parse("6 juta data, 2 juta baris");
        assertThat(c.records()).isNull();
        assertThat(c.notUnderstood()).singleElement().asString().contains("different record counts");
        ParsedClaim unitless = parser.parse("720 GB, 6000");
        assertThat(unitless.uncompressedBytes()).isEqualTo(720 * GB);
        assertThat(unitless.notUnderstood()).singleElement().asString().contains("'6000' has no unit");
    }

    @Test
    void reportsTwoUnqualifiedSizes() {
        ParsedClaim c = parser.parse("20 GB / 80 GB");
        assertThat(c.hasSize()).isFalse();
        assertThat(c.notUnderstood()).singleElement().asString().contains("compressed");
    }

    @Test
    void readsMAsMillionAndSaysSo() {
        assertThat(parser.parse("279 M").notes()).anyMatch(n -> n.contains("miliar"));
    }
}
