#!/usr/bin/env python3
"""Measures the cards Cuecards writes for a vault: coverage of timestamps, mechanical checks, kinds, pronoun fronts.

Usage:
    scripts/card_quality.py NOTES_DIR [--sample N] [--seed S] [--examples]
                            [--jsonl-sample N --sample-out FILE] [--failures-out FILE]

Runs `generate --notes NOTES_DIR --db TMP --out TMP.jsonl` and `check --json` with the jar named by the
environment variable CUECARDS_JAR (default target/cuecards.jar; build it first with
`mvn -B -q package -DskipTests`), then prints markdown tables: per note, the distinct timestamps written in
the raw note and the share backed by a card; one row per mechanical check with the number of failing cards
(--examples adds up to 3 failing cards per check); cards per kind; and N randomly sampled cards, seeded so
the sample repeats. --jsonl-sample N --sample-out FILE also writes N sampled cards (same seed) as JSON lines
holding only what a blind reader needs: front, back, context, kind, options, source.claim, source.timestamp.
--failures-out FILE writes every card that fails a check, one JSON line each with the check's name and detail.

The script reports; it never gates: it exits 0 whatever it finds, even when the jar cannot be run.
"""
import argparse
import collections
import json
import os
import random
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.environ.get("CUECARDS_JAR") or os.path.join(ROOT, "target", "cuecards.jar")
KINDS = ("term", "cloze", "definition", "acronym", "explain", "compare", "list", "choice")
GAP = "[...]"
EXAMPLES = 3
MAX_ANSWER_WORDS = 6

RESIDUE = re.compile(r"\[\[|\]\]|<[A-Za-z/!]|data-t|\*\*|__")
PRONOUNS = {"this", "that", "these", "those", "it", "they", "he", "she", "its", "their", "his", "her", "them"}
ANCHOR_OR_BARE = re.compile(r'<a[^>]*data-t="([^"]*)"[^>]*>.*?</a>|\[(\d{1,2}:\d{2}:\d{2})\]')


# ---------------------------------------------------------------- text helpers

WORD = re.compile(r"[^\W_]+[+#*]*")


def norm(text):
    """Lowercase, every run of non-alphanumerics (underscore included) turned into one space; a +, # or *
    right after a word stays with it, so that C++, C# and A* are not C or A."""
    return " ".join(WORD.findall(text.lower()))


def contains_words(haystack, needle):
    """True when the normalised needle stands as whole words in the normalised haystack."""
    needle = norm(needle)
    return bool(needle) and f" {needle} " in f" {norm(haystack)} "


def short_answer(card):
    return 0 < len(norm(card["answer"]).split()) <= MAX_ANSWER_WORDS


# ---------------------------------------------------------------- times written in a raw note

WRITTEN = re.compile(r"\s*(\d{1,3}):(\d{1,2})(?::(\d{2}))?\s*")


def parse_written(text):
    """(hours, minutes, seconds, with_hours) of M:SS, MM:SS, H:MM:SS or HH:MM:SS; None when malformed."""
    m = WRITTEN.fullmatch(text)
    if not m:
        return None
    if m.group(3) is None:
        minutes, secs = int(m.group(1)), int(m.group(2))
        return None if len(m.group(2)) != 2 or secs > 59 else (0, minutes, secs, False)
    hours, minutes, secs = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return None if minutes > 59 or secs > 59 else (hours, minutes, secs, True)


