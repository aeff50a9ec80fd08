#!/usr/bin/env bash
# Bulk import throughput: generates N releases (default 100000) with bench/generate.sh, imports them with
# `java -jar target/pressroom.jar import` into an empty archive (H2 file + Lucene index, linking and indexing on)
# and prints releases per second, with and without the JVM's start, and the load average around the run; then
# imports the same file again, which finds every release unchanged and adds nothing. Then,
# as the ceiling for any import, times the index alone: `java -jar pressroom.jar reindex` on the same archive, which
# reads the stored releases and indexes them again, with no parsing, clean-up, linking or database writes; Lucene
# alone (bench/LuceneIndexingCeiling), which indexes the same fields from the file with no database at all, with and
# without term vectors; and the reading thread's work alone (ingest/PreparationCeiling: JSON, clean-up and text
# analysis, nothing stored). The two ceilings' CPU added up bounds what any import can reach on this machine.
# Usage: bench/import-throughput.sh [N] [CORPUS]
# BENCH_FILE=releases.jsonl: import that file of generated releases instead of generating N.
# BENCH_JAR=pressroom.jar: the application to run (default target/pressroom.jar, built if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
corpus=${2:-bench/corpus/releases.jsonl.gz}
work=$(mktemp -d /tmp/pressroom-throughput.XXXXXX)
if [ -n "${BENCH_FILE:-}" ]; then
	file=$(realpath "$BENCH_FILE")
	n=$(grep -c . "$file")
else
	file="$work/releases-$n.jsonl"
	bench/generate.sh "$n" "$file" "$corpus"
fi
jar=${BENCH_JAR:-target/pressroom.jar}
[ -f "$jar" ] || ./mvnw -q -o package -DskipTests
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s.%N)
set +e
/usr/bin/env time -f "%U s user CPU, %S s system CPU" -o "$work/cpu.txt" \
	java -jar "$jar" import --pressroom.data-dir="$work/data" "$file" > "$work/summary.txt"
code=$?
set -e
end=$(date +%s.%N)
grep -E '^(Imported|  failed)' "$work/summary.txt" | head -5 || true
awk -v n="$n" -v s="$start" -v e="$end" -v c="$code" \
	'BEGIN { printf "imported %d releases in %.1f s: %.0f releases/s (exit %d; JVM start and shutdown included)\n", n, e - s, n / (e - s), c }'
cat "$work/cpu.txt"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
# The same file again, as when an interrupted import is run once more: every release is found unchanged
/usr/bin/env time -f "%U s user CPU, %S s system CPU" -o "$work/cpu.txt" \
	java -jar "$jar" import --pressroom.data-dir="$work/data" "$file" > "$work/again.txt" 2>/dev/null || true
grep -E '^Imported' "$work/again.txt" | sed 's/^/the same file again: /'
cat "$work/cpu.txt"
/usr/bin/env time -f "%U s user CPU, %S s system CPU" -o "$work/cpu.txt" \
	java -jar "$jar" reindex --pressroom.data-dir="$work/data" > "$work/reindex.txt" 2>&1
grep -oE 'rebuilt in [0-9]+ ms' "$work/reindex.txt" | awk -v n="$n" \
	'{ printf "the index alone (reindex): %d releases in %.1f s: %.0f releases/s, merging included\n", n, $3 / 1000, n * 1000 / $3 }'
cat "$work/cpu.txt"
./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test \
	|| ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
classpath="target/test-classes:target/classes:$(cat target/bench.classpath)"
for vectors in "" without-term-vectors; do
	/usr/bin/env time -f "%U s user CPU, %S s system CPU" -o "$work/cpu.txt" \
		java -cp "$classpath" org.pressroom.bench.LuceneIndexingCeiling "$file" 2 $vectors
	cat "$work/cpu.txt"
done
/usr/bin/env time -f "%U s user CPU, %S s system CPU" -o "$work/cpu.txt" \
	java -cp "$classpath" org.pressroom.ingest.PreparationCeiling "$file" 2>/dev/null | grep '^Preparation'
cat "$work/cpu.txt"
rm -rf "$work"
