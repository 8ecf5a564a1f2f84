package org.telisik.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;
import org.telisik.core.identity.Masker;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.SemanticType;

/**
 * Credential columns of a leaked user table (a web front end's {@code users}): login names, plain-text and
 * hashed passwords with their schemes, IP addresses and URLs. Digests are computed here with the JDK (MD5,
 * SHA-1, SHA-256, SHA-512, PBKDF2 as Django stores it); bcrypt, phpass and crypt hashes are built in their exact
 * textual shape from random salt characters, as no JDK class computes them.
 */
class CredentialTypesTest {
    private static final String B64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final List<String> WORDS = List.of("rahasia", "bismillah", "sayang", "indonesia", "merdeka",
            "password", "qwerty", "garuda", "persib", "jakarta");
    private final Random random = new Random(19);

    @Test
    void plainTextPasswordsAreTypedThroughTheHeaderAndCountedAsPlain() {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            rows.add(new String[] {"user" + i, password(), "10.12." + random.nextInt(256) + "." + (1 + random.nextInt(254)),
                "https://simrs.rsud-contoh.go.id/pasien/" + i});
        }
        DatasetProfile d = Tables.profile(List.of("username", "password", "last_ip", "url"), rows);
        assertThat(d.columns()).extracting(ColumnProfile::semanticType).containsExactly(SemanticType.USERNAME,
                SemanticType.PASSWORD, SemanticType.IP_ADDRESS, SemanticType.URL);
        Map<?, ?> credentials = (Map<?, ?>) d.columns().get(1).stats().get("credentials");
        assertThat(credentials.get("plainText")).isEqualTo(300L);
        assertThat(credentials.get("hashed")).isEqualTo(0L);
    }

    @Test
    void eachHashSchemeIsNamedByItsShape() throws Exception {
        String pw = "bismillah123";
        assertThat(CredentialShapes.algorithm(hex("MD5", pw))).isEqualTo("MD5 (hex)");
        assertThat(CredentialShapes.algorithm(hex("SHA-1", pw))).isEqualTo("SHA-1 (hex)");
        assertThat(CredentialShapes.algorithm(hex("SHA-256", pw).toUpperCase())).isEqualTo("SHA-256 (hex)");
        assertThat(CredentialShapes.algorithm(hex("SHA-512", pw))).isEqualTo("SHA-512 (hex)");
        assertThat(CredentialShapes.algorithm(bcrypt("2y"))).isEqualTo("bcrypt");
        assertThat(CredentialShapes.algorithm(bcrypt("2a"))).isEqualTo("bcrypt");
        assertThat(CredentialShapes.algorithm(bcrypt("2b"))).isEqualTo("bcrypt");
        assertThat(CredentialShapes.algorithm(django(pw))).isEqualTo("PBKDF2 (Django)");
        assertThat(CredentialShapes.algorithm("$P$B" + chars(30))).isEqualTo("phpass");
        assertThat(CredentialShapes.algorithm("$1$" + chars(8) + "$" + chars(22))).isEqualTo("MD5-crypt");
        assertThat(CredentialShapes.algorithm("$5$" + chars(16) + "$" + chars(43))).isEqualTo("SHA-256-crypt");
        assertThat(CredentialShapes.algorithm("$6$rounds=5000$" + chars(16) + "$" + chars(86))).isEqualTo("SHA-512-crypt");
        assertThat(CredentialShapes.algorithm("$argon2id$v=19$m=65536,t=3,p=4$" + chars(22) + "$" + chars(43)))
                .isEqualTo("argon2");
        assertThat(CredentialShapes.algorithm(hex("MD5", pw) + ":x7Q")).isEqualTo("salted MD5 (hash:salt)");
        assertThat(CredentialShapes.algorithm("sha1$a1b2c$" + hex("SHA-1", "a1b2c" + pw))).isEqualTo("salted SHA-1 (Django)");
        // not hashes: a hex string of another length, a sentence, a plain password
        assertThat(CredentialShapes.algorithm(hex("MD5", pw).substring(2))).isNull();
        assertThat(CredentialShapes.algorithm("Foto thorax PA: cor dan pulmo dalam batas normal")).isNull();
        assertThat(CredentialShapes.algorithm(pw)).isNull();
    }

    @Test
    void aPasswordColumnOfMixedHashesIsAHashColumnWithItsSchemesCounted() throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String h = switch (i % 4) {
                case 0, 1 -> bcrypt("2y");
                case 2 -> hex("MD5", password());
                default -> password();                     // some accounts never migrated
            };
            rows.add(new String[] {"admin" + i + "@rsud.go.id", h});
        }
        ColumnProfile c = Tables.profile(List.of("email", "password"), rows).columns().get(1);
        assertThat(c.semanticType()).isEqualTo(SemanticType.PASSWORD_HASH);
        Map<?, ?> credentials = (Map<?, ?>) c.stats().get("credentials");
        assertThat(credentials.get("plainText")).isEqualTo(50L);
        assertThat(credentials.get("hashAlgorithms")).isEqualTo(Map.of("bcrypt", 100L, "MD5 (hex)", 50L));
    }

    @Test
    void hashesWithoutAHeaderAreStillHashes() throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            rows.add(new String[] {"pasien" + i + "@gmail.com", hex("SHA-1", password())});
        }
        DatasetProfile d = Tables.profile(List.of(), rows);
        assertThat(d.columns().get(1).semanticType()).isEqualTo(SemanticType.PASSWORD_HASH);
    }

    @Test
    void passwordsAndHashesAreMaskedLikeIdentifiers() throws Exception {
        String hash = bcrypt("2y");
        assertThat(Masker.mask(SemanticType.PASSWORD_HASH, hash)).startsWith("$2y$").doesNotContain(hash.substring(8, 50));
        assertThat(Masker.mask(SemanticType.PASSWORD, "bismillah123")).isEqualTo("b***********");
        assertThat(Masker.mask(SemanticType.PASSWORD, "b***********")).isEqualTo("b***********");
        assertThat(Masker.mask(SemanticType.IP_ADDRESS, "203.142.17.88")).isEqualTo("203.*****7.88");
        assertThat(Masker.mask(SemanticType.URL, "https://rsud.go.id")).isEqualTo("https://rsud.go.id");
    }

    @Test
    void addressesOutOfRangeAreNotIpAddresses() {
        assertThat(CredentialShapes.ipAddress("192.168.1.10")).isEqualTo(ValueRecognizer.Match.VALID);
        assertThat(CredentialShapes.ipAddress("2001:db8::8a2e:370:7334")).isEqualTo(ValueRecognizer.Match.VALID);
        assertThat(CredentialShapes.ipAddress("300.1.1.1")).isEqualTo(ValueRecognizer.Match.SHAPE);
        assertThat(CredentialShapes.ipAddress("1.2.3")).isEqualTo(ValueRecognizer.Match.NONE);
        assertThat(CredentialShapes.ipAddress("12:30")).isEqualTo(ValueRecognizer.Match.NONE);
        assertThat(CredentialShapes.ipAddress("2021.12.30.1")).isEqualTo(ValueRecognizer.Match.NONE);
    }

    private String password() {
        return WORDS.get(random.nextInt(WORDS.size())) + random.nextInt(1000);
    }

    private String bcrypt(String variant) {
        return "$" + variant + "$10$" + chars(53);
    }

    private String chars(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(B64.charAt(random.nextInt(B64.length())));
        }
        return sb.toString();
    }

    private static String hex(String algorithm, String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String django(String password) throws Exception {
        String salt = "Jx7kQ2mWn9Lp";
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt.getBytes(StandardCharsets.UTF_8), 1000, 256))
                .getEncoded();
        return "pbkdf2_sha256$1000$" + salt + "$" + Base64.getEncoder().encodeToString(key);
    }
}
