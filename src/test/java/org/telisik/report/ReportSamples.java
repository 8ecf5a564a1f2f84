package org.telisik.report;

import static org.telisik.core.model.VerificationKey.AUDIT_LOG;
import static org.telisik.core.model.VerificationKey.CASE_FILE;
import static org.telisik.core.model.VerificationKey.CHAIN_HOLDS;
import static org.telisik.core.model.VerificationKey.ORIGINAL_HOLDS;
import static org.telisik.core.model.VerificationMessage.number;
import static org.telisik.core.model.VerificationMessage.of;
import static org.telisik.core.model.VerificationMessage.text;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.telisik.core.model.Authenticity;
import org.telisik.core.model.AuthenticityCheck;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.core.model.CaseInfo;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.Dialect;
import org.telisik.core.model.EntityCount;
import org.telisik.core.model.ErrorCode;
import org.telisik.core.model.Estimate;
import org.telisik.core.model.FileError;
import org.telisik.core.model.FileReport;
import org.telisik.core.model.SemanticType;
import org.telisik.core.model.Validity;
import org.telisik.core.model.VerificationItem;
import org.telisik.core.model.VerificationItem.Check;

/**
 * Hand-built, fixed report inputs: a radiology referral export with a decoded NIK column, a zip with a broken
 * member, a seller's claim and authenticity checks. The NIKs are built on real district codes but belong to
 * nobody. Fixed times make the rendered files reproducible for the golden tests.
 */
final class ReportSamples {
    static final Instant CREATED = Instant.parse("2026-11-20T02:15:00Z");
    static final Instant GENERATED = Instant.parse("2026-11-27T07:30:00Z");
    /** A NIK as stored by a case analysed with --unmask: a masked report must never show it. */
    static final String CLEAR_NIK = "3276054107850003";
    static final String SHA = "5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef";

    private ReportSamples() {
    }

    /** Every optional part present. */
    static ReportInput full() {
        return ReportInput.of(analysis().withForensics(attribution(), timeline()), "0.1.0", GENERATED)
                .withCaseMetadata(new ReportInput.CaseMetadata("LP/B/123/XI/2026/Siber", "Rina Kartika, S.Kom.",
                        "Direktorat Tindak Pidana Siber"))
                .withNotesAndTags(List.of(
                        new ReportInput.Note(Instant.parse("2026-11-21T03:00:00Z"), "Rina Kartika", "rujukan_radiologi.csv",
                                "Sampel diunggah penjual di forum pada 19 November; tautan diarsipkan."),
                        new ReportInput.Note(Instant.parse("2026-11-22T08:40:00Z"), "Agus Santoso", "case",
                                "Cocokkan dengan insiden RSUD 2023 sebelum kesimpulan akhir.")),
                        List.of("radiologi", "prioritas-tinggi"))
                .withAudit(List.of(
                        "2026-11-20T02:15:00Z  Rina Kartika  case-created  Dugaan kebocoran RSUD",
                        "2026-11-20T02:16:12Z  Rina Kartika  import  rujukan_radiologi.csv sha256=" + SHA.substring(0, 16),
                        "2026-11-27T07:29:58Z  Rina Kartika  export  report html"),
                        new ReportInput.VerifyOutcome(true, Instant.parse("2026-11-27T07:29:00Z"), List.of(
                                VerificationItem.holds(Check.AUDIT_CHAIN, of(AUDIT_LOG), of(CHAIN_HOLDS, number(3))),
                                VerificationItem.holds(Check.ORIGINAL, of(CASE_FILE, text("Dugaan kebocoran RSUD"),
                                        text("rujukan_radiologi.csv")), of(ORIGINAL_HOLDS, text("/bukti/rujukan_radiologi.csv"))))))
                .withOverlap(List.of("412 of 900 NIK values also occur in case KBR-2025-014 (RSUD Kota, 2025)."))
                .withSettings(Map.of("analysis.referenceDate", "2026-11-20", "profiling.sampleRows", "all",
                        "report.masked", "true"));
    }

    /** The analysis alone: every optional part not available. */
    static ReportInput minimal() {
        return ReportInput.of(analysis(), "0.1.0", GENERATED);
    }

    static CaseAnalysis analysis() {
        return new CaseAnalysis(new CaseInfo("6f1c2a9e-3b7d-4f0a-9c55-1d2e3f4a5b6c", "Dugaan kebocoran RSUD", CREATED),
                List.of(radiologyCsv(), archive()), List.of(), estimate(), authenticity());
    }

    static List<org.telisik.core.model.Attribution> attribution() {
        return List.of(new org.telisik.core.model.Attribution("simrs-khanza", "SIMRS Khanza", "2025-07 (sik.sql)", 0.874,
                List.of(new org.telisik.core.model.Attribution.TableMatch("rujukan_radiologi", "permintaan_radiologi", 9, 12)),
                List.of("laporan"), List.of("1 of 2 sample tables correspond to tables of SIMRS Khanza (0 by name).")));
    }

    static org.telisik.core.model.Timeline timeline() {
        return new org.telisik.core.model.Timeline(List.of(new org.telisik.core.model.Timeline.EventRange(
                "rujukan_radiologi.csv", "tgl_periksa", "2023-01-02", "2023-10-30", 900)),
                new org.telisik.core.model.Timeline.NewestIdentifier("rujukan_radiologi.csv", "noorder", "PR202310300042"),
                "2023-10-30", "2023-10", "consistent", List.of("The data was therefore extracted on or after 2023-10-30."));
    }

