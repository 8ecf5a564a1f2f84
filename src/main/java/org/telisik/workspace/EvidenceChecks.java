package org.telisik.workspace;

import static org.telisik.core.model.VerificationKey.*;
import static org.telisik.core.model.VerificationMessage.hash;
import static org.telisik.core.model.VerificationMessage.number;
import static org.telisik.core.model.VerificationMessage.of;
import static org.telisik.core.model.VerificationMessage.text;

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
import org.telisik.core.model.VerificationMessage;

/**
 * Checks the evidence of one case: each stored result against the result hash the audit log recorded for that
 * evidence, each original still at its path against its hash at import, each evidence copy against its name.
 */
final class EvidenceChecks {
    private static final List<String> SAVES = List.of(AuditActions.EVIDENCE_SAVED, AuditActions.EVIDENCE_BASELINED,
            AuditActions.CASE_IMPORTED_EVIDENCE);

    private final String caseName;
    private final EvidenceStore store;
    private final List<VerificationItem> items = new ArrayList<>();

    EvidenceChecks(CaseRecord record, EvidenceStore store) {
        this.caseName = record.name();
        this.store = store;
    }

    /** A recorded save: which entry, the file it was about, and the result hash it sealed. */
    private record Recorded(long seq, String path, String sha256, String resultSha256) {
    }

    List<VerificationItem> check(List<FileReport> reports, List<EvidenceInfo> custody, List<AuditEntry> caseEntries) {
        Map<String, Recorded> recorded = new LinkedHashMap<>();
        for (AuditEntry e : caseEntries) {
            if (SAVES.contains(e.action())) {
                Map<String, Object> d = JsonText.object(e.detail());
                Recorded r = new Recorded(e.seq(), (String) d.get("path"), (String) d.get("sha256"), (String) d.get("resultSha256"));
                recorded.put(key(r.path(), r.sha256()), r);
            }
        }
        for (FileReport report : reports) {
            checkResult(report, recorded.remove(key(report.path(), report.sha256())));
        }
        recorded.values().forEach(r -> items.add(VerificationItem.broken(Check.STORED_RESULT, recordedFile(r),
                of(FILE_DELETED, number(r.seq())))));
        custody.forEach(this::checkOriginal);
        custody.stream().map(EvidenceInfo::sha256).filter(Objects::nonNull).distinct().filter(store::contains)
                .forEach(this::checkCopy);
        return items;
    }

    private VerificationMessage recordedFile(Recorded r) {
        return r.sha256() == null ? of(CASE_RECORDED_FILE_NO_HASH, text(caseName), text(r.path()))
                : of(CASE_RECORDED_FILE, text(caseName), text(r.path()), hash(r.sha256()));
    }

    private static String key(String path, String sha256) {
        return path + "\n" + sha256;
    }

    private void checkResult(FileReport report, Recorded recorded) {
        VerificationMessage subject = of(CASE_FILE, text(caseName), text(report.path()));
        String actual = ResultDigest.of(report);
        if (recorded == null) {
            items.add(VerificationItem.broken(Check.STORED_RESULT, subject, of(FILE_UNRECORDED)));
        } else if (!actual.equals(recorded.resultSha256())) {
            items.add(VerificationItem.broken(Check.STORED_RESULT, subject, of(RESULT_CHANGED, number(recorded.seq()))));
        } else {
            items.add(VerificationItem.holds(Check.STORED_RESULT, subject,
                    of(RESULT_HOLDS, number(recorded.seq()), hash(report.sha256()))));
        }
    }

    private void checkOriginal(EvidenceInfo info) {
        VerificationMessage subject = of(CASE_FILE, text(caseName), text(info.path()));
        if (info.sha256() == null || info.originalPath() == null) {
            return;
        }
        Path original = Path.of(info.originalPath());
        if (!Files.isRegularFile(original)) {
            items.add(VerificationItem.notChecked(Check.ORIGINAL, subject,
                    of(store.contains(info.sha256()) ? ORIGINAL_GONE_COPY_KEPT : ORIGINAL_GONE, text(original))));
            return;
        }
        try (InputStream in = Files.newInputStream(original, StandardOpenOption.READ)) {
            String now = new HashingInputStream(in).finish().sha256();
            items.add(now.equals(info.sha256())
                    ? VerificationItem.holds(Check.ORIGINAL, subject, of(ORIGINAL_HOLDS, text(original)))
                    : VerificationItem.broken(Check.ORIGINAL, subject,
                            of(ORIGINAL_CHANGED, text(original), hash(info.sha256()), hash(now))));
        } catch (IOException e) {
            items.add(VerificationItem.notChecked(Check.ORIGINAL, subject,
                    of(ORIGINAL_UNREADABLE, text(original), text(e.getMessage()))));
        }
    }

    private void checkCopy(String sha256) {
        VerificationMessage subject = of(CASE_EVIDENCE_COPY, text(caseName), hash(sha256));
        try {
            String now = store.rehash(sha256).sha256();
            items.add(now.equals(sha256)
                    ? VerificationItem.holds(Check.EVIDENCE_COPY, subject, of(COPY_HOLDS))
                    : VerificationItem.broken(Check.EVIDENCE_COPY, subject, of(COPY_CHANGED, hash(now))));
        } catch (IOException e) {
            items.add(VerificationItem.broken(Check.EVIDENCE_COPY, subject, of(COPY_UNREADABLE, text(e.getMessage()))));
        }
    }
}
