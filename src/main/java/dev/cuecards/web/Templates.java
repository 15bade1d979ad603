package dev.cuecards.web;

import java.nio.file.Files;
import java.nio.file.Path;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Thymeleaf set up for HTML pages: read from {@code templates/} on disk when run from a checkout (edits show on
 * reload a second later), else from the copy packaged in the jar; parsed once either way.
 */
final class Templates {

    static final long DEVELOPMENT_CACHE_MILLIS = 1000;

    private Templates() {
    }

    /** True when the pages are read from {@code templates/} in the working folder, as when run from a checkout. */
    static boolean fromDisk() {
        return Files.isRegularFile(Path.of("templates").resolve("layout.html"));
    }

    static TemplateEngine create() {
        Path onDisk = Path.of("templates");
        boolean development = fromDisk();
        AbstractConfigurableTemplateResolver resolver = development ? new FileTemplateResolver() : new ClassLoaderTemplateResolver();
        resolver.setPrefix(development ? onDisk.toAbsolutePath() + "/" : "templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        // Parsed pages are kept; from a checkout for a second only, so an edited template shows on the next reload.
        resolver.setCacheable(true);
        if (development) {
            resolver.setCacheTTLMs(DEVELOPMENT_CACHE_MILLIS);
        }
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
