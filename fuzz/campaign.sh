#!/usr/bin/env bash
# The long fuzzing campaign: fuzz/campaign.sh TARGET|all SECONDS
# TARGET is a fuzz target's class name (ProfileFileFuzzTarget) or its fully qualified name.
# Each target runs through Jazzer's command line for SECONDS, keeping its working corpus in
# <module>/target/fuzz-corpus/<Target> across runs; findings go to <module>/target/fuzz-findings.
# docs/FUZZING.md says what to do with the numbers and the findings.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 TARGET|all SECONDS" >&2
  exit 2
fi
wanted=$1
seconds=$2
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

# Every module with fuzz targets; its targets are the *FuzzTarget.java files of its test sources.
modules=(sdk-core sdk-testkit)

status=0
for module in "${modules[@]}"; do
  if [ "$wanted" != all ] \
    && ! find "$module/src/test/java" -name "${wanted##*.}.java" | grep -q FuzzTarget; then
    continue
  fi
  classpath_file=$(mktemp)
  # Compiled and resolved in the reactor, so that a module's test jar dependency on sdk-core
  # (FuzzCampaign) resolves to sdk-core/target/test-classes, with nothing installed. The module is
  # the last of its reactor, so the class path file is its own.
  mvn -B -o -q -pl "$module" -am test-compile dependency:build-classpath -Dspotless.check.skip=true \
    -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file" > /dev/null
  # FuzzCampaign is in sdk-core's test classes; other modules reach it there.
  classpath="$root/$module/target/test-classes:$root/$module/target/classes:$root/sdk-core/target/test-classes:$(cat "$classpath_file")"
  rm -f "$classpath_file"
  while IFS= read -r source; do
    class=${source#"$module/src/test/java/"}
    class=${class%.java}
    class=${class//\//.}
    if [ "$wanted" != all ] && [ "$wanted" != "$class" ] && [ "$wanted" != "${class##*.}" ]; then
      continue
    fi
    echo "== $class: $seconds s"
    log="$module/target/fuzz-${class##*.}.log"
    if ! (cd "$module" && java -cp "$classpath" dev.apigw.core.fuzz.FuzzCampaign "$class" "$seconds") > "$log" 2>&1; then
      status=1
    fi
    grep -E '^#[0-9]+.*DONE|^stat::number_of_executed_units|^stat::average_exec_per_sec|^== Java Exception|FuzzTarget: ' "$log" || true
    echo "   full output: $log"
  done < <(find "$module/src/test/java" -name '*FuzzTarget.java' | sort)
done
exit $status
