package dev.cuecards.web;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A password kept only as a slow salted hash: PBKDF2 with HMAC-SHA256 from the JDK's own provider, 600,000 rounds (the
 * OWASP figure for that function), a random 16-byte salt. Written as {@code pbkdf2-sha256:ROUNDS:SALT:HASH}, salt and
 * hash in base64, so a stored hash says how to check it even after the default rounds change.
 */
public final class Password {

    /** Rounds for a new hash; a check takes a few hundred milliseconds on a laptop, which also slows guessing. */
    public static final int ROUNDS = 600_000;
    public static final int SHORTEST = 8;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Password() {
    }

    /** Why this password cannot be used, if it cannot. */
    public static Optional<String> problem(String password) {
        if (password.isBlank()) {
            return Optional.of("the password is empty");
        }
        if (password.codePointCount(0, password.length()) < SHORTEST) {
            return Optional.of("a password needs at least " + SHORTEST + " characters, this one has "
                    + password.codePointCount(0, password.length()));
        }
        return Optional.empty();
    }

    public static String hash(String password) {
        return hash(password, ROUNDS);
    }

    /** A hash with fewer rounds is for tests only, where a real one would make each login take a while. */
    public static String hash(String password, int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be positive, got " + rounds);
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return SCHEME + ":" + rounds + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(derive(password, salt, rounds));
    }

    /** Whether a stored hash is one this class wrote, so a damaged setting is refused at start rather than at login. */
    public static boolean isHash(String stored) {
        return parts(stored) != null;
    }

    /** Whether {@code attempt} is the password; the hashes are compared in constant time. */
    public static boolean matches(String stored, String attempt) {
        String[] parts = parts(stored);
        if (parts == null) {
            throw new IllegalArgumentException("not a password hash written by Cuecards");
        }
        Base64.Decoder base64 = Base64.getDecoder();
        byte[] expected = base64.decode(parts[3]);
        byte[] actual = derive(attempt, base64.decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    private static String[] parts(String stored) {
        String[] parts = stored.split(":");
        if (parts.length != 4 || !parts[0].equals(SCHEME) || !parts[1].matches("[1-9][0-9]{0,8}")
                || !parts[2].matches("[A-Za-z0-9+/]{16,}") || !parts[3].matches("[A-Za-z0-9+/]{40,}")) {
            return null;
        }
        return parts;
    }

    private static byte[] derive(String password, byte[] salt, int rounds) {
        char[] letters = password.toCharArray();
        PBEKeySpec spec = new PBEKeySpec(letters, salt, rounds, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(letters, '\0');
        }
    }
}
