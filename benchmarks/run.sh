#!/usr/bin/env bash
# Runs every benchmark at 1, 2 and 8 threads with -prof gc, then the cold-start measurement, and writes
# benchmarks/RESULTS.md. See benchmarks/README.md.
#
#   benchmarks/run.sh                   # the real run: about 35 minutes on 2 cores
#   benchmarks/run.sh --quick           # a smoke run (about 8 minutes): RESULTS.md says its numbers are not to be quoted
#   benchmarks/run.sh --quick GetRoutes25 CreateRoute   # only these workloads (JMH regexps)
#
# Options: --quick, --threads "1 2 8", --runs N (cold-start runs per SDK; 10, or 3 with --quick), --no-build,
# --no-cold-start, --offline (mvn -o), --out FILE (default benchmarks/RESULTS.md). Other arguments are JMH
# benchmark regexps.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=false
build=true
cold_start=true
threads="1 2 8"
runs=""
mvn_flags=()
out=benchmarks/RESULTS.md
patterns=()
invocation="benchmarks/run.sh${*:+ $*}"
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=true ;;
    --no-build) build=false ;;
    --no-cold-start) cold_start=false ;;
    --offline) mvn_flags+=(-o) ;;
    --threads) threads="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    --out) out="$2"; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    -*) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    *) patterns+=("$1") ;;
  esac
  shift
done

if $quick; then
  # One short fork per benchmark: enough to see that everything runs, not to measure.
  jmh_settings=(-f 1 -wi 2 -w 1s -i 2 -r 1s)
  runs="${runs:-3}"
else
  # One fork per benchmark; a longer warm-up than JMH's suggestion of 3 x 2 s, because on 2 cores the client, the
  # in-process server and the JIT compilers share the CPUs and the first iterations are still compiling.
  jmh_settings=(-f 1 -wi 5 -w 2s -i 5 -r 2s)
  runs="${runs:-10}"
fi

if $build; then
  echo "== building benchmarks/target/benchmarks.jar"
  mvn -B -q "${mvn_flags[@]}" -pl benchmarks -am package -DskipTests
fi
jar=benchmarks/target/benchmarks.jar
results=benchmarks/target/results
rm -rf "$results"
mkdir -p "$results"

# Fixed heap, the same for every fork; the rest is the JVM's defaults.
jvm_args="-Xms1g -Xmx1g"
report_args=()
for t in $threads; do
  echo "== JMH, $t thread(s): ${jmh_settings[*]} -prof gc ${patterns[*]:-(all)}"
  java -jar "$jar" "${patterns[@]}" "${jmh_settings[@]}" -t "$t" -prof gc -jvmArgsAppend "$jvm_args" \
      -rf json -rff "$results/jmh-t$t.json" > "$results/jmh-t$t.log" 2>&1 \
    || { echo "JMH failed; its output is in $results/jmh-t$t.log:" >&2; tail -40 "$results/jmh-t$t.log" >&2; exit 1; }
  grep -E '^[A-Za-z0-9]+Benchmark\.[A-Za-z]+ +avgt' "$results/jmh-t$t.log" || true
  report_args+=(--jmh "$results/jmh-t$t.json")
done

if $cold_start; then
  echo "== cold start, $runs runs per SDK"
  java -cp "$jar" dev.apigw.benchmarks.ColdStart --runs "$runs" --modules benchmarks --out "$results/cold-start.json"
  report_args+=(--cold-start "$results/cold-start.json")
fi

commit="$(git rev-parse --short HEAD 2> /dev/null || echo unknown)"
if [ "$commit" != unknown ] && ! git diff --quiet HEAD -- . ":(exclude)$out" 2> /dev/null; then
  commit="$commit (with local changes)"
fi
$quick && report_args+=(--quick)
java -cp "$jar" dev.apigw.benchmarks.Report "${report_args[@]}" --out "$out" --command "$invocation" \
    --commit "$commit"
