# SPDX-License-Identifier: GPL-3.0-or-later
"""Reference numbers for csvreader_test.cpp's checks of the real data sets in ../shared/data.

Run: /usr/bin/python3 tests/stats/reference/csv/shared_data_reference.py /work/shared/data
(pandas 1.5.3). The reader's missing markers are passed as na_values, with pandas' own extra
markers off, so both read the same values as missing; skipinitialspace matches our trimming.
"""
import sys

import pandas as pd

DATA = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data"
NA = ["", "?", "NA", "NaN", "null"]


def read(name, **kwargs):
    return pd.read_csv(f"{DATA}/fairness/{name}", keep_default_na=False, na_values=NA, **kwargs)


def numeric_columns(frame, by_position):
    return [(i + 1 if by_position else c) for i, c in enumerate(frame.columns)
            if frame[c].dtype.kind in "if"]


compas = read("compas/compas-scores-two-years.csv", skipinitialspace=True)
print("compas rows", len(compas), "columns", compas.shape[1])
print("compas numeric", numeric_columns(compas, False))
print("compas age sum", compas["age"].sum())
print("compas days_b_screening_arrest missing", compas["days_b_screening_arrest"].isna().sum(),
      "sum", compas["days_b_screening_arrest"].sum())
print("compas race", compas["race"].value_counts().to_dict())
print("compas race first appearance", compas["race"].unique().tolist())
print("compas c_charge_desc missing", compas["c_charge_desc"].isna().sum(),
      "distinct", compas["c_charge_desc"].nunique(),
      "'Poss 3,4 MDMA (Ecstasy)'", (compas["c_charge_desc"] == "Poss 3,4 MDMA (Ecstasy)").sum())
print("compas duplicated decile_score equal",
      (compas["decile_score"] == compas["decile_score.1"]).all())

adult = read("adult/adult.data", header=None, skipinitialspace=True)
print("adult rows", len(adult), "numeric", numeric_columns(adult, True))
print("adult age sum", adult[0].sum(), "fnlwgt sum", adult[2].sum())
print("adult missing", {i + 1: n for i, n in adult.isna().sum().items() if n})
print("adult income", adult[14].value_counts().to_dict())

german = read("german/german.data", header=None, sep=" ")
print("german rows", len(german), "numeric", numeric_columns(german, True))
print("german duration sum", german[1].sum(), "credit amount sum", german[4].sum())
print("german checking account", german[0].value_counts().to_dict())
print("german class", german[20].value_counts().to_dict())
