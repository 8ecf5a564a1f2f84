package org.telisik.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.telisik.core.identity.TextMasking;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetPreview;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.SemanticType;

/** Each kind of personal data in a preview row is masked by its column's type; plain values stay readable. */
class PreviewMaskingTest {

    private static ColumnProfile column(String name, SemanticType type) {
        return new ColumnProfile(name, type, 0.9, List.of(), 1, 1, false, null, List.of(), Map.of());
    }

    @Test
    void everyPersonalTypeIsMaskedByItsOwnRule() {
        List<ColumnProfile> columns = List.of(column("nik", SemanticType.NIK), column("nama", SemanticType.PERSON_NAME),
                column("no_hp", SemanticType.PHONE), column("email", SemanticType.EMAIL),
                column("alamat", SemanticType.ADDRESS), column("tgl_lahir", SemanticType.BIRTH_DATE),
                column("no_kk", SemanticType.KK), column("npwp", SemanticType.NPWP),
                column("catatan", SemanticType.TEXT), column("kota", SemanticType.REGENCY),
                column("tgl_periksa", SemanticType.DATE), column("col_12", SemanticType.EMPTY));
        DatasetProfile dataset = new DatasetProfile("pasien.csv", "csv", null, 1, 100, true, columns, List.of());
        DatasetPreview raw = new DatasetPreview("/bukti/pasien.csv", null, 0, "pasien.csv",
                List.of("nik", "nama", "no_hp", "email", "alamat", "tgl_lahir", "no_kk", "npwp", "catatan", "kota",
                        "tgl_periksa", ""),
                List.of(Arrays.asList("3204110609970001", "Siti Wulandari", "0812-3456-7890", "siti.w@gmail.com",
                        "Jl. Merdeka No. 12, Bandung", "17-08-1990", "3204111201150003", "09.254.294.3-407.000",
                        "pasien rujukan, KTP 3204110609970001 hp 081234567890", "Kota Bandung", "2023-04-11", null,
                        "ekstra 3171234567890003")));

        DatasetPreview shown = PreviewMasking.mask(raw, dataset, TextMasking.IDENTIFIERS);

        assertThat(shown.rows().get(0)).containsExactly("3204********0001", "S*** W********", "0812-****-**90",
                "s*****@gmail.com", "J*. M****** N*. 1*, B******", "**-**-1990", "3204********0003",
                "09.2************.000", "pasien rujukan, KTP 3204********0001 hp 0812******90", "Kota Bandung",
                "2023-04-11", null, "ekstra 3171********0003");
        assertThat(shown.columns()).containsExactly("nik", "nama", "no_hp", "email", "alamat", "tgl_lahir", "no_kk",
                "npwp", "catatan", "kota", "tgl_periksa", "col_12");
        assertThat(shown.filePath()).isEqualTo(raw.filePath());
    }

    @Test
    void aNikInANumberColumnAndANameInANoteAreMaskedToo() {
        DatasetProfile dataset = new DatasetProfile("pasien_3204110609970001.csv", "csv", null, 1, 10, true,
                List.of(column("nilai", SemanticType.NUMBER), column("catatan", SemanticType.TEXT)), List.of());
        DatasetPreview raw = new DatasetPreview("/bukti/pasien_3204110609970001.csv", null, 0, "pasien_3204110609970001.csv",
                List.of("nilai", "catatan"), List.of(List.of("3204110609970001.50", "kontrol ulang Siti Wulandari")));
        DatasetPreview shown = PreviewMasking.mask(raw, dataset, TextMasking.withNames(List.of("Siti Wulandari")));
        assertThat(shown.rows().get(0)).containsExactly("3204********0001.50", "kontrol ulang S*** W********");
        assertThat(shown.filePath()).isEqualTo("/bukti/pasien_3204********0001.csv");
        assertThat(shown.datasetName()).isEqualTo("pasien_3204********0001.csv");
    }

    @Test
    void emptyAndMissingValuesStayAsTheyAre() {
        assertThat(PreviewMasking.cell(SemanticType.NIK, "", TextMasking.IDENTIFIERS)).isEmpty();
        assertThat(PreviewMasking.cell(SemanticType.PERSON_NAME, null, TextMasking.IDENTIFIERS)).isNull();
        assertThat(PreviewMasking.cell(SemanticType.NUMBER, "1250000000", TextMasking.IDENTIFIERS)).isEqualTo("1250000000");
    }
}
