#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes drift_reference.json: reference values for Quorum's drift statistics.

Run with Debian's interpreter (python3-scipy 1.10.1, python3-numpy 1.24, python3-pandas 1.5.3):

    /usr/bin/python3 tests/stats/reference/drift_reference.py

Every number comes from SciPy or NumPy, never from Quorum:
- PSI: reference quantile edges from np.quantile (linear), right-closed bins, empty bins
  counted as a share of 0.0001 (as Evidently does when no share is that small);
- χ²: scipy.stats.chisquare(f_obs=current, f_exp=reference * n_current / n_reference), as
  Evidently calls it;
- Jensen–Shannon: scipy.spatial.distance.jensenshannon (natural logarithm);
- Hellinger: sqrt(0.5 * sum((sqrt(p) - sqrt(q))**2)) in NumPy;
- Wasserstein: scipy.stats.wasserstein_distance, normalised by np.std(reference);
- Sturges bins: np.histogram_bin_edges(concatenated, bins='sturges') and np.histogram.

Large samples are not stored: both this script and the C++ test regenerate them from the
tiny generator below (a 64-bit LCG and Irwin–Hall normals, no libm call, so the values are
bit-identical in both languages).
"""

import json
import math
import os

import numpy as np
import pandas as pd
from scipy import stats
from scipy.spatial import distance

HERE = os.path.dirname(os.path.abspath(__file__))
MASK = (1 << 64) - 1
POWERS_OF_TEN = (1.0, 10.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0)
SHARE_FLOOR = 0.0001  # the share an empty PSI bin counts as


class Lcg:
    """Knuth's MMIX LCG; uniform() has 53 random bits in [0, 1)."""

    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & MASK
        return self.state

    def uniform(self):
        return (self.next() >> 11) * (1.0 / 9007199254740992.0)

    def normal(self):
        total = 0.0
        for _ in range(12):
            total += self.uniform()
        return total - 6.0


def generate(spec):
    """The sample a spec describes (see the C++ twin in driftreference_test.cpp)."""
    rng = Lcg(spec["seed"])
    kind = spec["kind"]
    shift = spec.get("shift", 0.0)
    scale = spec.get("scale", 1.0)
    values = []
    for _ in range(spec["n"]):
        if kind == "normal":
            values.append(shift + scale * rng.normal())
        elif kind == "rounded":
            step = spec["step"]
            values.append(step * float(math.floor((shift + scale * rng.normal()) / step)))
        elif kind == "wide":
            z = rng.normal()
            values.append(shift + z * POWERS_OF_TEN[rng.next() % 7])
        elif kind == "integers":
            values.append(shift + float(math.floor(rng.uniform() * spec["levels"])))
        else:
            raise ValueError(kind)
    return np.array(values, dtype=float)


def sample(value):
    return generate(value) if isinstance(value, dict) else np.array(value, dtype=float)


def floats(array):
    return [float(x) for x in array]


def ints(array):
    return [int(x) for x in array]


def jensen_shannon(p, q):
    return float(distance.jensenshannon(np.asarray(p, float), np.asarray(q, float)))


def hellinger(p, q):
    p = np.asarray(p, float)
    q = np.asarray(q, float)
    p = p / p.sum()
    q = q / q.sum()
    return float(np.sqrt(0.5 * np.sum((np.sqrt(p) - np.sqrt(q)) ** 2)))


def psi(reference_shares, current_shares):
    """Empty bins count as a share of 0.0001; other shares, however small, stay as they are.
    (Evidently's get_binned_data does the same, except that it uses the side's smallest
    non-empty share / 1e6 when that share is itself <= 0.0001.)"""
    r = np.asarray(reference_shares, float)
    c = np.asarray(current_shares, float)
    r = np.where(r > 0, r, SHARE_FLOOR)
    c = np.where(c > 0, c, SHARE_FLOOR)
    return float(np.sum((c - r) * np.log(c / r)))


# --- PSI over reference quantile bins --------------------------------------------------------

def quantile_bins(reference, current, bins):
    quantiles = np.array([k / bins for k in range(1, bins)])
    inner = np.unique(np.quantile(reference, quantiles))  # linear; equal edges merged
    edges = np.concatenate(([-np.inf], inner, [np.inf]))
    # Bin i holds (e_i, e_i+1]: searchsorted 'left' gives the first edge >= x.
    def counts(values):
        index = np.searchsorted(edges, values, side="left") - 1
        return np.bincount(index, minlength=len(edges) - 1)
    return inner, counts(reference), counts(current)


