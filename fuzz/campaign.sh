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
modules=(sdk-core sdk-client sdk-testkit)

# One offline build of the modules and the modules they use, writing each module's test class path in
# its target/fuzz-classpath.txt: in the same build, Maven puts the other modules' target/classes (and
# sdk-core's target/test-classes, for its test jar) there, not the jars an earlier install left in the
# local repository.
mvn -B -o -q -pl "$(IFS=,; echo "${modules[*]}")" -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/fuzz-classpath.txt -Dspotless.check.skip=true \
  > /dev/null
status=0
for module in "${modules[@]}"; do
  # FuzzCampaign is in sdk-core's test classes; other modules reach it there.
  classpath="$root/$module/target/test-classes:$root/$module/target/classes:$root/sdk-core/target/test-classes:$(cat "$module/target/fuzz-classpath.txt")"
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
