#!/usr/bin/env bash
# Runs the JMH suite: every nianbao benchmark next to its baselines in the same run, with the GC
# profiler, and prints one table of scores, error bars, medians, allocation and ratios.
#
#   benchmarks/run.sh                 short run (about 7 minutes on 2 cores; the importer in reports/s)
#   benchmarks/run.sh --full          longer run for the numbers in benchmarks/README.md
#   benchmarks/run.sh [--full] REGEX  only the benchmarks matching REGEX (JMH syntax)
#   MVN_ARGS=-o benchmarks/run.sh     build offline
#
# Results: benchmarks/target/jmh-<timestamp>.json (JMH JSON) and the table on standard output.
set -euo pipefail

cd "$(dirname "$0")/.."

mode=short
jmh_extra=()
for arg in "$@"; do
  case "$arg" in
    --full) mode=full ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) jmh_extra+=("$arg") ;;
  esac
done

if ! command -v mvn >/dev/null 2>&1; then
  echo "run.sh: Maven (mvn) is needed to build the benchmarks" >&2
  exit 2
fi
# shellcheck disable=SC2086
mvn -B -q ${MVN_ARGS:-} -DskipTests package -pl benchmarks -am

jar=benchmarks/target/benchmarks.jar
if [[ ! -f "$jar" ]]; then
  echo "run.sh: the build did not produce $jar" >&2
  exit 1
fi

if [[ "$mode" == full ]]; then
  # 2 forks x (5 x 2 s warmup + 10 x 2 s measurement) per benchmark and parameter set.
  config=(-f 2 -wi 5 -w 2s -i 10 -r 2s)
else
  # 1 fork x (3 x 2 s warmup + 3 x 1 s measurement): proves the harness, numbers are indicative.
  # Jackson's decode paths need more than 2 s to reach C2 when the cores are busy.
  config=(-f 1 -wi 3 -w 2s -i 3 -r 1s)
fi

results="benchmarks/target/jmh-$(date +%Y%m%d-%H%M%S).json"
java -jar "$jar" "${config[@]}" -prof gc -rf json -rff "$results" "${jmh_extra[@]+"${jmh_extra[@]}"}"

echo
echo "== nianbao benchmarks ($mode run, $(uname -srm)) — results in $results"
java -cp "$jar" io.github.nianbao.benchmarks.report.ResultTable "$results"
