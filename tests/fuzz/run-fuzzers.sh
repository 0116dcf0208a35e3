#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang and runs each for SECONDS (default 60), two at a time.
# New corpus entries go to a scratch directory (the repository keeps only the small seed corpus);
# crashes are written to $OUT/artifacts and make the script exit non-zero.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
seconds=${1:-60}
out=${OUT:-$(mktemp -d)}
build="$root/build/fuzz"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCUTOVER_BUILD_FUZZERS=ON -DCUTOVER_BUILD_BENCHMARKS=OFF >/dev/null
formats="detect azure-metrics-cli azure-metrics-rest log-analytics-csv log-analytics-json prometheus grafana-csv
grafana-legacy-columns grafana-legacy-rows cloudwatch-metric-data cloudwatch-statistics generic-csv dvt-csv
dvt-json pt-table-checksum aws-dms azure-dms"
targets=""
for f in $formats; do targets="$targets fuzz_${f//-/_}"; done
cmake --build "$build" --parallel 2 --target $targets
mkdir -p "$out/artifacts"
run_one() {
    local f=$1 t="fuzz_${1//-/_}" seeds="$root/tests/fuzz/corpus/$1"
    mkdir -p "$out/corpus/$f"
    [ -d "$seeds" ] || seeds="$root/tests/fuzz/corpus"
    "$build/tests/fuzz/$t" -max_total_time="$seconds" -print_final_stats=1 -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$out/artifacts/$f-" "$out/corpus/$f" "$seeds" >"$out/$f.log" 2>&1 \
        && echo "$f: $(grep -o 'stat::number_of_executed_units: [0-9]*' "$out/$f.log" || tail -1 "$out/$f.log")" \
        || { echo "$f: FAILED (see $out/$f.log)"; return 1; }
}
export -f run_one
export root out build seconds
status=0
printf '%s\n' $formats | xargs -P 2 -I{} bash -c 'run_one {}' || status=1
echo "logs and corpus in $out"
exit $status
