#!/usr/bin/env bash
# Builds the benchmark collection (vault-5k copied COPIES times, a year of REVIEWS answers) once, then measures a
# running `cuecards serve` on it: cold start, wrk under 32 connections, a sequential client, and memory.
# See docs/PERFORMANCE.md, "Serving a large collection".
#
# Usage: scripts/bench.sh [LABEL=JAR ...]      (default: now=target/cuecards.jar)
# Environment: COPIES (7), REVIEWS (2000000), VAULT (../shared/corpus/vault-5k), BENCH_DIR (target/bench),
#              OPTS_<LABEL> JVM options for that jar (default for every jar: the README's run options, ARCHIVE
#              standing for the class-data archive the build writes beside the jar, left out when there is none),
#              WRK_SECONDS (20), SKIP_WRK=1 to measure only the sequential client, START_TIMEOUT (600 s),
#              STARTS (3) timed cold starts.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${COPIES:-7}
reviews=${REVIEWS:-2000000}
vault=${VAULT:-../shared/corpus/vault-5k}
dir=${BENCH_DIR:-target/bench}
seconds=${WRK_SECONDS:-20}
readme_opts="-XX:SharedArchiveFile=ARCHIVE -XX:+UseSerialGC -Xms64m -Xmn24m"
readme_opts=${README_OPTS:-$readme_opts}
[ $# -gt 0 ] || set -- now=target/cuecards.jar
for tool in wrk curl python3 sqlite3; do
  command -v "$tool" >/dev/null || { echo "bench.sh needs $tool" >&2; exit 2; }
done

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
java -version 2>&1 | head -1 | sed 's/^/java: /'
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"

collection="$dir/collection"
if [ ! -f "$collection/cuecards.db" ]; then
  [ -d "$vault" ] || { echo "vault $vault not found: the collection is built from it" >&2; exit 2; }
  [ -f target/cuecards.jar ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
  mkdir -p "$dir"
  [ -f "$dir/vault.db" ] || java -jar target/cuecards.jar generate --max-cards-per-note 200 --notes "$vault" --db "$dir/vault.db" 2>/dev/null | sed 's/^/  generate: /'
  mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$dir/classpath.txt" >/dev/null
  rm -rf "$collection" "$dir/builder" && mkdir -p "$dir/builder"
  cp -r target/classes target/test-classes "$dir/builder/"   # a build running meanwhile cannot pull them away
  java -Xmx4g -cp "$dir/builder/test-classes:$dir/builder/classes:$(cat "$dir/classpath.txt")" dev.cuecards.bench.CollectionBuilder \
    "$vault" "$dir/vault.db" "$copies" "$reviews" "$collection/notes" "$collection/cuecards.db" | sed 's/^/  collection: /'
fi
echo "collection: $(sqlite3 "$collection/cuecards.db" "SELECT (SELECT COUNT(*) FROM notes) || ' notes, ' || (SELECT COUNT(*) FROM cards) || ' cards, ' || (SELECT COUNT(*) FROM review_log) || ' review-log rows'")"

port=7391
wait_ok() { # waits until GET / answers 200; prints the milliseconds since $1 (ns)
  local start=$1
  for _ in $(seq 1 $(( ${START_TIMEOUT:-600} * 50 ))); do
    if [ "$(curl -s -m 20 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" 2>/dev/null)" = 200 ]; then
      echo $(( ($(date +%s%N) - start) / 1000000 ))
      return 0
    fi
    sleep 0.02
  done
  echo "server did not answer within ${START_TIMEOUT:-600} s" >&2
  return 1
}
stop() { kill "$1"; while kill -0 "$1" 2>/dev/null; do sleep 0.05; done; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
wrk_line() { # label path
  local out
  out=$(wrk -t2 -c32 -d"${seconds}s" --timeout 10s --latency "http://127.0.0.1:$port$2" 2>&1)
  printf '  wrk %-22s %10s rps  p50 %8s  p99 %8s  %s\n' "$1" \
    "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" "$(awk '$1 == "50%" {print $2}' <<<"$out")" \
    "$(awk '$1 == "99%" {print $2}' <<<"$out")" "$(grep -o '[0-9]* requests in' <<<"$out" | cut -d' ' -f1) requests$(grep -o 'timeout [0-9]*' <<<"$out" | sed 's/^/, /')"
}

for target in "$@"; do
  label=${target%%=*}
  jar=${target#*=}
  opts_var="OPTS_$label"
  opts=${!opts_var-$readme_opts}
  run="$(realpath -m "$dir/run-$label")"
  jar_path=$(realpath "$jar")
  notes_path=$(realpath "$collection/notes")
  archive="${jar_path%.jar}.jsa"
  if [ -f "$archive" ]; then opts=${opts//ARCHIVE/$archive}; else opts=$(sed 's/-XX:SharedArchiveFile=ARCHIVE *//' <<<"$opts"); fi
  rm -rf "$run" && mkdir -p "$run"
  cp "$collection/cuecards.db" "$run/cuecards.db"
  echo
  echo "== $label: $jar, JVM options: ${opts:-(none)}"
  # Each server runs from its own folder, so it uses the pages packaged in its jar, as an installed jar does.
  serve() { (cd "$run" && exec java $opts -jar "$jar_path" serve --notes "$notes_path" --db "$run/cuecards.db" --port $port >"$run/serve.log" 2>&1) & echo $!; }
  # The first start may upgrade the database, record what it did not yet know about the files, or, for a jar whose
  # generator differs from the one that built the collection, regenerate every note in the background. It is not
  # timed, and it runs until that check is over, so that no later start and no measurement shares the machine with
  # a sync.
  pid=$(serve); first=$(wait_ok "$(date +%s%N)")
  sync_start=$(date +%s)
  until grep -qE "nothing to read|file times are recorded|^cards:|cannot sync" "$run/serve.log"; do
    kill -0 "$pid" 2>/dev/null || { echo "serve stopped during its first check; see $run/serve.log" >&2; exit 1; }
    sleep 1
  done
  stop "$pid"
  echo "  first start (not the figure): $first ms; its check of the vault: $(grep -oE "nothing to read|file times are recorded|^cards:.*|cannot sync.*" "$run/serve.log" | head -1) ($(( $(date +%s) - sync_start )) s)"
  starts=()
  for _ in $(seq 1 "${STARTS:-3}"); do
    start=$(date +%s%N); pid=$(serve); starts+=("$(wait_ok "$start")"); stop "$pid"
  done
  echo "  cold start to first 200 (vault unchanged): ${starts[*]} ms, median $(printf '%s\n' "${starts[@]}" | median) ms"
  pid=$(serve); wait_ok "$(date +%s%N)" >/dev/null
  for path in /review /api/review/next / /notes; do
    python3 scripts/bench_client.py $port get "$path" 1000 | sed 's/^/  sequential /'
  done
  python3 scripts/bench_client.py $port answer 200 | sed 's/^/  sequential /'
  if [ -z "${SKIP_WRK:-}" ]; then
    wrk_line "/static/app.css" /static/app.css
    wrk_line "/review" /review
    wrk_line "/" /
    wrk_line "/notes" /notes
  fi
  echo "  memory: peak resident $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/$pid/status), now $(awk '/VmRSS/ {printf "%.0f MB", $2/1024}' /proc/$pid/status)"
  stop "$pid"
done