    static FileReport radiologyCsv() {
        List<ColumnProfile> columns = List.of(
                new ColumnProfile("nik", SemanticType.NIK, 0.98, List.of("header nik", "98.7% valid NIK structure",
                        "region codes known: 100%"), 900, 897, false, new Validity(900, 888),
                        List.of(CLEAR_NIK, "3204********0001"), nikStats()),
                new ColumnProfile("nama_pasien", SemanticType.PERSON_NAME, 0.91, List.of("header nama", "84% known names"),
                        900, 871, false, null, List.of("Siti Wulandari", "B**** S*******"), Map.of()),
                new ColumnProfile("no_hp", SemanticType.PHONE, 0.95, List.of("96% Indonesian mobile numbers"), 861, 860,
                        false, new Validity(861, 827), List.of("0812****7788"), Map.of()),
                new ColumnProfile("modalitas", SemanticType.MODALITY, 1.0, List.of("DICOM modality codes"), 900, 4, false,
                        null, List.of("CR", "CT", "US"), Map.of("topValues", new LinkedHashMap<>(Map.of("CR", 610L)))),
                new ColumnProfile("kesan", SemanticType.FINDINGS, 0.74, List.of("radiology vocabulary: 71%"), 884, 131_000,
                        true, null, List.of("Cor dan pulmo dalam batas normal"), Map.of()));
        DatasetProfile table = new DatasetProfile("rujukan_radiologi.csv", "csv", new Dialect(';', '"', true), 900,
                171_450, true, columns, List.of());
        return new FileReport("sampel/rujukan_radiologi.csv", 171_512, SHA, "0cc175b9c0f1b6a831c399e269772661",
                "text/csv", "windows-1252", null, List.of(table), List.of(), List.of());
    }

    static FileReport archive() {
        FileReport member = new FileReport("sampel/dump.zip!/laporan.txt", 2_048,
                "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae", "acbd18db4cc2f85cedef654fccc4a4d8",
                "text/plain", "UTF-8", null, List.of(), List.of(),
                List.of(new EntityCount(SemanticType.EMAIL, 3, List.of("siti.w@example.co.id"))));
        FileReport broken = new FileReport("sampel/dump.zip!/scan001.dcm", 0, null, null, "application/octet-stream",
                null, new FileError(ErrorCode.UNSUPPORTED_FORMAT,
                        "sampel/dump.zip!/scan001.dcm is not a format Telisik reads; convert it to CSV or DICOM with a preamble."),
                List.of(), List.of(), List.of());
        return new FileReport("sampel/dump.zip", 6_220, "fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9",
                "37b51d194a7513e45b56f6524f2d51f2", "application/zip", null, null, List.of(), List.of(member, broken),
                List.of());
    }

    /** The stats of a NIK column as the profiler writes them, with the decoded summary under "nik". */
    static Map<String, Object> nikStats() {
        Map<String, Long> provinces = new LinkedHashMap<>();
        provinces.put("12 Sumatera Utara", 40L);
        provinces.put("31 Daerah Khusus Ibukota Jakarta", 160L);
        provinces.put("32 Jawa Barat", 412L);
        provinces.put("33 Jawa Tengah", 75L);
        provinces.put("34 Daerah Istimewa Yogyakarta", 12L);
        provinces.put("35 Jawa Timur", 98L);
        provinces.put("51 Bali", 18L);
        provinces.put("72 Sulawesi Tengah", 6L);
        provinces.put("73 Sulawesi Selatan", 22L);
        Map<Integer, Long> years = new TreeMap<>();
        for (int y = 1941; y <= 2012; y++) {
            long peak = 30 - Math.abs(y - 1982) / 2;
            years.put(y, Math.max(0, peak - (y % 7 == 0 ? 6 : 0)));
        }
        Map<String, Object> nik = new LinkedHashMap<>();
        nik.put("provinces", provinces);
        nik.put("birthYears", years);
        nik.put("female", 486L);
        nik.put("male", 402L);
        nik.put("femaleShare", 0.5473);
        nik.put("oldVintageOnlyShare", 0.0101);
        nik.put("invalidReasons", new LinkedHashMap<>(Map.of("date", 12L)));
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("empty", 0L);
        stats.put("lengthMin", 16L);
        stats.put("lengthMax", 16L);
        stats.put("nik", nik);
        return stats;
    }

    static Estimate estimate() {
        return new Estimate(new Estimate.Claim("6 juta data pasien, 720 GB", 720_000_000_000L, 6_000_000L, false),
                new Estimate.BytesPerRecord(190.5, 120_000.0), new Estimate.RecordRange(3_590_000_000L, 3_779_527_559L,
                        3_970_000_000L), "inconsistent",
                List.of("The sample holds 900 records in 171,450 bytes: 171,450 / 900 = 190.5 bytes per record.",
                        "720 GB / 190.5 bytes per record = about 3.78 billion records, 630 times the claimed 6 million.",
                        "6 million records of 190.5 bytes would take about 1.14 GB, not 720 GB."));
    }

    static Authenticity authenticity() {
        return new Authenticity("suspicious", List.of(
                new AuthenticityCheck("nik-validity", "pass", "Valid NIK structure: 98.7% (888 of 900) of sampled values."),
                new AuthenticityCheck("nik-birth-date", "warn",
                        "Birth date in the NIK matches the birth-date column in 71.0% (639 of 900) rows."),
                new AuthenticityCheck("duplicate-rows", "skipped", "Fewer than 20 rows.")));
    }
}
