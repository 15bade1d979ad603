package dev.cuecards.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Checks a file the command is to write before any work starts, so a wrong path gets a one-line answer. */
final class OutputFile {

    private OutputFile() {
    }

    /** The absolute path to write; rejects a folder, or a file in a folder that does not exist. */
    static Path require(CommandLine commandLine, String flag, Path target) {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new CommandLine.ParameterException(commandLine, flag + " " + target + " is a folder; give a file name");
        }
        Path folder = absolute.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(commandLine, flag + " " + target + ": folder " + folder + " does not exist");
        }
        return absolute;
    }
}
