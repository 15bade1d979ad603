package dev.cuecards.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The claims of a note as they are read, numbered as drafts. Each block's sentences become drafts; a sentence with
 * no text gives its stamps to its neighbour; an untimed sentence remembers the nearest stamp of its block to link
 * to. Times get their seconds only at the end, when the note's {@link StampConvention} is known.
 */
final class ClaimCollector {

    /** A claim before its times are read. {@code inheritFrom} is the draft whose stamp it links to, or -1. */
    record Draft(String text, List<SentenceText.Placed> stamps, List<String> sectionPath, ClaimRole role, int line,
                 List<Inline.Link> links, List<String> boldTerms, int inheritFrom, boolean inheritLast) {
        Draft {
            stamps = List.copyOf(stamps);
            sectionPath = List.copyOf(sectionPath);
            links = List.copyOf(links);
            boldTerms = List.copyOf(boldTerms);
        }

        Draft withStamps(List<SentenceText.Placed> more, boolean atEnd) {
            List<SentenceText.Placed> all = new ArrayList<>(atEnd ? stamps : List.of());
            for (SentenceText.Placed stamp : more) {
                all.add(atEnd ? new SentenceText.Placed(stamp.stamp(), text.length()) : new SentenceText.Placed(stamp.stamp(), 0));
            }
            if (!atEnd) {
                all.addAll(stamps);
            }
            return new Draft(text, all, sectionPath, role, line, links, boldTerms, -1, false);
        }

        Draft inheriting(int from, boolean last) {
            return new Draft(text, stamps, sectionPath, role, line, links, boldTerms, from, last);
        }
    }

    private final Reading reading;
    private final List<Draft> drafts = new ArrayList<>();
    private final List<SentenceText.Placed> pending = new ArrayList<>();
    private Optional<String> channel = Optional.empty();

    ClaimCollector(Reading reading) {
        this.reading = reading;
    }

    List<Draft> drafts() {
        return List.copyOf(drafts);
    }

    int draftCount() {
        return drafts.size();
    }

    boolean hasClaims() {
        return !drafts.isEmpty();
    }

    Optional<String> channel() {
        return channel;
    }

    void channel(String name) {
        if (channel.isEmpty() && !name.isBlank()) {
            channel = Optional.of(name);
        }
    }

    /** The text of the last claim made, or "". */
    String lastText() {
        return drafts.isEmpty() ? "" : drafts.get(drafts.size() - 1).text();
    }

    /**
     * Makes one claim of each sentence with text; returns each sentence's draft number, -1 for those without text.
     * A term item whose sentences are all empty (the item is only its bold term) makes a claim of the term.
     */
    List<Integer> emit(List<SentenceText> sentences, List<String> sectionPath, ClaimRole role, List<Inline.Link> termLinks) {
        List<Integer> numbers = new ArrayList<>();
        List<SentenceText.Placed> carried = new ArrayList<>();
        int firstOfBlock = drafts.size();
        for (SentenceText sentence : sentences) {
            if (sentence.isEmpty()) {
                numbers.add(-1);
                if (drafts.size() > firstOfBlock) {
                    replaceLast(last().withStamps(sentence.stamps(), true));
                } else {
                    carried.addAll(sentence.stamps());
                }
                continue;
            }
            List<Inline.Link> links = new ArrayList<>(termLinks);
            links.addAll(sentence.wikiLinks());
            termLinks = List.of();
            Draft draft = new Draft(sentence.text(), sentence.stamps(), sectionPath, role, lineOf(sentence), links,
                    sentence.boldTerms(), -1, false);
            add(carried.isEmpty() ? draft : draft.withStamps(carried, false));
            carried.clear();
            numbers.add(drafts.size() - 1);
        }
        if (!carried.isEmpty() && drafts.size() == firstOfBlock && role instanceof ClaimRole.TermItem item) {
            add(new Draft(item.term(), carried, sectionPath, role, carried.get(0).stamp().line(), termLinks, List.of(item.term()), -1, false));
        } else {
            orphanStamps(carried);
        }
        inherit(firstOfBlock);
        return numbers;
    }

    /** Makes one claim of text read whole (a heading, a table row, a code line); returns its draft number. */
    int emitWhole(String text, List<SentenceText.Placed> stamps, List<String> sectionPath, ClaimRole role, int line,
                  List<Inline.Link> links, List<String> boldTerms) {
        add(new Draft(text, stamps, sectionPath, role, line, links, boldTerms, -1, false));
        return drafts.size() - 1;
    }

    /** Stamps left without a sentence (a line holding only anchors) go to the claim before them, else the next. */
    void orphanStamps(List<SentenceText.Placed> stamps) {
        if (stamps.isEmpty()) {
            return;
        }
        if (drafts.isEmpty()) {
            pending.addAll(stamps);
        } else {
            replaceLast(last().withStamps(stamps, true));
        }
    }

    private void add(Draft draft) {
        if (!pending.isEmpty()) {
            draft = draft.withStamps(pending, false);
            pending.clear();
        }
        drafts.add(draft);
    }

    private Draft last() {
        return drafts.get(drafts.size() - 1);
    }

    private void replaceLast(Draft draft) {
        drafts.set(drafts.size() - 1, draft);
    }

    /** Untimed claims of the block just made link to the last stamp before them, else the first after them. */
    private void inherit(int firstOfBlock) {
        for (int i = firstOfBlock; i < drafts.size(); i++) {
            if (!drafts.get(i).stamps().isEmpty()) {
                continue;
            }
            int from = -1;
            boolean last = true;
            for (int j = i - 1; j >= firstOfBlock && from < 0; j--) {
                from = drafts.get(j).stamps().isEmpty() ? -1 : j;
            }
            for (int j = i + 1; j < drafts.size() && from < 0; j++) {
                from = drafts.get(j).stamps().isEmpty() ? -1 : j;
                last = false;
            }
            if (from >= 0) {
                drafts.set(i, drafts.get(i).inheriting(from, last));
            }
        }
    }

    private int lineOf(SentenceText sentence) {
        for (Leaves.Leaf leaf : Leaves.flatten(sentence.pieces())) {
            if (!(leaf.piece() instanceof Inline.Stamp)) {
                return reading.line(leaf.piece().start());
            }
        }
        return sentence.stamps().isEmpty() ? 1 : sentence.stamps().get(0).stamp().line();
    }
}
