#!/usr/bin/env bash
# Times `cuecards generate` on the development corpus scaled to N notes (default 5000), first on an empty database,
# then again on the unchanged vault. See docs/PERFORMANCE.md. Usage: scripts/bench_generate.sh [N] [CORPUS_DIR]
set -euo pipefail
notes_wanted=${1:-5000}
corpus=${2:-../shared/corpus/dev}
jar=target/cuecards.jar
[ -f "$jar" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
[ -d "$corpus" ] || { echo "corpus folder $corpus not found" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/notes"
count=0
round=0
while [ "$count" -lt "$notes_wanted" ]; do
  round=$((round + 1))
  for note in "$corpus"/*.md; do
    [ "$count" -lt "$notes_wanted" ] || break
    cp "$note" "$work/notes/$(printf %04d "$round")-$(basename "$note")"
    count=$((count + 1))
  done
done
run() {
  local start end
  start=$(date +%s.%N)
  java -jar "$jar" generate --notes "$work/notes" --db "$work/cuecards.db" 2>/dev/null | sed 's/^/    /'
  end=$(date +%s.%N)
  printf '  %s: %.1f s\n' "$1" "$(echo "$end - $start" | bc)"
}
echo "$count notes from $corpus"
run "first run (empty database)"
run "second run (unchanged vault)"
edited=("$work"/notes/*.md)
printf '\nA sentence added for the benchmark <a class="yt-timestamp" data-t="00:00:01">[00:00:01]</a>.\n' >> "${edited[0]}"
run "third run (one note edited)"
printf '  database: %s MB\n' "$(du -m "$work/cuecards.db" | cut -f1)"
