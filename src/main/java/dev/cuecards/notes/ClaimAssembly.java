package dev.cuecards.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a note's drafts into its {@link Claim}s once the note is read: each time gets its second under the note's
 * {@link StampConvention}, untimed claims get the time they link to, and a body pasted twice is kept once.
 *
 * @param claimOfDraft for each draft, the index of its claim, or -1 when it repeated earlier ones
 */
record ClaimAssembly(List<Claim> claims, List<Integer> claimOfDraft) {

    static ClaimAssembly of(List<ClaimCollector.Draft> drafts, StampConvention convention, Reading reading) {
        boolean[] repeated = Repeats.find(drafts, reading);
        List<Claim> claims = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            if (repeated[i]) {
                index.add(-1);
                continue;
            }
            ClaimCollector.Draft draft = drafts.get(i);
            List<Timestamp> own = timestamps(draft, convention);
            Optional<Timestamp> inherited = Optional.empty();
            if (own.isEmpty() && draft.inheritFrom() >= 0) {
                List<Timestamp> from = timestamps(drafts.get(draft.inheritFrom()), convention);
                inherited = Optional.of(draft.inheritLast() ? from.get(from.size() - 1) : from.get(0));
            }
            List<String> targets = draft.links().stream().map(Inline.Link::target).toList();
            List<String> texts = draft.links().stream().map(Inline.Link::text).toList();
            index.add(claims.size());
            claims.add(new Claim(draft.text(), draft.sectionPath(), draft.role(), own, inherited, targets, texts,
                    draft.boldTerms(), draft.line()));
        }
        return new ClaimAssembly(List.copyOf(claims), List.copyOf(index));
    }

    private static List<Timestamp> timestamps(ClaimCollector.Draft draft, StampConvention convention) {
        List<Timestamp> stamps = new ArrayList<>();
        for (SentenceText.Placed placed : draft.stamps()) {
            Inline.Stamp stamp = placed.stamp();
            stamps.add(new Timestamp(convention.seconds(stamp.written()), stamp.line(), Math.min(placed.position(), draft.text().length())));
        }
        return stamps;
    }
}
