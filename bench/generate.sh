#!/usr/bin/env bash
# Makes N releases in Pressroom's JSON Lines import format from the real corpus.
# Usage: bench/generate.sh N OUT.jsonl [CORPUS]   (CORPUS defaults to bench/corpus/releases.jsonl.gz)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 2 ]; then
	echo "usage: bench/generate.sh N OUT.jsonl [CORPUS]" >&2
	exit 2
fi
out=$(realpath -m "$2")
corpus=$(realpath -m "${3:-bench/corpus/releases.jsonl.gz}")
./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2 \
	|| ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.pressroom.bench.ReleaseGenerator "$1" "$out" "$corpus"
echo "wrote $1 releases to $out" >&2
