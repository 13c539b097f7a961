#!/usr/bin/env bash
# Runs the benchmarks on this machine and prints one table of measured figures against the targets
# of the issue. Nothing here passes or fails a build: the figures are for people to read.
#
#   bash scripts/bench.sh                 all benchmarks (about 15 minutes on 2 cores)
#   bash scripts/bench.sh ladder bot-ack  only the named ones
#   BENCH_QUICK=1 bash scripts/bench.sh   short runs, to check the harness works (figures not meaningful)
#
# Each benchmark runs in its own JVM so one's garbage and JIT state do not colour the next.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "Building the bench module and what it needs (no tests)..."
mvn -B -ntp -q -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true -pl bench -am package

# The plugin's classes directory comes before its jar: the jar (an OSGi bundle for Confluence) leaves
# out the preview server and its Active Objects adapter, that the REST and macro benchmarks run on.
# The bench's own dependency classpath (with shared-model's jar) goes first: the plugin's classes
# directory also holds the copies of shared-model that bnd embeds in the bundle.
cp="bench/target/classes:$(cat bench/target/bench.classpath):confluence-plugin/target/classes:confluence-host-api/target/classes"
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  mapfile -t names < <(java -cp "$cp" org.alliancecompact.bench.BenchMain list)
fi
quick=()
if [ -n "${BENCH_QUICK:-}" ]; then quick=(--quick); fi

results="bench/target/bench-results.tsv"
rm -f "$results"
failed=()
for name in "${names[@]}"; do
  if ! java -Xms1g -Xmx1g -cp "$cp" org.alliancecompact.bench.BenchMain "${quick[@]}" --results "$results" "$name"; then
    failed+=("$name")
  fi
done

echo
echo "=== Summary ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average now $(cut -d' ' -f1-3 /proc/loadavg)${BENCH_QUICK:+, QUICK run: figures not meaningful})"
if [ -f "$results" ]; then
  java -cp "$cp" org.alliancecompact.bench.BenchMain summary "$results"
fi
if [ ${#failed[@]} -gt 0 ]; then
  echo "Benchmarks that did not finish: ${failed[*]}" >&2
  exit 1
fi
