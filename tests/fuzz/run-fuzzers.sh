#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the importers' libFuzzer targets (tests/fuzz, clang 14) and runs each for a while.
#
#   tests/fuzz/run-fuzzers.sh [--seconds N] [--jobs J] [--build-dir DIR] [TARGET...]
#
# Seeds come from ../shared/data, the importers' test data, tests/fuzz/corpus/<target>/ and
# tests/importers/malformed/regressions/<target>/; tests/fuzz/dict/<target>.dict lists the
# tokens each parser looks for. New interesting inputs accumulate in
# DIR/corpus/<target>/; crashes, leaks, timeouts and out-of-memory inputs land in
# DIR/crashes/<target>/ and the run's log in DIR/logs/<target>.log. Exits 1 if any target
# crashed, 2 on a usage or build problem.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
seconds=60
jobs=1
build="$root/build/fuzz"
all_targets=(fuzz_json_tree fuzz_yaml_tree fuzz_mlflow_metric fuzz_mlflow_meta fuzz_mct_card
             fuzz_hf_card fuzz_evidently fuzz_evaluation_file)
targets=()

usage() { sed -n '4,12p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds="${2:?}"; shift 2 ;;
        --jobs) jobs="${2:?}"; shift 2 ;;
        --build-dir) build="${2:?}"; shift 2 ;;
        -h|--help) usage ;;
        -*) echo "unknown option $1" >&2; usage ;;
        *) targets+=("$1"); shift ;;
    esac
done
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
for t in "${targets[@]}"; do
    [[ " ${all_targets[*]} " == *" $t "* ]] || { echo "unknown target $t (known: ${all_targets[*]})" >&2; exit 2; }
done

cxx="${CXX_FUZZ:-clang++-14}"
if ! command -v "$cxx" >/dev/null; then
    echo "$cxx not found: install clang-14 and libclang-rt-14-dev (installer/install-deps.sh)" >&2
    exit 2
fi
runtime="$("$cxx" -print-resource-dir)/lib/linux/libclang_rt.fuzzer-$(uname -m).a"
if [ ! -e "$runtime" ]; then
    echo "libFuzzer runtime $runtime missing: install libclang-rt-14-dev" >&2
    exit 2
fi

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$root/tests/fuzz" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" \
    "${launcher[@]}" >/dev/null || { echo "configuring $build failed" >&2; exit 2; }
ninja -C "$build" -j "${QUORUM_FUZZ_BUILD_JOBS:-2}" "${targets[@]}" \
    || { echo "building the fuzz targets failed" >&2; exit 2; }

shared="$root/../shared/data"
importers="$root/tests/importers"

# Copies each file found under the given roots (find arguments after --) into a seed folder.
seed() {
    local into="$1"; shift
    local roots=()
    while [ "$1" != "--" ]; do [ -d "$1" ] && roots+=("$1"); shift; done
    shift
    [ ${#roots[@]} -gt 0 ] || return 0
    find "${roots[@]}" -type f -size -64k \( "$@" \) -print0 2>/dev/null |
        while IFS= read -r -d '' f; do
            local name="${f#"$root"/}"
            name="${name#../}" # ../shared/data/… → shared/data/…
            cp "$f" "$into/$(printf '%s' "$name" | tr -c 'A-Za-z0-9._-' '_')"
        done
}

# The YAML front matter of Markdown cards, as YAML seeds.
front_matter() {
    local into="$1" f
    for f in "$importers"/cards/data/*.md; do
        [ -f "$f" ] || continue
        awk 'NR == 1 && !/^---/ {exit} NR > 1 && /^---/ {exit} NR > 1 {print}' "$f" \
            >"$into/frontmatter_$(basename "$f" .md).yaml"
    done
}

seed_target() {
    local t="$1" into="$build/seeds/$1"
    rm -rf "$into"; mkdir -p "$into"
    case "$t" in
        fuzz_json_tree) seed "$into" "$shared/modelcards" "$shared/drift" "$importers" -- -name '*.json' ;;
        fuzz_yaml_tree) seed "$into" "$shared/mlflow" "$importers/mlflow" -- \
                            -name '*.yaml' -o -name MLmodel
                        front_matter "$into" ;;
        fuzz_mlflow_metric) seed "$into" "$shared/mlflow" "$importers/mlflow" -- -path '*/metrics/*' ;;
        fuzz_mlflow_meta) seed "$into" "$shared/mlflow" "$importers/mlflow" -- \
                              -name meta.yaml -o -path '*/metrics/*' -o -path '*/aliases/*' ;;
        fuzz_mct_card) seed "$into" "$shared/modelcards" "$importers/cards" -- -name '*.json' ;;
        fuzz_hf_card) seed "$into" "$importers/cards" -- -name '*.md' ;;
        fuzz_evidently) seed "$into" "$shared/drift" "$importers/evidently" -- -name '*.json' ;;
        fuzz_evaluation_file) seed "$into" "$importers/evidently" "$importers/apply" -- \
                                  -name '*.csv' -o -name '*eval*.json' -o -name '*fairness*.json' ;;
    esac
    seed "$into" "$root/tests/fuzz/corpus/$t" "$importers/malformed/regressions/$t" -- -name '*'
}

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"
summary=()
crashed=0
for t in "${targets[@]}"; do
    seed_target "$t"
    mkdir -p "$build/corpus/$t" "$build/crashes/$t" "$build/logs"
    stamp="$build/logs/$t.stamp"; touch "$stamp"; sleep 1
    options=(-max_total_time="$seconds" -rss_limit_mb=2048 -max_len=65536 -timeout=10
             -print_final_stats=1 -artifact_prefix="$build/crashes/$t/")
    dict="$root/tests/fuzz/dict/$t.dict" # the tokens the parser looks for
    [ -f "$dict" ] && options+=(-dict="$dict")
    [ "$jobs" -gt 1 ] && options+=(-fork="$jobs")
    echo "== $t: ${seconds}s, seeds: $(ls "$build/seeds/$t" | wc -l)"
    status=0
    "$build/$t" "${options[@]}" "$build/corpus/$t" "$build/seeds/$t" >"$build/logs/$t.log" 2>&1 || status=$?
    runs="$(grep -oE 'number_of_executed_units: [0-9]+' "$build/logs/$t.log" | tail -1 | grep -oE '[0-9]+$' || true)"
    [ -n "$runs" ] || runs="$(grep -oE '^#[0-9]+' "$build/logs/$t.log" | tail -1 | tr -d '#' || true)"
    found="$(find "$build/crashes/$t" -type f -newer "$stamp" | wc -l)"
    if [ "$status" -ne 0 ] && [ "$found" -eq 0 ]; then found=1; fi
    if [ "$found" -gt 0 ]; then
        crashed=1
        echo "   crashed (exit $status): see $build/logs/$t.log and $build/crashes/$t/"
        grep -m3 -E 'ERROR: |runtime error|terminate called|what\(\)' "$build/logs/$t.log" | sed 's/^/   /' || true
    fi
    summary+=("$(printf '%-22s %12s %8s' "$t" "${runs:-?}" "$found")")
done

printf '\n%-22s %12s %8s\n' target runs crashes
printf '%s\n' "${summary[@]}"
exit "$crashed"
