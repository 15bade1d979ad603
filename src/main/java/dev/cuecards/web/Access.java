package dev.cuecards.web;

import dev.cuecards.store.Database;
import dev.cuecards.store.SettingsRepository;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who may use the app. Every browser carries a random id in a cookie; its form token is an HMAC of that id under a
 * secret kept in the database, so a cookie planted by another site proves nothing without the token only this app can
 * compute. With a password, an id is signed in only after a login, which hands out a new id; a signed-in session
 * ends after {@link #IDLE} without use, {@link #LONGEST} after the login, or at logout. A client that gives
 * {@link #FREE_ATTEMPTS} wrong passwords in a row waits before the next try, twice as long after each further miss.
 */
public final class Access {

    static final String SESSION_COOKIE = "cuecards_session";
    static final Duration IDLE = Duration.ofDays(7);
    static final Duration LONGEST = Duration.ofDays(30);
    static final int FREE_ATTEMPTS = 5;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    /** Clients whose misses are remembered at once; past that, a new client waits a minute before it may try. */
    private static final int CLIENTS_KEPT = 10_000;
    private static final String SECRET_KEY = "web.secret";
    public static final String PASSWORD_KEY = "web.password";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Optional<String> passwordHash;
    private final byte[] secret;
    private final Clock clock;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, Misses> misses = new ConcurrentHashMap<>();

    private record Session(Instant signedIn, Instant lastSeen) {
    }

    private record Misses(int count, Instant waitUntil) {
    }

    /** What a login attempt came to. */
    sealed interface Login permits Login.SignedIn, Login.Wrong, Login.Wait {
        /** The password was right: the browser now carries {@code session}. */
        record SignedIn(String session) implements Login {
        }

        record Wrong() implements Login {
        }

        /** Too many misses: no password is checked until the wait is over. */
        record Wait(Duration left) implements Login {
        }
    }

    Access(Optional<String> passwordHash, byte[] secret, Clock clock) {
        passwordHash.ifPresent(hash -> {
            if (!Password.isHash(hash)) {
                throw new IllegalArgumentException("the stored password is not a hash Cuecards wrote; set it again with `cuecards password`");
            }
        });
        this.passwordHash = passwordHash;
        this.secret = secret.clone();
        this.clock = clock;
    }

    /** Open to whoever reaches it, for this machine only; forms are still bound to the browser. */
    public static Access open(Database database, Clock clock) {
        return new Access(Optional.empty(), secret(database), clock);
    }

    /** Behind the given password hash, or the one stored in the database when none is given; open when neither. */
    public static Access of(Database database, Optional<String> passwordHash, Clock clock) {
        Optional<String> hash = passwordHash.isPresent() ? passwordHash : storedPassword(database);
        return new Access(hash, secret(database), clock);
    }

    public static Optional<String> storedPassword(Database database) {
        return database.read(connection -> new SettingsRepository(connection).get(PASSWORD_KEY));
    }

    /** The database's secret for form tokens, made on first use and kept, so forms stay good across restarts. */
    private static byte[] secret(Database database) {
        String kept = database.write(connection -> {
            SettingsRepository settings = new SettingsRepository(connection);
            Optional<String> existing = settings.get(SECRET_KEY);
            if (existing.isPresent()) {
                return existing.get();
            }
            String made = randomId();
            settings.put(SECRET_KEY, made);
            return made;
        });
        return kept.getBytes(StandardCharsets.US_ASCII);
    }

    public boolean needsLogin() {
        return passwordHash.isPresent();
    }

    static String randomId() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean isId(String value) {
        return value != null && value.matches("[A-Za-z0-9_-]{43}");
    }

    /** The form token of a browser id: only this app, holding the secret, can compute it. */
    String formToken(String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(("form:" + id).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no HmacSHA256", e);
        }
    }

    boolean isFormToken(String id, String token) {
        return token != null && MessageDigest.isEqual(formToken(id).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether this browser id may use the app; a signed-in session's use keeps it alive. */
    boolean mayUse(String id) {
        if (passwordHash.isEmpty()) {
            return true;
        }
        Instant now = clock.instant();
        Session session = sessions.get(id);
        if (session == null) {
            return false;
        }
        if (now.isAfter(session.lastSeen().plus(IDLE)) || now.isAfter(session.signedIn().plus(LONGEST))) {
            sessions.remove(id);
            return false;
        }
        sessions.put(id, new Session(session.signedIn(), now));
        return true;
    }

    Login login(String client, String attempt) {
        Instant now = clock.instant();
        Misses before = misses.get(client);
        if (before == null && misses.size() >= CLIENTS_KEPT) {
            misses.values().removeIf(m -> now.isAfter(m.waitUntil().plus(LONGEST_WAIT)));
            if (misses.size() >= CLIENTS_KEPT) {
                return new Login.Wait(Duration.ofMinutes(1));
            }
        }
        if (before != null && now.isBefore(before.waitUntil())) {
            return new Login.Wait(Duration.between(now, before.waitUntil()));
        }
        if (Password.matches(passwordHash.orElseThrow(), attempt)) {
            misses.remove(client);
            String session = randomId();
            sessions.put(session, new Session(now, now));
            return new Login.SignedIn(session);
        }
        int count = before == null ? 1 : before.count() + 1;
        misses.put(client, new Misses(count, now.plus(waitAfter(count))));
        return new Login.Wrong();
    }

    /** No wait for the first misses, then one second, doubling with each further miss up to {@link #LONGEST_WAIT}. */
    static Duration waitAfter(int misses) {
        if (misses < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        Duration doubled = Duration.ofSeconds(1L << Math.min(misses - FREE_ATTEMPTS, 20));
        return doubled.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : doubled;
    }

    void logout(String id) {
        sessions.remove(id);
    }
}
