package dev.cuecards.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Keeps other sites from acting through the user's browser. A state-changing request is refused when its Origin is
 * another site's; a form must also carry the CSRF token set in the browser's cookie (double submit); the JSON API
 * must be called with {@code Content-Type: application/json}, which no other site can send without permission.
 * Every response gets headers that keep the pages from loading anything but their own files and the video player.
 * A request must name this machine (or the address the app was told to listen on) as its Host, so a web page cannot
 * reach the app through a domain name of its own that points here (DNS rebinding).
 */
final class Guard {

    static final String CSRF_COOKIE = "cuecards_csrf";
    static final String CSRF_FIELD = "csrf";
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: https://i.ytimg.com; "
            + "frame-src https://www.youtube-nocookie.com; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Set<String> hosts;
    private final boolean anyHost;

    /** @param listenHost the address the app listens on, accepted as a Host besides the loopback names */
    Guard(String listenHost) {
        java.util.Set<String> names = new java.util.HashSet<>(Set.of("127.0.0.1", "localhost", "[::1]"));
        names.add(bracketed(listenHost.toLowerCase(java.util.Locale.ROOT)));
        this.hosts = Set.copyOf(names);
        this.anyHost = listenHost.equals("0.0.0.0") || listenHost.equals("::") || listenHost.equals("[::]");
    }

    private static String bracketed(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** Runs before every request. */
    void check(Context ctx) {
        String host = ctx.header("Host");
        if (!anyHost && (host == null || !hosts.contains(host.toLowerCase(java.util.Locale.ROOT).replaceFirst(":\\d+$", "")))) {
            throw new ForbiddenResponse("Cuecards answers only to the address it listens on, not to '" + host + "'.");
        }
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        String token = token(ctx);
        ctx.attribute(CSRF_FIELD, token);
        if (SAFE.contains(ctx.method())) {
            return;
        }
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equals(ownOrigin(ctx))) {
            throw new ForbiddenResponse("Requests from other sites are refused.");
        }
        boolean json = ctx.path().startsWith("/api/");
        if (json) {
            String type = ctx.contentType();
            if (type == null || !type.toLowerCase().startsWith("application/json")) {
                throw new ForbiddenResponse("The API takes Content-Type: application/json.");
            }
        } else if (!token.equals(ctx.formParam(CSRF_FIELD))) {
            throw new ForbiddenResponse("This form has expired or came from elsewhere; reload the page and try again.");
        }
    }

    /** The browser's CSRF token, set on first visit. */
    private static String token(Context ctx) {
        String token = ctx.cookie(CSRF_COOKIE);
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,64}")) {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            ctx.header("Set-Cookie", CSRF_COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
        }
        return token;
    }

    private static String ownOrigin(Context ctx) {
        String host = ctx.header("Host");
        return ctx.scheme() + "://" + (host == null ? ctx.host() : host);
    }
}
