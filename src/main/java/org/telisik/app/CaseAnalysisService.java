package org.telisik.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.telisik.core.analysis.Analyzer;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.core.authenticity.EvidenceSampler;
import org.telisik.core.estimate.EstimateBasis;
import org.telisik.core.estimate.RecordSizeSampler;
import org.telisik.core.identity.AnalysisMasking;
import org.telisik.core.model.Authenticity;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.core.model.CaseInfo;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.DatasetPreview;
import org.telisik.core.model.Estimate;
import org.telisik.core.model.EstimateChoice;
import org.telisik.core.model.FileReport;
import org.telisik.core.model.PagedFiles;
import org.telisik.core.read.TeeRecordSink;
import org.telisik.core.timeline.IdentifierSink;
import org.telisik.workspace.AuditLog;
import org.telisik.workspace.Workspace;

/**
 * The use case shared by the command line and the desktop: analyse files into a case of a workspace and
 * return the case's analysis. Files are stored as they are analysed, in batches of at most a second's work
 * (see {@link BatchedSaves}), so an interruption keeps what finished.
 */
public final class CaseAnalysisService {
    private final Workspace workspace;
    private final Analyzer analyzer;
    private final SampleAssessor assessor;
    private final ForensicFindings forensics;
    private final boolean unmask;
    private final EstimateBases bases = new EstimateBases();
    private final StoredCases stored;

    /**
     * @param options {@code unmask} decides what this service hands out, never what it stores: the workspace
     *                keeps values as read, so that a later, audited unmask remains possible
     */
    public CaseAnalysisService(Workspace workspace, Analyzer.AnalysisOptions options) {
        this.workspace = workspace;
        this.unmask = options.unmask();
        this.analyzer = new Analyzer(new Analyzer.AnalysisOptions(options.referenceDate(), true, options.limits()));
        this.assessor = new SampleAssessor(workspace.fingerprints(), options.referenceDate());
        this.forensics = new ForensicFindings(workspace, options.referenceDate());
        this.stored = new StoredCases(workspace);
    }

    /** Analyses the given paths into the named case (created if new) and returns what this run found. */
    public CaseAnalysis analyze(String caseName, List<Path> paths, ProgressListener listener, BooleanSupplier cancelled) {
        return analyze(caseName, paths, null, listener, cancelled);
    }

    /**
     * Analyses the given paths into the named case, then judges the sample: the estimate implied by
     * {@code claimText} (the seller's claim as given, e.g. "720 GB, 6 juta data"; null or blank when there is
     * none, and the estimate is then null) and the authenticity checks, including the overlap with earlier cases.
     */
    public CaseAnalysis analyze(String caseName, List<Path> paths, String claimText, ProgressListener listener,
                                BooleanSupplier cancelled) {
        return run(caseName, paths, claimText, listener, cancelled).analysis();
    }

