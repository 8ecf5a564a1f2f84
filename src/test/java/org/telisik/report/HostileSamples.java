package org.telisik.report;

import static org.telisik.core.model.VerificationKey.CASE_FILE;
import static org.telisik.core.model.VerificationKey.ORIGINAL_UNREADABLE;
import static org.telisik.core.model.VerificationMessage.of;
import static org.telisik.core.model.VerificationMessage.text;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.telisik.core.model.Authenticity;
import org.telisik.core.model.AuthenticityCheck;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.core.model.CaseInfo;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.Dialect;
import org.telisik.core.model.Estimate;
import org.telisik.core.model.ErrorCode;
import org.telisik.core.model.FileError;
import org.telisik.core.model.FileReport;
import org.telisik.core.model.SemanticType;
import org.telisik.core.model.Validity;
import org.telisik.core.model.VerificationItem;
import org.telisik.core.model.VerificationItem.Check;

/** A sample whose every text field tries to break out of the report: markup, formulas, control characters. */
final class HostileSamples {
    static final String SCRIPT = "<script>alert('x')</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example/\",\"klik\")", "+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "\tTAB=1+1", "\rCR=1+1");

    private HostileSamples() {
    }

    static ReportInput input() {
        return ReportInput.of(analysis(), "0.1.0", ReportSamples.GENERATED)
                .withCaseMetadata(new ReportInput.CaseMetadata(SCRIPT, IMG, "</style><style>body{display:none}</style>"))
                .withNotesAndTags(List.of(new ReportInput.Note(ReportSamples.CREATED, IMG, SCRIPT,
                        "<iframe src=\"https://evil.example/\"></iframe> javascript:alert(2)")), List.of(SCRIPT, IMG))
                .withAudit(List.of("2026-11-20 import " + SCRIPT, "</pre>" + IMG),
                        new ReportInput.VerifyOutcome(false, ReportSamples.CREATED, List.of(VerificationItem.notChecked(
                                Check.ORIGINAL, of(CASE_FILE, text(SCRIPT), text(IMG)), of(ORIGINAL_UNREADABLE, text(IMG),
                                        text(SCRIPT))))))
                .withOverlap(List.of(SCRIPT))
                .withSettings(Map.of(SCRIPT, IMG))
                .withBanner("</style><script>alert('banner')</script> \" ; } @import url(https://evil.example/x.css);");
    }

    static CaseAnalysis analysis() {
        List<ColumnProfile> columns = new java.util.ArrayList<>();
        columns.add(column(SCRIPT, SemanticType.PERSON_NAME, List.of("Siti " + SCRIPT)));
        columns.add(column(IMG, SemanticType.TEXT, List.of(IMG, "</td></tr></table><script>alert(3)</script>")));
        columns.add(column("ctrl\u0000\u0007\u001b[31m", SemanticType.TEXT, List.of("bell\u0007", "\uD800lone")));
        columns.add(column("王小明 🙂 Ñ", SemanticType.TEXT, List.of("王小明 🙂")));
        for (String formula : FORMULAS) {
            columns.add(column(formula, SemanticType.TEXT, List.of(formula)));
        }
        Map<String, Object> nikStats = new LinkedHashMap<>();
        nikStats.put("provinces", Map.of(SCRIPT, 3L, "32", 5L));
        nikStats.put("birthYears", Map.of("1990", 4L, "<b>1991</b>", 9L));
        nikStats.put("sex", Map.of("L", 4L, "P", 4L));
        columns.add(new ColumnProfile("nik" + IMG, SemanticType.NIK, 0.5, List.of(SCRIPT), 8, 8, false,
                new Validity(8, 4), List.of("3276054107850003"), nikStats));
        DatasetProfile d = new DatasetProfile("<svg onload=alert(5)>", "csv", new Dialect('<', '>', true), 8, 800,
                false, columns, List.of());
        FileReport f = new FileReport("sampel/" + IMG + ".csv", 800, ReportSamples.SHA, SCRIPT, SCRIPT, IMG,
                new FileError(ErrorCode.MALFORMED_CSV, IMG + SCRIPT), List.of(d), List.of(), List.of());
        Estimate e = new Estimate(new Estimate.Claim(SCRIPT, 1L, null, null), new Estimate.BytesPerRecord(100, null),
                null, "<b>bold</b>", List.of(SCRIPT, IMG));
        Authenticity a = new Authenticity(IMG, List.of(new AuthenticityCheck(SCRIPT, IMG, SCRIPT)));
        return new CaseAnalysis(new CaseInfo(IMG, SCRIPT, Instant.parse("2026-01-01T00:00:00Z")), List.of(f), List.of(), e, a);
    }

    private static ColumnProfile column(String name, SemanticType type, List<String> examples) {
        return new ColumnProfile(name, type, 0.5, List.of("header " + name), 8, 8, false, null, examples, Map.of());
    }
}
