#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reference values for Quorum's two-sample Kolmogorov-Smirnov test, computed by SciPy.

Run with Debian's python3-scipy (SciPy 1.10, NumPy 1.24):

    /usr/bin/python3 tests/stats/reference/ks_reference.py

It writes ks_reference.json beside itself. kolmogorovsmirnov_test.cpp rebuilds every sample
from the JSON and compares Quorum's statistic (exactly) and p-value (1e-9 relative) with
scipy.stats.ks_2samp(a, b, method='auto'), and the distribution functions with SciPy's own.

Samples are stored in one of four ways, all rebuilt bit for bit in C++:
  {"values": [...]}                    literal values;
  {"range": {"start", "step", "count"}} start + k*step for k = 0..count-1;
  {"lcg": {"seed", "count", "scale", "shift", "levels"}}
      shift + scale*u with u from the 64-bit LCG below (u is floor(u*levels) when levels > 0);
  a case-level "pattern" for samples that only SciPy can draw (np.random.normal): the KS
      statistic depends only on how the two sorted samples interleave, so the pattern records
      that order and C++ rebuilds rank-equivalent samples (the script checks SciPy gives the
      same result on them). Letters: a/b = next element of a/b with a new larger value, A/B =
      next element of a/b tied with the previous value; a letter may be followed by a count.
"""

import json
import math
import os
import re
import warnings

import numpy as np
import scipy
from scipy import special, stats
from scipy.stats import _ksstats
from scipy.stats._stats_py import _compute_prob_outside_square
from scipy.stats._stats_pythran import _compute_outer_prob_inside_method

LCG_MULTIPLIER = 6364136223846793005  # Knuth's MMIX constants; the C++ test uses the same
LCG_INCREMENT = 1442695040888963407
LCG_MASK = (1 << 64) - 1
MAX_AUTO_N = 10000  # SciPy's threshold for method='auto'


# --------------------------------------------------------------------------- samples


def lcg_sample(seed, count, scale=1.0, shift=0.0, levels=0):
    state = seed
    values = []
    for _ in range(count):
        state = (LCG_MULTIPLIER * state + LCG_INCREMENT) & LCG_MASK
        u = (state >> 11) * 2.0**-53
        if levels > 0:
            u = float(math.floor(u * levels))
        values.append(shift + scale * u)
    return values


def range_sample(start, step, count):
    return [start + k * step for k in range(count)]


def build(spec):
    if "values" in spec:
        return [float(v) for v in spec["values"]]
    if "range" in spec:
        return range_sample(**spec["range"])
    return lcg_sample(**spec["lcg"])


def merge_pattern(x, y):
    x = np.sort(np.asarray(x, dtype=float))
    y = np.sort(np.asarray(y, dtype=float))
    distinct = np.unique(np.concatenate([x, y]))
    ca = np.searchsorted(x, distinct, "right") - np.searchsorted(x, distinct, "left")
    cb = np.searchsorted(y, distinct, "right") - np.searchsorted(y, distinct, "left")
    letters = []
    for na, nb in zip(ca, cb):
        group = ["a"] * int(na) + ["b"] * int(nb)
        letters.append(group[0])
        letters.extend(letter.upper() for letter in group[1:])
    runs = []
    for letter in letters:
        if runs and runs[-1][0] == letter:
            runs[-1][1] += 1
        else:
            runs.append([letter, 1])
    return "".join(letter + (str(count) if count > 1 else "") for letter, count in runs)


def unpack_pattern(pattern):
    a, b, value = [], [], 0.0
    for letter, count in re.findall(r"([abAB])(\d*)", pattern):
        for _ in range(int(count) if count else 1):
            if letter.islower():
                value += 1.0
            (a if letter.lower() == "a" else b).append(value)
    return a, b


# --------------------------------------------------------------------------- branches


def kolmogn_branch(n, x):
    """Which branch of SciPy's _kolmogn(n, x, cdf=False) computes the value."""
    if x >= 1.0:
        return "x >= 1"
    if x <= 0.0:
        return "x <= 0"
    t = n * x
    if t <= 1.0:
        if t <= 0.5:
            return "t <= 0.5"
        return "Ruben-Gambino product" if n <= 140 else "Ruben-Gambino Stirling"
    if t >= n - 1:
        return "Ruben-Gambino upper"
    if x >= 0.5:
        return "2 smirnov, x >= 0.5"
    nxsquared = t * x
    if n <= 140:
        if nxsquared <= 0.754693:
            return "DMTW, n <= 140"
        if nxsquared <= 4:
            return "Pomeranz"
        return "2 smirnov, n <= 140"
    if nxsquared >= 370.0:
        return "zero, n x^2 >= 370"
    if nxsquared >= 2.2:
        return "2 smirnov approximation" if n > 1000000 else "2 smirnov"
    if n <= 100000 and n * x**1.5 <= 1.4:
        return "DMTW"
    return "Pelz-Good"


