package dev.cuecards.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cuecards fsrs}: tools around the scheduler; its work is done by the subcommands. */
@Command(name = "fsrs", mixinStandardHelpOptions = true,
        description = "Tools around the FSRS-6 scheduler.",
        subcommands = {ReplayCommand.class})
final class FsrsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'fsrs replay'");
    }
}