def psi_case(name, reference, current, bins):
    r = sample(reference)
    c = sample(current)
    inner, rc, cc = quantile_bins(r, c, bins)
    rs = rc / len(r)
    cs = cc / len(c)
    return {
        "name": name,
        "reference": reference,
        "current": current,
        "bins": bins,
        "inner_edges": floats(inner),
        "reference_counts": ints(rc),
        "current_counts": ints(cc),
        "reference_shares": floats(rs),
        "current_shares": floats(cs),
        "psi": psi(rs, cs),
    }


# --- categories (PSI, χ², JS, Hellinger over category shares) ---------------------------------

def chi_square(reference_counts, current_counts):
    r = np.asarray(reference_counts, float)
    c = np.asarray(current_counts, float)
    with np.errstate(divide="ignore", invalid="ignore"):
        result = stats.chisquare(f_obs=c, f_exp=r * c.sum() / r.sum())
    statistic = float(result.statistic)
    p_value = float(result.pvalue)
    # JSON has neither ∞ nor NaN; SciPy's p-value is NaN for a single category (no degree
    # of freedom).
    return {
        "statistic": "inf" if math.isinf(statistic) else statistic,
        "p_value": "nan" if math.isnan(p_value) else p_value,
        "dof": len(r) - 1,
    }


def category_case(name, reference, current):
    """reference and current are [label, count] runs in file order; the bins follow Quorum's
    documented order (reference labels by first appearance, then labels only the current
    sample has)."""
    reference_rows = repeat(reference)
    current_rows = repeat(current)
    order = list(dict.fromkeys(reference_rows + current_rows))
    rc = np.array([reference_rows.count(x) for x in order])
    cc = np.array([current_rows.count(x) for x in order])
    rs = rc / len(reference_rows)
    cs = cc / len(current_rows)
    return {
        "name": name,
        "reference": reference,
        "current": current,
        "labels": order,
        "reference_counts": ints(rc),
        "current_counts": ints(cc),
        "reference_shares": floats(rs),
        "current_shares": floats(cs),
        "psi": psi(rs, cs),
        "js": jensen_shannon(rs, cs),
        "hellinger": hellinger(rs, cs),
        "chi2": chi_square(rc, cc),
    }


def repeat(runs):
    rows = []
    for label, count in runs:
        rows.extend([label] * count)
    return rows


# --- Sturges and per-value bins --------------------------------------------------------------

def sturges_case(name, reference, current):
    r = sample(reference)
    c = sample(current)
    edges = np.histogram_bin_edges(np.concatenate((r, c)), bins="sturges")
    rc = np.histogram(r, edges)[0]
    cc = np.histogram(c, edges)[0]
    return {
        "name": name,
        "reference": reference,
        "current": current,
        "edges": floats(edges),
        "reference_counts": ints(rc),
        "current_counts": ints(cc),
        "js": jensen_shannon(rc / len(r), cc / len(c)),
        "hellinger": hellinger(rc / len(r), cc / len(c)),
    }


def value_case(name, reference, current):
    r = sample(reference)
    c = sample(current)
    values = np.unique(np.concatenate((r, c)))
    rc = np.array([np.count_nonzero(r == v) for v in values])
    cc = np.array([np.count_nonzero(c == v) for v in values])
    return {
        "name": name,
        "reference": reference,
        "current": current,
        "values": floats(values),
        "reference_distinct": int(len(np.unique(r))),
        "reference_counts": ints(rc),
        "current_counts": ints(cc),
        "js": jensen_shannon(rc / len(r), cc / len(c)),
        "hellinger": hellinger(rc / len(r), cc / len(c)),
        "chi2": chi_square(rc, cc),
    }


def wasserstein_case(name, reference, current):
    r = sample(reference)
    c = sample(current)
    wd = float(stats.wasserstein_distance(r, c))
    std = float(np.std(r))
    return {
        "name": name,
        "reference": reference,
        "current": current,
        "distance": wd,
        "reference_std": std,
        "current_std": float(np.std(c)),
        # Evidently divides by max(std, 0.001), so a constant reference does not divide by 0.
        "normalised": wd / max(std, 0.001),
    }


def normal(seed, n, shift=0.0, scale=1.0):
    return {"seed": seed, "n": n, "kind": "normal", "shift": shift, "scale": scale}


def rounded(seed, n, step, shift=0.0, scale=1.0):
    return {"seed": seed, "n": n, "kind": "rounded", "step": step, "shift": shift, "scale": scale}


def wide(seed, n, shift=0.0):
    return {"seed": seed, "n": n, "kind": "wide", "shift": shift}


def integers(seed, n, levels, shift=0.0):
    return {"seed": seed, "n": n, "kind": "integers", "levels": levels, "shift": shift}


SMALL_REF = [3.5, -1.25, 0.0, 2.0, 2.0, 7.75, -4.5, 1.0, 2.0, 0.5,
             3.5, 6.0, -2.0, 1.0, 9.25, 0.0, 4.0, 2.0, -1.25, 5.5]
