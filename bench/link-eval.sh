#!/usr/bin/env bash
# Precision and recall of finding ministers and countries in text alone, on the real corpus.
# Usage: bench/link-eval.sh [CORPUS]   (CORPUS defaults to bench/corpus/releases.jsonl.gz)
# Set VERBOSE=1 to list what was missed and what was found beyond the corpus's own lists.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=$(realpath -m "${1:-bench/corpus/releases.jsonl.gz}")
./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2 \
	|| ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
java -Deval.verbose="$([ -n "${VERBOSE:-}" ] && echo true || echo false)" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
	org.pressroom.ingest.link.LinkingEvaluation "$corpus"