def shifted_by_order(times):
    """The HH:MM:00 times past the hour that a mixed note's order reads as minutes and seconds (StampConvention).

    The reading of the whole sequence with the least cost, a jump back costing its length and one forward a
    twentieth of it; kept only for times that fall in runs of three or more so read, wherever they are written.
    """
    ambiguous = lambda t: t[3] and t[0] >= 1 and t[2] == 0
    readings = [[t[0] * 3600 + t[1] * 60 + t[2]] + ([t[0] * 60 + t[1]] if ambiguous(t) else []) for t in times]
    cost = lambda a, b: a - b if b < a else (b - a) * 0.05
    best, back = [], []
    for i, options in enumerate(readings):
        row, came = [], []
        for here in options:
            if i == 0:
                row.append(0.0); came.append(0)
                continue
            steps = [best[i - 1][q] + cost(there, here) for q, there in enumerate(readings[i - 1])]
            q = min(range(len(steps)), key=lambda k: (steps[k], k))
            row.append(steps[q]); came.append(q)
        best.append(row); back.append(came)
    flipped = [False] * len(times)
    if times:
        r = min(range(len(best[-1])), key=lambda k: (best[-1][k], k))
        for i in range(len(times) - 1, -1, -1):
            flipped[i] = r == 1
            r = back[i][r]
    shifted, written, i = set(), set(), 0
    while i < len(times):
        end = i
        while end < len(times) and flipped[end] == flipped[i]:
            end += 1
        (shifted if flipped[i] and end - i >= 3 else written).update(times[i:end])
        i = end
    return shifted - written


def reader(written_times):
    """A function from a written time to its second, for one note's times.

    Mirrors the documented convention of the parser (StampConvention): when at least two of a note's times
    past the hour, and at least half of them, end in :00, the note wrote minutes:seconds as hours:minutes, so
    HH:MM:00 is read as HH minutes MM seconds, and another time too if read as written it would lie more than
    half as late again as the latest HH:MM:00 moment. Otherwise every time means what it says, but for runs of
    HH:MM:00 times that the note's order reads as minutes and seconds (shifted_by_order).
    """
    times = [t for t in map(parse_written, written_times) if t]
    past_hour = [t for t in times if t[3] and t[0] >= 1]
    shifted = [t for t in past_hour if t[2] == 0]
    as_written = lambda t: t[0] * 3600 + t[1] * 60 + t[2]
    if len(shifted) < 2 or 2 * len(shifted) < len(past_hour):
        in_place = shifted_by_order(times)

        def convention(t):
            return t[0] * 60 + t[1] if t in in_place else as_written(t)
    else:
        latest = max(t[0] * 60 + t[1] for t in times if t[3] and t[2] == 0)

        def convention(t):
            if not t[3]:
                return as_written(t)
            if t[2] == 0 or (as_written(t) * 2 > latest * 3 and t[0] >= 1):
                return t[0] * 60 + t[1]
            return as_written(t)

    def read(text):
        t = parse_written(text)
        return convention(t) if t else None
    return read


class RawNote:
    """A raw note file as a stream of reader-visible words and timestamp markers, to find claims in.

    Anchors and bare [HH:MM:SS] become markers; wiki links show their alias (or target); HTML tags and link
    URLs are dropped; every other run of letters and digits is a word.
    """
    TOKEN = re.compile(ANCHOR_OR_BARE.pattern
                       + r"|\[\[([^\]|]*)(?:\|([^\]]*))?\]\]"   # wiki link: target | alias
                       + r"|\]\([^)\s]*\)"                       # the URL of a markdown link
                       + r"|</?[A-Za-z][^>]*>"                   # other HTML
                       + r"|(" + WORD.pattern + ")")              # a word

    def __init__(self, text):
        written = [m.group(1) or m.group(2) for m in ANCHOR_OR_BARE.finditer(text)]
        read = reader(written)
        self.stamps = {s for s in map(read, written) if s is not None}
        self.tokens = []   # (word or None, second or None, line number)
        self.block_of = []  # blank-line-delimited block number of each line
        block = 0
        for number, line in enumerate(text.splitlines()):
            if not line.strip():
                block += 1
            self.block_of.append(block)
            for m in self.TOKEN.finditer(line):
                if m.group(1) is not None or m.group(2) is not None:
                    second = read(m.group(1) or m.group(2))
                    if second is not None:
                        self.tokens.append((None, second, number))
                elif m.group(3) is not None:
                    shown = m.group(4) if m.group(4) is not None else m.group(3)
                    self.tokens += [(w.lower().rstrip("*"), None, number) for w in WORD.findall(shown)]
                elif m.group(5):
                    # a * after a word may close its emphasis ("**bold**"): words are found without it
                    self.tokens.append((m.group(5).lower().rstrip("*"), None, number))
        self.word_at = [i for i, t in enumerate(self.tokens) if t[0] is not None]
        self.words = [self.tokens[i][0] for i in self.word_at]

    def moments(self, claim):
        """The seconds at which the claim is said, or None when the claim is not found in the note.

        For each place the claim's words stand: the markers inside it or right after it (before the next
        word); failing those, the markers of its lines; failing those, of its paragraph (block). An empty set
        means the claim has no moment nearby.
        """
        wanted = [w.rstrip("*") for w in norm(claim).split()]
        if not wanted:
            return None
        n = len(wanted)
        found, moments = False, set()
        for start in range(len(self.words) - n + 1):
            if self.words[start:start + n] != wanted:
                continue
            found = True
            first, last = self.word_at[start], self.word_at[start + n - 1]
            after = last + 1
            while after < len(self.tokens) and self.tokens[after][0] is None:
                after += 1
            own = {t[1] for t in self.tokens[first:after] if t[0] is None}
            lines = {t[2] for t in self.tokens[first:last + 1]}
            blocks = {self.block_of[line] for line in lines}
            in_lines = {t[1] for t in self.tokens if t[0] is None and t[2] in lines}
            in_block = {t[1] for t in self.tokens if t[0] is None and self.block_of[t[2]] in blocks}
            moments |= own or in_lines or in_block
        return moments if found else None


