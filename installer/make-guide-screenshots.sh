#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the user guide's screenshots (resources/guide/images/*.png) from the real
# workbench under Xvfb, on the demo database:
#
#   installer/make-guide-screenshots.sh [BUILD_DIR]
#
# Builds the workbench in BUILD_DIR (default build/guide; an existing build is reused), takes
# the screenshots with tests/ui/screenshot.sh (the same script the ui_screenshot test runs) and
# writes them 1200 pixels wide, stripped of metadata, into resources/guide/images. Needs the
# dependencies of installer/install-deps.sh.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build/guide}"
deps="${QUORUM_DEPS_PREFIX:-/opt/quorum-deps}"
images="$root/resources/guide/images"
shots=(home home-dark inbox sign-dialog compare model-card approvals lineage drift fairness
       reports audit-verify import)

log() { echo "[guide-screenshots] $*"; }

if [ ! -f "$build/CMakeCache.txt" ]; then
    log "configuring $build"
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DQUORUM_DEPS_PREFIX="$deps" >/dev/null
fi
log "building the workbench"
cmake --build "$build" --target quorum -j2 >/dev/null

raw=$(mktemp -d)
trap 'rm -rf "$raw"' EXIT
log "taking screenshots under Xvfb"
"$root/tests/ui/screenshot.sh" "$build/app/quorum/quorum" "$raw"

mkdir -p "$images"
for shot in "${shots[@]}"; do
    /usr/bin/convert "$raw/$shot.png" -resize 1200x -strip -define png:compression-level=9 \
        "$images/$shot.png"
done
log "wrote ${#shots[@]} screenshots to $images"
