package dev.cuecards.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import java.util.Set;

/**
 * Keeps other sites from acting through the user's browser. A state-changing request is refused when its Origin is
 * another site's; a form must also carry the token bound to the browser's id ({@link Access}), which a site that plants
 * a cookie cannot compute; the JSON API must be called with {@code Content-Type: application/json}, which no other
 * site can send without permission, and with a good Origin or the token in {@value #TOKEN_HEADER}. With a password,
 * every page and call but the login page and the static files needs a signed-in session.
 * Every response gets headers that keep the pages from loading anything but their own files and the video player.
 * A body declared over {@link #MAX_BODY} is refused with 413 before it is read, and a multipart one with 415 without
 * being parsed: no page uploads.
 * A request must name this machine as its Host — a loopback name, the address the app listens on, when it listens on
 * every address one of this machine's own addresses or its name, or a name the user allowed — so a web page cannot
 * reach the app through a domain name of its own that points here (DNS rebinding), on whatever address it listens.
 */
final class Guard {

    static final String CSRF_FIELD = "csrf";
    static final String TOKEN_HEADER = "X-CSRF-Token";
    /** Set on a request whose browser may use the app behind a password, for the header's "Log out". */
    static final String SIGNED_IN = "signedIn";
    static final String BROWSER = "browser";
    /** The largest body a request may carry, forms and JSON alike: the app's largest form is a few hundred bytes. */
    static final long MAX_BODY = 1_000_000;
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: https://i.ytimg.com; "
            + "frame-src https://www.youtube-nocookie.com; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** The headers every response carries, the server's own error pages included. */
    static final java.util.Map<String, String> SECURITY_HEADERS = java.util.Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin");

    private final Set<String> hosts;
    private final Access access;

    /** Asked of a request that needs a signed-in session and has none. */
    static final class LoginRequired extends RuntimeException {
        LoginRequired() {
            super("Log in to Cuecards first.", null, false, false);
        }
    }

    /**
     * @param listenHost the address the app listens on, accepted as a Host besides the loopback names; on every
     *                   address (0.0.0.0, ::), each address of this machine's interfaces and its name are accepted
     * @param allowed    further names the user allows ({@code --allow-host}), such as a name the router gives it
     */
    Guard(String listenHost, java.util.Collection<String> allowed, Access access) {
        this.access = access;
        java.util.Set<String> names = new java.util.HashSet<>(Set.of("127.0.0.1", "localhost", "[::1]"));
        names.add(bracketed(listenHost.toLowerCase(java.util.Locale.ROOT)));
        allowed.forEach(name -> names.add(bracketed(name.strip().toLowerCase(java.util.Locale.ROOT))));
        if (isEveryAddress(listenHost)) {
            names.addAll(ownAddresses());
        }
        this.hosts = Set.copyOf(names);
    }

    static boolean isEveryAddress(String host) {
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
    }

    /** The addresses of this machine's network interfaces, as a Host header writes them, and the machine's name. */
    static Set<String> ownAddresses() {
        java.util.Set<String> own = new java.util.HashSet<>();
        try {
            for (java.net.NetworkInterface face : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
                for (java.net.InetAddress address : java.util.Collections.list(face.getInetAddresses())) {
                    own.add(bracketed(address.getHostAddress().replaceFirst("%.*$", "").toLowerCase(java.util.Locale.ROOT)));
                }
            }
            own.add(java.net.InetAddress.getLocalHost().getHostName().toLowerCase(java.util.Locale.ROOT));
        } catch (java.io.IOException e) {
            // no interface list or no name: the loopback names and the allowed ones still serve
        }
        return own;
    }

    private static String bracketed(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** Runs before every request. */
    void check(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || !hosts.contains(host.toLowerCase(java.util.Locale.ROOT).replaceFirst(":\\d+$", ""))) {
            throw new ForbiddenResponse("Cuecards answers only to the address it listens on, not to '" + host + "'.");
        }
        SECURITY_HEADERS.forEach(ctx::header);
        if (!ctx.path().startsWith("/static/") || ctx.path().contains("..")) {
            ctx.header("Cache-Control", "no-store"); // pages hold the form token and what was studied: never kept by a cache
        }
        if (ctx.contentLength() > MAX_BODY) {
            throw new io.javalin.http.ContentTooLargeResponse("A request to Cuecards holds at most " + MAX_BODY / 1000 + " kB.");
        }
        String browser = browserId(ctx);
        ctx.attribute(BROWSER, browser);
        ctx.attribute(CSRF_FIELD, access.formToken(browser));
        boolean open = ctx.path().startsWith("/static/") || ctx.path().equals("/login") || ctx.path().equals("/favicon.ico");
        if (!open && !access.mayUse(browser)) {
            throw new LoginRequired();
        }
        if (access.needsLogin() && !open) {
            ctx.attribute(SIGNED_IN, true);
        }
        if (SAFE.contains(ctx.method())) {
            return;
        }
        String type = ctx.contentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            // No page uploads anything: a multipart body is never parsed nor stored. It is read past (within the
            // limit, or refused as too large) so that the client, still sending, receives the answer.
            ctx.bodyAsBytes();
            throw new io.javalin.http.UnsupportedMediaTypeResponse("Cuecards takes its forms as application/x-www-form-urlencoded, not as uploads.");
        }
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equals(ownOrigin(ctx))) {
            throw new ForbiddenResponse("Requests from other sites are refused.");
        }
        boolean json = ctx.path().startsWith("/api/");
        if (json) {
            if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
                throw new ForbiddenResponse("The API takes Content-Type: application/json.");
            }
            if (origin == null && !access.isFormToken(browser, ctx.header(TOKEN_HEADER))) {
                throw new ForbiddenResponse("An API call must come from this app's pages (an Origin header) or carry the "
                        + TOKEN_HEADER + " header of its page.");
            }
        } else if (!access.isFormToken(browser, ctx.formParam(CSRF_FIELD))) {
            throw new ForbiddenResponse("This form has expired or came from elsewhere; reload the page and try again.");
        }
    }

    /** The browser's id from its cookie, or a new one set in a cookie now. */
    private static String browserId(Context ctx) {
        String id = ctx.cookie(Access.SESSION_COOKIE);
        if (!Access.isId(id)) {
            id = Access.randomId();
            setSession(ctx, id, null);
        }
        return id;
    }

    /** Sets the browser's id; {@code lasting} keeps it past the browser's closing, for a signed-in session. */
    static void setSession(Context ctx, String id, java.time.Duration lasting) {
        String cookie = Access.SESSION_COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Strict"
                + (lasting == null ? "" : "; Max-Age=" + lasting.toSeconds())
                + ("https".equals(ctx.scheme()) ? "; Secure" : "");
        ctx.res().setHeader("Set-Cookie", cookie);
    }

    private static String ownOrigin(Context ctx) {
        String host = ctx.header("Host");
        return ctx.scheme() + "://" + (host == null ? ctx.host() : host);
    }
}
