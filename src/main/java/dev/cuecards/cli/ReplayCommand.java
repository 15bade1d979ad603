package dev.cuecards.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.cuecards.fsrs.CardSchedule;
import dev.cuecards.fsrs.Parameters;
import dev.cuecards.fsrs.Replay;
import dev.cuecards.fsrs.ReplayProblem;
import dev.cuecards.fsrs.ReplayReport;
import dev.cuecards.fsrs.ReplayStep;
import dev.cuecards.fsrs.SchedulerSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cuecards fsrs replay}: recomputes scheduling from a review history (DESIGN "fsrs replay"). The whole input
 * is checked before anything is printed, so a bad history never yields half a trajectory.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {
            "Recompute scheduling from a review history. Each input line is "
                    + "{\"card\":\"c1\",\"rating\":3,\"time\":\"2026-01-01T10:00:00Z\"} (ratings 1..4: Again, Hard, "
                    + "Good, Easy; lines in time order per card; blank lines ignored). For each line prints "
                    + "{\"card\",\"state\",\"stability\",\"difficulty\",\"due\",\"scheduledDays\"}.",
            "Learning steps 1m 10m, relearning step 10m; elapsed days count UTC calendar dates.",
            "Exits 0 when replayed; 1 when some lines are bad (each reported as FILE:LINE: reason, nothing "
                    + "printed); 2 when a flag is wrong or the file cannot be read."})
final class ReplayCommand implements Callable<Integer> {

    private static final JsonFactory JSON = new JsonFactory();

    @Option(names = "--in", paramLabel = "FILE.jsonl", required = true,
            description = "Review history as JSON lines; '-' reads standard input.")
    String in;

    @Option(names = "--fuzz", description = "Fuzz review intervals, reproducibly from the card id and review count "
            + "(default: off).")
    boolean fuzz;

    @Option(names = "--retention", paramLabel = "R", defaultValue = "0.9",
            description = "Desired retention, between 0 and 1 exclusive (default: ${DEFAULT-VALUE}).")
    double retention;

    @Option(names = "--params", paramLabel = "w0,...,w20",
            description = "The 21 FSRS-6 weights, comma-separated (default: the FSRS-6 defaults).")
    String params;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        SchedulerSettings settings = settings();
        String file = in.equals("-") ? "<stdin>" : in;
        ReplayInput input = ReplayInput.parse(read());
        ReplayReport report = new Replay(settings).run(input.events());
        List<InputProblem> problems = problems(input, report);
        if (!problems.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            problems.forEach(problem -> err.println(problem.describe(file)));
            err.println(problems.size() + (problems.size() == 1 ? " bad line" : " bad lines") + " in " + file
                    + "; nothing replayed");
            err.flush();
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        for (ReplayStep step : report.steps()) {
            out.println(json(step.event().cardId(), step.card()));
        }
        out.flush();
        return 0;
    }

    private SchedulerSettings settings() {
        if (!(retention > 0 && retention < 1)) {
            throw bad("--retention must be between 0 and 1 (exclusive), got " + retention);
        }
        SchedulerSettings settings = SchedulerSettings.replayDefaults().withFuzz(fuzz).withDesiredRetention(retention);
        if (params == null) {
            return settings;
        }
        try {
            return settings.withParameters(Parameters.parse(params));
        } catch (IllegalArgumentException e) {
            throw bad("--params: " + e.getMessage());
        }
    }

    private byte[] read() throws IOException {
        if (in.equals("-")) {
            return System.in.readAllBytes();
        }
        Path path = Path.of(in);
        if (!Files.exists(path)) {
            throw bad("file '" + in + "' does not exist; pass --in with a JSON-lines review history");
        }
        if (Files.isDirectory(path)) {
            throw bad("'" + in + "' is a folder; pass --in with a JSON-lines review history");
        }
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw bad("cannot read '" + in + "': " + e.getMessage());
        }
    }

    // Lines that could not be read, and readable ones the replay refused (a time before the card's previous one).
    private static List<InputProblem> problems(ReplayInput input, ReplayReport report) {
        List<InputProblem> problems = new ArrayList<>(input.problems());
        for (ReplayProblem problem : report.problems()) {
            problems.add(new InputProblem(input.lineNumbers().get(problem.index()), problem.reason()));
        }
        problems.sort(Comparator.comparingInt(InputProblem::line));
        return problems;
    }

    // Jackson prints doubles in full precision (the shortest text that reads back as the same double).
    private static String json(String cardId, CardSchedule card) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator line = JSON.createGenerator(text)) {
            line.writeStartObject();
            line.writeStringField("card", cardId);
            line.writeStringField("state", card.state().label());
            line.writeNumberField("stability", card.stability());
            line.writeNumberField("difficulty", card.difficulty());
            line.writeStringField("due", card.due().toString());
            line.writeNumberField("scheduledDays", card.scheduledDays());
            line.writeEndObject();
        }
        return text.toString();
    }

    private CommandLine.ParameterException bad(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
