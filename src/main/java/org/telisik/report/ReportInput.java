package org.telisik.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.telisik.core.identity.AnalysisMasking;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.core.model.VerificationItem;

/**
 * Everything one report shows. Only the analysis, tool version and generation time are required; every other
 * part may be null, meaning "not available" (the report then says so plainly), while an empty list means
 * "available, and there is nothing". Build one with {@link #of} and the {@code with...} methods.
 *
 * @param caseMetadata case number, analyst and organisation, or null
 * @param notes        examiner notes, or null
 * @param tags         examiner tags, or null
 * @param auditExcerpt lines of the audit trail, oldest first, or null
 * @param verify       result of verifying the workspace, or null
 * @param overlap      sentences about overlap with earlier cases, or null
 * @param settings     tool settings that shaped the analysis, sorted by name, or null
 * @param banner       classification banner printed on every page
 * @param unmasked     true only when the analyst explicitly asked for unmasked personal data
 * @param auditHead    the line naming the newest audit entry the report was made at, or null: Telisik's own hash,
 *                     never masked (masking cuts digit runs of some hashes), so that it serves as an anchor
 */
public record ReportInput(
        CaseAnalysis analysis,
        String toolVersion,
        Instant generatedAt,
        CaseMetadata caseMetadata,
        List<Note> notes,
        List<String> tags,
        List<String> auditExcerpt,
        VerifyOutcome verify,
        List<String> overlap,
        SortedMap<String, String> settings,
        String banner,
        boolean unmasked,
        String auditHead) {

    public static final String DEFAULT_BANNER = "RAHASIA / CONFIDENTIAL";

    public ReportInput {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(generatedAt, "generatedAt");
        notes = copy(notes);
        tags = copy(tags);
        auditExcerpt = copy(auditExcerpt);
        overlap = copy(overlap);
        settings = settings == null ? null : java.util.Collections.unmodifiableSortedMap(new TreeMap<>(settings));
        banner = banner == null || banner.isBlank() ? DEFAULT_BANNER : banner.strip();
    }

    /** A masked report of the analysis alone, with the default banner; every optional part not available. */
    public static ReportInput of(CaseAnalysis analysis, String toolVersion, Instant generatedAt) {
        return new ReportInput(analysis, toolVersion, generatedAt, null, null, null, null, null, null, null, null, false, null);
    }

    public ReportInput withCaseMetadata(CaseMetadata metadata) {
        return new ReportInput(analysis, toolVersion, generatedAt, metadata, notes, tags, auditExcerpt, verify, overlap,
                settings, banner, unmasked, auditHead);
    }

    public ReportInput withNotesAndTags(List<Note> newNotes, List<String> newTags) {
        return new ReportInput(analysis, toolVersion, generatedAt, caseMetadata, newNotes, newTags, auditExcerpt, verify,
                overlap, settings, banner, unmasked, auditHead);
    }

    public ReportInput withAudit(List<String> excerpt, VerifyOutcome outcome) {
        return new ReportInput(analysis, toolVersion, generatedAt, caseMetadata, notes, tags, excerpt, outcome, overlap,
                settings, banner, unmasked, auditHead);
    }

    /** The line naming the audit head the report is made at (shown after the excerpt, never masked). */
    public ReportInput withAuditHead(String line) {
        return new ReportInput(analysis, toolVersion, generatedAt, caseMetadata, notes, tags, auditExcerpt, verify, overlap,
                settings, banner, unmasked, line);
    }

    public ReportInput withOverlap(List<String> lines) {
        return new ReportInput(analysis, toolVersion, generatedAt, caseMetadata, notes, tags, auditExcerpt, verify, lines,
                settings, banner, unmasked, auditHead);
    }

    public ReportInput withSettings(Map<String, String> newSettings) {
        return new ReportInput(analysis, toolVersion, generatedAt, caseMetadata, notes, tags, auditExcerpt, verify,
                overlap, newSettings == null ? null : new TreeMap<>(newSettings), banner, unmasked, auditHead);
    }

    public ReportInput withBanner(String newBanner) {
        return new ReportInput(analysis, toolVersion, generatedAt, caseMetadata, notes, tags, auditExcerpt, verify,
                overlap, settings, newBanner, unmasked, auditHead);
    }

    /** The same report with personal data shown as stored (the caller records this in the audit trail). */
    public ReportInput withUnmasked(boolean value) {
        return new ReportInput(analysis, toolVersion, generatedAt, caseMetadata, notes, tags, auditExcerpt, verify,
                overlap, settings, banner, value, auditHead);
    }

    /**
     * The report as it may be shown: itself when unmasked; otherwise the analysis masked and every other text
     * from the workspace or the analyst (case details, notes, tags, audit lines, verification details, overlap,
     * settings, banner) masked the same way, with the person names of the analysis.
     */
    public ReportInput shown() {
        return unmasked ? this : shownWith(AnalysisMasking.forAnalysis(analysis));
    }

    /**
     * The report masked with {@code m}: for an analysis handed over masked already, whose person names only the
     * stored files still know. Masking is idempotent, so {@link #shown} may follow.
     */
    public ReportInput shownWith(AnalysisMasking m) {
        CaseMetadata meta = caseMetadata == null ? null : new CaseMetadata(m.mask(caseMetadata.caseNumber()),
                m.mask(caseMetadata.analyst()), m.mask(caseMetadata.organisation()));
        List<Note> shownNotes = notes == null ? null : notes.stream()
                .map(n -> new Note(n.at(), m.mask(n.author()), m.mask(n.subject()), m.mask(n.text()))).toList();
        VerifyOutcome v = verify == null ? null
                : new VerifyOutcome(verify.holds(), verify.checkedAt(), verify.items().stream().map(i -> i.masked(m::mask)).toList());
        SortedMap<String, String> shownSettings = null;
        if (settings != null) {
            shownSettings = new TreeMap<>();
            for (Map.Entry<String, String> e : settings.entrySet()) {
                shownSettings.put(m.mask(e.getKey()), m.mask(e.getValue()));
            }
        }
        return new ReportInput(m.analysis(analysis), toolVersion, generatedAt, meta, shownNotes, masked(m, tags),
                masked(m, auditExcerpt), v, masked(m, overlap), shownSettings, m.mask(banner), false, auditHead);
    }

    private static List<String> masked(AnalysisMasking m, List<String> lines) {
        return lines == null ? null : lines.stream().map(m::mask).toList();
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }

    /** Who handles the case; any field may be null when the workspace does not hold it. */
    public record CaseMetadata(String caseNumber, String analyst, String organisation) {
    }

    /**
     * One examiner note.
     *
     * @param subject what the note is about, e.g. a file path or "case"
     */
    public record Note(Instant at, String author, String subject, String text) {
    }

    /**
     * The outcome of {@code telisik verify}.
     *
     * @param holds true when the audit chain and every evidence hash hold
     * @param items each check, worded in the report's language when it is written
     */
    public record VerifyOutcome(boolean holds, Instant checkedAt, List<VerificationItem> items) {
        public VerifyOutcome {
            items = List.copyOf(items);
        }
    }
}
