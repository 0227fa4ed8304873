-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 8: monitoring alerts. A scan of a version's production evidence raises one when a
-- value crosses its tier's monitoring threshold (SPEC §2, §3 step 6); a person acknowledges it
-- with a comment. The facts of an alert never change; acknowledging is the only update.

CREATE TABLE alerts (
    id               INTEGER PRIMARY KEY,
    version_id       INTEGER NOT NULL REFERENCES model_versions (id) ON DELETE CASCADE,
    trigger_kind     TEXT NOT NULL CHECK (trigger_kind IN ('accuracy_decay', 'recall_decay',
                         'data_drift', 'prediction_drift', 'missing_value_increase',
                         'calibration_drift')),
    feature          TEXT NOT NULL CHECK (length(trim(feature)) > 0),
    observed         REAL NOT NULL,
    baseline         REAL,
    measured         REAL NOT NULL,
    threshold        REAL NOT NULL CHECK (threshold >= 0),
    window_start     TEXT,
    window_end       TEXT NOT NULL,
    raised_at        TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'active'
                         CHECK (status IN ('active', 'acknowledged')),
    acknowledged_by  INTEGER REFERENCES people (id),
    acknowledged_at  TEXT,
    comment          TEXT,
    -- What crossed: the decay, increase or PSI that exceeded the threshold.
    CHECK (measured > threshold),
    -- Decay and increase are measured against a baseline; drift is the PSI itself.
    CHECK (baseline IS NOT NULL OR trigger_kind IN ('data_drift', 'prediction_drift')),
    CHECK (window_start IS NULL OR window_end >= window_start),
    CHECK ((status = 'active' AND acknowledged_by IS NULL AND acknowledged_at IS NULL
                AND comment IS NULL)
           OR (status = 'acknowledged' AND acknowledged_by IS NOT NULL
                AND acknowledged_at IS NOT NULL AND length(trim(comment)) > 0)),
    -- A scan never raises the same alert twice.
    UNIQUE (version_id, trigger_kind, feature, window_end)
);
CREATE INDEX alerts_by_status ON alerts (status, raised_at);

-- Only an active alert changes, and only into an acknowledged one with the same facts.
CREATE TRIGGER alerts_acknowledge_only BEFORE UPDATE ON alerts
BEGIN
    SELECT RAISE(ABORT, 'alerts: only an active alert can be acknowledged')
    WHERE OLD.status <> 'active' OR NEW.status <> 'acknowledged';
    SELECT RAISE(ABORT, 'alerts: the facts of an alert cannot be changed')
    WHERE NEW.id IS NOT OLD.id OR NEW.version_id IS NOT OLD.version_id
        OR NEW.trigger_kind IS NOT OLD.trigger_kind OR NEW.feature IS NOT OLD.feature
        OR NEW.observed IS NOT OLD.observed OR NEW.baseline IS NOT OLD.baseline
        OR NEW.measured IS NOT OLD.measured OR NEW.threshold IS NOT OLD.threshold
        OR NEW.window_start IS NOT OLD.window_start OR NEW.window_end IS NOT OLD.window_end
        OR NEW.raised_at IS NOT OLD.raised_at;
END;