# ---------------------------------------------------------------- the option typer

NUM = r"(?:\d[\d,.]*\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozens?)"
TYPE_PATTERNS = [
    ("year", re.compile(r"(?:the |early |late |mid-?)?(?:1[5-9]\d\d|20\d\d)s?(?:\s*[-–—]\s*(?:\d{4}|\d{2})s?)?", re.I), "fullmatch"),
    ("date", re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"), "search"),
    ("percent", re.compile(r"%|\bpercent", re.I), "search"),
    ("money", re.compile(r"[$€£]"), "search"),
    ("duration", re.compile(rf"\b{NUM}[\s-]*(?:milliseconds?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|decades?|century|centuries|ms)\b", re.I), "search"),
    ("quantity", re.compile(rf"\b{NUM}[\s-]*(?:bytes?|bits?|[kmgtp]b|[kmgt]bps|[kmg]?hz|nm|mm|cm|km|m|kg|mg|g|lbs?|k?w|watts?|volts?|x|fps|[tpe]?flops|teraflops|petaflops|exaflops)\b", re.I), "search"),
    ("count", re.compile(rf"\b{NUM}\s+[A-Za-z]|^\s*{NUM}\s*$", re.I), "search"),
    ("acronym", re.compile(r"(?=[A-Z0-9&]*[A-Z])[A-Z0-9&]{2,8}s?"), "fullmatch"),
    ("person", re.compile(r"[A-Z][a-z'’.\-]+(?: [A-Z][a-z'’.\-]+){1,2}"), "fullmatch"),
    ("name", re.compile(r"[\"“‘']?[A-Z0-9]"), "match"),   # …when no word after a stop word is lowercase
    ("term", re.compile(r"[\"“‘']?[^\W_]"), "match"),
]


def option_type(text):
    """year, date, percent, money, duration, quantity, count, acronym, person, name, term or other.

    A name has every word (stop words aside) capitalised; a phrase with a lowercase word is a term."""
    text = text.strip()
    for name, pattern, how in TYPE_PATTERNS:
        words = [w.strip("\"“”‘’'()[],;:") for w in text.split()]
        if name == "name" and any(w[:1].islower() and w.lower() not in STOP for w in words):
            continue
        if getattr(pattern, how)(text):
            return name
    return "other"


def same_type(a, b):
    ta, tb = option_type(a), option_type(b)
    if {ta, tb} <= {"person", "name"}:
        return abs(len(a.split()) - len(b.split())) <= 1
    return ta == tb


# ---------------------------------------------------------------- acronyms given away

STOP = {"of", "for", "and", "the", "to", "in", "on", "a", "an", "&"}
ACRONYM = re.compile(r"(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,8}s?")


def initials_runs(text):
    """For each run of consecutive capitalised words (stop words skipped, not breaking the run), two
    spellings of its initials: first letters only, and with all-caps or camel-case words giving all their
    capitals (Agent-to-GUI → AGUI)."""
    runs, first, caps = [], "", ""
    # a run ends at a heading boundary of the context line and at any punctuation between words
    for word in re.findall(r"[\w&]+|[^\w\s&]", text) + [""]:
        if word.lower() in STOP and (first or caps):
            continue
        if word[:1].isupper():
            first += word[0]
            caps += "".join(c for c in word if c.isupper()) or word[0]
        else:
            runs += [first, caps] if first else []
            first, caps = "", ""
    return runs


def acronym_given_away(answer, texts):
    answer = answer.strip()
    if ACRONYM.fullmatch(answer):
        letters = answer[:-1] if answer.endswith("s") else answer
        for text in texts:
            # the acronym written out itself is "answer in the front/context", not an expansion
            text = re.sub(rf"(?<!\w){re.escape(letters)}s?(?!\w)", " ", text)
            for run in initials_runs(text):
                if letters in run:
                    return f"{letters} spelled by initials in “{text}”"
        return None
    words = [w for w in re.findall(r"[\w&]+", re.sub(r"\([^)]*\)", " ", answer)) if w.lower() not in STOP]
    if len(words) >= 2 and all(w[0].isupper() for w in words):
        initials = "".join(w[0] for w in words)
        for text in texts:
            if re.search(rf"(?<![\w]){re.escape(initials)}s?(?![\w])", text):
                return f"initials {initials} stand in “{text}”"
    return None


# ---------------------------------------------------------------- the checks

GAP_TOUCH = re.compile(r"(?<=[^\W_])\[\.\.\.\]"             # x[...]
                       r"|\[\.\.\.\](?=[^\W_])"              # [...]x
                       r"|\[\.\.\.\](?=['’.\-][^\W_])"       # [...]'Reilly, [...].js, [...]-24
                       r"|(?<=[^\W\d_]['’.\-])\[\.\.\.\]")   # request.[...]


def check_cards(cards, raw_notes, claim_times):
    """Every failing card per check, as (card, detail) pairs, in the order the table prints them."""
    fails = collections.OrderedDict((name, []) for name in (
        "markup residue",
        "cloze/choice without [...]",
        "answer in the front (answers ≤ 6 words)",
        "answer in the context line (answers ≤ 6 words)",
        "acronym or expansion given away",
        "gap touching a letter",
        "cloze front ends in ':'",
        "choice twin of a cloze",
        "choice options not 3–5 distinct with the answer once",
        "choice option of another type than the answer",
        "source moment not among the note's timestamps",
        "source moment not where the claim is said (raw note)",
        "claim not found in the raw note (moment unchecked)",
        "source moment not the claim's (per check --json)",
    ))
    cloze_keys = {(c["note"], c["front"], c["answer"]) for c in cards if c["kind"] == "cloze"}
    for card in cards:
        def fail(name, detail=""):
            fails[name].append((card, detail))
        kind, front, answer, context = card["kind"], card["front"], card["answer"], card["context"]
        options = card.get("options") or []
        second = card["source"]["seconds"]

        bad = [t for t in [front, card["back"], answer, context] + options if RESIDUE.search(t)]
        if bad:
            fail("markup residue", bad[0])
        if kind in ("cloze", "choice") and GAP not in front:
            fail("cloze/choice without [...]")
        if short_answer(card):
            if any(contains_words(piece, answer) for piece in front.split(GAP)):
                fail("answer in the front (answers ≤ 6 words)")
            if contains_words(context, answer):
                fail("answer in the context line (answers ≤ 6 words)")
        if kind != "acronym":  # an acronym card shows the acronym by design
            detail = acronym_given_away(answer, [front, context])
            if detail:
                fail("acronym or expansion given away", detail)
        if kind in ("cloze", "choice") and GAP_TOUCH.search(front):
            fail("gap touching a letter")
        if kind == "cloze" and front.strip().endswith(":"):
            fail("cloze front ends in ':'")
        if kind == "choice":
            if (card["note"], front, answer) in cloze_keys:
                fail("choice twin of a cloze")
            if not (3 <= len(options) <= 5) or len({o.lower() for o in options}) != len(options) \
                    or options.count(answer) != 1:
                fail("choice options not 3–5 distinct with the answer once", " / ".join(options))
            odd = [o for o in options if o != answer and not same_type(o, answer)]
            if odd:
                fail("choice option of another type than the answer",
                     f"answer {option_type(answer)}; " + ", ".join(f"{o} ({option_type(o)})" for o in odd))

        raw = raw_notes.get(card["note"])
        if raw is not None:
            if second is None and raw.stamps:
                fail("source moment not among the note's timestamps", "no second, the note has timestamps")
            elif second is not None and second not in raw.stamps:
                fail("source moment not among the note's timestamps", f"{second} s is written nowhere in the note")
            moments = raw.moments(card["source"]["claim"])
            if moments is None:
                fail("claim not found in the raw note (moment unchecked)", card["source"]["claim"])
            if second is not None and moments and second not in moments:
                fail("source moment not where the claim is said (raw note)",
                     f"{second} s; the claim is said at {sorted(moments)}")
        own = claim_times[(card["note"], card["source"]["claim"])]
        if second is not None and own and second not in own:
            # A claim without a moment of its own (a lead-in line, an untimed sentence) takes the nearest one by design.
            fail("source moment not the claim's (per check --json)")
    return fails


# ---------------------------------------------------------------- running the jar and printing

def run(*args):
    return subprocess.run(["java", "-jar", JAR, *args], check=True, capture_output=True, text=True).stdout


def print_card(n, card, detail=""):
    print(f"{n}. **{card['kind']}** · {card['context']} · {card['source']['timestamp'] or 'no time'}"
          + (f" — {detail}" if detail else ""))
    print(f"   - Front: {card['front']}")
    if card.get("options"):
        print(f"   - Options: {' / '.join(card['options'])}")
    print(f"   - Answer: {card['answer']}")


def blind(card):
    """The fields a blind reader sees."""
    out = {k: card[k] for k in ("front", "back", "context", "kind")}
    if card.get("options"):
        out["options"] = card["options"]
    out["source"] = {"claim": card["source"]["claim"], "timestamp": card["source"]["timestamp"]}
    return out


def main():
    parser = argparse.ArgumentParser(description="Measure the cards Cuecards writes for a vault.")
    parser.add_argument("notes")
    parser.add_argument("--sample", type=int, default=30, help="cards to print at the end (default 30)")
    parser.add_argument("--seed", type=int, default=20261125)
    parser.add_argument("--examples", action="store_true", help=f"show up to {EXAMPLES} failing cards per check")
    parser.add_argument("--jsonl-sample", type=int, default=0, metavar="N", help="write N sampled cards to --sample-out")
    parser.add_argument("--sample-out", metavar="FILE")
    parser.add_argument("--failures-out", metavar="FILE", help="write every failing card as a JSON line with its check")
    args = parser.parse_args()
    if args.jsonl_sample and not args.sample_out:
        parser.error("--jsonl-sample needs --sample-out FILE")

    try:
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "cards.jsonl")
            summary = run("generate", "--notes", args.notes, "--db", os.path.join(tmp, "cards.db"), "--out", out).strip()
            with open(out, encoding="utf-8") as f:
                cards = [json.loads(line) for line in f if line.strip()]
        vault = json.loads(run("check", "--notes", args.notes, "--json"))
    except (OSError, subprocess.CalledProcessError, ValueError) as e:
        detail = getattr(e, "stderr", "") or ""
        print(f"card_quality: could not run {JAR}: {e}\n{detail}", file=sys.stderr)
        return 0

    # The parser's view of each claim's times, and each note's raw file (note id = path without .md).
    claim_times = collections.defaultdict(set)
    paths = {}
    for note in vault["notes"]:
        paths[note["id"]] = note["path"]
        for claim in note["claims"]:
            times = {t["seconds"] for t in claim["timestamps"]}
            if claim["inherited"]:
                times.add(claim["inherited"]["seconds"])
            claim_times[(note["id"], claim["text"])] |= times
    raw_notes = {}
    for note_id in {c["note"] for c in cards} | set(paths):
        try:
            with open(os.path.join(args.notes, paths.get(note_id, note_id + ".md")), encoding="utf-8") as f:
                raw_notes[note_id] = RawNote(f.read())
        except OSError:
            pass
    by_note = collections.defaultdict(list)
    for card in cards:
        by_note[card["note"]].append(card)

    print("## Summary\n")
    print("`generate`: " + summary + "\n")
    print("| note | claims | cards | distinct timestamps | backed by a card |")
    print("| --- | ---: | ---: | ---: | ---: |")
    worst, vault_stamps, vault_backed = 1.0, 0, 0
    for note in vault["notes"]:
        raw = raw_notes.get(note["id"])
        stamps = raw.stamps if raw else set()
        backed = stamps & {c["source"]["seconds"] for c in by_note[note["id"]]}
        share = len(backed) / len(stamps) if stamps else 1.0
        worst = min(worst, share)
        vault_stamps += len(stamps)
        vault_backed += len(backed)
        print(f"| {note['path']} | {len(note['claims'])} | {len(by_note[note['id']])} | {len(stamps)} | {share:.0%} |")
    without_cards = sum(1 for n in vault["notes"] if not by_note[n["id"]])
    print(f"\nDistinct timestamps of the vault backed by at least one card: {vault_backed} of {vault_stamps} "
          f"({vault_backed / max(1, vault_stamps):.0%}).")
    print(f"Notes without cards: {without_cards}. "
          f"Lowest share of a note's distinct timestamps backed by a card: {worst:.0%}.\n")

    fails = check_cards(cards, raw_notes, claim_times)
    print("| check | count |")
    print("| --- | ---: |")
    for name, failed in fails.items():
        print(f"| {name} | {len(failed)} |")
    print(f"| distinct timestamps backed by a card | {vault_backed} of {vault_stamps} "
          f"({vault_backed / max(1, vault_stamps):.0%}) |")
    print(f"| lowest share of a note's timestamps backed | {worst:.0%} |")
    print(f"| notes without cards | {without_cards} |")

    kinds = collections.Counter(c["kind"] for c in cards)
    print("\n| kind | cards |")
    print("| --- | ---: |")
    for kind in KINDS + tuple(sorted(set(kinds) - set(KINDS))):
        print(f"| {kind} | {kinds[kind]} |")
    print(f"| all | {len(cards)} |")
    first_words = [re.split(r"[\s,]+", c["front"].strip(), maxsplit=1)[0].lower().strip("\"'“”") for c in cards]
    pronoun_share = sum(1 for w in first_words if w in PRONOUNS) / max(1, len(cards))
    print(f"\nKinds present: {sum(1 for k in KINDS if kinds[k])} of {len(KINDS)}. "
          f"Fronts opening with a pronoun: {pronoun_share:.1%}.\n")

    if args.examples:
        print(f"## Examples (up to {EXAMPLES} per failing check)\n")
        for name, failed in fails.items():
            if failed:
                print(f"### {name} ({len(failed)})\n")
                for n, (card, detail) in enumerate(failed[:EXAMPLES], 1):
                    print_card(n, card, detail)
                print()

    if args.failures_out:
        with open(args.failures_out, "w", encoding="utf-8") as f:
            for name, failed in fails.items():
                for card, detail in failed:
                    f.write(json.dumps({"check": name, "detail": detail, "card": card}, ensure_ascii=False) + "\n")
        print(f"Wrote every failing card to {args.failures_out}.\n")

    if args.jsonl_sample:
        picked = random.Random(args.seed).sample(cards, min(args.jsonl_sample, len(cards)))
        with open(args.sample_out, "w", encoding="utf-8") as f:
            for card in picked:
                f.write(json.dumps(blind(card), ensure_ascii=False) + "\n")
        print(f"Wrote {len(picked)} sampled cards (seed {args.seed}) to {args.sample_out}.\n")

    print(f"## {args.sample} cards sampled at random (seed {args.seed})\n")
    rng = random.Random(args.seed)
    for n, card in enumerate(rng.sample(cards, min(args.sample, len(cards))), 1):
        print_card(n, card)
    return 0


if __name__ == "__main__":
    sys.exit(main())
