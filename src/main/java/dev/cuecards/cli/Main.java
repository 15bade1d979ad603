package dev.cuecards.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Starts the command line: {@code cuecards [command] [options]}, {@code serve} when no command is named. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command line and returns its exit code; output goes to the given writers. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new CuecardsCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(Main::explainBadInput);
        return commandLine.execute(withDefaultCommand(args));
    }

    /** With no command named, or only options that are not the top level's own, the command is {@code serve}. */
    static String[] withDefaultCommand(String[] args) {
        if (args.length == 0) {
            return new String[] {"serve"};
        }
        String first = args[0];
        boolean topLevelOption = first.equals("-h") || first.equals("--help") || first.equals("-V") || first.equals("--version");
        if (first.startsWith("-") && !topLevelOption) {
            String[] withServe = new String[args.length + 1];
            withServe[0] = "serve";
            System.arraycopy(args, 0, withServe, 1, args.length);
            return withServe;
        }
        return args;
    }

    /** One line saying what was wrong and where to read more, then the usage exit code 2. */
    private static int explainBadInput(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        command.getErr().println(name + ": " + e.getMessage() + " (see '" + name + " --help')");
        return CommandLine.ExitCode.USAGE;
    }
}
