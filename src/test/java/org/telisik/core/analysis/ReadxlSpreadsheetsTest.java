package org.telisik.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.FileReport;

/**
 * Workbooks shipped with the R package readxl (Debian r-cran-readxl, see the third-party README), in xlsx
 * and in xls: row counts as readxl's authors documented them.
 */
class ReadxlSpreadsheetsTest {

    private static FileReport analyse(String name) throws URISyntaxException {
        return Analyses.file(Path.of(ReadxlSpreadsheetsTest.class.getResource("/formats/third-party/readxl/" + name)
                .toURI()));
    }

    @ParameterizedTest
    @CsvSource({"datasets.xlsx, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "datasets.xls, application/vnd.ms-excel"})
    void fourClassicDatasetsWithExactRows(String name, String mediaType) throws Exception {
        FileReport r = analyse(name);
        assertThat(r.mediaType()).isEqualTo(mediaType);
        assertThat(r.error()).isNull();
        assertThat(r.datasets()).extracting(DatasetProfile::name).containsExactly("iris", "mtcars", "chickwts", "quakes");
        assertThat(r.datasets()).extracting(DatasetProfile::rows).containsExactly(150L, 32L, 71L, 1000L);
        assertThat(r.datasets()).allMatch(DatasetProfile::complete);
        assertThat(r.datasets().get(0).columns()).extracting(ColumnProfile::name)
                .containsExactly("Sepal.Length", "Sepal.Width", "Petal.Length", "Petal.Width", "Species");
        assertThat(r.datasets().get(1).columns()).hasSize(11);
    }

    /** Each sheet has a title block of four rows above the header and four rows of notes below ten records. */
    @ParameterizedTest
    @ValueSource(strings = {"deaths.xlsx", "deaths.xls"})
    void aTableBetweenATitleBlockAndNotes(String name) throws Exception {
        FileReport r = analyse(name);
        assertThat(r.error()).isNull();
        assertThat(r.datasets()).extracting(DatasetProfile::name).containsExactly("arts", "other");
        for (DatasetProfile sheet : r.datasets()) {
            assertThat(sheet.rows()).as(sheet.name()).isEqualTo(10);
            assertThat(sheet.columns()).extracting(ColumnProfile::name).containsExactly("Name", "Profession", "Age",
                    "Has kids", "Date of birth", "Date of death");
        }
    }
}
