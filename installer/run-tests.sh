#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up everything on a fresh Debian 12 machine (as root), builds Quorum with warnings as
# errors and runs the whole test suite: core, CLI end to end, widgets offscreen, the real
# window under Xvfb with a screenshot, the formatting check and the headless-core guard.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${QUORUM_PRESET:-ci}
start=$SECONDS

bash installer/install-deps.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
echo "[run-tests] built in $((SECONDS - start)) s; running the tests"
ctest --preset "$preset"
echo "[run-tests] screenshots of the real window: build/$preset/tests/ui/screenshots/"
echo "[run-tests] done in $((SECONDS - start)) s"
