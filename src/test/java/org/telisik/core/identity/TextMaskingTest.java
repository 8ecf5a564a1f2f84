package org.telisik.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telisik.core.model.SemanticType;

/** Identifiers are masked wherever they sit in a text, in every form people write them; other text stays. */
class TextMaskingTest {
    private static final TextMasking MASKING = TextMasking.IDENTIFIERS;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "pasien NIK 3578015810950008 dirawat | pasien NIK 3578********0008 dirawat",
        "KTP 3204110101900001 hp 081234567890 email siti@example.com | KTP 3204********0001 hp 0812******90 email s***@example.com",
        "nik 3204 1101 0190 0001 | nik 3204 **** **** 0001",
        "nik 3204.1101.0190.0001 | nik 3204.****.****.0001",
        "nik 32-04-11-010190-0001 | nik 32-04-**-******-0001",
        "3204110101900001.50 | 3204********0001.50",
        "pasien_3204110101900001.csv | pasien_3204********0001.csv",
        "npwp 09.254.294.3-407.000 | npwp 09.25*.***.*-**7.000",
        "npwp 092542943407000 | npwp 0925*******7000",
        "bpjs 0001234567890 | bpjs 0001*****7890",
        "hp +62 812-3456-7890 | hp +62 81*-****-**90",
        "hp 6281234567890 | hp 6281*******90",
        "hp (021) 5551234 | hp (021) 5****34",
        "hp 0812.3456.7890 | hp 0812.****.**90",
        "telp 0812-3456-7890/0813 1111 2222 | telp 0812-****-**90/0813 **** **22",
        "paspor A1234567 | paspor A******7",
        "kirim ke siti.wulandari@rs-harapan.co.id segera | kirim ke s*************@rs-harapan.co.id segera",
    })
    void masksIdentifiersInsideText(String text, String masked) {
        assertThat(MASKING.mask(text)).isEqualTo(masked);
        assertThat(MASKING.mask(masked)).as("idempotent").isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2021-12-30 10:11:12",
        "30-12-2021 10:11",
        "Rp 1.500.000 dan 2.500.000",
        "1250000000",
        "kamar 12, lantai 3",
        "ICD J18.9 dx 2023",
        "INV/2023/000123",
        "3204********0001",
    })
    void leavesOrdinaryValuesAlone(String text) {
        assertThat(MASKING.mask(text)).isEqualTo(text);
    }

    @Test
    void knownNamesAreMaskedInAnyCaseAndWithAnySeparator() {
        TextMasking names = TextMasking.withNames(List.of("Siti Wulandari", "dr. Budi Santoso, Sp.PD", "Ani"));
        assertThat(names.mask("kontrol ulang SITI WULANDARI besok")).isEqualTo("kontrol ulang S*** W******** besok");
        assertThat(names.mask("hasil_lab_siti_wulandari.pdf")).isEqualTo("hasil_lab_s***_w********.pdf");
        assertThat(names.mask("dirujuk oleh Budi Santoso")).isEqualTo("dirujuk oleh B*** S******");
        assertThat(names.mask("Situ Wulandarii")).as("whole words only").isEqualTo("Situ Wulandarii");
        assertThat(names.mask("Anita")).as("too short a name is not a pattern, and words must be whole").isEqualTo("Anita");
    }

    @Test
    void findsValidityForCounting() {
        IdentifierFinder finder = new IdentifierFinder(new NikValidator());
        List<IdentifierFinder.Hit> hits = finder.find("a 3204110101900001 b 3299999999999999 c 081234567890 d x@y.id");
        assertThat(hits).extracting(IdentifierFinder.Hit::type).containsExactly(SemanticType.NIK, SemanticType.NIK,
                SemanticType.PHONE, SemanticType.EMAIL);
        assertThat(hits).extracting(IdentifierFinder.Hit::valid).containsExactly(true, false, true, true);
        assertThat(finder.find("no identifiers here, 123")).isEmpty();
    }
}