    /**
     * Like {@link #analyze} and also hands back this run's files in outline, shown as the analysis is: what a
     * summary of the files reads without reading each back from the workspace.
     */
    public AnalysisRun run(String caseName, List<Path> paths, String claimText, ProgressListener listener,
                           BooleanSupplier cancelled) {
        CaseRecord record = workspace.cases().findOrCreate(caseName);
        // incomplete until every file is stored: a cancel or a crash leaves the case marked for a re-run
        workspace.cases().markAnalysisStarted(record.id(), paths.size());
        EvidenceSampler sampler = assessor.newSampler();
        PreviewCollector previews = new PreviewCollector();
        IdentifierSink identifiers = new IdentifierSink();
        BatchedSaves saves = new BatchedSaves(workspace, record.id());
        // each report is stored in its batch and kept only in outline: the judgement reads no more
        List<FileReport> outlines = new ArrayList<>();
        Analyzer.Merged merged;
        try {
            merged = analyzer.stream(paths, listener, cancelled, report -> {
                saves.add(report, PreviewMatcher.match(report, previews.drain()));
                outlines.add(FileOutlines.of(report));
            }, TeeRecordSink.of(sampler.sink(), previews, identifiers));
        } finally {
            saves.flush(); // a cancelled run keeps the files it finished
        }
        List<DatasetProfile> combined = merged.combined();
        SampleAssessor.Assessment judged = assessor.assess(record.id(), sampler, outlines, claimText);
        bases.keep(record.id(), judged.basis());
        store(record.id(), judged);
        if (!combined.isEmpty() || !workspace.results().combined(record.id()).isEmpty()) {
            workspace.results().saveCombined(record.id(), combined); // the last run's, as its JSON gives them
            workspace.results().saveMisfits(record.id(), merged.misfits());
        }
        ForensicFindings.Found found = forensics.findAndStore(record.id(), outlines, identifiers, claimText);
        workspace.cases().markAnalysisFinished(record.id());
        CaseAnalysis outline = new CaseAnalysis(info(record), outlines, combined, judged.estimate(), judged.authenticity())
                .withForensics(found.attribution(), found.timeline()).withMisfits(merged.misfits());
        List<Long> ids = saves.stored();
        PagedFiles files = new PagedFiles(ids.size(), (from, to) -> workspace.evidence().load(record.id(), ids.subList(from, to)));
        CaseAnalysis analysis = new CaseAnalysis(outline.caseInfo(), files, combined, outline.estimate(),
                outline.authenticity(), outline.attribution(), outline.timeline()).withMisfits(merged.misfits());
        // cut down and masked a page at a time as they are read, as the stored files are: no copy of all of them
        PagedFiles summaries = new PagedFiles(outlines.size(), (from, to) -> outlines.subList(from, to))
                .map(FileOutlines::summary);
        if (unmask) {
            auditUnmask(record.id(), files.size(), "analysis output");
            return new AnalysisRun(analysis, summaries);
        }
        // the outlines keep the person names of name columns: the masking knows them without a copy of every file
        AnalysisMasking masking = AnalysisMasking.forAnalysis(outline);
        return new AnalysisRun(masking.analysis(analysis), summaries.map(masking::file));
    }

    /**
     * What a seller's claim implies for a stored case (the desktop's claim panel), under the estimate's own
     * assumptions.
     */
    public Estimate estimate(CaseRecord record, String claimText) {
        return estimate(record, claimText, EstimateChoice.AUTOMATIC);
    }

    /**
     * What a seller's claim implies for a stored case under the analyst's choice of codec, format and table. The
     * sample's measurements are those of this service's last analysis of the case; for a case analysed before,
     * its evidence files still in place are read once more (nothing is stored) and the measurements kept, so
     * that a changed choice is recomputed at once.
     */
    public Estimate estimate(CaseRecord record, String claimText, EstimateChoice choice) {
        EstimateBasis basis = bases.get(record.id(), () -> remeasure(record.id()));
        return SampleAssessor.estimate(claimText, basis, choice);
    }

    private EstimateBasis remeasure(String caseId) {
        List<FileReport> files = stored.get(caseId).files();
        List<Path> inPlace = EstimateBases.inPlace(files);
        if (inPlace.isEmpty()) {
            return EstimateBasis.of(files, List.of());
        }
        RecordSizeSampler sizes = new RecordSizeSampler();
        List<FileReport> outlines = new ArrayList<>();
        analyzer.stream(inPlace, ProgressListener.NONE, () -> false, f -> outlines.add(FileOutlines.of(f)), sizes);
        return EstimateBasis.of(outlines, sizes.results());
    }

    /** The stored analysis of a case, as it would be exported, with the datasets its last run combined. */
    public CaseAnalysis load(CaseRecord record) {
        if (unmask) {
            return shown(record.id(), stored(record, this.stored.get(record.id())));
        }
        StoredCases.Stored read = this.stored.get(record.id());
        // the files are masked once per version of the case and shared; the rest is small and masked here
        CaseAnalysis rest = read.masking().analysis(stored(record, read).withFiles(List.of()));
        return rest.withFiles(read.shown());
    }

    /**
     * The masking of a stored case (identifiers and its person names), for other text shown with it: a report's
     * audit lines, notes and verification details. The same as {@link #load} used, read once with it.
     */
    public AnalysisMasking masking(String caseId) {
        return stored.get(caseId).masking();
    }

