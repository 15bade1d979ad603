#!/usr/bin/env bash
# Times `check`, then `generate` on an empty database, on the unchanged vault, and after one note is edited, on a
# copy of a vault (default ../shared/corpus/vault-5k). See docs/PERFORMANCE.md, "Re-syncing after an edit".
# Usage: scripts/bench_resync.sh [JAR] [VAULT]
set -euo pipefail
jar=$(realpath "${1:-target/cuecards.jar}")
vault=${2:-../shared/corpus/vault-5k}
[ -f "$jar" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
[ -d "$vault" ] || { echo "vault $vault not found" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$vault" "$work/notes"
rm -f "$work/notes/MANIFEST.tsv"
timed() { # label command...: wall-clock milliseconds and peak memory
  local start
  start=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$work/memory" "$@" >"$work/out" 2>"$work/err"
  printf '%-28s %8d ms  peak %5d MB\n' "$label" $(( ($(date +%s%N) - start) / 1000000 )) $(( $(cat "$work/memory") / 1024 ))
}
label="check" timed java -jar "$jar" check --notes "$work/notes"
label="generate, empty database" timed java -jar "$jar" generate --notes "$work/notes" --db "$work/cuecards.db"
tail -1 "$work/out" | sed 's/^/    /'
label="generate, unchanged" timed java -jar "$jar" generate --notes "$work/notes" --db "$work/cuecards.db"
edited=$(find "$work/notes" -name '*.md' | sort | sed -n 1p)
printf '\nA sentence added for the benchmark <a class="yt-timestamp" data-t="00:00:01">[00:00:01]</a>.\n' >> "$edited"
label="generate, one note edited" timed java -jar "$jar" generate --notes "$work/notes" --db "$work/cuecards.db"
tail -1 "$work/out" | sed 's/^/    /'
