package dev.cuecards.cli;

import dev.cuecards.store.Database;
import dev.cuecards.store.SettingsRepository;
import dev.cuecards.web.Access;
import dev.cuecards.web.Password;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cuecards password}: sets the password browsers log in with, kept in the database as a slow salted hash. */
@Command(name = "password", mixinStandardHelpOptions = true,
        description = "Set the password every browser must log in with, needed to serve beyond this machine (--host 0.0.0.0). "
                + "Asks for it twice; only a salted PBKDF2 hash is kept, in the database. A running Cuecards uses it from its next start.")
final class PasswordCommand implements Callable<Integer> {

    @CommandLine.Mixin
    VaultOptions.Db dbOption = new VaultOptions.Db();

    @Option(names = "--from", paramLabel = "FILE",
            description = "Read the password from the first line of FILE (- for standard input) instead of asking.")
    Path from;

    @Option(names = "--remove", description = "Remove the password: the app then serves this machine only.")
    boolean remove;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        if (remove && from != null) {
            throw new CommandLine.ParameterException(commandLine, "--remove takes no password; give --remove or --from, not both");
        }
        String hash = remove ? null : Password.hash(password(commandLine));
        try (Database database = DatabaseFile.open(commandLine, dbOption.file)) {
            boolean had = Access.storedPassword(database).isPresent();
            database.write(connection -> {
                SettingsRepository settings = new SettingsRepository(connection);
                if (hash == null) {
                    settings.remove(Access.PASSWORD_KEY);
                } else {
                    settings.put(Access.PASSWORD_KEY, hash);
                }
                return null;
            });
            if (remove) {
                commandLine.getOut().println(had ? "password removed from " + dbOption.file + "; Cuecards now serves this machine only"
                        : dbOption.file + " had no password; nothing changed");
            } else {
                commandLine.getOut().println((had ? "password changed" : "password set") + " for " + dbOption.file
                        + " (kept as a salted PBKDF2 hash); `serve --host 0.0.0.0` now asks every browser for it");
            }
        }
        return 0;
    }

    private String password(CommandLine commandLine) {
        if (from != null) {
            String password = fromFile(commandLine, "--from", from);
            return checked(commandLine, password, "; nothing changed");
        }
        Console console = System.console();
        if (console == null) {
            throw new CommandLine.ParameterException(commandLine, "no terminal to ask for the password on; pass --from FILE (or --from - for standard input)");
        }
        char[] first = console.readPassword("New password (at least %d characters): ", Password.SHORTEST);
        char[] second = console.readPassword("The same again: ");
        try {
            if (first == null || second == null || !Arrays.equals(first, second)) {
                throw new CommandLine.ParameterException(commandLine, "the two passwords differ; nothing changed");
            }
            return checked(commandLine, new String(first), "; nothing changed");
        } finally {
            if (first != null) {
                Arrays.fill(first, '\0');
            }
            if (second != null) {
                Arrays.fill(second, '\0');
            }
        }
    }

    /** The first line of a file (or of standard input for {@code -}), which must be a usable password. */
    static String fromFile(CommandLine commandLine, String flag, Path file) {
        String line;
        try {
            if (file.toString().equals("-")) {
                line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            } else {
                try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    line = reader.readLine();
                }
            }
        } catch (IOException e) {
            throw new CommandLine.ParameterException(commandLine, flag + " " + file + ": cannot read it (" + e.getMessage() + ")");
        }
        if (line == null) {
            throw new CommandLine.ParameterException(commandLine, flag + " " + file + " is empty; its first line is the password");
        }
        return checked(commandLine, line, " (" + flag + " " + file + ")");
    }

    private static String checked(CommandLine commandLine, String password, String after) {
        Password.problem(password).ifPresent(problem -> {
            throw new CommandLine.ParameterException(commandLine, problem + after);
        });
        return password;
    }
}