    private CaseAnalysis stored(CaseRecord record, StoredCases.Stored read) {
        String id = record.id();
        ForensicFindings.Found found = forensics.stored(id, read.files());
        return new CaseAnalysis(info(record), read.files(), read.combined(),
                workspace.results().estimate(id).orElse(null),
                workspace.results().authenticity(id).orElse(Authenticity.insufficientData()))
                .withForensics(found.attribution(), found.timeline()).withMisfits(workspace.results().misfits(id));
    }

    /**
     * The stored analysis of a case with personal data in full, for an export the analyst confirmed; the unmask
     * is written to the audit trail first.
     *
     * @param purpose what the values are unmasked for, e.g. "report export" (recorded in the audit entry)
     */
    public CaseAnalysis loadUnmasked(CaseRecord record, String purpose) {
        CaseAnalysis analysis = stored(record, stored.get(record.id()));
        auditUnmask(record.id(), analysis.files().size(), purpose);
        return analysis;
    }

    /**
     * The stored first rows of one dataset of a case, masked by each column's type unless this service unmasks
     * (then audited); empty when the case was analysed before previews were kept.
     *
     * @param file         the stored file (or archive member) holding the dataset, as {@link #files} gave it
     * @param datasetIndex the dataset's index in {@code file.datasets()}
     */
    public Optional<DatasetPreview> preview(String caseId, FileReport file, int datasetIndex) {
        if (unmask) {
            Optional<DatasetPreview> stored = workspace.previews().find(caseId, file.path(), file.sha256(), datasetIndex);
            stored.ifPresent(p -> auditUnmask(caseId, 1, "dataset preview"));
            return stored;
        }
        // the file was handed out masked, its path too: the stored file it stands for holds the key
        StoredCases.Stored read = stored.get(caseId);
        FileReport raw = Objects.requireNonNullElse(read.storedOf(file), file);
        return workspace.previews().find(caseId, raw.path(), raw.sha256(), datasetIndex)
                .map(p -> PreviewMasking.mask(p, raw.datasets().get(datasetIndex), read.masking().text()));
    }

    /**
     * The datasets the case's last analysis combined across its files (a sample in parts read as one), as they
     * may be shown: masked unless this service unmasks.
     */
    public List<DatasetProfile> combined(String caseId) {
        StoredCases.Stored read = stored.get(caseId);
        if (unmask) {
            auditUnmask(caseId, read.combined().size(), "combined datasets");
            return read.combined();
        }
        // the masking of the case's files, so that the parts' paths read as the files' paths do
        return read.masking().datasets(read.combined());
    }

    /**
     * The stored files of a case as they may be shown: masked unless this service unmasks. Masked, their paths
     * are masked too; {@link #preview} takes them back to the stored files.
     */
    public List<FileReport> files(String caseId) {
        StoredCases.Stored read = stored.get(caseId);
        if (unmask) {
            auditUnmask(caseId, read.files().size(), "analysis output");
            return read.files();
        }
        return read.shown();
    }

    /** Masks what leaves the service; an unmasked hand-out is written to the audit trail first. */
    private CaseAnalysis shown(String caseId, CaseAnalysis analysis) {
        if (unmask) {
            auditUnmask(caseId, analysis.files().size(), "analysis output");
        }
        return AnalysisMasking.of(analysis, unmask);
    }

    private void auditUnmask(String caseId, int files, String by) {
        workspace.audit().append(AuditLog.UNMASK, caseId, Map.of("files", files, "by", by));
    }

    /** Keeps the judgement with the case; a new claim replaces the old one, each change audited. */
    private void store(String caseId, SampleAssessor.Assessment judged) {
        if (judged.estimate() != null) {
            workspace.results().saveClaim(caseId, judged.estimate().claim());
            workspace.results().saveEstimate(caseId, judged.estimate());
        }
        workspace.results().saveAuthenticity(caseId, judged.authenticity());
    }

    private static CaseInfo info(CaseRecord record) {
        return new CaseInfo(record.id(), record.name(), record.createdAt());
    }
}
