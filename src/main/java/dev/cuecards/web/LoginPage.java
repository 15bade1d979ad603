package dev.cuecards.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/** The login form, shown only when the app has a password, and logging out. */
final class LoginPage {

    private final Access access;
    private final Html html;

    LoginPage(Access access, Html html) {
        this.access = access;
        this.html = html;
    }

    void show(Context ctx) {
        if (!access.needsLogin()) {
            ctx.redirect("/", HttpStatus.SEE_OTHER);
            return;
        }
        render(ctx, next(ctx.queryParam("next")), "");
    }

    void submit(Context ctx) {
        String next = next(ctx.formParam("next"));
        if (!access.needsLogin()) {
            ctx.redirect(next, HttpStatus.SEE_OTHER);
            return;
        }
        String password = ctx.formParam("password");
        Access.Login login = access.login(ctx.ip(), password == null ? "" : password);
        if (login instanceof Access.Login.SignedIn signedIn) {
            Guard.setSession(ctx, signedIn.session(), Access.LONGEST);
            ctx.redirect(next, HttpStatus.SEE_OTHER);
        } else if (login instanceof Access.Login.Wait wait) {
            long seconds = Math.max(1, (wait.left().toMillis() + 999) / 1000);
            ctx.status(429).header("Retry-After", String.valueOf(seconds));
            render(ctx, next, "Too many wrong passwords: try again in " + seconds + (seconds == 1 ? " second." : " seconds."));
        } else {
            ctx.status(401);
            render(ctx, next, "That is not the password.");
        }
    }

    void logout(Context ctx) {
        access.logout(ctx.attribute(Guard.BROWSER));
        Guard.setSession(ctx, Access.randomId(), null);
        ctx.redirect(access.needsLogin() ? "/login" : "/", HttpStatus.SEE_OTHER);
    }

    /** Where to go after logging in: a path of this app only, never another site. */
    static String next(String asked) {
        if (asked == null || !asked.startsWith("/") || asked.startsWith("//") || asked.contains("\\")
                || asked.startsWith("/login") || asked.chars().anyMatch(c -> c < 0x20 || c == 0x7f) || asked.length() > 2000) {
            return "/";
        }
        return asked;
    }

    private void render(Context ctx, String next, String message) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Log in");
        model.put("next", next);
        model.put("message", message);
        model.put("nav", "login");
        html.render(ctx, "login", model);
    }
}
