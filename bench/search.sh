#!/usr/bin/env bash
# Search speed at scale: loads N generated releases (default 100,000) into a fresh data dir, starts the app and
# measures the search page with wrk at 8 connections for a fixed set of queries; then answers the same queries with
# PostgreSQL full-text search over the same rows and prints the ratio. See bench/README.md.
# Usage: bench/search.sh [N] [SECONDS_PER_QUERY] [CORPUS]
# BENCH_WARMUP=seconds of each query before any is measured (default 20); BENCH_PASSES=which of "cached uncached
# postgres" to run (default all three).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
seconds=${2:-15}
corpus=${3:-bench/corpus/releases.jsonl.gz}
port=${BENCH_PORT:-8082}
warmup=${BENCH_WARMUP:-20}
passes=${BENCH_PASSES:-cached uncached postgres}
work=${BENCH_DIR:-/tmp/pressroom-bench}
mkdir -p "$work"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

queries=(
	"q=migration"                                              # one word
	"q=%22illegal+migration%22"                                # a phrase
	"q=Annelies+Verlinden"                                     # a minister's name
	"q=Verlindan"                                              # a misspelt name
	"q=security&minister=priti-patel&country=fr&topic=border-security"  # a filtered query
	"q=president"                                              # a broad query, every facet
)

./mvnw -q -o package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp target/pressroom.jar "$work/pressroom.jar"
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
file="$work/releases-$n.jsonl"
[ -s "$file" ] || java -cp "$cp" org.pressroom.bench.ReleaseGenerator "$n" "$file" "$corpus"

data="$work/data"
jar=(java -Xms512m -Xmx1g -jar "$work/pressroom.jar")
options=(--pressroom.data-dir="$data" --pressroom.sample-data=false)
if [ "${BENCH_KEEP_DATA:-0}" = 1 ] && [ -d "$data/index" ]; then
	echo "== reusing the archive in $data"
else
	rm -rf "$data"
	echo "== creating the schema, loading $n releases, building the index"
	"${jar[@]}" reindex "${options[@]}" >"$work/schema.log" 2>&1
	java -cp "$cp" org.pressroom.bench.BenchLoader "jdbc:h2:file:$data/pressroom" "$file"
	start=$(date +%s)
	"${jar[@]}" reindex "${options[@]}" 2>&1 | tr '\r' '\n' | grep -E "rebuilt|100%" | tail -1 || true
	echo "indexed in $(( $(date +%s) - start )) s"
fi

results="$work/results.txt"
echo "load average before measuring: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$results"

pid=""
trap 'kill $pid 2>/dev/null || true' EXIT

# One pass over the queries against a freshly started app; extra arguments go to the app.
measure() {
	local pass=$1
	shift
	"${jar[@]}" "${options[@]}" --server.port="$port" "$@" >"$work/app-$pass.log" 2>&1 &
	pid=$!
	for _ in $(seq 1 120); do curl -sf -o /dev/null "http://localhost:$port/actuator/health" && break; sleep 1; done
	for query in "${queries[@]}"; do   # warm-up: the JIT compiles what every query needs before any is measured
		wrk -t2 -c8 -d"${warmup}s" "http://localhost:$port/search?$query" >/dev/null
	done
	echo "== search page, $pass (wrk, 8 connections, ${seconds} s per query)"
	for query in "${queries[@]}"; do
		url="http://localhost:$port/search?$query"
		out=$(wrk -t2 -c8 -d"${seconds}s" --latency "$url")
		p50=$(echo "$out" | awk '$1=="50%"{print $2}')
		p99=$(echo "$out" | awk '$1=="99%"{print $2}')
		rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
		total=$(curl -s "http://localhost:$port/api/search?$query" | sed -E 's/^\{"total":([0-9]+).*/\1/')
		printf "%-9s %-60s p50 %8s  p99 %8s  %8s req/s  (%s matches)\n" "$pass" "$query" "$p50" "$p99" "$rps" "$total" \
			| tee -a "$results"
	done
	kill $pid; wait $pid 2>/dev/null || true
}

# As deployed: a repeated search is answered from the result cache until the index changes.
[[ " $passes " == *" cached "* ]] && measure cached
# Every request computed afresh (cache off): what a search nobody asked before costs.
[[ " $passes " == *" uncached "* ]] && measure uncached --pressroom.search.cache-size=0
[[ " $passes " == *" postgres "* ]] || exit 0

echo "== PostgreSQL full-text search over the same rows (8 clients, ${seconds} s per query)"
java -cp "$cp" org.pressroom.bench.PostgresSearchBenchmark "$file" "$seconds" 8 "${queries[@]}" \
	| grep --line-buffered "^postgres" | tee -a "$results"

echo "== ratio (PostgreSQL p50 / Pressroom p50; Pressroom req/s / PostgreSQL req/s)"
awk '
function ms(v) { if (v ~ /us$/) return substr(v, 1, length(v)-2)/1000; if (v ~ /ms$/) return substr(v, 1, length(v)-2)+0; if (v ~ /s$/) return substr(v, 1, length(v)-1)*1000; return v+0 }
$1=="cached" || $1=="uncached" { key[++n]=$1 " " $2; q[n]=$2; p[n]=ms($4); r[n]=$7 }
$1=="postgres" && $3=="p50" { pg50[$2]=$4; pgr[$2]=$9; pgn[$2]=substr($11, 2) }
END { for (i=1;i<=n;i++) if (q[i] in pg50) {
	if (pgn[q[i]] == 0) printf "%-70s PostgreSQL finds nothing: no comparison\n", key[i]
	else printf "%-70s p50 %7.1fx faster, throughput %7.1fx\n", key[i], pg50[q[i]]/p[i], r[i]/pgr[q[i]] } }' "$results" \
	| tee -a "$results"