def ks_2samp_auto(a, b):
    """SciPy's result, how it got its p-value, and (if asymptotic) the kolmogn branch."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = stats.ks_2samp(a, b, alternative="two-sided", method="auto")
    fell_back = any("Exact calculation unsuccessful" in str(w.message) for w in caught)
    n1, n2 = len(a), len(b)
    exact = max(n1, n2) <= MAX_AUTO_N and not fell_back
    entry = {
        "statistic": float(result.statistic),
        "pvalue": float(result.pvalue),
        "method": "exact" if exact else "asymptotic",
    }
    if fell_back:
        entry["fallback"] = True
    if not exact:
        m, n = sorted([float(n1), float(n2)], reverse=True)
        en = int(np.round(m * n / (m + n)))
        d = float(result.statistic)
        if d <= 0.5 / en:
            entry["branch"] = "below support (d <= 0.5/N)"
        else:
            entry["branch"] = kolmogn_branch(en, d)
        entry["N"] = en
    return entry


# --------------------------------------------------------------------------- cases


def scipy_test_cases():
    """The two-sided cases of SciPy 1.10's TestKSTwoSamples (scipy/stats/tests/test_stats.py)."""
    cases = []

    def literal(name, x, y, expected=None):
        cases.append({"name": name, "a": {"values": [float(v) for v in x]},
                      "b": {"values": [float(v) for v in y]}, "scipy_test": expected})

    def pattern(name, x, y, expected=None):
        cases.append({"name": name, "pattern": merge_pattern(x, y), "original": (x, y),
                      "scipy_test": expected})

    literal("testSmall [0] vs [1]", [0], [1], [1.0, 1.0])
    literal("testSmall [1] vs [0]", [1], [0], [1.0, 1.0])
    data1 = np.array([1.0, 2.0])
    data2 = np.array([1.0, 2.0, 3.0])
    literal("testTwoVsThree +0.01", data1 + 0.01, data2, [1.0 / 3, 1.0])
    literal("testTwoVsThree -0.01", data1 - 0.01, data2, [2.0 / 3, 0.6])
    data4 = np.array([1.0, 2.0, 3.0, 4.0])
    literal("testTwoVsFour +0.01", data1 + 0.01, data4, [2.0 / 4, 14.0 / 15])
    literal("testTwoVsFour -0.01", data1 - 0.01, data4, [3.0 / 4, 6.0 / 15])
    x100 = np.linspace(1, 100, 100)
    pattern("test100_100 +2.1", x100, x100 + 2 + 0.1, [3.0 / 100, 0.9999999999962055])
    pattern("test100_100 +1.9", x100, x100 + 2 - 0.1, [2.0 / 100, 1.0])
    x110 = np.linspace(1, 100, 110)
    pattern("test100_110 +20.1", x100, x110 + 20 + 0.1, [232.0 / 1100, 0.015739183865607353])
    pattern("test100_110 +19.9", x100, x110 + 20 - 0.1, [229.0 / 1100, 0.017803803861026313])
    x2233 = np.array([2] * 3 + [3] * 4 + [5] * 5 + [6] * 4, dtype=int)
    x3344 = x2233 + 1
    x2356 = np.array([2] * 3 + [3] * 4 + [5] * 10 + [6] * 4, dtype=int)
    x3467 = np.array([3] * 10 + [4] * 2 + [6] * 10 + [7] * 4, dtype=int)
    literal("testRepeatedValues 2233 vs 3344", x2233, x3344, [5.0 / 16, 0.4262934613454952])
    literal("testRepeatedValues 2356 vs 3467", x2356, x3467,
            [190.0 / 21 / 26, 0.0919245790168125])
    for shift in (1.0, 0.5, -0.5):
        literal(f"testEqualSizes {shift:+}", data2, data2 + shift, [1.0 / 3, 1.0])
    for n1, n2, factor, name in ((500, 600, 2000.0, "testMiddlingBoth"),
                                 (1000, 1100, 6600.0, "testMediumBoth")):
        delta = 1.0 / n1 / n2 / 2 / 2
        x = np.linspace(1, 200, n1) - delta
        y = np.linspace(2, 200, n2)
        pattern(f"{name} {n1} vs {n2}", x, y, [factor / n1 / n2, 1.0])
    n1, n2 = 10000, 110
    delta = 1.0 / n1 / n2 / 2 / 2
    pattern("testLarge 10000 vs 110", np.linspace(1, 200, n1) - delta, np.linspace(2, 100, n2),
            [55275.0 / (n1 * 11.0), 4.2188474935755949e-15])
    np.random.seed(123456)
    x = np.random.normal(size=3000)
    y = np.random.normal(size=3001) * 1.5
    pattern("test_gh11184 3000 vs 3001", x, y, [0.11292880151060758, 2.7755575615628914e-15])
    np.random.seed(123456)
    x = np.random.normal(size=10000)
    y = np.random.normal(size=10001) * 1.5
    pattern("test_gh11184_bigger 10000 vs 10001 (asymptotic)", x, y,
            [0.10597913208679133, 3.3149311398483503e-49])
    n1, n2 = 10000, 11000
    delta = 1.0 / n1 / n2 / 2 / 2
    pattern("testLargeBoth 10000 vs 11000 (asymptotic)", np.linspace(1, 200, n1) - delta,
            np.linspace(2, 200, n2), [563.0 / (n1 * 11.0), 0.9990660108966576])
    literal("testNamedAttributes", [1, 2], [3])
    for x6val in (5.9, 6.1):
        x = np.arange(10, dtype=np.float64)
        y = x.copy()
        x[6] = x6val
        literal(f"test_location_sign x[6] = {x6val}", x, y, [0.1, None])
    return cases


