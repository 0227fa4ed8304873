#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Proves the configure-time guard: a copy of the project whose models/ links Qt Widgets must
# fail to configure, naming the rule; the unmodified copy must configure.
set -euo pipefail
src=$1
prefix=${2:-/opt/quorum-deps}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -C "$src" --exclude=./build --exclude=./.git -cf - . | tar -C "$work" -xf -
echo 'target_link_libraries(quorum_models PUBLIC Qt6::Widgets)' >>"$work/models/CMakeLists.txt"
if cmake -S "$work" -B "$work/build" -G Ninja -DQUORUM_BUILD_TESTS=OFF \
        -DQUORUM_DEPS_PREFIX="$prefix" >"$work/configure.log" 2>&1; then
    echo "FAIL: configuring with Qt6::Widgets linked into quorum_models succeeded"
    exit 1
fi
# CMake re-wraps message text, so match on the log with line breaks folded into spaces.
if ! tr '\n' ' ' <"$work/configure.log" | tr -s ' ' | grep -q "must not depend on Qt Widgets"; then
    echo "FAIL: configure failed, but not because of the headless-core rule:"
    tail -n 20 "$work/configure.log"
    exit 1
fi
echo "ok: linking Widgets into quorum_models fails the configure step:"
grep -A3 "quorum_models links" "$work/configure.log" | head -n 4
