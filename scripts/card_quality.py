#!/usr/bin/env python3
"""Measures the cards Cuecards writes for a vault: coverage of timestamps, gate violations, kinds, pronoun fronts.

Usage: scripts/card_quality.py NOTES_DIR [--sample N] [--seed S]
Builds the jar if needed, runs `generate --out` and `check --json` on NOTES_DIR, and prints the figures
reported in docs/CARD-QUALITY.md, then N randomly sampled cards (seeded, so the sample repeats).
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
JAR = os.path.join(ROOT, "target", "cuecards.jar")
RESIDUE = re.compile(r"\[\[|\]\]|<[A-Za-z/!]|data-t|\*\*|__")
PRONOUNS = {"this", "that", "these", "those", "it", "they", "he", "she", "its", "their", "his", "her", "them"}
ANCHOR_OR_BARE = re.compile(r'<a[^>]*data-t="([^"]*)"[^>]*>.*?</a>|\[(\d{1,2}:\d{2}:\d{2})\]')


def seconds(text):
    parts = [int(p) for p in text.split(":")]
    while len(parts) < 3:
        parts.insert(0, 0)
    return parts[0] * 3600 + parts[1] * 60 + parts[2]


def run(*args):
    return subprocess.run(["java", "-jar", JAR, *args], check=True, capture_output=True, text=True).stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("notes")
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=20261125)
    args = parser.parse_args()
    if not os.path.exists(JAR):
        subprocess.run(["mvn", "-B", "-q", "package", "-DskipTests"], cwd=ROOT, check=True)

    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "cards.jsonl")
        summary = run("generate", "--notes", args.notes, "--out", out).strip()
        cards = [json.loads(line) for line in open(out, encoding="utf-8")]
    vault = json.loads(run("check", "--notes", args.notes, "--json"))

    claim_times = collections.defaultdict(set)
    for note in vault["notes"]:
        for claim in note["claims"]:
            times = {t["seconds"] for t in claim["timestamps"]}
            if claim["inherited"]:
                times.add(claim["inherited"]["seconds"])
            claim_times[(note["id"], claim["text"])] |= times

    print("## Summary\n")
    print("`generate`: " + summary + "\n")
    by_note = collections.defaultdict(list)
    for card in cards:
        by_note[card["note"]].append(card)

    print("| note | claims | cards | distinct timestamps | backed by a card |")
    print("| --- | ---: | ---: | ---: | ---: |")
    worst = 1.0
    vault_stamps, vault_backed = 0, 0
    for note in vault["notes"]:
        raw = open(os.path.join(args.notes, note["path"]), encoding="utf-8").read()
        stamps = {seconds(m.group(1) or m.group(2)) for m in ANCHOR_OR_BARE.finditer(raw)}
        backed = {c["source"]["seconds"] for c in by_note[note["id"]]}
        share = len(stamps & backed) / len(stamps) if stamps else 1.0
        worst = min(worst, share)
        vault_stamps += len(stamps)
        vault_backed += len(stamps & backed)
        print(f"| {note['path']} | {len(note['claims'])} | {len(by_note[note['id']])} | {len(stamps)} | {share:.0%} |")
    print(f"\nDistinct timestamps of the vault backed by at least one card: {vault_backed} of {vault_stamps} "
          f"({vault_backed / max(1, vault_stamps):.0%}).")
    print(f"Notes without cards: {sum(1 for n in vault['notes'] if not by_note[n['id']])}. "
          f"Lowest share of a note's distinct timestamps backed by a card: {worst:.0%}.\n")

    problems = collections.Counter()
    for card in cards:
        texts = [card["front"], card["back"], card["answer"]] + card.get("options", [])
        if any(RESIDUE.search(t) for t in texts):
            problems["markup residue"] += 1
        if card["kind"] in ("cloze", "choice"):
            if "[...]" not in card["front"]:
                problems["cloze without [...]"] += 1
            if card["answer"].lower() in card["front"].lower().replace("[...]", ""):
                problems["answer inside its front"] += 1
        elif len(card["answer"]) >= 3 and card["answer"].lower() in card["front"].lower():
            problems["answer inside its front"] += 1
        if card["kind"] == "choice":
            options = card.get("options", [])
            if not (3 <= len(options) <= 5) or len({o.lower() for o in options}) != len(options) or options.count(card["answer"]) != 1:
                problems["choice options"] += 1
        second = card["source"]["seconds"]
        if second is not None and second not in claim_times[(card["note"], card["source"]["claim"])]:
            problems["source second not the claim's"] += 1
    first_words = [re.split(r"[\s,]+", c["front"].strip(), maxsplit=1)[0].lower().strip("\"'“”") for c in cards]
    pronoun_share = sum(1 for w in first_words if w in PRONOUNS) / max(1, len(cards))
    kinds = collections.Counter(c["kind"] for c in cards)

    print("| check | count |")
    print("| --- | ---: |")
    for name in ("markup residue", "answer inside its front", "cloze without [...]", "choice options", "source second not the claim's"):
        print(f"| {name} | {problems[name]} |")
    print(f"\nKinds present: {len(kinds)} of 8 ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))}).")
    print(f"Fronts opening with a pronoun: {pronoun_share:.1%}.\n")

    print(f"## {args.sample} cards sampled at random (seed {args.seed})\n")
    rng = random.Random(args.seed)
    for n, card in enumerate(rng.sample(cards, min(args.sample, len(cards))), 1):
        print(f"{n}. **{card['kind']}** · {card['context']} · {card['source']['timestamp'] or 'no time'}")
        print(f"   - Front: {card['front']}")
        if card.get("options"):
            print(f"   - Options: {' / '.join(card['options'])}")
        print(f"   - Answer: {card['answer']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
