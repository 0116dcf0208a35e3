#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds everything (warnings are errors) and runs the whole test
# suite with CTest. This is the command CI runs.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/packaging/install-deps.sh"
cd "$root"
cmake --preset release
cmake --build --preset release --parallel "$(nproc)"
ctest --preset release
