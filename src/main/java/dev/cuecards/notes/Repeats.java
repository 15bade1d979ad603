package dev.cuecards.notes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds a note's body pasted twice (or a generator repeating itself): a run of at least {@value #SHORTEST_RUN}
 * claims saying, in order, what earlier claims already said, word for word and at the same moments. Such a run is
 * read once; the repeat is reported with its lines. A sentence that merely recurs (a list item "Equally weighted"
 * under two headings) is kept.
 */
final class Repeats {

    static final int SHORTEST_RUN = 3;

    private Repeats() {
    }

    /** Which drafts repeat earlier ones; each repeated run is reported. */
    static boolean[] find(List<ClaimCollector.Draft> drafts, Reading reading) {
        boolean[] repeated = new boolean[drafts.size()];
        Map<String, Integer> firstSeen = new HashMap<>();
        String[] keys = new String[drafts.size()];
        for (int i = 0; i < drafts.size(); i++) {
            keys[i] = key(drafts.get(i));
        }
        int runStart = -1;
        int matched = -1;
        for (int i = 0; i <= drafts.size(); i++) {
            boolean continues = runStart >= 0 && i < drafts.size() && matched + 1 < runStart && keys[matched + 1].equals(keys[i]);
            if (continues) {
                matched++;
                continue;
            }
            if (runStart >= 0 && i - runStart >= SHORTEST_RUN) {
                mark(repeated, runStart, i, drafts, matched - (i - runStart) + 1, reading);
            }
            runStart = -1;
            if (i < drafts.size()) {
                Integer earlier = firstSeen.get(keys[i]);
                if (earlier != null) {
                    runStart = i;
                    matched = earlier;
                } else {
                    firstSeen.put(keys[i], i);
                }
            }
        }
        return repeated;
    }

    private static void mark(boolean[] repeated, int from, int to, List<ClaimCollector.Draft> drafts, int originalFrom, Reading reading) {
        for (int i = from; i < to; i++) {
            repeated[i] = true;
        }
        int first = drafts.get(from).line();
        int last = drafts.get(to - 1).line();
        int originalFirst = drafts.get(originalFrom).line();
        reading.report(first, "lines " + first + "–" + last + " repeat what lines " + originalFirst + " onwards already say ("
                + (to - from) + " sentences, as if pasted twice); they are read once");
    }

    private static String key(ClaimCollector.Draft draft) {
        return draft.text() + "\u0000" + draft.stamps().stream().map(p -> p.stamp().written()).collect(Collectors.joining(","));
    }
}
