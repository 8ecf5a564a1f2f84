package org.telisik.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.Dialect;
import org.telisik.core.model.EntityCount;
import org.telisik.core.model.ErrorCode;
import org.telisik.core.model.FileError;
import org.telisik.core.model.FileReport;
import org.telisik.core.model.SemanticType;
import org.telisik.core.model.Validity;

/** Hand-built reports that use every field a stored report must keep, with the odd values real files give. */
final class SampleReports {
    private SampleReports() {
    }

    static final String SHA_A = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final String SHA_B = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";

    /** A semicolon CSV of radiology rows: NIK, name (masked examples), modality, with stats of mixed types. */
    static FileReport radiologyCsv(String path, String sha256) {
        Map<String, Object> nikStats = new LinkedHashMap<>();
        nikStats.put("empty", 2L);
        nikStats.put("lengthMin", 16L);
        nikStats.put("lengthMax", 16L);
        nikStats.put("lengthMean", 16.0);
        Map<String, Object> modalityStats = new LinkedHashMap<>(Map.of("empty", 0L, "lengthMean", 2.3));
        Map<String, Long> top = new LinkedHashMap<>();
        top.put("CR", 41L);
        top.put("CT", 12L);
        top.put("MR", 3L);
        modalityStats.put("topValues", top);
        List<ColumnProfile> columns = List.of(
                new ColumnProfile("NIK", SemanticType.NIK, 0.97, List.of("48 of 50 pass the NIK structure check"), 48, 48,
                        false, new Validity(48, 47), List.of("3204********0001", "3276********0002"), nikStats),
                new ColumnProfile("Nama Pasien", SemanticType.PERSON_NAME, 0.8, List.of("header says nama"), 50, 49, false,
                        null, List.of("S*** W*********", "B**** S*******"), Map.of()),
                new ColumnProfile("Modalitas", SemanticType.MODALITY, 1.0 / 3.0, List.of(), 56, 3, true, null,
                        List.of("CR", "CT"), modalityStats));
        DatasetProfile csv = new DatasetProfile("rujukan_rsud_2023.csv", "csv", new Dialect(';', '"', true), 56, 8_214,
                false, columns, List.of());
        return new FileReport(path, 8_214, sha256, "098f6bcd4621d373cade4e832627b4f6", "text/csv", "windows-1252",
                null, List.of(csv), List.of(), List.of());
    }

    /** A zip holding a tab-separated member, a member that failed, and a text member with entities. */
    static FileReport archive(String path) {
        FileReport tsv = new FileReport(path + "!/export/pasien.tsv", 1_024, SHA_B, "ad0234829205b9033196ba818f7a872b",
                "text/tab-separated-values", "UTF-8", null,
                List.of(new DatasetProfile("pasien", "csv", new Dialect('\t', '\'', false), 12, 1_024, true,
                        List.of(new ColumnProfile("col1", SemanticType.EMPTY, 0.0, List.of(), 0, 0, false, null,
                                List.of(), Map.of("empty", 12L))),
                        List.of())),
                List.of(), List.of());
        FileReport broken = new FileReport(path + "!/export/scan.dcm", 0, null, null, "application/octet-stream", null,
                new FileError(ErrorCode.UNSUPPORTED_FORMAT, path + "!/export/scan.dcm is application/octet-stream; convert it to CSV."),
                List.of(), List.of(), List.of());
        FileReport notes = new FileReport(path + "!/catatan.txt", 300, SHA_A, "5d41402abc4b2a76b9719d911017c592",
                "text/plain", "UTF-8", null, List.of(), List.of(),
                List.of(new EntityCount(SemanticType.NIK, 3, List.of("3204********0001")),
                        new EntityCount(SemanticType.PHONE, 1, List.of("0812******89"))));
        return new FileReport(path, 5_000, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                "0123456789abcdef0123456789abcdef", "application/zip", null, null, List.of(),
                List.of(tsv, broken, notes), List.of());
    }

    /** A file that could not be read at all: no hashes, only the error. */
    static FileReport missing(String path) {
        return new FileReport(path, 0, null, null, "application/octet-stream", null,
                new FileError(ErrorCode.FILE_NOT_FOUND, path + " does not exist; check the path."), List.of(), List.of(), List.of());
    }
}
