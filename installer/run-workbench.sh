#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up everything on a fresh Debian 12 machine (as root), builds Quorum and opens the
# workbench on the demo database (created on first use). Without a display it runs the
# window under Xvfb and saves screenshots instead. Extra arguments go to the workbench.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${QUORUM_PRESET:-ci}

bash installer/install-deps.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" --target quorum quorumctl
bin="build/$preset/app/quorum/quorum"

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$bin" --demo "$@"
fi
out="build/$preset/screenshots"
echo "[run-workbench] no display (DISPLAY and WAYLAND_DISPLAY are unset): running the window"
echo "[run-workbench] under Xvfb and saving screenshots to $out/"
bash tests/ui/screenshot.sh "$bin" "$out"
ls -1 "$out"/*.png
