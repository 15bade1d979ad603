package dev.cuecards.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The page for a request the server refuses before the app sees it — a malformed request line or address, headers too
 * large, no Host —, with the same security headers and {@code no-store} as every page of the app, and no detail of
 * the server's insides.
 */
final class ServerErrorPage extends ErrorHandler {

    ServerErrorPage() {
        setShowStacks(false);
        setShowCauses(false);
        setShowOrigin(false);
        setShowMessageInTitle(false);
    }

    @Override
    protected void generateCacheControl(Response response) {
        Guard.SECURITY_HEADERS.forEach((name, value) -> response.getHeaders().put(name, value));
        response.getHeaders().put("Cache-Control", "no-store");
    }

    @Override
    protected void writeErrorHtml(Request request, Writer writer, Charset charset, int code, String message, Throwable cause)
            throws IOException {
        writer.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"" + charset.name() + "\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>Error " + code + " · Cuecards</title>\n<link rel=\"stylesheet\" href=\"/static/app.css\">\n</head>\n"
                + "<body>\n<main class=\"page\">\n<h1>Cuecards could not read this request</h1>\n"
                + "<p>The browser sent a request the server cannot take (HTTP " + code + ").</p>\n"
                + "<p><a href=\"/\">Back to your videos</a></p>\n</main>\n</body>\n</html>\n");
    }
}
