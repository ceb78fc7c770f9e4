#!/usr/bin/env bash
# Runs every benchmark at 1, 2 and 8 threads with -prof gc, then the cold-start measurement, and writes
# benchmarks/RESULTS.md. See benchmarks/README.md.
#
#   benchmarks/run.sh                   # the real run: about 50 minutes on 2 cores
#   benchmarks/run.sh --quick           # a smoke run (about 10 minutes), which RESULTS.md says is not to be quoted
#   benchmarks/run.sh --quick GetRoutes25 CreateRoute   # only these workloads (JMH regexps)
#
# Options: --quick, --threads "1 2 8", --forks N (JMH forks per benchmark, 1; more average out the noise of a
# shared machine, at that many times the time), --goal-forks N (forks of the workloads the issue's single-thread
# goals compare, GetRoutes25 and CreateRoute, at 1 thread; 3), --runs N (cold-start runs per SDK; 10, or 3 with --quick),
# --no-build, --no-cold-start, --offline (mvn -o), --out FILE (default benchmarks/RESULTS.md). Other arguments are
# JMH benchmark regexps.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=false
build=true
cold_start=true
threads="1 2 8"
runs=""
forks=1
goal_forks=3
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
    --forks) forks="$2"; shift ;;
    --goal-forks) goal_forks="$2"; shift ;;
    --out) out="$2"; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    -*) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    *) patterns+=("$1") ;;
  esac
  shift
done

if $quick; then
  # One short fork per benchmark: enough to see that everything runs, not to measure.
  warmup=(-wi 2 -w 1s)
  measurement=(-i 2 -r 1s)
  goal_forks=$forks
  runs="${runs:-3}"
else
  # A longer warm-up than JMH's suggestion of 3 x 2 s, because on 2 cores the client, the in-process server and the
  # JIT compilers share the CPUs and the first iterations are still compiling; twice as long again with more threads
  # than CPUs, where the compilers get even less of them.
  warmup=(-wi 5 -w 2s)
  measurement=(-i 5 -r 2s)
  runs="${runs:-10}"
fi
cpus=$(nproc)

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
# The workloads of the single-thread goals; the ratios built on them get more forks.
goal_workloads='^dev[.]apigw[.]benchmarks[.](GetRoutes25|CreateRoute)Benchmark[.]'

# jmh THREADS FORKS NAME ARGS...: one JMH run, its JSON and log named NAME in $results.
jmh() {
  local t="$1" f="$2" name="$3"
  shift 3
  local w=("${warmup[@]}")
  if ! $quick && [ "$t" -gt "$cpus" ]; then
    w=(-wi 10 -w 2s)
  fi
  echo "== JMH, $t thread(s), $f fork(s): ${w[*]} ${measurement[*]} -prof gc $*"
  java -jar "$jar" "$@" -f "$f" "${w[@]}" "${measurement[@]}" -t "$t" -prof gc -jvmArgsAppend "$jvm_args" \
      -rf json -rff "$results/$name.json" > "$results/$name.log" 2>&1 \
    || { echo "JMH failed; its output is in $results/$name.log:" >&2; tail -40 "$results/$name.log" >&2; exit 1; }
  grep -E '^[A-Za-z0-9]+Benchmark\.[A-Za-z]+ +avgt' "$results/$name.log" || true
  report_args+=(--jmh "$results/$name.json")
}

for t in $threads; do
  if [ "$t" = 1 ] && [ ${#patterns[@]} -eq 0 ] && [ "$goal_forks" -gt "$forks" ]; then
    jmh "$t" "$goal_forks" "jmh-t$t-goals" "$goal_workloads"
    jmh "$t" "$forks" "jmh-t$t" -e "$goal_workloads"
  else
    jmh "$t" "$forks" "jmh-t$t" "${patterns[@]}"
  fi
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
