package org.telisik.core.model;

import java.util.function.UnaryOperator;

/**
 * One thing the workspace verifier checked, kept as keys and arguments so that every output words it in its own
 * language ({@link VerificationWording}); {@link #subject()} and {@link #detail()} give the English.
 *
 * @param subjectMessage what was checked, e.g. "audit log" or "case Kebocoran RSUD: /bukti/pasien.csv"
 * @param detailMessage  one sentence saying what holds or what does not, with the figures
 */
public record VerificationItem(Check check, Outcome outcome, VerificationMessage subjectMessage,
                               VerificationMessage detailMessage) {

    /** The kinds of check. */
    public enum Check {
        /** Each audit entry is unchanged and links to the one before. */
        AUDIT_CHAIN,
        /** The log still reaches the newest entry recorded outside the database. */
        AUDIT_HEAD,
        /** The log still holds an entry whose hash a report or export printed ({@code verify --anchor}). */
        AUDIT_ANCHOR,
        /** The stored result of a file is the one the audit log recorded for that evidence. */
        STORED_RESULT,
        /** A claim, estimate, authenticity result, tag or note is the one the audit log recorded. */
        CASE_RECORD,
        /** The original file, still at its path, has the hash it had at import. */
        ORIGINAL,
        /** The copy in the evidence store has the hash it is filed under. */
        EVIDENCE_COPY,
        /** A file's masked preview rows are those the audit log recorded when they were stored. */
        PREVIEW
    }

    public enum Outcome { HOLDS, BROKEN, NOT_CHECKED }

    public static VerificationItem holds(Check check, VerificationMessage subject, VerificationMessage detail) {
        return new VerificationItem(check, Outcome.HOLDS, subject, detail);
    }

    public static VerificationItem broken(Check check, VerificationMessage subject, VerificationMessage detail) {
        return new VerificationItem(check, Outcome.BROKEN, subject, detail);
    }

    public static VerificationItem notChecked(Check check, VerificationMessage subject, VerificationMessage detail) {
        return new VerificationItem(check, Outcome.NOT_CHECKED, subject, detail);
    }

    /** What was checked, in English (as {@code telisik verify} prints it and logs say it). */
    public String subject() {
        return VerificationWording.ENGLISH.say(subjectMessage);
    }

    /** What holds or what does not, in English. */
    public String detail() {
        return VerificationWording.ENGLISH.say(detailMessage);
    }

    /** The name of the case the item is about, or null for the audit log, anchors and deleted cases. */
    public String caseName() {
        return subjectMessage.caseName();
    }

    /** The same item with the text arguments of subject and detail masked; hashes and numbers kept. */
    public VerificationItem masked(UnaryOperator<String> mask) {
        return new VerificationItem(check, outcome, subjectMessage.masked(mask), detailMessage.masked(mask));
    }
}
