package org.telisik.workspace;

import static org.telisik.core.model.VerificationKey.*;
import static org.telisik.core.model.VerificationMessage.hash;
import static org.telisik.core.model.VerificationMessage.number;
import static org.telisik.core.model.VerificationMessage.of;
import static org.telisik.core.model.VerificationMessage.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.VerificationItem;
import org.telisik.core.model.VerificationItem.Check;
import org.telisik.core.model.VerificationMessage;

/**
 * Checks a case's stored masked previews against the audit log: each evidence file's previews, read back in
 * dataset order, must hash to the SHA-256 that the newest {@link AuditActions#PREVIEW_SAVED} entry recorded
 * for that file (path and hash), and every file recorded must still have its previews. A preview edited, added
 * or removed behind Telisik's back breaks the check. Entries written before previews were recorded per file
 * cannot be checked this way and say so.
 */
final class PreviewChecks {
    private final String caseName;

    PreviewChecks(CaseRecord record) {
        this.caseName = record.name();
    }

    /** A file's recorded preview hash and the audit entry that recorded it. */
    private record Recorded(String previewSha256, long seq) {
    }

    List<VerificationItem> check(List<PreviewDigests.StoredFilePreviews> stored, List<AuditEntry> caseEntries) {
        Map<String, Recorded> recorded = new LinkedHashMap<>();
        boolean older = false;
        for (AuditEntry e : caseEntries) {
            if (AuditActions.EVIDENCE_SAVED.equals(e.action())) {
                forgetReplaced(recorded, JsonText.object(e.detail()));
                continue;
            }
            if (!AuditActions.PREVIEW_SAVED.equals(e.action())) {
                continue;
            }
            Object files = JsonText.object(e.detail()).get("files");
            if (!(files instanceof List<?> list)) {
                older = true;
                continue;
            }
            for (Object f : list) {
                Map<?, ?> file = (Map<?, ?>) f;
                recorded.put(PreviewDigests.fileKey((String) file.get("path"), (String) file.get("sha256")),
                        new Recorded((String) file.get("previewSha256"), e.seq()));
            }
        }
        List<VerificationItem> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PreviewDigests.StoredFilePreviews file : stored) {
            String key = PreviewDigests.fileKey(file.path(), file.fileSha256());
            seen.add(key);
            items.add(item(file, recorded.get(key), older));
        }
        recorded.forEach((key, r) -> {
            if (!seen.contains(key)) {
                items.add(VerificationItem.broken(Check.PREVIEW, subject(key.substring(0, key.indexOf('\n'))),
                        of(PREVIEW_DELETED, number(r.seq()))));
            }
        });
        return items;
    }

    /**
     * A file analysed again replaces its stored datasets, and with them the previews of the file and of its
     * archive members, until the new analysis stores its own: what was recorded before no longer has to be there.
     */
    private static void forgetReplaced(Map<String, Recorded> recorded, Map<String, Object> evidence) {
        if (Boolean.TRUE.equals(evidence.get("replaced"))) {
            String path = (String) evidence.get("path");
            recorded.keySet().removeIf(key -> key.startsWith(path + "\n") || key.startsWith(path + "!/"));
        }
    }

    private VerificationItem item(PreviewDigests.StoredFilePreviews file, Recorded r, boolean older) {
        VerificationMessage subject = subject(file.path());
        VerificationMessage.Arg found = hash(file.previewSha256().substring(0, 12) + "…");
        if (r == null) {
            return older
                    ? VerificationItem.notChecked(Check.PREVIEW, subject, of(PREVIEW_OLDER))
                    : VerificationItem.broken(Check.PREVIEW, subject, of(PREVIEW_UNRECORDED));
        }
        return r.previewSha256().equals(file.previewSha256())
                ? VerificationItem.holds(Check.PREVIEW, subject, of(PREVIEW_HOLDS, found, number(r.seq())))
                : VerificationItem.broken(Check.PREVIEW, subject, of(PREVIEW_CHANGED, found, number(r.seq())));
    }

    private VerificationMessage subject(String path) {
        return of(CASE_PREVIEW, text(caseName), text(path));
    }
}
