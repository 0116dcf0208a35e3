#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (CMake preset "fuzz": clang, ASan + UBSan, build/fuzz) and runs
# each for SECONDS (default 60), JOBS at a time (default: the number of cores).
#   tests/fuzz/run-fuzzers.sh [SECONDS] [TARGET...]     TARGET: prometheus, planjson, detect, ...
# Fails (exit 1) on any crash, sanitizer report, leak, broken contract, slow input (-timeout),
# memory blow-up (-rss_limit_mb) or a run that does not end. New corpus entries and the crash
# inputs go to OUT (default: a new temporary folder); the repository keeps only the seeds.
# FUZZ_STEP=build only builds, FUZZ_STEP=run only runs what build/fuzz holds (default: both).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
seconds=${1:-60}
[ $# -gt 0 ] && shift
jobs=${JOBS:-$(nproc)}
out=${OUT:-$(mktemp -d "${TMPDIR:-/tmp}/cutover-fuzz.XXXXXX")}
build="$root/build/fuzz"

importers="azure-metrics-cli azure-metrics-rest log-analytics-csv log-analytics-json prometheus grafana-csv
grafana-legacy-columns grafana-legacy-rows cloudwatch-metric-data cloudwatch-statistics generic-csv dvt-csv
dvt-json pt-table-checksum aws-dms azure-dms"
names=${*:-detect $importers planjson planfile mspdi runbookcsv}

targets=()
for name in $names; do targets+=("fuzz_${name//-/_}"); done
step=${FUZZ_STEP:-all}
if [ "$step" != run ]; then
    (cd "$root" && cmake --preset fuzz >/dev/null)
    cmake --build "$build" --parallel "$jobs" --target "${targets[@]}"
    [ "$step" = build ] && exit 0
fi
mkdir -p "$out/artifacts"

# One target: its seeds are tests/fuzz/corpus/<name> (all of the corpus for "detect"), and for
# the importers the sample exports as well.
run_one() {
    local name=$1 target="fuzz_${1//-/_}" log="$out/$1.log"
    local seeds=("$root/tests/fuzz/corpus/$name") max_len=16384
    case $name in
        detect) seeds=("$root/tests/fuzz/corpus" "$root/tests/data/exports") ;;
        planjson | mspdi | runbookcsv) ;;
        planfile) max_len=32768 ;; # the smallest .cutover seed is 17 KB (512-byte pages)
        *) seeds+=("$root/tests/data/exports") ;;
    esac
    mkdir -p "$out/corpus/$name"
    # A run that overruns its time by two minutes is a hang outside one input (-timeout covers those).
    if timeout --kill-after=10 $((seconds + 120)) "$build/tests/fuzz/$target" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048 -max_len=$max_len \
        -print_final_stats=1 -artifact_prefix="$out/artifacts/$name-" \
        "$out/corpus/$name" "${seeds[@]}" >"$log" 2>&1; then
        local runs speed
        runs=$(awk '/^stat::number_of_executed_units:/ {print $2}' "$log")
        speed=$(awk '/^stat::average_exec_per_sec:/ {print $2}' "$log")
        echo "$name: ok, $runs inputs ($speed/s), corpus $(find "$out/corpus/$name" -type f | wc -l) new"
    else
        echo "$name: FAILED: $(grep -m1 -E 'ERROR: |contract broken|runtime error|Killed|Terminated' "$log" || tail -1 "$log")"
        return 1
    fi
}
export -f run_one
export root out build seconds

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:abort_on_error=1:print_stacktrace=1}
status=0
printf '%s\n' $names | xargs -P "$jobs" -I{} bash -c 'run_one "$@"' _ {} || status=1

if [ $status -ne 0 ]; then
    for log in "$out"/*.log; do
        grep -q -E 'Test unit written to|ERROR: |contract broken' "$log" || continue
        echo "---- $(basename "$log" .log): end of the log"
        tail -n 60 "$log"
    done
    echo "Crash inputs (reproduce: build/fuzz/tests/fuzz/fuzz_<target> FILE; keep as a regression:"
    echo "copy to tests/fuzz/regressions/<target>/, see docs/reliability.md ("Fuzzing and sanitizers")):"
    find "$out/artifacts" -type f | sed 's/^/  /'
fi
echo "logs and corpus in $out"
exit $status
