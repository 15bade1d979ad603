package dev.cuecards.study;

import dev.cuecards.cards.CardId;
import dev.cuecards.fsrs.Rating;
import dev.cuecards.fsrs.SchedulerSettings;
import dev.cuecards.store.CardRepository;
import dev.cuecards.store.Database;
import dev.cuecards.store.StoredCard;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * The child process of {@link CrashTest}: answers the database's cards round and round, printing
 * {@code ACK card repsBefore} after each answer is committed, until it is killed.
 */
public final class CrashAnswerer {

    private CrashAnswerer() {
    }

    public static void main(String[] args) {
        Database database = Database.open(Path.of(args[0]));
        Study study = new Study(database, Clock.systemUTC(), SchedulerSettings.defaults());
        List<CardId> cards = database.read(c -> new CardRepository(c).active()).stream().map(StoredCard::id).toList();
        Random random = new Random(Long.parseLong(args[1]));
        PrintStream out = System.out;
        for (long i = 0; ; i++) {
            CardId id = cards.get((int) (i % cards.size()));
            int reps = study.card(id).schedule().reps();
            study.answer(id, Rating.of(1 + random.nextInt(4)), reps, Duration.ofMillis(random.nextInt(5000)));
            out.println("ACK " + id + " " + reps);
            out.flush();
        }
    }
}
