package org.telisik.core.identity;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.telisik.core.model.Authenticity;
import org.telisik.core.model.AuthenticityCheck;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.core.model.CaseInfo;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.CombinedMisfit;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.EntityCount;
import org.telisik.core.model.Estimate;
import org.telisik.core.model.FileError;
import org.telisik.core.model.FileReport;
import org.telisik.core.model.PagedFiles;
import org.telisik.core.model.SemanticType;

/**
 * The one place where an analysis is masked for output. The workspace keeps values and names as read (so that
 * an explicit, audited unmask stays possible, and the SHA-256 still names each file); every output (JSON,
 * reports, standard output, the desktop) passes through here unless the analyst asked for unmasked values.
 *
 * <p>Masking is by value, not by column type: values of personal columns are first masked by their type
 * ({@link Masker}); then every string of the analysis (examples and top values of every column, entity examples,
 * names of files, archive members, datasets, sheets, tables and columns, evidence, error messages, stats keys and
 * values, check details) goes through a {@link TextMasking} that finds identifiers inside the text and knows the
 * person names of this analysis's name columns. Masking is idempotent, so masked input passes unchanged.
 */
public final class AnalysisMasking {
    private static final Set<SemanticType> NAME_TYPES = Set.of(SemanticType.PERSON_NAME, SemanticType.PHYSICIAN);
    private final TextMasking text;

    private AnalysisMasking(TextMasking text) {
        this.text = text;
    }

    /** The masking for these files: identifiers plus the person names their name columns hold. */
    public static AnalysisMasking of(Collection<FileReport> files) {
        return of(files, List.of());
    }

    /** The masking for a case: identifiers plus the person names of its files' and combined datasets' name columns. */
    public static AnalysisMasking of(Collection<FileReport> files, Collection<DatasetProfile> combined) {
        return new AnalysisMasking(TextMasking.withNames(names(files, combined)));
    }

    /**
     * The person names a masking of these files learns (examples and top values of name columns), so that a
     * masking of many cases can be built from each case in turn, holding one case's reports at a time.
     */
    public static Set<String> names(Collection<FileReport> files, Collection<DatasetProfile> combined) {
        Set<String> names = new LinkedHashSet<>();
        files.forEach(f -> collectNames(f, names));
        combined.forEach(d -> collectNames(d, names));
        return names;
    }

    /** The analysis to show: as given when {@code unmasked}, masked otherwise. */
    public static CaseAnalysis of(CaseAnalysis analysis, boolean unmasked) {
        return unmasked ? analysis : forAnalysis(analysis).analysis(analysis);
    }

    /** The masking for this analysis: identifiers plus the person names of its name columns (combined ones too). */
    public static AnalysisMasking forAnalysis(CaseAnalysis analysis) {
        return of(analysis.files(), analysis.combined());
    }

    /** The text masking of this analysis, for other strings shown with it (audit lines, notes, progress). */
    public TextMasking text() {
        return text;
    }

    /** One text shown with this analysis, masked. */
    public String mask(String value) {
        return text.mask(value);
    }

    public CaseAnalysis analysis(CaseAnalysis a) {
        CaseInfo info = a.caseInfo() == null ? null
                : new CaseInfo(a.caseInfo().id(), mask(a.caseInfo().name()), a.caseInfo().createdAt());
        // a paged analysis is masked page by page as it is read: no masked copy of all its files
        List<FileReport> files = a.files() instanceof PagedFiles paged ? paged.map(this::file)
                : a.files().stream().map(this::file).toList();
        return new CaseAnalysis(info, files,
                a.combined().stream().map(this::dataset).toList(), estimate(a.estimate()), authenticity(a.authenticity()))
                .withForensics(ForensicsMasking.attribution(a.attribution(), this::mask),
                        ForensicsMasking.timeline(a.timeline(), this::mask))
                .withMisfits(misfits(a.misfits()));
    }

    /** Files left out of the combined datasets: their paths, dataset names and column names can hold identifiers. */
    public List<CombinedMisfit> misfits(List<CombinedMisfit> misfits) {
        return misfits.stream().map(m -> new CombinedMisfit(mask(m.file()), m.dataset() == null ? null : mask(m.dataset()),
                m.reason(), m.expected().stream().map(this::mask).toList(), m.found().stream().map(this::mask).toList())).toList();
    }

    /** One file's report (and its archive members) masked, its path too. */
    public FileReport file(FileReport f) {
        FileError error = f.error() == null ? null : new FileError(f.error().code(), mask(f.error().message()));
        return new FileReport(mask(f.path()), f.sizeBytes(), f.sha256(), f.md5(), f.mediaType(), f.encoding(), error,
                f.datasets().stream().map(this::dataset).toList(), f.entries().stream().map(this::file).toList(),
                f.entities().stream().map(this::entity).toList());
    }

    /** Datasets (e.g. those combined across files) masked, their names and the paths of their parts too. */
    public List<DatasetProfile> datasets(List<DatasetProfile> datasets) {
        return datasets.stream().map(this::dataset).toList();
    }

