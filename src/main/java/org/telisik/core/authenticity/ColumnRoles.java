package org.telisik.core.authenticity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.SemanticType;

/**
 * Which column plays which {@link Role}. When the dataset was profiled, the profiler's semantic type alone
 * decides: a check never runs on a column of another type, so a BPJS card number (13 digits from 0) is not
 * taken for a phone number and a dump without a phone column gets {@code phone-prefix: skipped}, not a false
 * FAIL. Only for a column the profile lacks (a sample judged on its own) do the header and then the values'
 * shape decide.
 * Only the first column of each role is used, except event dates (every other date column).
 */
public final class ColumnRoles {
    private static final double SHAPE_SHARE = 0.8;
    private static final Map<Role, Pattern> HEADERS = new EnumMap<>(Map.of(
            Role.NIK, Pattern.compile("(no_?|nomor_?)?(nik|ktp)(_?pasien|_?penduduk)?|no_?identitas"),
            Role.KK, Pattern.compile("(no_?|nomor_?)?(kk|nkk|kartu_?keluarga)"),
            Role.NAME, Pattern.compile("nama(_?(pasien|lengkap|peserta|penduduk|pelanggan))?|(full_?|patient_?)?name"),
            Role.BIRTH_DATE, Pattern.compile("(.*_)?(tgl_?lahir|tanggal_?lahir|dob|birth_?date|date_?of_?birth)(_.*)?"),
            Role.SEX, Pattern.compile("jk|l_?p|(jenis_?)?kelamin|sex|gender"),
            Role.POSTAL_CODE, Pattern.compile("(.*_)?(kode_?pos|postal(_?code)?|zip(_?code)?)(_.*)?"),
            Role.PHONE, Pattern.compile("(.*_)?(hp|telp|telpon|telepon|phone|handphone|mobile|whatsapp|wa)(_.*)?"),
            Role.EMAIL, Pattern.compile("(.*_)?e_?mail(_.*)?"),
            Role.NPWP, Pattern.compile("(.*_)?npwp(_.*)?")));
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGES = Pattern.compile("^_|_$");
    private static final int REMEMBERED = 4096;
    private static final Map<String, Optional<Role>> SEEN = new ConcurrentHashMap<>();
    private static final Map<SemanticType, Role> TYPES = Map.of(SemanticType.NIK, Role.NIK, SemanticType.KK, Role.KK,
            SemanticType.PERSON_NAME, Role.NAME, SemanticType.BIRTH_DATE, Role.BIRTH_DATE, SemanticType.GENDER,
            Role.SEX, SemanticType.POSTAL_CODE, Role.POSTAL_CODE, SemanticType.PHONE, Role.PHONE, SemanticType.EMAIL,
            Role.EMAIL, SemanticType.NPWP, Role.NPWP);

    private final Map<Role, Integer> single = new EnumMap<>(Role.class);
    private final List<Integer> eventDates = new ArrayList<>();

    /** @param profile the profiler's view of the same dataset, or null when there is none */
    public static ColumnRoles find(RowSample sample, DatasetProfile profile) {
        ColumnRoles roles = new ColumnRoles();
        for (int c = 0; c < sample.columns().size(); c++) {
            boolean profiled = profile != null && c < profile.columns().size();
            Role role = profiled ? byType(profile, c) : byHeader(sample.columns().get(c));
            if (role == null && !profiled) {
                role = byShape(sample, c);
            }
            if (role == Role.EVENT_DATE || role == null && !profiled
                    && share(sample, c, v -> DateValues.parse(v) != null) >= SHAPE_SHARE) {
                roles.eventDates.add(c);
            } else if (role != null) {
                roles.single.putIfAbsent(role, c);
            }
        }
        return roles;
    }

    /** @return the column index, or -1 when no column plays the role */
    public int column(Role role) {
        return single.getOrDefault(role, -1);
    }

    public boolean has(Role role) {
        return role == Role.EVENT_DATE ? !eventDates.isEmpty() : single.containsKey(role);
    }

    public List<Integer> eventDates() {
        return List.copyOf(eventDates);
    }

    private static Role byType(DatasetProfile profile, int c) {
        ColumnProfile col = profile.columns().get(c);
        if (col.semanticType() == SemanticType.DATE || col.semanticType() == SemanticType.DATETIME) {
            return Role.EVENT_DATE;
        }
        return TYPES.get(col.semanticType());
    }

    /**
     * The role of a column by its header. Remembered for the run (up to {@link #REMEMBERED} headers): the same few
     * headers come in every part of an export split into thousands of files, and each took nine regular
     * expressions and two compiled for the call.
     */
    static Role byHeader(String header) {
        String key = header == null ? "" : header;
        Optional<Role> known = SEEN.get(key);
        if (known == null) {
            known = Optional.ofNullable(matching(key));
            if (SEEN.size() < REMEMBERED) {
                SEEN.put(key, known);
            }
        }
        return known.orElse(null);
    }

    private static Role matching(String header) {
        String h = EDGES.matcher(NOT_WORD.matcher(header.toLowerCase(Locale.ROOT)).replaceAll("_")).replaceAll("");
        for (Role r : Role.values()) {
            Pattern p = HEADERS.get(r);
            if (p != null && p.matcher(h).matches()) {
                return r;
            }
        }
        return null;
    }

    private static Role byShape(RowSample sample, int c) {
        if (share(sample, c, v -> v.matches("\\d{16}")) >= SHAPE_SHARE) {
            return Role.NIK;
        }
        if (share(sample, c, v -> v.matches("[^@\\s]+@[^@\\s]+\\.[a-zA-Z]{2,}")) >= SHAPE_SHARE) {
            return Role.EMAIL;
        }
        if (share(sample, c, v -> !v.matches("\\d{16}") && PhoneValues.looksLikePhone(v)) >= SHAPE_SHARE) {
            return Role.PHONE;
        }
        return share(sample, c, v -> SexValues.female(v) != null && !v.matches("\\d")) >= SHAPE_SHARE ? Role.SEX : null;
    }

    /** Share of the non-empty sampled values of column {@code c} that pass {@code test}; 0 when all are empty. */
    static double share(RowSample sample, int c, Predicate<String> test) {
        long nonEmpty = 0;
        long passing = 0;
        for (String[] row : sample.sampled()) {
            String v = RowSample.value(row, c);
            if (!v.isEmpty()) {
                nonEmpty++;
                passing += test.test(v) ? 1 : 0;
            }
        }
        return nonEmpty == 0 ? 0 : (double) passing / nonEmpty;
    }
}
