#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a tracked C++ file differs from what clang-format makes of it.
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"
command -v clang-format >/dev/null || { echo "clang-format is not installed (installer/install-deps.sh installs it)"; exit 1; }
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app ui models reports tests -name '*.cpp' -o -name '*.h')
existing=()
for f in "${files[@]}"; do
    [ -f "$f" ] && existing+=("$f")
done
# One clang-format per 100 files (not per file): it names each file it would change as
# "FILE:LINE:COL: error: code should be clang-formatted".
status=0
report=$(printf '%s\0' "${existing[@]}" \
    | xargs -0 -n 100 -P 2 clang-format --dry-run -Werror 2>&1 >/dev/null) || status=$?
mapfile -t bad < <(printf '%s\n' "$report" \
    | sed -n 's/^\(.*\):[0-9]*:[0-9]*: error: code should be clang-formatted.*/\1/p' | sort -u)
if [ "$status" -ne 0 ] && [ ${#bad[@]} -eq 0 ]; then
    echo "clang-format failed:"
    printf '%s\n' "$report"
    exit 1
fi
if [ ${#bad[@]} -gt 0 ]; then
    echo "Not clang-formatted (run: clang-format -i FILE):"
    printf '  %s\n' "${bad[@]}"
    exit 1
fi
echo "clang-format: ${#existing[@]} files formatted"
