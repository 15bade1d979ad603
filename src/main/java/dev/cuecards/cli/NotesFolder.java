package dev.cuecards.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Checks the {@code --notes} folder before anything reads it, so a wrong path gets a one-line answer. */
final class NotesFolder {

    private NotesFolder() {
    }

    static Path require(CommandLine commandLine, Path folder) {
        if (!Files.exists(folder)) {
            throw new CommandLine.ParameterException(commandLine,
                    "notes folder '" + folder + "' does not exist; pass --notes DIR with your vault's folder");
        }
        if (!Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(commandLine,
                    "'" + folder + "' is a file, not a folder; pass --notes DIR with your vault's folder");
        }
        if (!Files.isReadable(folder)) {
            throw new CommandLine.ParameterException(commandLine, "notes folder '" + folder + "' cannot be read (permissions)");
        }
        return folder;
    }
}
