-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 7: drift observations imported from Evidently may carry the other statistics it
-- computes (Z-test, Kullback-Leibler, energy distance, total variation, Anderson-Darling,
-- Cramér-von Mises, Fisher's exact, G-test, Mann-Whitney U, Epps-Singleton, t-test, MMD).
-- SQLite cannot alter a CHECK constraint, so the table is rebuilt with the same rows and ids
-- (audit events refer to them by id).

CREATE TABLE drift_observations_v7 (
    id             INTEGER PRIMARY KEY,
    version_id     INTEGER NOT NULL REFERENCES model_versions (id) ON DELETE CASCADE,
    feature        TEXT NOT NULL,
    window_start   TEXT NOT NULL,
    window_end     TEXT NOT NULL,
    statistic      TEXT NOT NULL
                       CHECK (statistic IN ('psi', 'ks', 'chi2', 'js', 'wasserstein', 'hellinger',
                           'z', 'kl', 'energy', 'tvd', 'anderson', 'cramer_von_mises',
                           'fisher_exact', 'g_test', 'mann_whitney', 'epps_singleton', 't_test',
                           'mmd')),
    value          REAL NOT NULL,
    p_value        REAL CHECK (p_value IS NULL OR (p_value >= 0 AND p_value <= 1)),
    threshold      REAL NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('stable', 'warning', 'drift')),
    bins_json      TEXT,
    recorded_at    TEXT NOT NULL,
    source         TEXT NOT NULL DEFAULT '',
    CHECK (window_end >= window_start)
);

INSERT INTO drift_observations_v7 (id, version_id, feature, window_start, window_end, statistic,
                                   value, p_value, threshold, status, bins_json, recorded_at,
                                   source)
    SELECT id, version_id, feature, window_start, window_end, statistic, value, p_value,
           threshold, status, bins_json, recorded_at, source
    FROM drift_observations;

DROP TABLE drift_observations;
ALTER TABLE drift_observations_v7 RENAME TO drift_observations;
CREATE INDEX drift_observations_by_feature
    ON drift_observations (version_id, feature, statistic, window_start);