def lcg(seed, count, scale=1.0, shift=0.0, levels=0):
    return {"lcg": {"seed": seed, "count": count, "scale": scale, "shift": shift,
                    "levels": levels}}


def rng(start, step, count):
    return {"range": {"start": start, "step": step, "count": count}}


def generated_cases():
    cases = []

    def add(name, a, b):
        cases.append({"name": name, "a": a, "b": b})

    add("equal sizes 50 vs 50, shifted", lcg(1, 50), lcg(2, 50, shift=0.3))
    add("equal sizes 1000 vs 1000, wider", lcg(3, 1000), lcg(4, 1000, scale=1.2, shift=-0.1))
    add("unequal sizes with gcd 1: 97 vs 101", lcg(5, 97), lcg(6, 101, shift=0.15))
    add("gcd 300: 600 vs 900", lcg(7, 600), lcg(8, 900, scale=0.9, shift=0.05))
    add("gcd 2000: 2000 vs 4000", lcg(9, 2000), lcg(10, 4000, shift=0.02))
    add("ties within and across samples: 300 vs 450", lcg(11, 300, levels=12),
        lcg(12, 450, levels=12, shift=1.0))
    add("identical samples (exact)", lcg(13, 250), lcg(13, 250))
    add("identical samples (asymptotic)", lcg(14, 10001), lcg(14, 10001))
    add("disjoint samples 10 vs 12", lcg(15, 10), lcg(16, 12, shift=2.0))
    add("disjoint samples 5000 vs 5000 (p underflows)", lcg(17, 5000), lcg(18, 5000, shift=1.5))
    add("disjoint samples 10001 vs 10001 (asymptotic)", lcg(19, 10001),
        lcg(20, 10001, shift=-1.5))
    add("switch: 10000 vs 10000 is exact", lcg(21, 10000), lcg(22, 10000))
    add("switch: 10000 vs 9999 is exact", lcg(23, 10000), lcg(24, 9999))
    add("switch: 10000 vs 10001 is asymptotic", lcg(25, 10000), lcg(26, 10001))
    add("switch: 10001 vs 10001 rounds N = 5000.5 to even", lcg(27, 10001), lcg(28, 10001))
    add("shifted by 0.5 ranks, h = 1: exact gives 1 + 2^-52, SciPy falls back", rng(1.0, 1.0, 5),
        rng(1.5, 1.0, 5))
    add("h = 2 of n = 73: exact gives 1 + 2^-52, SciPy falls back", rng(1.0, 1.0, 73),
        rng(2.5, 1.0, 73))
    n, h = fallback_with_dmtw()
    add(f"h = {h} of n = {n}: exact fails, asymptotic by DMTW", rng(1.0, 1.0, n),
        rng(h + 0.5, 1.0, n))
    return cases


