#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes fairness_reference.json: independent values for Quorum's fairness metrics on the real
data sets in ../shared/data/fairness/.

Run with Debian's interpreter (python3-numpy 1.24, python3-pandas 1.5.3):

    /usr/bin/python3 tests/stats/reference/fairness_reference.py

Every number comes from pandas/NumPy arithmetic on the original files, never from Quorum. The
published figures (AIF360, ProPublica, UCI) are quoted in fairnessreference_test.cpp; this script
reproduces them (see the asserts at the bottom) and adds what nobody published, e.g. the
Fairlearn max-vs-min metrics over every group and the per-group TPR/FPR/precision/accuracy.

Definitions (positive = the favourable value, in the label and in the prediction):
- per group: selection rate (TP+FP)/n, TPR TP/(TP+FN), FPR FP/(FP+TN), precision TP/(TP+FP),
  accuracy (TP+TN)/n; null when the denominator is 0;
- AIF360 (all unprivileged rows pooled, unprivileged − privileged): statistical_parity_difference,
  disparate_impact (ratio), equal_opportunity_difference (TPR), average_odds_difference
  ((ΔFPR + ΔTPR) / 2);
- Fairlearn (over every group of the attribute, max − min): demographic_parity_difference,
  demographic_parity_ratio (min / max), equalized_odds_difference (max of the TPR and FPR ranges).
For a comparison (">25") the groups are the privileged rows and the rest.

Derivations of the cases (the C++ test does the same in plain C++/Qt):
- German: german.data, attribute 9 A91/A93/A94 → male, A92/A95 → female; attribute 13 age;
  attribute 21 class 1 = good (favourable "1"), 2 = bad. "aged" = age > 25 (AIF360's
  fetch_german bins pd.cut(age, [0, 25, 100])).
- German tutorial split: AIF360's tutorial_credit_scoring.ipynb calls np.random.seed(0), then
  GermanDataset(...).split([0.7], shuffle=True), i.e. rows np.random.permutation(1000)[:700]
  (NumPy's legacy RandomState stream, frozen by NumPy's compatibility policy).
- Adult: adult.data + adult.test (first line a comment, labels end with "."), label ">50K";
  "45222" drops every row with a "?" anywhere (adult.names, AIF360's AdultDataset), "48842"
  keeps them all (sex, race and income are never missing).
- COMPAS: compas-scores-two-years.csv; prediction = score_text != "Low" (ProPublica's
  "High"/"Medium" vs "Low"), label = two_year_recid. "all" uses every row (ProPublica's
  published confusion tables), "filtered" ProPublica's filter (days_b_screening_arrest within
  ±30, is_recid != -1, c_charge_degree != "O", score_text != "N/A").
