package org.telisik.core.model;

import static org.telisik.core.model.VerificationMessage.hash;
import static org.telisik.core.model.VerificationMessage.number;
import static org.telisik.core.model.VerificationMessage.term;
import static org.telisik.core.model.VerificationMessage.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.telisik.core.model.VerificationMessage.Arg;

/**
 * One message of every {@link VerificationKey} with arguments of the kinds the verifier gives it, and items
 * made of them. The switch has no default, so a key added to the verifier does not compile here until it has
 * its sample, and with it its place in the tests of both languages.
 */
public final class VerificationSamples {
    public static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    public static final String PATH = "/data/rujukan.csv";
    public static final String CASE = "Kasus RSUD";
    /** The subjects are declared first in the enum; the rest are the sentences saying what holds or not. */
    public static final Set<VerificationKey> SUBJECTS = EnumSet.range(VerificationKey.AUDIT_LOG, VerificationKey.CASE_PREVIEW);

    private VerificationSamples() {
    }

    public static VerificationMessage message(VerificationKey key) {
        return new VerificationMessage(key, Arrays.asList(args(key)));
    }

    private static Arg[] args(VerificationKey key) {
        return switch (key) {
            case AUDIT_LOG, ANCHOR_NOT_A_HASH, HEAD_LOG_EMPTY, ANCHOR_GONE, FILE_UNRECORDED, RECORD_UNRECORDED, COPY_HOLDS,
                 PREVIEW_OLDER, PREVIEW_UNRECORDED -> new Arg[0];
            case ANCHOR, COPY_CHANGED -> new Arg[] {hash(SHA)};
            case DELETED_CASE -> new Arg[] {text("0c1d6a2e-5b7f-4d0e-9a51-3f2e8c7b1a90")};
            case CASE_FILE, CASE_PREVIEW -> new Arg[] {text(CASE), text(PATH)};
            case CASE_RECORDED_FILE -> new Arg[] {text(CASE), text(PATH), hash(SHA)};
            case CASE_RECORDED_FILE_NO_HASH -> new Arg[] {text(CASE), text(PATH)};
            case CASE_EVIDENCE_COPY -> new Arg[] {text(CASE), hash(SHA)};
            case CASE_RECORD -> new Arg[] {text(CASE), term("timeline")};
            case CASE_ANNOTATION -> new Arg[] {text(CASE), term("note"), number(17)};
            case CASE_ANNOTATION_GONE -> new Arg[] {text(CASE), number(17)};
            case CHAIN_HOLDS, CHAIN_HOLDS_KEYED_ALL -> new Arg[] {number(41)};
            case CHAIN_HOLDS_KEYED_FROM -> new Arg[] {number(41), number(7)};
            case CHAIN_ENTRIES_MISSING -> new Arg[] {number(4), number(6)};
            case CHAIN_OUT_OF_ORDER -> new Arg[] {number(9), number(12)};
            case CHAIN_UNLINKED -> new Arg[] {number(8), number(7)};
            case CHAIN_ENTRY_CHANGED -> new Arg[] {number(5), text("analysis-finished")};
            case HEAD_FILE_DELETED, HEAD_FILE_MISSING -> new Arg[] {text("audit-head.txt")};
            case HEAD_CUT -> new Arg[] {number(30), number(28)};
            case HEAD_REWRITTEN -> new Arg[] {number(30), text("audit-head.txt")};
            case HEAD_HOLDS -> new Arg[] {number(30)};
            case ANCHOR_HOLDS -> new Arg[] {number(12), text("report-exported"), text("2026-12-06T09:00:00Z"), number(3)};
            case CASE_DELETED -> new Arg[] {number(2)};
            case CASE_DELETION_RECORDED -> new Arg[] {number(2), number(40)};
            case FILE_DELETED, RESULT_CHANGED, RECORD_DELETED, RECORD_CHANGED, RECORD_HOLDS, ANNOTATION_DELETED,
                 PREVIEW_DELETED -> new Arg[] {number(11)};
            case RESULT_HOLDS -> new Arg[] {number(3), hash(SHA)};
            case ORIGINAL_GONE, ORIGINAL_GONE_COPY_KEPT, ORIGINAL_HOLDS -> new Arg[] {text(PATH)};
            case ORIGINAL_CHANGED -> new Arg[] {text(PATH), hash(SHA), hash("02da9a120c5b" + SHA.substring(12))};
            case ORIGINAL_UNREADABLE -> new Arg[] {text(PATH), text(PATH)};
            case COPY_UNREADABLE -> new Arg[] {text(SHA)};
            case PREVIEW_HOLDS, PREVIEW_CHANGED -> new Arg[] {hash("02da9a120c5b…"), number(4)};
        };
    }

    /**
     * Every subject with a sentence, and every sentence with a subject, the outcomes taken in turn: what a
     * verification could hold, each wording at least once.
     */
    public static List<VerificationItem> everyItem() {
        List<VerificationItem> items = new ArrayList<>();
        VerificationItem.Outcome[] outcomes = VerificationItem.Outcome.values();
        for (VerificationKey key : VerificationKey.values()) {
            boolean subject = SUBJECTS.contains(key);
            items.add(new VerificationItem(VerificationItem.Check.STORED_RESULT, outcomes[key.ordinal() % outcomes.length],
                    subject ? message(key) : message(VerificationKey.CASE_FILE),
                    subject ? message(VerificationKey.RESULT_HOLDS) : message(key)));
        }
        return items;
    }
}
