#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and opens the app on the bundled sample plan. Without a
# display it says so and prints the sample plan's `check` report instead.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/packaging/install-deps.sh"
cd "$root"
cmake --preset release
cmake --build --preset release --parallel "$(nproc)" --target cutover-planner sample-plan
app="$root/build/release/bin/cutover-planner"
sample="$root/build/release/sample/orders-migration.cutover"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset): not opening the window."
    echo "The sample plan is $sample; here is its check report:"
    echo
    "$app" check "$sample" && exit 0
    # check exits 1 when it finds errors; report that but do not fail the setup.
    exit 0
fi
exec "$app" "$sample"
