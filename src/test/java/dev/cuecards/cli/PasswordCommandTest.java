package dev.cuecards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cuecards.store.Database;
import dev.cuecards.store.TestVault;
import dev.cuecards.web.Access;
import dev.cuecards.web.Password;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Serving beyond this machine needs a password, which is kept only as a slow salted hash. */
class PasswordCommandTest {

    private static final String PASSWORD = "a long enough secret";

    @TempDir
    Path folder;

    private Path notes() throws Exception {
        Path notes = folder.resolve("notes");
        TestVault.write(notes, "databases.md", TestVault.DATABASES);
        return notes;
    }

    private Path passwordFile(String password) throws Exception {
        return Files.writeString(folder.resolve("password.txt"), password + "\n");
    }

    @Test
    void serving_on_every_address_without_a_password_is_refused_before_a_database_is_made() throws Exception {
        Path db = folder.resolve("data/cuecards.db");

        CommandLineRun run = CommandLineRun.of("serve", "--notes", notes().toString(), "--db", db.toString(), "--host", "0.0.0.0", "--port", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("needs a password", "cuecards password", "--password-file");
        assertThat(db).doesNotExist();
    }

    @Test
    void serving_on_every_address_with_an_existing_database_but_no_password_is_refused() throws Exception {
        Path db = folder.resolve("cuecards.db");
        assertThat(CommandLineRun.of("generate", "--notes", notes().toString(), "--db", db.toString()).exitCode()).isZero();

        CommandLineRun run = CommandLineRun.of("serve", "--notes", notes().toString(), "--db", db.toString(), "--host", "0.0.0.0", "--port", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("needs a password");
    }

    @Test
    void the_password_is_kept_as_a_salted_hash_never_in_clear() throws Exception {
        Path db = folder.resolve("cuecards.db");

        CommandLineRun set = CommandLineRun.of("password", "--db", db.toString(), "--from", passwordFile(PASSWORD).toString());

        assertThat(set.exitCode()).isZero();
        assertThat(set.out()).contains("password set", "PBKDF2");
        try (Database database = Database.existing(db)) {
            String stored = Access.storedPassword(database).orElseThrow();
            assertThat(stored).startsWith("pbkdf2-sha256:" + Password.ROUNDS + ":").doesNotContain(PASSWORD);
            assertThat(Password.matches(stored, PASSWORD)).isTrue();
            assertThat(Password.matches(stored, PASSWORD + " ")).isFalse();
        }
        assertThat(Files.readString(db, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(PASSWORD);

        CommandLineRun again = CommandLineRun.of("password", "--db", db.toString(), "--from", passwordFile("another secret here").toString());
        assertThat(again.out()).contains("password changed");
        try (Database database = Database.existing(db)) {
            assertThat(Password.matches(Access.storedPassword(database).orElseThrow(), "another secret here")).isTrue();
        }

        CommandLineRun removed = CommandLineRun.of("password", "--db", db.toString(), "--remove");
        assertThat(removed.out()).contains("password removed");
        try (Database database = Database.existing(db)) {
            assertThat(Access.storedPassword(database)).isEmpty();
        }
    }

    @Test
    void a_short_or_empty_password_is_refused_and_nothing_is_stored() throws Exception {
        Path db = folder.resolve("cuecards.db");
        for (String bad : new String[] {"short", "   ", ""}) {
            CommandLineRun run = CommandLineRun.of("password", "--db", db.toString(), "--from", passwordFile(bad).toString());

            assertThat(run.exitCode()).as("'%s'", bad).isEqualTo(2);
            assertThat(run.err()).as("'%s'", bad).containsAnyOf("at least 8 characters", "empty");
        }
        CommandLineRun missing = CommandLineRun.of("password", "--db", db.toString(), "--from", folder.resolve("nope.txt").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.txt", "cannot read");
        if (Files.exists(db)) {
            try (Database database = Database.existing(db)) {
                assertThat(Access.storedPassword(database)).isEmpty();
            }
        }
    }

    @Test
    void with_a_stored_password_serving_on_every_address_starts_says_where_and_asks_for_a_login() throws Exception {
        Path db = folder.resolve("cuecards.db");
        assertThat(CommandLineRun.of("password", "--db", db.toString(), "--from", passwordFile(PASSWORD).toString()).exitCode()).isZero();
        ServeCommand serve = new ServeCommand();
        StringWriter out = new StringWriter();
        CommandLine line = new CommandLine(serve);
        line.setOut(new PrintWriter(out, true));
        line.parseArgs("--notes", notes().toString(), "--db", db.toString(), "--host", "0.0.0.0", "--port", "0");

        ServeCommand.Serving serving = serve.start();
        try {
            assertThat(out.toString()).contains("running at http://0.0.0.0:" + serving.app().port(), "logs in with the password");
            HttpResponse<String> review = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + serving.app().port() + "/review")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(review.statusCode()).isEqualTo(303);
            assertThat(review.headers().firstValue("Location")).hasValue("/login?next=%2Freview");
        } finally {
            serving.stop();
        }
    }

    @Test
    void a_password_file_serves_without_a_stored_password_and_a_short_one_is_refused() throws Exception {
        Path db = folder.resolve("c.db");
        CommandLineRun shortFile = CommandLineRun.of("serve", "--notes", notes().toString(), "--db", db.toString(),
                "--host", "0.0.0.0", "--port", "0", "--password-file", passwordFile("tiny").toString());

        assertThat(shortFile.exitCode()).isEqualTo(2);
        assertThat(shortFile.err()).contains("at least 8 characters", "--password-file");
        assertThat(db).doesNotExist();

        ServeCommand serve = new ServeCommand();
        CommandLine line = new CommandLine(serve);
        line.setOut(new PrintWriter(new StringWriter(), true));
        line.parseArgs("--notes", notes().toString(), "--db", db.toString(), "--host", "0.0.0.0", "--port", "0",
                "--password-file", passwordFile(PASSWORD).toString());
        ServeCommand.Serving serving = serve.start();
        try {
            HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + serving.app().port() + "/api/review/next")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).isEqualTo(401);
        } finally {
            serving.stop();
        }
        try (Database database = Database.existing(db)) {
            assertThat(Access.storedPassword(database)).as("a password file is not stored").isEmpty();
        }
    }
}