    private DatasetProfile dataset(DatasetProfile d) {
        return new DatasetProfile(mask(d.name()), d.format(), d.dialect(), d.rows(), d.bytes(), d.complete(),
                d.columns().stream().map(this::column).toList(), d.files().stream().map(this::mask).toList());
    }

    private EntityCount entity(EntityCount e) {
        return new EntityCount(e.semanticType(), e.count(),
                e.examples().stream().map(v -> value(e.semanticType(), v)).toList());
    }

    private ColumnProfile column(ColumnProfile c) {
        SemanticType type = c.semanticType();
        return new ColumnProfile(mask(c.name()), type, c.confidence(), c.evidence().stream().map(this::mask).toList(),
                c.nonEmpty(), c.distinct(), c.distinctEstimated(), c.validity(),
                c.examples().stream().map(v -> value(type, v)).toList(), stats(type, c.stats()));
    }

    /** A value of a column of {@code type}: masked by its type, then by what it holds. */
    private String value(SemanticType type, String v) {
        return mask(Masker.mask(type, v));
    }

    /** Keys and string values at any depth; top values masked by the column's type, counts of values that now mask alike added. */
    private Map<String, Object> stats(SemanticType type, Map<String, Object> stats) {
        Map<String, Object> out = new LinkedHashMap<>();
        stats.forEach((k, v) -> {
            if (k.equals("topValues") && v instanceof Map<?, ?> top) {
                Map<String, Object> masked = new LinkedHashMap<>();
                top.forEach((value, n) -> masked.merge(value(type, String.valueOf(value)), n, AnalysisMasking::sum));
                out.put(k, masked);
            } else {
                out.merge(mask(k), any(v), AnalysisMasking::sum);
            }
        });
        return out;
    }

    private Object any(Object v) {
        if (v instanceof String s) {
            return mask(s);
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.merge(mask(String.valueOf(k)), any(x), AnalysisMasking::sum));
            return out;
        }
        if (v instanceof List<?> list) {
            return list.stream().map(this::any).toList();
        }
        if (v instanceof Number n && Math.abs(n.doubleValue()) >= 1e8) {
            // a min or max of a number column of NIKs (3204110101900001.5) is an identifier too: then a masked string
            String plain = new BigDecimal(n.toString()).toPlainString();
            String masked = mask(plain);
            return masked.equals(plain) ? v : masked;
        }
        return v;
    }

    private Estimate estimate(Estimate e) {
        if (e == null) {
            return null;
        }
        Estimate.Claim c = e.claim();
        Estimate.Claim claim = c == null ? null : new Estimate.Claim(mask(c.text()), c.sizeBytes(), c.records(), c.compressed());
        Estimate.Assumptions a = e.assumptions();
        Estimate.Assumptions assumed = a == null ? null : new Estimate.Assumptions(a.codec(), a.codecSource(), a.ratio(),
                a.ratioLow(), a.ratioHigh(), a.format(), a.formatSource(), mask(a.table()), a.tableSource());
        Estimate.Choices ch = e.choices();
        Estimate.Choices choices = ch == null ? null
                : new Estimate.Choices(ch.codecs(), ch.formats(), ch.tables().stream().map(this::mask).toList());
        return new Estimate(claim, e.bytesPerRecord(), e.records(), e.consistency(),
                e.explanation().stream().map(this::mask).toList(), assumed,
                e.readings().stream().map(r -> new Estimate.Reading(mask(r.table()), r.format(), r.codec(), r.low(),
                        r.mid(), r.high(), r.bytesPerRecord(), r.consistency())).toList(),
                choices, e.steps().stream().map(this::step).toList());
    }

    /** A step of the estimate's arithmetic: its text arguments are the claim's words and table names. */
    private Estimate.Step step(Estimate.Step s) {
        return new Estimate.Step(s.key(), s.args().stream().map(arg -> arg.startsWith("t:") ? "t:" + mask(arg.substring(2))
                : arg).toList());
    }

    private Authenticity authenticity(Authenticity a) {
        if (a == null) {
            return null;
        }
        return new Authenticity(a.verdict(), a.checks().stream()
                .map(c -> new AuthenticityCheck(c.id(), c.outcome(), mask(c.detail()))).toList());
    }

    private static void collectNames(FileReport f, Set<String> names) {
        f.datasets().forEach(d -> collectNames(d, names));
        f.entries().forEach(e -> collectNames(e, names));
    }

    /** True for a column whose examples and top values are person names, which masking looks for everywhere. */
    public static boolean holdsNames(ColumnProfile c) {
        return NAME_TYPES.contains(c.semanticType());
    }

    private static void collectNames(DatasetProfile d, Set<String> names) {
        for (ColumnProfile c : d.columns()) {
            if (holdsNames(c)) {
                names.addAll(c.examples());
                if (c.stats().get("topValues") instanceof Map<?, ?> top) {
                    top.keySet().forEach(k -> names.add(String.valueOf(k)));
                }
            }
        }
    }

    private static Object sum(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.longValue() + y.longValue();
        }
        return a;
    }
}
