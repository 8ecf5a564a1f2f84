package org.telisik.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.telisik.core.ingest.HashingInputStream;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.FileReport;
import org.telisik.core.model.VerificationItem;
import org.telisik.core.model.VerificationItem.Check;

/**
 * Checks the evidence of one case: each stored result against the result hash the audit log recorded for that
 * evidence, each original still at its path against its hash at import, each evidence copy against its name.
 */
final class EvidenceChecks {
    private static final List<String> SAVES = List.of(AuditActions.EVIDENCE_SAVED, AuditActions.EVIDENCE_BASELINED,
            AuditActions.CASE_IMPORTED_EVIDENCE);

    private final String caseLabel;
    private final EvidenceStore store;
    private final List<VerificationItem> items = new ArrayList<>();

    EvidenceChecks(CaseRecord record, EvidenceStore store) {
        this.caseLabel = "case " + record.name();
        this.store = store;
    }

    /** A recorded save: which entry, and the result hash it sealed. */
    private record Recorded(long seq, String resultSha256) {
    }

    List<VerificationItem> check(List<FileReport> reports, List<EvidenceInfo> custody, List<AuditEntry> caseEntries) {
        Map<String, Recorded> recorded = new LinkedHashMap<>();
        for (AuditEntry e : caseEntries) {
            if (SAVES.contains(e.action())) {
                Map<String, Object> d = JsonText.object(e.detail());
                recorded.put(key((String) d.get("path"), (String) d.get("sha256")),
                        new Recorded(e.seq(), (String) d.get("resultSha256")));
            }
        }
        for (FileReport report : reports) {
            checkResult(report, recorded.remove(key(report.path(), report.sha256())));
        }
        recorded.forEach((k, r) -> items.add(VerificationItem.broken(Check.STORED_RESULT, caseLabel + ": " + k,
                "the file recorded at audit entry " + r.seq() + " is no longer stored in the case: it was deleted")));
        custody.forEach(this::checkOriginal);
        custody.stream().map(EvidenceInfo::sha256).filter(Objects::nonNull).distinct().filter(store::contains)
                .forEach(this::checkCopy);
        return items;
    }

    private static String key(String path, String sha256) {
        return path + " (sha256 " + (sha256 == null ? "none" : sha256) + ")";
    }

    private void checkResult(FileReport report, Recorded recorded) {
        String subject = caseLabel + ": " + report.path();
        String actual = ResultDigest.of(report);
        if (recorded == null) {
            items.add(VerificationItem.broken(Check.STORED_RESULT, subject,
                    "no audit entry records this file: it was added outside Telisik"));
        } else if (!actual.equals(recorded.resultSha256())) {
            items.add(VerificationItem.broken(Check.STORED_RESULT, subject, "the stored result differs from the one"
                    + " recorded at audit entry " + recorded.seq() + ": its rows were changed"));
        } else {
            items.add(VerificationItem.holds(Check.STORED_RESULT, subject, "the stored result is the one recorded at"
                    + " audit entry " + recorded.seq() + " for SHA-256 " + report.sha256()));
        }
    }

    private void checkOriginal(EvidenceInfo info) {
        String subject = caseLabel + ": " + info.path();
        if (info.sha256() == null || info.originalPath() == null) {
            return;
        }
        Path original = Path.of(info.originalPath());
        if (!Files.isRegularFile(original)) {
            items.add(VerificationItem.notChecked(Check.ORIGINAL, subject, "the original is no longer at " + original
                    + (store.contains(info.sha256()) ? "; the workspace keeps a copy" : "")));
            return;
        }
        try (InputStream in = Files.newInputStream(original, StandardOpenOption.READ)) {
            String now = new HashingInputStream(in).finish().sha256();
            items.add(now.equals(info.sha256())
                    ? VerificationItem.holds(Check.ORIGINAL, subject, "the original at " + original + " is unchanged")
                    : VerificationItem.broken(Check.ORIGINAL, subject, "the original at " + original
                            + " changed since import: SHA-256 " + info.sha256() + " then, " + now + " now"));
        } catch (IOException e) {
            items.add(VerificationItem.notChecked(Check.ORIGINAL, subject, "the original at " + original
                    + " could not be read: " + e.getMessage()));
        }
    }

    private void checkCopy(String sha256) {
        String subject = caseLabel + ": evidence copy " + sha256;
        try {
            String now = store.rehash(sha256).sha256();
            items.add(now.equals(sha256)
                    ? VerificationItem.holds(Check.EVIDENCE_COPY, subject, "the copy in the evidence store is intact")
                    : VerificationItem.broken(Check.EVIDENCE_COPY, subject, "the copy in the evidence store changed: its"
                            + " SHA-256 is now " + now));
        } catch (IOException e) {
            items.add(VerificationItem.broken(Check.EVIDENCE_COPY, subject, "the copy could not be read: " + e.getMessage()));
        }
    }
}