def fallback_with_dmtw():
    """Equal sizes n ≤ 10000 and h ≥ 3 where the exact p-value rounds above 1."""
    for n in range(1000, MAX_AUTO_N + 1):
        for h in (3, 4, 5):
            if _compute_prob_outside_square(n, h) > 1.0:
                return n, h
    raise RuntimeError("no fallback case with h >= 3")


def branch_cases():
    """Asymptotic cases, each found by trying LCG seeds until SciPy takes the wanted branch."""
    wanted = [
        # (branch, a, b(seed)) with N = round(m n / (m + n))
        ("Ruben-Gambino product", lambda s: lcg(s, 10001), lambda s: rng(0.025, 0.05, 20)),
        ("Ruben-Gambino upper", lambda s: lcg(s, 10001), lambda s: rng(-18.0, 1.0, 20)),
        ("2 smirnov, x >= 0.5", lambda s: lcg(s, 10001), lambda s: rng(0.55, 0.05, 20)),
        ("DMTW, n <= 140", lambda s: lcg(s, 10001), lambda s: lcg(s + 1000, 100)),
        ("Pomeranz", lambda s: lcg(s, 10001), lambda s: lcg(s + 1000, 100, shift=0.05)),
        ("2 smirnov, n <= 140", lambda s: lcg(s, 10001), lambda s: lcg(s + 1000, 100, shift=0.3)),
        ("Ruben-Gambino Stirling", lambda s: rng(1.0, 1.0, 10001), lambda s: rng(2.5, 1.0, 10001)),
        ("DMTW", lambda s: lcg(s, 10001), lambda s: lcg(s, 10001, shift=0.0003)),
        ("Pelz-Good", lambda s: lcg(s, 10001), lambda s: lcg(s + 1000, 10001)),
        ("2 smirnov", lambda s: lcg(s, 10001), lambda s: lcg(s + 1000, 10001, shift=0.03)),
        ("zero, n x^2 >= 370", lambda s: lcg(s, 10001), lambda s: lcg(s + 1000, 10001, shift=0.4)),
        ("Pelz-Good", lambda s: lcg(s, 200003), lambda s: lcg(s + 1000, 200003)),
    ]
    cases = []
    for branch, make_a, make_b in wanted:
        for seed in range(100, 200):
            a, b = make_a(seed), make_b(seed)
            entry = ks_2samp_auto(build(a), build(b))
            if entry.get("branch") == branch:
                break
        else:
            raise RuntimeError(f"no seed reaches {branch}")
        n_a, n_b = len(build(a)), len(build(b))
        cases.append({"name": f"asymptotic {n_a} vs {n_b} via {branch}", "a": a, "b": b})
    return cases


