-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 2: the evidence a release is judged on: evaluations, fairness, drift, model cards
-- and risk assessments, all per model version.

CREATE TABLE evaluations (
    id            INTEGER PRIMARY KEY,
    version_id    INTEGER NOT NULL REFERENCES model_versions (id) ON DELETE CASCADE,
    metric        TEXT NOT NULL CHECK (length(trim(metric)) > 0),
    value         REAL NOT NULL,
    split         TEXT NOT NULL CHECK (split IN ('train', 'validation', 'test', 'production')),
    segment       TEXT NOT NULL DEFAULT 'all',
    window_start  TEXT,
    window_end    TEXT,
    recorded_at   TEXT NOT NULL,
    source        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX evaluations_by_version ON evaluations (version_id, metric, split, segment);

CREATE TABLE fairness_reports (
    id                            INTEGER PRIMARY KEY,
    version_id                    INTEGER NOT NULL REFERENCES model_versions (id) ON DELETE CASCADE,
    protected_attribute           TEXT NOT NULL,
    privileged_group              TEXT NOT NULL,
    favourable_outcome            TEXT NOT NULL DEFAULT '1',
    split                         TEXT NOT NULL DEFAULT 'test',
    demographic_parity_difference REAL,
    demographic_parity_ratio      REAL,
    disparate_impact              REAL,
    equal_opportunity_difference  REAL,
    equalized_odds_difference     REAL,
    average_odds_difference       REAL,
    undefined_reasons_json        TEXT NOT NULL DEFAULT '{}',
    flags_json                    TEXT NOT NULL DEFAULT '[]',
    recorded_at                   TEXT NOT NULL,
    source                        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX fairness_reports_by_version ON fairness_reports (version_id, protected_attribute);

CREATE TABLE fairness_groups (
    report_id        INTEGER NOT NULL REFERENCES fairness_reports (id) ON DELETE CASCADE,
    group_name       TEXT NOT NULL,
    sample_count     INTEGER NOT NULL CHECK (sample_count >= 0),
    true_positives   INTEGER CHECK (true_positives >= 0),
    false_positives  INTEGER CHECK (false_positives >= 0),
    true_negatives   INTEGER CHECK (true_negatives >= 0),
    false_negatives  INTEGER CHECK (false_negatives >= 0),
    selection_rate   REAL,
    tpr              REAL,
    fpr              REAL,
    precision        REAL,
    accuracy         REAL,
    brier            REAL,
    PRIMARY KEY (report_id, group_name)
);

CREATE TABLE drift_observations (
    id             INTEGER PRIMARY KEY,
    version_id     INTEGER NOT NULL REFERENCES model_versions (id) ON DELETE CASCADE,
    feature        TEXT NOT NULL,
    window_start   TEXT NOT NULL,
    window_end     TEXT NOT NULL,
    statistic      TEXT NOT NULL
                       CHECK (statistic IN ('psi', 'ks', 'chi2', 'js', 'wasserstein', 'hellinger')),
    value          REAL NOT NULL,
    p_value        REAL CHECK (p_value IS NULL OR (p_value >= 0 AND p_value <= 1)),
    threshold      REAL NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('stable', 'warning', 'drift')),
    bins_json      TEXT,
    recorded_at    TEXT NOT NULL,
    source         TEXT NOT NULL DEFAULT '',
    CHECK (window_end >= window_start)
);
CREATE INDEX drift_observations_by_feature
    ON drift_observations (version_id, feature, statistic, window_start);

CREATE TABLE model_cards (
    id              INTEGER PRIMARY KEY,
    version_id      INTEGER NOT NULL REFERENCES model_versions (id) ON DELETE CASCADE,
    revision        INTEGER NOT NULL CHECK (revision >= 1),
    schema_version  TEXT NOT NULL DEFAULT '0.0.2',
    content_json    TEXT NOT NULL,
    author_id       INTEGER REFERENCES people (id),
    created_at      TEXT NOT NULL,
    UNIQUE (version_id, revision)
);

CREATE TABLE risk_assessments (
    id                      INTEGER PRIMARY KEY,
    version_id              INTEGER NOT NULL REFERENCES model_versions (id) ON DELETE CASCADE,
    risk_score              REAL NOT NULL CHECK (risk_score >= 0 AND risk_score <= 1),
    risk_level              TEXT NOT NULL CHECK (risk_level IN ('low', 'medium', 'high')),
    high_risk_factors_json  TEXT NOT NULL DEFAULT '[]',
    mitigations_json        TEXT NOT NULL DEFAULT '[]',
    assessed_by             INTEGER REFERENCES people (id),
    assessed_at             TEXT NOT NULL
);
