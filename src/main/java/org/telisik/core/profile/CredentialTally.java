package org.telisik.core.profile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per column, how many values are hashes of which scheme and how many are not hashes at all, so that the
 * profile of a password column says "1,204 plain text, 96 bcrypt": plain-text passwords are the worse leak.
 * Bounded: the schemes are the few {@link CredentialShapes#algorithm} names.
 */
final class CredentialTally {
    private final Map<String, Long> algorithms = new TreeMap<>();
    private long plain;

    void add(String value) {
        String algorithm = CredentialShapes.algorithm(value);
        if (algorithm == null) {
            plain++;
        } else {
            algorithms.merge(algorithm, 1L, Long::sum);
        }
    }

    void absorb(CredentialTally later) {
        plain += later.plain;
        later.algorithms.forEach((a, n) -> algorithms.merge(a, n, Long::sum));
    }

    /** The stats entries of a password or hash column. */
    Map<String, Object> toStats() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("plainText", plain);
        s.put("hashed", algorithms.values().stream().mapToLong(Long::longValue).sum());
        s.put("hashAlgorithms", new LinkedHashMap<>(algorithms));
        return s;
    }
}