SMALL_CUR = [2.0, 4.5, 8.0, -0.5, 3.5, 3.5, 10.0, 1.0, 6.25, 2.0, 5.0, 7.75, 0.0,
             2.0, 11.5, -3.0, 4.0, 6.0, 3.5, 9.0, 2.5, 1.0, 12.0, 5.5, 4.0]


def generator_checks():
    checks = []
    for spec in (normal(1, 1000), rounded(2, 1000, 0.25, 1.0, 2.0), wide(3, 1000, -5.0),
                 integers(4, 1000, 4, -1.0)):
        values = generate(spec)
        checks.append({"sample": spec, "first": floats(values[:3]), "last": float(values[-1]),
                       "sum": float(math.fsum(values))})
    return checks


def psi_cases():
    return [
        psi_case("small samples with ties", SMALL_REF, SMALL_CUR, 10),
        psi_case("small samples, four bins", SMALL_REF, SMALL_CUR, 4),
        psi_case("normal samples, default bins", normal(11, 500), normal(12, 400, 0.3, 1.2), 10),
        psi_case("normal samples, seven bins", normal(11, 500), normal(12, 400, 0.3, 1.2), 7),
        psi_case("normal samples, twenty bins", normal(13, 1001), normal(14, 999, -0.1), 20),
        psi_case("rounded values merge edges", rounded(15, 1000, 0.5), rounded(16, 800, 0.5, 0.4), 10),
        psi_case("three levels only", integers(17, 300, 3), integers(18, 250, 3), 10),
        psi_case("negative values over a wide range", wide(19, 2000, -50.0), wide(20, 1500, -20.0), 10),
        psi_case("current outside the reference range", normal(21, 400), normal(22, 300, 6.0), 10),
        psi_case("shares below 0.0001", normal(23, 20000), normal(24, 20000, 0.05), 100),
        psi_case("constant reference", integers(25, 50, 1, 4.0), integers(26, 40, 2, 3.0), 10),
    ]


def psi_share_cases():
    cases = []
    for name, r, c in (
            ("identical shares", [0.25, 0.25, 0.5], [0.25, 0.25, 0.5]),
            ("moderate shift", [0.1, 0.2, 0.3, 0.4], [0.2, 0.2, 0.25, 0.35]),
            ("an empty bin on each side", [0.0, 0.5, 0.5], [0.6, 0.4, 0.0]),
            ("shares below 0.0001 stay", [0.00005, 0.49995, 0.5], [0.3, 0.00002, 0.69998])):
        cases.append({"name": name, "reference": r, "current": c, "psi": psi(r, c)})
    return cases


def category_cases():
    return [
        category_case("categories only one side has",
                      [["red", 40], ["green", 25], ["blue", 30], ["grey", 5]],
                      [["blue", 45], ["red", 30], ["green", 20], ["violet", 7]]),
        category_case("same categories, shifted shares",
                      [["a", 120], ["b", 300], ["c", 80]], [["c", 100], ["a", 150], ["b", 250]]),
        category_case("two categories", [["yes", 30], ["no", 70]], [["no", 50], ["yes", 60]]),
        category_case("single category", [["only", 12]], [["only", 9]]),
        category_case("large counts, tiny p-value",
                      [["x", 4000], ["y", 3000], ["z", 3000]],
                      [["x", 3000], ["y", 3000], ["z", 4000]]),
        category_case("reference-only category",
                      [["p", 10], ["q", 10], ["r", 10]], [["p", 12], ["q", 12]]),
        category_case("interleaved runs",
                      [["k", 3], ["m", 2], ["k", 4], ["n", 1], ["m", 5]],
                      [["n", 6], ["o", 2], ["k", 1], ["o", 3]]),
    ]


def chi_square_cases():
    cases = []
    for name, r, c in (
            ("moderate difference", [30, 40, 20, 10], [25, 45, 15, 15]),
            ("unequal sizes", [120, 300, 80], [30, 50, 45]),
            ("a category only the current sample has", [10, 5, 0], [3, 4, 2]),
            ("a category only the reference has", [10, 5, 8], [7, 9, 0]),
            ("large counts", [400000, 350000, 250000], [402000, 348500, 249500]),
            ("very different", [900, 50, 50], [50, 50, 900])):
        entry = {"name": name, "reference_counts": r, "current_counts": c}
        entry.update(chi_square(r, c))
        cases.append(entry)
    return cases


