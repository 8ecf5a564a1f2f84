package org.telisik.core.profile;

import java.util.regex.Pattern;
import org.telisik.core.profile.ValueRecognizer.Match;

/**
 * Password hashes, IP addresses and URLs recognised by shape alone (no lookup, no network: an address is never
 * resolved). {@link #algorithm} names the scheme of a hash as the analyst would search for it; the prefixed
 * schemes ({@code $2y$}, {@code $argon2id$}, {@code pbkdf2_sha256$}, {@code $P$}, {@code $6$}) say what they
 * are, a bare hex digest is named by its length (32 MD5, 40 SHA-1, 64 SHA-256, 128 SHA-512), which is how
 * crackers read it too: the same length from another algorithm cannot be told apart.
 */
public final class CredentialShapes {
    private static final Pattern BCRYPT = Pattern.compile("\\$2[abxy]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");
    private static final Pattern ARGON2 = Pattern.compile("\\$argon2(id|i|d)\\$(v=\\d+\\$)?m=\\d+,t=\\d+,p=\\d+\\$.+");
    private static final Pattern PBKDF2 = Pattern.compile("pbkdf2_sha(1|256|512)\\$\\d+\\$[^$]+\\$[A-Za-z0-9+/=]+");
    private static final Pattern DJANGO_SALTED = Pattern.compile("(sha1|md5)\\$[^$]*\\$[0-9a-f]{32,40}");
    private static final Pattern PHPASS = Pattern.compile("\\$[PH]\\$[./A-Za-z0-9]{31}");
    private static final Pattern CRYPT = Pattern.compile("\\$([156])\\$(rounds=\\d+\\$)?[./A-Za-z0-9]{1,16}\\$[./A-Za-z0-9]{22,86}");
    private static final Pattern SALTED_HEX = Pattern.compile("[0-9a-fA-F]{32,128}:[^:\\s]{1,64}");
    private static final Pattern URL = Pattern.compile("(?i)(https?|ftp)://[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\\d{1,5})?([/?#]\\S*)?");

    private CredentialShapes() {
    }

    /** The hash scheme of a value, e.g. {@code bcrypt} or {@code SHA-256 (hex)}; null when it is no known hash. */
    public static String algorithm(String v) {
        int n = v.length();
        if (n < 32 || n > 300 || v.indexOf(' ') >= 0) {
            return null;
        }
        if (v.charAt(0) == '$') {
            return prefixed(v);
        }
        int hex = hexPrefix(v);
        if (hex == n) {
            return bareHex(n);
        }
        if (hex >= 32 && v.charAt(hex) == ':' && SALTED_HEX.matcher(v).matches()) {
            String bare = bareHex(hex);
            return bare == null ? null : "salted " + bare.replace(" (hex)", "") + " (hash:salt)";
        }
        if (v.startsWith("pbkdf2_") && PBKDF2.matcher(v).matches()) {
            return "PBKDF2 (Django)";
        }
        if ((v.startsWith("sha1$") || v.startsWith("md5$")) && DJANGO_SALTED.matcher(v).matches()) {
            return "salted " + (v.startsWith("md5") ? "MD5" : "SHA-1") + " (Django)";
        }
        return null;
    }

    private static String bareHex(int length) {
        return switch (length) {
            case 32 -> "MD5 (hex)";
            case 40 -> "SHA-1 (hex)";
            case 64 -> "SHA-256 (hex)";
            case 128 -> "SHA-512 (hex)";
            default -> null;
        };
    }

    private static int hexPrefix(String v) {
        int i = 0;
        while (i < v.length() && isHexChar(v.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String prefixed(String v) {
        if (v.startsWith("$2") && BCRYPT.matcher(v).matches()) {
            return "bcrypt";
        }
        if (v.startsWith("$argon2") && ARGON2.matcher(v).matches()) {
            return "argon2";
        }
        if (PHPASS.matcher(v).matches()) {
            return "phpass";
        }
        if (CRYPT.matcher(v).matches()) {
            return switch (v.charAt(1)) {
                case '1' -> "MD5-crypt";
                case '5' -> "SHA-256-crypt";
                default -> "SHA-512-crypt";
            };
        }
        return null;
    }

    static Match hash(String v) {
        return algorithm(v) != null ? Match.VALID : Match.NONE;
    }

    /** IPv4 dotted quad (each part 0-255, no leading zeros) or an IPv6 literal. */
    static Match ipAddress(String v) {
        int n = v.length();
        if (n < 2 || n > 45) {
            return Match.NONE;
        }
        if (v.indexOf(':') >= 0) {
            return ipv6(v) ? Match.VALID : Match.NONE;
        }
        if (n < 7 || n > 15 || !CodeShapes.isDigit(v.charAt(0))) {
            return Match.NONE;
        }
        String[] parts = v.split("\\.", -1);
        if (parts.length != 4) {
            return Match.NONE;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !isDigits(p) || (p.length() > 1 && p.charAt(0) == '0')) {
                return Match.NONE;
            }
            if (Integer.parseInt(p) > 255) {
                return Match.SHAPE;
            }
        }
        return Match.VALID;
    }

    private static boolean ipv6(String v) {
        int groups = 0;
        int doubleColons = v.contains("::") ? 1 : 0;
        if (v.indexOf("::") != v.lastIndexOf("::")) {
            return false;
        }
        for (String g : v.split(":", -1)) {
            if (g.isEmpty()) {
                continue;
            }
            if (g.length() > 4 || !isHex(g, 0, g.length())) {
                return false;
            }
            groups++;
        }
        return doubleColons == 1 ? groups < 8 && groups >= 1 : groups == 8;
    }

    /** A URL with a scheme (http, https, ftp) and a host. */
    static Match url(String v) {
        if (v.length() < 10 || v.length() > 2000 || !Character.isLetter(v.charAt(0)) || v.indexOf("://") < 3) {
            return Match.NONE;
        }
        return URL.matcher(v).matches() ? Match.VALID : Match.SHAPE;
    }

    private static boolean isHex(String v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isHexChar(v.charAt(i))) {
                return false;
            }
        }
        return to > from;
    }

    private static boolean isHexChar(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static boolean isDigits(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (!CodeShapes.isDigit(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
