#!/usr/bin/env bash
# National-scale batch: generate 1,000, 10,000 and 100,000 reports as JSON Lines with the samples
# generators (through `nianbao generate`), validate each file end to end with the command-line
# validator under -Xmx512m, and record wall time, reports per second and peak RSS.
#
#   benchmarks/batch.sh                  sizes 1000 10000 100000
#   benchmarks/batch.sh 1000 5000        other sizes
#   VALIDATE_ARGS="--format json" benchmarks/batch.sh    extra arguments for `validate`
#
# Needs cli/target/nianbao.jar (the cli module: mvn -B -DskipTests package -pl cli -am).
# Generation is not timed; only `java -Xmx512m -jar cli/target/nianbao.jar validate FILE` is.
# Files and logs: benchmarks/target/batch/.
set -euo pipefail

cd "$(dirname "$0")/.."

jar=cli/target/nianbao.jar
if [[ ! -f "$jar" ]]; then
  cat >&2 <<MSG
batch.sh: $jar does not exist.
  The batch run validates with the command-line validator (the cli module). Build it first:
    mvn -B -DskipTests package -pl cli -am
MSG
  exit 2
fi

sizes=("$@")
if [[ ${#sizes[@]} -eq 0 ]]; then
  sizes=(1000 10000 100000)
fi
for n in "${sizes[@]}"; do
  if ! [[ "$n" =~ ^[1-9][0-9]*$ ]]; then
    echo "batch.sh: '$n' is not a number of reports" >&2
    exit 2
  fi
done

out=benchmarks/target/batch
mkdir -p "$out"
gnu_time=""
if /usr/bin/time -v true >/dev/null 2>&1; then
  gnu_time=/usr/bin/time
else
  echo "batch.sh: /usr/bin/time -v is not available: peak RSS will not be recorded" >&2
fi

rows=()
for n in "${sizes[@]}"; do
  file="$out/reports-$n.jsonl"
  if [[ ! -s "$file" ]]; then
    echo "generating $n reports into $file" >&2
    java -jar "$jar" generate --count "$n" --seed 1 > "$file.tmp"
    mv "$file.tmp" "$file"
  fi
  lines=$(wc -l < "$file")
  if [[ "$lines" -ne "$n" ]]; then
    echo "batch.sh: $file has $lines lines, not $n (delete it to regenerate)" >&2
    exit 1
  fi

  echo "validating $file" >&2
  log="$out/validate-$n.log"
  timing="$out/time-$n.txt"
  start=$(date +%s.%N)
  set +e
  if [[ -n "$gnu_time" ]]; then
    # shellcheck disable=SC2086
    "$gnu_time" -v -o "$timing" java -Xmx512m -jar "$jar" validate ${VALIDATE_ARGS:-} "$file" > "$log" 2> "$log.err"
  else
    # shellcheck disable=SC2086
    java -Xmx512m -jar "$jar" validate ${VALIDATE_ARGS:-} "$file" > "$log" 2> "$log.err"
  fi
  status=$?
  set -e
  end=$(date +%s.%N)
  # 1 (a report fails), 3 (incomplete) and 4 (accepted with warnings: generated data prints some
  # zeros as blanks) are outcomes of the reports. 2 is a usage error or unreadable input, anything
  # else a crash: the run is not valid.
  if [[ $status -ne 0 && $status -ne 1 && $status -ne 3 && $status -ne 4 ]]; then
    echo "batch.sh: validate exited with $status on $file; see $log.err" >&2
    exit 1
  fi
  wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
  rate=$(awk -v n="$n" -v w="$wall" 'BEGIN { printf "%.0f", n / w }')
  per_k=$(awk -v n="$n" -v w="$wall" 'BEGIN { printf "%.3f", w / n * 1000 }')
  rss="n/a"
  if [[ -f "$timing" ]]; then
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$timing")
  fi
  rows+=("$(printf '%10s  %9s  %10s  %12s  %11s  %4s' "$n" "$wall" "$rate" "$per_k" "$rss" "$status")")
done

echo
echo "== nianbao batch validation ($(nproc) cores, $(java -version 2>&1 | head -1), -Xmx512m)"
printf '%10s  %9s  %10s  %12s  %11s  %4s\n' reports "wall s" "reports/s" "s per 1000" "peak RSS MB" exit
printf '%s\n' "${rows[@]}"
