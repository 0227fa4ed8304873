#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times Quorum's statistics engine against SciPy, NumPy and pandas on the same files.

Writes the input files into a temporary directory under /tmp (samples of 1 M and 10 M doubles,
category codes, a CSV of 1 M rows), times scipy.stats.ks_2samp, a NumPy PSI, scipy.stats.chisquare
and pandas.read_csv on them, runs quorum_stats_benchmark on the same files, checks that both sides
computed the same numbers and prints how many times faster Quorum is.

    /usr/bin/python3 tests/benchmarks/compare_with_scipy.py \\
        --benchmark build/release/tests/benchmarks/quorum_stats_benchmark

Needs Debian's python3 with python3-scipy, python3-numpy and python3-pandas. Exits 1 when the
numbers differ; the speed ratios are reported, never checked.
"""

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
import scipy
import scipy.stats

PSI_BINS = 10
EMPTY_BIN_SHARE = 0.0001
CATEGORIES = 20
# Each size is compared twice: without drift (the current sample drawn like the reference) and
# with a small drift, this many standard deviations, which puts the KS p-value of 1 M values
# (n·D² between 2.2 and 370) on SciPy's slowest path, the exact one-sided Smirnov sum.
DRIFT_SHIFT = 0.005
SCENARIOS = {"": 0.0, "-drift": DRIFT_SHIFT}

KS_P_RELATIVE = 1e-9
PSI_ABSOLUTE = 1e-12
CHI2_RELATIVE = 1e-12


def size_label(size):
    if size % 1_000_000 == 0:
        return f"{size // 1_000_000}m"
    if size % 1_000 == 0:
        return f"{size // 1_000}k"
    return str(size)


# --- the input files -------------------------------------------------------------------------


def write_inputs(directory, sizes, csv_rows):
    rng = np.random.default_rng(20240601)
    samples = {}
    codes = {}
    weights = 1.0 / (np.arange(CATEGORIES) + 1.0)
    tilted = 1.0 / (np.arange(CATEGORIES) + 1.05)
    for size in sizes:
        label = size_label(size)
        ref = rng.normal(0.0, 1.0, size)
        ref.astype("<f8").tofile(directory / f"samples_{label}_reference.f64")
        for suffix, shift in SCENARIOS.items():
            cur = rng.normal(shift, 1.0, size)
            if suffix:
                ref.astype("<f8").tofile(directory / f"samples_{label}{suffix}_reference.f64")
            cur.astype("<f8").tofile(directory / f"samples_{label}{suffix}_current.f64")
            samples[label + suffix] = (ref, cur)
        ref_codes = rng.choice(CATEGORIES, size, p=weights / weights.sum()).astype("<i4")
        cur_codes = rng.choice(CATEGORIES, size, p=tilted / tilted.sum()).astype("<i4")
        ref_codes.tofile(directory / f"codes_{label}_reference.i32")
        cur_codes.tofile(directory / f"codes_{label}_current.i32")
        (directory / f"codes_{label}.count").write_text(f"{CATEGORIES}\n")
        codes[label] = (ref_codes, cur_codes)
    # Four numeric columns as a model's input sample has them: an integer, money with two
    # decimals, a score with six, and a feature written with every digit (shortest round trip).
    frame = pd.DataFrame({
        "age": rng.integers(18, 91, csv_rows),
        "income": np.round(40000.0 + 15000.0 * rng.standard_normal(csv_rows), 2),
        "score": np.round(0.5 + 0.2 * rng.standard_normal(csv_rows), 6),
        "feature": rng.standard_normal(csv_rows),
    })
    csv_path = directory / "sample.csv"
    frame.to_csv(csv_path, index=False)
    return samples, codes, csv_path


# --- the same computations in Python ---------------------------------------------------------


def numpy_psi(ref, cur):
    """PSI over right-closed bins (e_i, e_i+1] at the reference's quantiles k/10 (linear
    interpolation), the outer edges ±inf, equal edges merged, empty bins counted as 0.0001."""
    inner = np.unique(np.quantile(ref, np.arange(1, PSI_BINS) / PSI_BINS))
    bins = len(inner) + 1
    ref_share = np.bincount(np.searchsorted(inner, ref, side="left"), minlength=bins) / len(ref)
    cur_share = np.bincount(np.searchsorted(inner, cur, side="left"), minlength=bins) / len(cur)
    ref_share = np.where(ref_share > 0, ref_share, EMPTY_BIN_SHARE)
    cur_share = np.where(cur_share > 0, cur_share, EMPTY_BIN_SHARE)
    return float(np.sum((cur_share - ref_share) * np.log(cur_share / ref_share)))


def scipy_chi2(ref_codes, cur_codes):
    """Evidently's χ²: the current counts against the reference shares scaled to the current
    sample, over the categories either sample has."""
    ref_counts = np.bincount(ref_codes, minlength=CATEGORIES)
    cur_counts = np.bincount(cur_codes, minlength=CATEGORIES)
    seen = (ref_counts + cur_counts) > 0
    expected = ref_counts[seen] / ref_counts.sum() * cur_counts.sum()
    return scipy.stats.chisquare(cur_counts[seen], expected)


def median_seconds(function, repeats):
    """The median wall-clock and CPU seconds of @p repeats calls, and the last result."""
    wall = []
    cpu = []
    result = None
    for _ in range(repeats):
        start_wall = time.perf_counter()
        start_cpu = time.process_time()
        result = function()
        cpu.append(time.process_time() - start_cpu)
        wall.append(time.perf_counter() - start_wall)
    return (statistics.median(wall), statistics.median(cpu)), result


def time_python(samples, codes, csv_path, repeats):
    timings = {}
    numbers = {}
    for label, (ref, cur) in samples.items():
        timings[f"ks/{label}"], ks = median_seconds(lambda: scipy.stats.ks_2samp(ref, cur), repeats)
        timings[f"psi/{label}"], psi = median_seconds(lambda: numpy_psi(ref, cur), repeats)
        timings[f"ks+psi/{label}"], _ = median_seconds(
            lambda: (scipy.stats.ks_2samp(ref, cur), numpy_psi(ref, cur)), repeats)
        numbers[label] = {"ks_statistic": float(ks.statistic), "ks_pvalue": float(ks.pvalue),
                          "psi": psi}
    for label, (ref_codes, cur_codes) in codes.items():
        timings[f"chi2/{label}"], chi2 = median_seconds(
            lambda: scipy_chi2(ref_codes, cur_codes), repeats)
        numbers[label].update({"chi2_statistic": float(chi2.statistic),
                               "chi2_pvalue": float(chi2.pvalue)})
    timings["csv/readSamples"], frame = median_seconds(lambda: pd.read_csv(csv_path), repeats)
    return timings, numbers, frame


# --- the C++ side ----------------------------------------------------------------------------


def time_quorum(benchmark, directory, repeats):
    command = [str(benchmark), f"--quorum_data_dir={directory}", "--benchmark_format=json",
               f"--benchmark_repetitions={repeats}", "--benchmark_report_aggregates_only=true",
               "--benchmark_filter=^(ks|psi|chi2|csv)"]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}
    timings = {}
    for run in json.loads(output)["benchmarks"]:
        # One repetition reports the run itself, more report aggregates: take the median.
        if run["run_type"] == "iteration" or run.get("aggregate_name") == "median":
            unit = scale[run["time_unit"]]
            timings[run["run_name"]] = (run["real_time"] * unit, run["cpu_time"] * unit)
    results = json.loads((directory / "quorum_results.json").read_text())
    return timings, results


# --- checks and report -----------------------------------------------------------------------


def relative_difference(a, b):
    return 0.0 if a == b else abs(a - b) / max(abs(a), abs(b))


# (key, what is compared, tolerance): "equal" bit for bit, "relative" or "absolute" difference.
NUMBER_CHECKS = [
    ("ks_statistic", "equal", 0.0),
    ("ks_pvalue", "relative", KS_P_RELATIVE),
    ("psi", "absolute", PSI_ABSOLUTE),
    ("chi2_statistic", "relative", CHI2_RELATIVE),
    ("chi2_pvalue", "relative", KS_P_RELATIVE),
]


def check_numbers(python_numbers, quorum_results):
    """One line per sample pair and statistic; False when any differs beyond its tolerance."""
    ok = True
    for label, expected in python_numbers.items():
        got = quorum_results["sizes"][label]
        for key, kind, tolerance in NUMBER_CHECKS:
            if key not in expected:
                continue
            if kind == "equal":
                difference = 0.0 if got[key] == expected[key] else float("inf")
            elif kind == "relative":
                difference = relative_difference(got[key], expected[key])
            else:
                difference = abs(got[key] - expected[key])
            passed = difference <= tolerance
            ok &= passed
            print(f"  {label:<9} {key:<15} {'same' if passed else 'DIFFERENT':<10} "
                  f"{expected[key]!r:<24} {kind} difference {difference:.1e}")
    return ok


def check_csv(frame, quorum_results, directory, csv_path):
    csv = quorum_results["csv"]
    ok = csv["rows"] == len(frame) and csv["columns"] == list(frame.columns)
    print(f"  csv  rows and columns   {'same' if ok else 'DIFFERENT'}")
    exact = None
    for column in csv["columns"]:
        ours = np.fromfile(directory / f"csv_{column}.f64", dtype="<f8")
        theirs = frame[column].to_numpy(dtype=np.float64)
        differing = int(np.count_nonzero(ours.view(np.int64) != theirs.view(np.int64)))
        detail = f"{len(ours) - differing} of {len(ours)} values bit-identical to pandas"
        if differing:
            # pandas' default parser is not always correctly rounded; its round_trip one is.
            if exact is None:
                exact = pd.read_csv(csv_path, float_precision="round_trip")
            exact_values = exact[column].to_numpy(dtype=np.float64)
            same_exact = bool(np.array_equal(ours.view(np.int64), exact_values.view(np.int64)))
            detail += (f"; all bit-identical to float_precision='round_trip'" if same_exact
                       else "; differs from float_precision='round_trip' too")
            ok &= same_exact
        print(f"  csv  {column:<18} {detail}")
    return ok


def report(python_timings, quorum_timings, csv_bytes):
    print(f"\n{'computation':<18} {'Python s':>9} {'Quorum s':>9} {'faster':>7} {'by CPU time':>12}")
    for name, (quorum_wall, quorum_cpu) in sorted(quorum_timings.items()):
        if name not in python_timings:
            continue
        python_wall, python_cpu = python_timings[name]
        print(f"{name:<18} {python_wall:>9.4f} {quorum_wall:>9.4f} {python_wall / quorum_wall:>6.1f}× "
              f"{python_cpu / quorum_cpu:>11.1f}×")
    mb = csv_bytes / 1e6
    print(f"\nCSV: {mb:.1f} MB; pandas {mb / python_timings['csv/readSamples'][0]:.0f} MB/s, "
          f"Quorum {mb / quorum_timings['csv/readSamples'][0]:.0f} MB/s")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--benchmark", required=True, type=Path,
                        help="the quorum_stats_benchmark executable (a Release build)")
    parser.add_argument("--sizes", default="1000000,10000000",
                        help="sample sizes, comma-separated (default: 1 M and 10 M)")
    parser.add_argument("--csv-rows", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=3,
                        help="runs per computation on each side; the median is compared")
    parser.add_argument("--keep", action="store_true", help="keep the temporary files")
    args = parser.parse_args()

    directory = Path(tempfile.mkdtemp(prefix="quorum-bench-", dir="/tmp"))
    try:
        sizes = [int(s) for s in args.sizes.split(",")]
        print(f"SciPy {scipy.__version__}, NumPy {np.__version__}, pandas {pd.__version__}; "
              f"files in {directory}")
        samples, codes, csv_path = write_inputs(directory, sizes, args.csv_rows)
        python_timings, python_numbers, frame = time_python(samples, codes, csv_path,
                                                            args.repeats)
        quorum_timings, quorum_results = time_quorum(args.benchmark, directory, args.repeats)
        print("\nSame numbers?")
        ok = check_numbers(python_numbers, quorum_results)
        ok &= check_csv(frame, quorum_results, directory, csv_path)
        report(python_timings, quorum_timings, csv_path.stat().st_size)
        if not ok:
            print("\nThe numbers differ.", file=sys.stderr)
            return 1
        return 0
    finally:
        if args.keep:
            print(f"\nFiles kept in {directory}")
        else:
            shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
