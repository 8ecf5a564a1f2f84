package org.telisik.core.scan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telisik.core.identity.Masker;
import org.telisik.core.identity.NikValidator;
import org.telisik.core.identity.RegionCodes;
import org.telisik.core.model.EntityCount;
import org.telisik.core.model.SemanticType;

/**
 * Counts identifiers in free text: NIKs that pass structural validation, e-mail addresses, Indonesian mobile
 * numbers and formatted NPWPs. Text arrives in chunks of any size; a token cut by a chunk boundary is
 * carried over to the next chunk, so nothing is counted twice or lost. Examples are masked unless unmasked.
 */
public final class EntityScanner {
    private static final int EXAMPLES = 5;
    private static final int CARRY_MAX = 256;
    private static final Pattern TOKENS = Pattern.compile(
            "(?<email>[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})*\\.[A-Za-z]{2,24})"
            + "|(?<npwp>(?<![\\d.])\\d{2}\\.\\d{3}\\.\\d{3}\\.\\d-\\d{3}\\.\\d{3}(?![\\d]))"
            + "|(?<phone>(?<![\\d+])(?:\\+62|62|0)[ -]?8\\d{1,2}(?:[ .-]?\\d{2,4}){2,3}(?!\\d))"
            + "|(?<nik>(?<!\\d)\\d{16}(?!\\d))");
    private final NikValidator nik;
    private final boolean unmask;
    private final Map<SemanticType, Long> counts = new EnumMap<>(SemanticType.class);
    private final Map<SemanticType, Set<String>> examples = new EnumMap<>(SemanticType.class);
    private final StringBuilder carry = new StringBuilder();

    public EntityScanner(LocalDate referenceDate, boolean unmask) {
        this.nik = new NikValidator(RegionCodes.get(), referenceDate);
        this.unmask = unmask;
    }

    public void scan(CharSequence chunk) {
        carry.append(chunk);
        int cut = lastBreak(carry);
        if (cut < 0) {
            if (carry.length() <= CARRY_MAX) {
                return;
            }
            cut = carry.length();
        }
        scanText(carry.substring(0, cut));
        carry.delete(0, cut);
    }

    /** Counts per type, in the order of the type vocabulary; scans text still held back first. */
    public List<EntityCount> entities() {
        if (carry.length() > 0) {
            scanText(carry.toString());
            carry.setLength(0);
        }
        List<EntityCount> result = new ArrayList<>();
        counts.forEach((type, n) -> result.add(new EntityCount(type, n, List.copyOf(examples.get(type)))));
        return result;
    }

    private void scanText(String text) {
        Matcher m = TOKENS.matcher(text);
        while (m.find()) {
            if (m.group("email") != null) {
                found(SemanticType.EMAIL, m.group("email"));
            } else if (m.group("npwp") != null) {
                found(SemanticType.NPWP, m.group("npwp"));
            } else if (m.group("phone") != null) {
                found(SemanticType.PHONE, m.group("phone"));
            } else if (nik.isValid(m.group("nik"))) {
                found(SemanticType.NIK, m.group("nik"));
            }
        }
    }

    private void found(SemanticType type, String value) {
        counts.merge(type, 1L, Long::sum);
        Set<String> shown = examples.computeIfAbsent(type, t -> new LinkedHashSet<>());
        if (shown.size() < EXAMPLES) {
            shown.add(unmask ? value : Masker.mask(type, value));
        }
    }

    /** Position after the last whitespace, where no token can be cut; -1 when there is none. */
    private static int lastBreak(CharSequence s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i + 1;
            }
        }
        return -1;
    }
}