"""

import json
import os

import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared", "data", "fairness"))
ADULT_COLUMNS = [
    "age", "workclass", "fnlwgt", "education", "education-num", "marital-status",
    "occupation", "relationship", "race", "sex", "capital-gain", "capital-loss",
    "hours-per-week", "native-country", "income",
]


def rate(num, den):
    return None if den == 0 else float(num) / float(den)


def group_stats(label, pred):
    """Confusion counts and rates of one group; label and pred are boolean Series."""
    tp = int((label & pred).sum())
    fp = int((~label & pred).sum())
    tn = int((~label & ~pred).sum())
    fn = int((label & ~pred).sum())
    n = tp + fp + tn + fn
    return {
        "count": n, "tp": tp, "fp": fp, "tn": tn, "fn": fn,
        "selection_rate": rate(tp + fp, n),
        "tpr": rate(tp, tp + fn),
        "fpr": rate(fp, fp + tn),
        "precision": rate(tp, tp + fp),
        "accuracy": rate(tp + tn, n),
    }


def spread(values, ratio=False):
    present = [v for v in values if v is not None]
    if not present:
        return None
    if ratio:
        return rate(min(present), max(present)) if max(present) != 0 else None
    return max(present) - min(present)


def diff(a, b):
    return None if a is None or b is None else a - b


def analyse(attribute, label, pred, privileged, comparison=False):
    """Per-group stats and both conventions. privileged: a boolean Series over the rows."""
    if comparison:
        keys = {"privileged": privileged, "rest": ~privileged}
    else:
        keys = {str(v): attribute == v for v in sorted(attribute.unique())}
    groups = {k: group_stats(label[m], pred[m]) for k, m in keys.items()}
    p = group_stats(label[privileged], pred[privileged])
    u = group_stats(label[~privileged], pred[~privileged])
    sel = [g["selection_rate"] for g in groups.values()]
    tprs = [g["tpr"] for g in groups.values()]
    fprs = [g["fpr"] for g in groups.values()]
    eod = diff(u["tpr"], p["tpr"])
    fpr_diff = diff(u["fpr"], p["fpr"])
    summary = {
        "statistical_parity_difference": u["selection_rate"] - p["selection_rate"],
        "disparate_impact": rate(u["selection_rate"], p["selection_rate"])
        if p["selection_rate"] else None,
        "equal_opportunity_difference": eod,
        "average_odds_difference": None if eod is None or fpr_diff is None
        else (fpr_diff + eod) / 2.0,
        "demographic_parity_difference": spread(sel),
        "demographic_parity_ratio": spread(sel, ratio=True),
        "equalized_odds_difference": None if spread(tprs) is None or spread(fprs) is None
        else max(spread(tprs), spread(fprs)),
    }
    return {"groups": groups, "privileged": p, "unprivileged": u, "summary": summary,
            "rows": int(len(label))}


def german():
    g = pd.read_csv(os.path.join(DATA, "german", "german.data"), sep=" ", header=None)
    g.columns = [str(i) for i in range(1, 22)]
    sex = g["9"].map({"A91": "male", "A92": "female", "A93": "male", "A94": "male",
                      "A95": "female"})
    age = g["13"]
    good = g["21"] == 1
    aged = np.where(age > 25, "aged", "young")
    sex_age = sex + " " + pd.Series(aged)
    cases = {
        "german_age_gt25": analyse(age, good, good, age > 25, comparison=True),
        "german_age_ge25": analyse(age, good, good, age >= 25, comparison=True),
        "german_sex": analyse(sex, good, good, sex == "male"),
    }
    for g_name in ["female aged", "female young", "male aged", "male young"]:
        key = "german_sex_age_" + g_name.replace(" ", "_")
        cases[key] = analyse(sex_age, good, good, sex_age == g_name)

    np.random.seed(0)
    train = np.random.permutation(len(g))[:700]
    t = g.iloc[train].reset_index(drop=True)
    t_good = t["21"] == 1
    split = analyse(t["13"], t_good, t_good, t["13"] >= 25, comparison=True)
    split["row_indices"] = [int(i) for i in train]
    cases["german_tutorial_split_ge25"] = split
    return cases


def adult():
    tr = pd.read_csv(os.path.join(DATA, "adult", "adult.data"), header=None, names=ADULT_COLUMNS,
                     skipinitialspace=True, na_values="?")
    te = pd.read_csv(os.path.join(DATA, "adult", "adult.test"), header=None, names=ADULT_COLUMNS,
                     skipinitialspace=True, na_values="?", skiprows=1)
    te["income"] = te["income"].str.rstrip(".")
    full = pd.concat([tr, te], ignore_index=True)
    cases = {}
    for name, d in (("48842", full), ("45222", full.dropna().reset_index(drop=True))):
        y = d["income"] == ">50K"
        cases["adult_sex_" + name] = analyse(d["sex"], y, y, d["sex"] == "Male")
        cases["adult_race_" + name] = analyse(d["race"], y, y, d["race"] == "White")
    return cases


def compas():
    d = pd.read_csv(os.path.join(DATA, "compas", "compas-scores-two-years.csv"))
    f = d[(d.days_b_screening_arrest <= 30) & (d.days_b_screening_arrest >= -30)
          & (d.is_recid != -1) & (d.c_charge_degree != "O") & (d.score_text != "N/A")]
    cases = {}
    for name, s in (("all", d), ("filtered", f.reset_index(drop=True))):
        y = s["two_year_recid"] == 1
        high = s["score_text"] != "Low"
        cases["compas_race_" + name] = analyse(s["race"], y, high, s["race"] == "Caucasian")
        # The favourable outcome of the defendant: no recidivism, "Low".
        cases["compas_race_" + name + "_favourable0"] = analyse(
            s["race"], ~y, ~high, s["race"] == "Caucasian")
    return cases


def main():
    cases = {}
    cases.update(german())
    cases.update(adult())
    cases.update(compas())

    # The published figures quoted in fairnessreference_test.cpp, reproduced here.
    def close(a, b, tol):
        assert abs(a - b) <= tol, (a, b)

    s = cases["german_sex"]["summary"]
    close(s["statistical_parity_difference"], -0.07480130902290782, 1e-15)
    close(s["disparate_impact"], 0.8965673282047968, 1e-15)
    close(cases["german_sex_age_female_young"]["summary"]["statistical_parity_difference"],
          0.16493748337323755, 1e-15)
    close(cases["german_sex_age_female_young"]["groups"]["female aged"]["selection_rate"],
          0.697560975609756, 1e-15)
    close(cases["german_tutorial_split_ge25"]["summary"]["statistical_parity_difference"],
          -0.169905, 5e-7)
    close(cases["adult_sex_45222"]["summary"]["disparate_impact"], 0.3634695423643793, 1e-15)
    close(cases["adult_race_45222"]["summary"]["statistical_parity_difference"],
          -0.10395937026830099, 1e-15)
    assert cases["compas_race_all"]["groups"]["African-American"]["fp"] == 805
    assert cases["compas_race_filtered"]["rows"] == 6172

    with open(os.path.join(HERE, "fairness_reference.json"), "w", encoding="utf-8") as out:
        json.dump(cases, out, indent=1, sort_keys=True)
        out.write("\n")


if __name__ == "__main__":
    main()
