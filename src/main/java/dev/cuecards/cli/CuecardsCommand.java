package dev.cuecards.cli;

import picocli.CommandLine.Command;

/** The top-level {@code cuecards} command; its work is done by the subcommands. */
@Command(name = "cuecards",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Spaced-repetition cards from timestamped video notes.%n"
                + "Without a command, runs 'serve'.",
        subcommands = {ServeCommand.class, CheckCommand.class, GenerateCommand.class, BackupCommand.class, RestoreCommand.class, PasswordCommand.class, FsrsCommand.class,
                WarmUpCommand.class})
final class CuecardsCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
