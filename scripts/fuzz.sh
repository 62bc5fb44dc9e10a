#!/usr/bin/env bash
# Fuzzes one target with Jazzer for a given time: scripts/fuzz.sh TARGET SECONDS
#
# TARGET is one of
#   decode        ReportJson.decode(byte[]) and the validator on what it accepts (serialization)
#   lines         the CLI's ByteLines + decode against ReportJson.decodeLines (cli)
#   lines-library ReportJson.decodeLines alone, with small limits (serialization)
#   text          ReportImporter.read(byte[]): page text, layout text, Markdown, any encoding (importer)
#   html          ReportImporter.read(String, HTML) (importer)
#   pdf           DocumentImporter.read(byte[]) on PDF bytes: PDFBox and PdfReader (documents)
#   docx          DocumentImporter.read(byte[]) on zip / Word bytes: the zip check, POI and DocxReader (documents)
#
# The fuzzer runs niced, in a 256 MiB heap. Jazzer's instrumentation makes code several times
# slower (tens of times for tight loops, more on a loaded machine), so libFuzzer's timeout of 10 s
# only catches hangs; the 2 s budget per input is measured on plain code: after the run,
# SlowestInputs.java times every input of the committed and the generated corpus and prints the
# slowest (the normal build also times each committed input). Inputs that reach new code are kept in
# <module>/.cifuzz-corpus/ (not committed); a crashing input is written into the target's
# committed inputs directory, src/test/resources/<package>/<Class>Inputs/<method>/, so that the
# normal build replays it from then on. The log is <module>/target/fuzz-TARGET.log; its last
# "#N DONE ... exec/s" line gives the executions.
set -euo pipefail

target=${1:?usage: scripts/fuzz.sh decode|lines|lines-library|text|html|pdf|docx SECONDS}
seconds=${2:?usage: scripts/fuzz.sh TARGET SECONDS}
case "$target" in
  decode)        module=serialization; class=io.github.nianbao.serialization.ReportJsonFuzzTest; method=decode ;;
  lines)         module=cli;           class=io.github.nianbao.cli.JsonLinesFuzzTest; method=byteLinesAgreeWithDecodeLines ;;
  lines-library) module=serialization; class=io.github.nianbao.serialization.JsonLinesFuzzTest; method=decodeLines ;;
  text)          module=importer;      class=io.github.nianbao.importer.ReportImporterFuzzTest; method=text ;;
  html)          module=importer;      class=io.github.nianbao.importer.ReportImporterFuzzTest; method=html ;;
  pdf)           module=documents;     class=io.github.nianbao.documents.DocumentImporterFuzzTest; method=pdf ;;
  docx)          module=documents;     class=io.github.nianbao.documents.DocumentImporterFuzzTest; method=docx ;;
  *) echo "unknown target: $target" >&2; exit 2 ;;
esac

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mvn -B -o -q -pl "$module" -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
cd "$root/$module"
classpath="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
log="target/fuzz-$target.log"
echo "fuzzing $class#$method for ${seconds}s, log in $module/$log"
# jazzer.internal.arg.* is how Jazzer's own command line hands libFuzzer flags to a JUnit fuzz test;
# they come after Jazzer's own, so -max_total_time overrides @FuzzTest's default maxDuration of 5m.
JAZZER_FUZZ=1 nice -n 10 java -Xmx256m -cp "$classpath" \
    -Djazzer.internal.arg.0=fuzz \
    -Djazzer.internal.arg.1=-timeout=10 \
    -Djazzer.internal.arg.2=-print_final_stats=1 \
    -Djazzer.internal.arg.3=-max_total_time="$seconds" \
    "$root/scripts/FuzzLauncher.java" "$class" "$method" 2>&1 | tee "$log" && status=0 || status=$?
grep -E '^#[0-9]+ +DONE|^Done [0-9]+ runs|stat::number_of_executed_units|stat::average_exec_per_sec' "$log" || true
inputs="src/test/resources/${class%.*}"; inputs="${inputs//.//}/${class##*.}Inputs/$method"
java -Xmx256m -cp "$classpath" "$root/scripts/SlowestInputs.java" "$class" "$method" \
    "$inputs" ".cifuzz-corpus/$class/$method" 2>&1 | tee -a "$log" && timing=0 || timing=$?
[[ "$status" -ne 0 ]] && exit "$status"
exit "$timing"