def reference_cases():
    cases = []
    for group, members in (("scipy", scipy_test_cases()), ("generated", generated_cases()),
                           ("branches", branch_cases())):
        cases += [dict(case, group=group) for case in members]
    for case in cases:
        if "pattern" in case:
            x, y = case.pop("original")
            a, b = unpack_pattern(case["pattern"])
            entry = ks_2samp_auto(x, y)
            again = ks_2samp_auto(a, b)
            assert entry == again, (case["name"], entry, again)
        else:
            entry = ks_2samp_auto(build(case["a"]), build(case["b"]))
        expected = case.pop("scipy_test", None)
        if expected is not None:  # SciPy's own test asserts 6 decimals
            assert abs(entry["statistic"] - expected[0]) < 1e-6, (case["name"], entry)
            if expected[1] is not None:
                assert abs(entry["pvalue"] - expected[1]) < 1e-6, (case["name"], entry)
        case.update(entry)
    return cases


# --------------------------------------------------------------------------- distributions


def kolmogorov_points():
    sizes = [1, 2, 3, 5, 10, 37, 100, 140, 141, 500, 5000, 100000, 100001, 1000000, 1000001,
             5000000]
    points = []
    for n in sizes:
        xs = {0.3 / n, 0.8 / n, 1.0 / n, 1.0 - 0.5 / n, 0.6, 0.999, 1.0}
        xs |= {math.sqrt(c / n) for c in (0.5, 0.754693, 2.0, 4.0, 2.2, 10.0, 300.0, 400.0)}
        xs |= {(c / n) ** (2.0 / 3.0) for c in (0.7, 1.4, 2.0)}
        xs |= {float(v) for v in np.geomspace(0.5 / n, 0.95, 8)}
        summed = 0
        for x in sorted(v for v in xs if 0.0 < v <= 1.0):
            branch = kolmogn_branch(n, x)
            if branch == "2 smirnov" and n >= 100000:
                # The exact Smirnov sum costs O(n): keep two of these slow points in all.
                summed += 1
                if n != 100001 or summed > 2:
                    continue
            sf = float(_ksstats.kolmogn(n, x, cdf=False))
            points.append({"n": n, "x": x, "sf": sf, "branch": branch})
    return points


def matrix_method_points():
    """Pr(D_n <= x) straight from _kolmogn_DMTW and _kolmogn_Pomeranz, away from 1 - sf."""
    points = []
    for n in (2, 5, 37, 100, 140, 141, 5000, 100000):
        xs = {math.sqrt(c / n) for c in (0.3, 0.75, 1.5, 3.0)} if n <= 141 else set()
        xs |= {(c / n) ** (2.0 / 3.0) for c in (0.5, 1.4)}
        for x in sorted(v for v in xs if 1.0 / n < v < 0.5):
            points.append({"method": "DMTW", "n": n, "x": x,
                           "cdf": float(_ksstats._kolmogn_DMTW(n, x, cdf=True))})
            if n <= 140:
                points.append({"method": "Pomeranz", "n": n, "x": x,
                               "cdf": float(_ksstats._kolmogn_Pomeranz(n, x, cdf=True))})
    return points


