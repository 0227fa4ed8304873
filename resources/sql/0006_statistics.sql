-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 6: fairness computed by the statistics engine carries AIF360's signed statistical
-- parity difference beside Fairlearn's unsigned one, and optional bootstrap intervals.
-- Reports stored before this version keep NULL and '{}': nothing is recomputed or guessed.

ALTER TABLE fairness_reports ADD COLUMN statistical_parity_difference REAL;
ALTER TABLE fairness_reports ADD COLUMN intervals_json TEXT NOT NULL DEFAULT '{}'
    CHECK (json_valid(intervals_json));
