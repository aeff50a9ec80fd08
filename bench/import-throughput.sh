#!/usr/bin/env bash
# Bulk import throughput: generates N releases (default 100000) with bench/generate.sh, imports them with
# `java -jar target/pressroom.jar import` into an empty archive (H2 file + Lucene index, linking and indexing on)
# and prints releases per second. Usage: bench/import-throughput.sh [N] [CORPUS]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
corpus=${2:-bench/corpus/releases.jsonl.gz}
work=$(mktemp -d /tmp/pressroom-throughput.XXXXXX)
file="$work/releases-$n.jsonl"
bench/generate.sh "$n" "$file" "$corpus"
[ -f target/pressroom.jar ] || ./mvnw -q -o package -DskipTests
start=$(date +%s.%N)
set +e
java -jar target/pressroom.jar import --pressroom.data-dir="$work/data" "$file" > "$work/summary.txt"
code=$?
set -e
end=$(date +%s.%N)
grep -E '^(Imported|  failed)' "$work/summary.txt" | head -5 || true
awk -v n="$n" -v s="$start" -v e="$end" -v c="$code" \
	'BEGIN { printf "imported %d releases in %.1f s: %.0f releases/s (exit %d; JVM start included)\n", n, e - s, n / (e - s), c }'
rm -rf "$work"
