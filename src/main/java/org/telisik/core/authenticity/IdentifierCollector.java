package org.telisik.core.authenticity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.telisik.core.identity.NikValidator;
import org.telisik.core.model.Dialect;
import org.telisik.core.read.SplittableSink;

/**
 * Fingerprints every NIK, phone number, e-mail address and NPWP in the records streamed through it, over all
 * rows, keeping only keyed hashes ({@link IdentifierFingerprinter}). A column whose header names an identifier
 * is read as that identifier; a column whose header names something else (a KK, a name, a date) is left
 * alone, so that a family-card number is never counted as a NIK; other columns are judged value by value.
 */
public final class IdentifierCollector implements SplittableSink {
    private static final Object SKIP = new Object();
    private static final Object BY_SHAPE = new Object();
    private final IdentifierFingerprinter fingerprinter;
    private final NikValidator nik;
    private final Map<IdentifierType, FingerprintSet> sets = new EnumMap<>(IdentifierType.class);
    private final List<Object> columns = new ArrayList<>();
    /**
     * Each type's level after the last join, by ordinal: a part made next starts its sets there, as the case's
     * sets never go below it, so it drops early what they would drop. Parts may be made on another thread.
     */
    private volatile int[] joinedLevels = new int[IdentifierType.values().length];

    public IdentifierCollector(IdentifierFingerprinter fingerprinter, NikValidator nik) {
        this.fingerprinter = fingerprinter;
        this.nik = nik;
    }

    @Override
    public void startDataset(String name, String format, Dialect dialect, List<String> columnNames) {
        columns.clear();
        columnNames.forEach(this::addColumn);
    }

    @Override
    public void addColumn(String name) {
        Role role = ColumnRoles.byHeader(name);
        columns.add(role == null ? BY_SHAPE : switch (role) {
            case NIK -> IdentifierType.NIK;
            case PHONE -> IdentifierType.PHONE;
            case EMAIL -> IdentifierType.EMAIL;
            case NPWP -> IdentifierType.NPWP;
            default -> SKIP;
        });
    }

    @Override
    public void record(String[] values) {
        for (int c = 0; c < values.length; c++) {
            String v = values[c];
            Object how = c < columns.size() ? columns.get(c) : BY_SHAPE;
            if (how == SKIP || v == null || v.isBlank()) {
                continue;
            }
            IdentifierType type = how == BY_SHAPE ? shape(v) : (IdentifierType) how;
            byte[] fp = type == null ? null : fingerprinter.fingerprint(type, v);
            if (fp != null) {
                sets.computeIfAbsent(type, FingerprintSet::new).add(fp);
            }
        }
    }

    @Override
    public void endDataset(boolean complete, long bytes) {
        columns.clear();
    }

    @Override
    public SplittableSink part(String name, String format, Dialect dialect, List<String> columnNames) {
        IdentifierCollector part = new IdentifierCollector(fingerprinter, nik);
        part.startDataset(name, format, dialect, columnNames);
        int[] levels = joinedLevels;
        for (IdentifierType type : IdentifierType.values()) {
            if (levels[type.ordinal()] > 0) {
                part.sets.put(type, new FingerprintSet(type, FingerprintSet.CAPACITY, levels[type.ordinal()]));
            }
        }
        return part;
    }

    @Override
    public void join(SplittableSink other) {
        IdentifierCollector part = (IdentifierCollector) other;
        if (columns.isEmpty()) {
            columns.addAll(part.columns);
        }
        part.sets.forEach((type, set) -> sets.computeIfAbsent(type, FingerprintSet::new).absorb(set));
        int[] levels = new int[joinedLevels.length];
        sets.forEach((type, set) -> levels[type.ordinal()] = set.level());
        joinedLevels = levels;
    }

    /** The fingerprints collected so far, by type; types never seen are absent. */
    public Map<IdentifierType, FingerprintSet> fingerprints() {
        return Map.copyOf(sets);
    }

    private IdentifierType shape(String v) {
        int n = v.length();
        if (n < 9 || n > 64) {
            return null;
        }
        if (v.indexOf('@') < 0) { // searched once: every cell of an unlabelled column of 9 to 64 characters comes here
            char first = v.charAt(0);
            if (!Character.isDigit(first) && first != '+') {
                return null; // cheap rejection: most cells are names, dates, free text
            }
            if (fewerDigits(v, 9)) {
                return null; // a NIK, NPWP or phone number has nine digits or more; dates and codes have fewer
            }
        }
        return IdentifierType.byShape(v, nik);
    }

    private static boolean fewerDigits(String v, int min) {
        int digits = 0;
        for (int i = 0; i < v.length() && digits < min; i++) {
            char c = v.charAt(i);
            digits += c >= '0' && c <= '9' ? 1 : 0;
        }
        return digits < min;
    }
}