def vector_cases():
    cases = []
    for name, p, q in (
            ("identical", [0.2, 0.3, 0.5], [0.2, 0.3, 0.5]),
            ("disjoint", [1.0, 0.0], [0.0, 1.0]),
            ("unnormalised counts", [10, 20, 30, 40], [40, 30, 20, 10]),
            ("zeros on one side", [5, 0, 3, 2], [1, 4, 0, 5]),
            ("close distributions", [0.30, 0.30, 0.40], [0.31, 0.29, 0.40]),
            ("many bins", [float(k % 7 + 1) for k in range(40)],
             [float((k * 3) % 11 + 1) for k in range(40)])):
        cases.append({"name": name, "p": p, "q": q,
                      "js": jensen_shannon(p, q), "hellinger": hellinger(p, q)})
    return cases


def sturges_cases():
    return [
        sturges_case("small samples", SMALL_REF, SMALL_CUR),
        sturges_case("normal samples", normal(31, 700), normal(32, 500, 0.5, 0.8)),
        sturges_case("power-of-two combined size", normal(33, 1000), normal(34, 1048, 0.2)),
        sturges_case("wide range with negatives", wide(35, 3000, -100.0), wide(36, 2000)),
        sturges_case("ties on edges", rounded(37, 1500, 0.25), rounded(38, 1200, 0.25, 0.1)),
        sturges_case("one value only", [3.0] * 6, [3.0] * 4),
    ]


def value_cases():
    return [
        value_case("five levels", integers(41, 1000, 5), integers(42, 1001, 5, 0.0)),
        value_case("levels only one side has", integers(43, 300, 3, -1.0), integers(44, 200, 4)),
        value_case("many duplicates of wide values", [1e9, -1e9, 1e9, 0.5, 0.5, 1e9],
                   [0.5, 1e9, 7.0, 7.0]),
    ]


def wasserstein_cases():
    return [
        wasserstein_case("small samples", SMALL_REF, SMALL_CUR),
        wasserstein_case("normal samples of different sizes", normal(51, 1001), normal(52, 700, 0.25)),
        wasserstein_case("ties", rounded(53, 2000, 0.5), rounded(54, 3000, 0.5, 0.3)),
        wasserstein_case("wide range with negatives", wide(55, 5000, -1000.0), wide(56, 4000)),
        wasserstein_case("large samples", normal(57, 20000, 10.0, 3.0), normal(58, 15000, 10.5, 3.0)),
        wasserstein_case("single values", [2.0], [-3.5]),
    ]


# --- end to end: two small CSV files --------------------------------------------------------

def end_to_end():
    """Expected results for tests/stats/reference/drift/{reference,current}.csv with the
    automatic method choice (≤ 1000 rows: KS for > 5 distinct numbers, χ² otherwise)."""
    na = ["", "?", "NA", "NaN", "null"]
    ref = pd.read_csv(os.path.join(HERE, "drift", "reference.csv"), na_values=na,
                      keep_default_na=False, skipinitialspace=True)
    cur = pd.read_csv(os.path.join(HERE, "drift", "current.csv"), na_values=na,
                      keep_default_na=False, skipinitialspace=True)
    results = []
    for column in ref.columns:
        r = ref[column].dropna()
        c = cur[column].dropna()
        numeric = pd.api.types.is_numeric_dtype(r) and pd.api.types.is_numeric_dtype(c)
        entry = {"column": column, "type": "numeric" if numeric else "categorical",
                 "reference_size": int(len(r)), "current_size": int(len(c)),
                 "reference_missing": int(ref[column].isna().sum()),
                 "current_missing": int(cur[column].isna().sum())}
        if numeric and r.nunique() > 5:
            ks = stats.ks_2samp(r.to_numpy(float), c.to_numpy(float))
            entry.update({"method": "ks", "statistic": float(ks.statistic),
                          "p_value": float(ks.pvalue)})
        else:
            labels = list(dict.fromkeys(list(r) + list(c)))
            rc = [int((r == x).sum()) for x in labels]
            cc = [int((c == x).sum()) for x in labels]
            chi = chi_square(rc, cc)
            entry.update({"method": "chi2", "statistic": chi["statistic"],
                          "p_value": chi["p_value"]})
        entry["drift"] = bool(entry["p_value"] < 0.05)
        results.append(entry)
    return results


def main():
    document = {
        "generator": generator_checks(),
        "psi_numeric": psi_cases(),
        "psi_shares": psi_share_cases(),
        "categories": category_cases(),
        "chisquare": chi_square_cases(),
        "vectors": vector_cases(),
        "sturges": sturges_cases(),
        "value_bins": value_cases(),
        "wasserstein": wasserstein_cases(),
        "end_to_end": end_to_end(),
    }
    with open(os.path.join(HERE, "drift_reference.json"), "w", encoding="utf-8") as out:
        json.dump(document, out, indent=1, ensure_ascii=False, allow_nan=False)
        out.write("\n")


if __name__ == "__main__":
    main()
