package org.telisik.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.telisik.core.model.VerificationMessage.hash;
import static org.telisik.core.model.VerificationMessage.number;
import static org.telisik.core.model.VerificationMessage.of;
import static org.telisik.core.model.VerificationMessage.text;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Both languages word every message of the verifier, with exactly its arguments; English as it always read. */
class VerificationWordingTest {
    /** The kinds of case record the verifier names (CaseRecordChecks): claim, the stored results, tags and notes. */
    private static final Set<String> TERMS = Set.of("claim", "estimate", "authenticity", "attribution", "timeline",
            "combined", "combined-misfits", "tag", "note");

    @Test
    void everyKeyOutcomeAndTermHasItsTextInBothLanguages() throws Exception {
        Set<String> expected = new TreeSet<>();
        Arrays.stream(VerificationKey.values()).forEach(k -> expected.add(k.name()));
        Arrays.stream(VerificationItem.Outcome.values()).forEach(o -> expected.add("outcome." + o.name()));
        TERMS.forEach(t -> expected.add("term." + t));
        for (String bundle : new String[] {"verification.properties", "verification_id.properties"}) {
            assertThat(new TreeSet<>(load(bundle).stringPropertyNames())).as(bundle).isEqualTo(expected);
        }
    }

    @Test
    void eachTextTakesExactlyTheArgumentsOfItsKey() throws Exception {
        for (String bundle : new String[] {"verification.properties", "verification_id.properties"}) {
            Properties p = load(bundle);
            for (VerificationKey key : VerificationKey.values()) {
                Set<Integer> used = java.util.regex.Pattern.compile("\\{(\\d+)}").matcher(p.getProperty(key.name())).results()
                        .map(m -> Integer.parseInt(m.group(1))).collect(Collectors.toSet());
                Set<Integer> wanted = java.util.stream.IntStream.range(0, key.arity()).boxed().collect(Collectors.toSet());
                assertThat(used).as("%s in %s", key, bundle).isEqualTo(wanted);
            }
        }
    }

    @Test
    void everyMessageIsWordedInBothLanguagesWithItsFiguresKept() {
        for (VerificationKey key : VerificationKey.values()) {
            VerificationMessage m = VerificationSamples.message(key);
            String en = VerificationWording.ENGLISH.say(m);
            String id = VerificationWording.INDONESIAN.say(m);
            assertThat(en).as(key.name()).isNotBlank().doesNotContain("{", "}");
            assertThat(id).as(key.name()).isNotBlank().doesNotContain("{", "}").isNotEqualTo(en);
            for (VerificationMessage.Arg a : m.args()) {
                if (a.kind() != VerificationMessage.Kind.TERM) {
                    assertThat(id).as("%s keeps %s", key, a.value()).contains(a.value());
                }
            }
        }
        assertThat(VerificationWording.of(java.util.Locale.forLanguageTag("id-ID"))).isSameAs(VerificationWording.INDONESIAN);
        assertThat(VerificationWording.of(java.util.Locale.GERMAN)).isSameAs(VerificationWording.ENGLISH);
    }

    /** The English is what the verifier wrote as sentences before it wrote keys: scripts and tests compare it. */
    @Test
    void englishReadsAsTheVerifierAlwaysWroteIt() {
        String sha = VerificationSamples.SHA;
        VerificationItem changed = VerificationItem.broken(VerificationItem.Check.ORIGINAL,
                of(VerificationKey.CASE_FILE, text("Kebocoran RSUD Cibabat"), text("/bukti/rujukan.csv")),
                of(VerificationKey.ORIGINAL_CHANGED, text("/bukti/rujukan.csv"), hash(sha), hash("ab".repeat(32))));
        assertThat(changed.subject()).isEqualTo("case Kebocoran RSUD Cibabat: /bukti/rujukan.csv");
        assertThat(changed.detail()).isEqualTo("the original at /bukti/rujukan.csv changed since import: SHA-256 " + sha
                + " then, " + "ab".repeat(32) + " now");
        assertThat(VerificationWording.ENGLISH.line(changed)).startsWith("[BROKEN] case Kebocoran RSUD Cibabat: ");
        assertThat(VerificationWording.ENGLISH.say(of(VerificationKey.CHAIN_HOLDS_KEYED_FROM, number(12345), number(7))))
                .as("entry numbers as plain digits, as the audit log numbers them")
                .isEqualTo("12345 entries, each unchanged and linked to the one before; keyed with the passphrase from entry 7");
        assertThat(VerificationWording.ENGLISH.say(of(VerificationKey.CASE_ANNOTATION, text("A"), VerificationMessage.term("tag"),
                number(3)))).isEqualTo("case A: tag 3");
        assertThat(VerificationWording.INDONESIAN.line(changed)).isEqualTo("[TIDAK UTUH] kasus Kebocoran RSUD Cibabat:"
                + " /bukti/rujukan.csv: berkas asli di /bukti/rujukan.csv berubah sejak diimpor: SHA-256 " + sha
                + " saat itu, " + "ab".repeat(32) + " sekarang");
    }

    @Test
    void maskingTouchesTextArgumentsOnlyAndTheCaseIsKnownByItsName() {
        VerificationItem item = VerificationItem.holds(VerificationItem.Check.STORED_RESULT,
                of(VerificationKey.CASE_FILE, text("Budi"), text("/bukti/3204110101900001.csv")),
                of(VerificationKey.RESULT_HOLDS, number(3204110101900001L), hash("3204110101900001" + "0".repeat(48))));
        VerificationItem masked = item.masked(s -> s.replaceAll("\\d{16}", "3204**********01"));
        assertThat(masked.subject()).isEqualTo("case Budi: /bukti/3204**********01.csv");
        assertThat(masked.detail()).contains("entry 3204110101900001 ", "3204110101900001" + "0".repeat(48));
        assertThat(masked.caseName()).isEqualTo("Budi");
        assertThat(VerificationItem.holds(VerificationItem.Check.AUDIT_CHAIN, of(VerificationKey.AUDIT_LOG),
                of(VerificationKey.HEAD_LOG_EMPTY)).caseName()).isNull();
        assertThat(VerificationItem.broken(VerificationItem.Check.STORED_RESULT, of(VerificationKey.DELETED_CASE, text("id")),
                of(VerificationKey.CASE_DELETED, number(2))).caseName()).as("a deleted case is known by its id only").isNull();
    }

    @Test
    void aMessageWithTheWrongNumberOfArgumentsIsRefused() {
        assertThatThrownBy(() -> of(VerificationKey.HEAD_CUT, number(3))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HEAD_CUT takes 2 arguments, not 1");
    }

    @Test
    void aTermWithoutItsWordIsShownByItsId() {
        assertThat(VerificationWording.INDONESIAN.say(of(VerificationKey.CASE_RECORD, text("A"),
                VerificationMessage.term("kind-added-later")))).isEqualTo("kasus A: kind-added-later");
        assertThat(VerificationWording.INDONESIAN.say(of(VerificationKey.CASE_RECORD, text("A"),
                VerificationMessage.term("timeline")))).isEqualTo("kasus A: lini masa");
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = VerificationWording.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
