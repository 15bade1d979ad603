package dev.cuecards.cards;

import dev.cuecards.language.CommonNouns;
import dev.cuecards.language.Tagged;
import dev.cuecards.notes.Claim;
import dev.cuecards.notes.Note;
import dev.cuecards.notes.VaultReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the table of widely said phrases ({@code language/widely-said.tsv}) from a vault: every phrase some claim
 * offers as a gap (a name, a term, a label or an acronym, never a number or a date), with the number of channels whose
 * claims say it anywhere, kept from {@value #LEAST} channels up. A phrase is counted where it is said, not only where
 * it was a gap: "Civil War" said in passing by a history channel counts as much as a note about it.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) dev.cuecards.cards.WidelySaidTable VAULT TABLE</pre>
 */
public final class WidelySaidTable {

    private static final int LEAST = 2;
    private static final int LONGEST = 6;

    public static void main(String[] args) throws IOException {
        List<Note> notes = VaultReader.read(Path.of(args[0])).notes();
        Set<String> phrases = ConcurrentHashMap.newKeySet();
        notes.parallelStream().forEach(note -> {
            for (Claim claim : note.claims()) {
                Tagged tagged = NoteContext.tag(claim.text());
                for (Phrase phrase : KeyPhrases.candidates(claim, tagged, CommonNouns.get())) {
                    String key = CommonNouns.sayingKey(phrase.text());
                    if (KeyPhrases.isWordy(phrase.type()) && !key.isEmpty() && key.split(" ").length <= LONGEST) {
                        phrases.add(key);
                    }
                }
            }
        });
        Map<String, Set<String>> channels = new ConcurrentHashMap<>();
        notes.parallelStream().forEach(note -> {
            Optional<String> channel = note.channelKey();
            if (channel.isEmpty()) {
                return;
            }
            for (Claim claim : note.claims()) {
                String[] words = CommonNouns.sayingKey(claim.text()).split(" ");
                for (int from = 0; from < words.length; from++) {
                    StringBuilder run = new StringBuilder();
                    for (int to = from; to < Math.min(words.length, from + LONGEST); to++) {
                        run.append(to == from ? "" : " ").append(words[to]);
                        if (phrases.contains(run.toString())) {
                            channels.computeIfAbsent(run.toString(), k -> ConcurrentHashMap.newKeySet()).add(channel.get());
                        }
                    }
                }
            }
        });
        long allChannels = notes.stream().map(Note::channelKey).flatMap(Optional::stream).distinct().count();
        Map<String, Integer> kept = new TreeMap<>();
        channels.forEach((phrase, in) -> {
            if (in.size() >= LEAST) {
                kept.put(phrase, in.size());
            }
        });
        StringBuilder out = new StringBuilder("# phrase offered as a gap, lower case\tchannels saying it (of " + allChannels + " channels)\n");
        kept.forEach((phrase, n) -> out.append(phrase).append('\t').append(n).append('\n'));
        Files.writeString(Path.of(args[1]), out.toString(), StandardCharsets.UTF_8);
        System.out.println(kept.size() + " phrases said in " + LEAST + " channels or more, of " + phrases.size() + " offered as gaps");
    }
}