def smirnov_points():
    sizes = [1, 2, 5, 9, 10, 11, 50, 100, 1000, 1012, 1013, 10000, 100000, 1000000, 1000001,
             3000000]
    points = []
    for n in sizes:
        xs = {1.0 / n, 2.0 / n, 0.5 / n, 1.0 - 1.0 / n, 1.0 - 0.3 / n, 0.5, 0.0, 1.0}
        xs |= {0.4 / math.sqrt(n), 0.5 / math.sqrt(n), math.sqrt(1.1 / n), math.sqrt(20.0 / n)}
        xs |= {math.sqrt(185.0 / n), 3.0 / math.sqrt(n)}
        summed = 0
        for x in sorted(v for v in xs if 0.0 <= v <= 1.0):
            if n >= 100000 and smirnov_sums(n, x):
                # The exact sum costs O(n): keep two such points for n = 10^5, none above.
                summed += 1
                if n != 100000 or summed > 2:
                    continue
            points.append({"n": n, "x": x, "sf": float(special.smirnov(n, x))})
    return points


def smirnov_sums(n, x):
    """Whether scipy.special.smirnov(n, x) evaluates its O(n) Birnbaum-Tingey sum."""
    return 1.0 / n < x and -2 * n * x * x >= -708.39 and n * x < n - 1 and n <= 1000000


def exact_points():
    square = []
    for n in (1, 2, 5, 7, 13, 60, 73, 100, 999, 5000, 10000):
        for h in sorted({1, 2, 3, max(1, n // 20), max(1, n // 7), max(1, n // 2), n}):
            square.append({"n": n, "h": h, "p": _compute_prob_outside_square(n, h)})
    inside = []
    for m, n in ((2, 3), (3, 2), (7, 11), (100, 110), (600, 900), (1000, 999), (10000, 110),
                 (3000, 3001)):
        g = math.gcd(m, n)
        lcm = m // g * n
        for h in sorted({1, lcm // 50, lcm // 10, lcm // 4, lcm // 2, lcm - 1, lcm}):
            if h >= 1:
                inside.append({"m": m, "n": n, "g": g, "h": h,
                               "p": float(_compute_outer_prob_inside_method(m, n, g, h))})
    return square, inside


def main():
    if not scipy.__version__.startswith("1.10"):
        warnings.warn(f"reference values are meant to come from SciPy 1.10, not {scipy.__version__}")
    square, inside = exact_points()
    document = {
        "generator": "tests/stats/reference/ks_reference.py",
        "scipy": scipy.__version__,
        "numpy": np.__version__,
        "lcg": {"multiplier": str(LCG_MULTIPLIER), "increment": str(LCG_INCREMENT)},
        "ks_2samp": reference_cases(),
        "kolmogn_sf": kolmogorov_points(),
        "kolmogn_cdf_methods": matrix_method_points(),
        "smirnov": smirnov_points(),
        "prob_outside_square": square,
        "outer_prob_inside": inside,
    }
    branches = {case.get("branch") for case in document["ks_2samp"]}
    for branch in ("t <= 0.5", "Ruben-Gambino product", "Ruben-Gambino Stirling",
                   "Ruben-Gambino upper", "2 smirnov, x >= 0.5", "DMTW, n <= 140", "Pomeranz",
                   "2 smirnov, n <= 140", "zero, n x^2 >= 370", "2 smirnov",
                   "2 smirnov approximation", "DMTW", "Pelz-Good", "x >= 1"):
        covered = branch in branches or any(p["branch"] == branch for p in document["kolmogn_sf"])
        assert covered, f"no reference point for kolmogn branch {branch}"
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ks_reference.json")
    with open(path, "w", encoding="utf-8") as out:
        json.dump(document, out, indent=1)
        out.write("\n")
    print(f"wrote {path}: {len(document['ks_2samp'])} ks_2samp cases, "
          f"{len(document['kolmogn_sf'])} kolmogn, {len(document['smirnov'])} smirnov points; "
          f"end-to-end branches: {sorted(b for b in branches if b)}")


if __name__ == "__main__":
    main()
