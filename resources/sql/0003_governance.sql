-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 3: policies, release requests (retirements included), threshold checks, decisions
-- and the append-only audit trail.

CREATE TABLE policies (
    id                    INTEGER PRIMARY KEY,
    risk_tier             INTEGER NOT NULL CHECK (risk_tier BETWEEN 1 AND 4),
    version               INTEGER NOT NULL CHECK (version >= 1),
    thresholds_json       TEXT NOT NULL,
    approval_matrix_json  TEXT NOT NULL,
    monitoring_json       TEXT NOT NULL,
    retraining_json       TEXT NOT NULL DEFAULT '{}',
    created_by            INTEGER REFERENCES people (id),
    created_at            TEXT NOT NULL,
    UNIQUE (risk_tier, version)
);

CREATE TABLE release_requests (
    id            INTEGER PRIMARY KEY,
    version_id    INTEGER NOT NULL REFERENCES model_versions (id),
    from_stage    TEXT NOT NULL,
    to_stage      TEXT NOT NULL CHECK (to_stage IN ('staging', 'approved', 'production',
                      'deprecated', 'archived', 'retired')),
    policy_id     INTEGER NOT NULL REFERENCES policies (id),
    submitted_by  INTEGER NOT NULL REFERENCES people (id),
    submitted_at  TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved',
                      'rejected', 'changes_requested', 'withdrawn', 'expired')),
    ticket_ref    TEXT NOT NULL DEFAULT '',
    summary       TEXT NOT NULL DEFAULT '',
    expires_at    TEXT,
    closed_at     TEXT,
    previous_request_id INTEGER REFERENCES release_requests (id)
);
CREATE INDEX release_requests_by_status ON release_requests (status, submitted_at);

CREATE TABLE threshold_checks (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES release_requests (id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    comparator  TEXT NOT NULL CHECK (comparator IN ('>=', '<=', '<', '>', '==')),
    threshold   REAL NOT NULL,
    actual      REAL,
    passed      INTEGER NOT NULL CHECK (passed IN (0, 1)),
    detail      TEXT NOT NULL DEFAULT '',
    UNIQUE (request_id, name)
);

-- A retirement is a release request to the Retired stage with these extra facts.
CREATE TABLE retirements (
    request_id            INTEGER PRIMARY KEY REFERENCES release_requests (id) ON DELETE CASCADE,
    reason                TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    replacement_model_id  INTEGER REFERENCES models (id),
    archive_location      TEXT NOT NULL DEFAULT '',
    compliance_signoff_id INTEGER REFERENCES people (id)
);

CREATE TABLE decisions (
    id                       INTEGER PRIMARY KEY,
    request_id               INTEGER NOT NULL REFERENCES release_requests (id),
    person_id                INTEGER NOT NULL REFERENCES people (id),
    role                     TEXT NOT NULL,
    verdict                  TEXT NOT NULL CHECK (verdict IN ('approve', 'approve_with_conditions',
                                 'reject', 'request_changes', 'waiver')),
    rationale                TEXT NOT NULL CHECK (length(trim(rationale)) > 0),
    conditions               TEXT NOT NULL DEFAULT '',
    decision_mode            TEXT NOT NULL DEFAULT 'interactive'
                                 CHECK (decision_mode IN ('interactive', 'automated')),
    decided_at               TEXT NOT NULL,
    canonical_json           TEXT NOT NULL,
    signature                BLOB,
    certificate_fingerprint  TEXT,
    UNIQUE (request_id, person_id, role)
);

CREATE TABLE audit_events (
    id           INTEGER PRIMARY KEY,
    occurred_at  TEXT NOT NULL,
    person_id    INTEGER REFERENCES people (id),
    action       TEXT NOT NULL,
    entity       TEXT NOT NULL,
    entity_id    INTEGER,
    before_json  TEXT,
    after_json   TEXT,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL UNIQUE
);

-- The audit trail is append-only.
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit_events is append-only: an audit event cannot be changed');
END;

CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit_events is append-only: an audit event cannot be deleted');
END;

-- Default policies per tier (SPEC §2 and the release SOP); administrators add new versions.
-- Thresholds: accuracy >= 0.80, bias disparity <= 0.20, risk score <= 0.40, no fairness flags,
-- regression against production <= 1.0 %, PSI < 0.10 at approval time.
INSERT INTO policies (risk_tier, version, thresholds_json, approval_matrix_json, monitoring_json,
                      retraining_json, created_by, created_at)
VALUES
(1, 1,
 '{"min_accuracy":0.80,"max_bias_disparity":0.20,"max_risk_score":0.40,"max_fairness_flags":0,"max_regression_pct":1.0,"max_psi":0.10,"require_qa_check":true,"request_expiry_days":30}',
 '{"requirements":[{"role":"reviewer","count":4,"of":5,"label":"AI-IRB board quorum"},{"role":"compliance","count":1,"label":"Compliance officer"},{"role":"legal","count":1,"label":"Legal"}],"waiver_roles":["compliance"],"reject":"first_reject"}',
 '{"accuracy_decay_pct":0.5,"recall_decay_pct":1.0,"data_drift_psi":0.05,"prediction_drift_psi":0.03,"missing_value_increase_pct":0.3,"calibration_drift_brier":0.005}',
 '{"on_drift":true,"on_accuracy_decay":true}', NULL, '2024-01-02T09:00:00Z'),
(2, 1,
 '{"min_accuracy":0.80,"max_bias_disparity":0.20,"max_risk_score":0.40,"max_fairness_flags":0,"max_regression_pct":1.0,"max_psi":0.10,"require_qa_check":false,"request_expiry_days":30}',
 '{"requirements":[{"role":"ml-lead","count":1,"label":"ML lead"},{"role":"business","count":1,"label":"Business stakeholder"}],"waiver_roles":["compliance"],"reject":"first_reject"}',
 '{"accuracy_decay_pct":1.0,"recall_decay_pct":2.0,"data_drift_psi":0.10,"prediction_drift_psi":0.05,"missing_value_increase_pct":0.5,"calibration_drift_brier":0.010}',
 '{"on_drift":true,"on_accuracy_decay":true}', NULL, '2024-01-02T09:00:00Z'),
(3, 1,
 '{"min_accuracy":0.80,"max_bias_disparity":0.20,"max_risk_score":0.40,"max_fairness_flags":0,"max_regression_pct":1.0,"max_psi":0.10,"require_qa_check":false,"request_expiry_days":30}',
 '{"requirements":[{"role":"reviewer","count":1,"label":"Peer reviewer"},{"role":"ml-engineer","count":1,"label":"ML engineer"}],"waiver_roles":["compliance","ml-lead"],"reject":"first_reject"}',
 '{"accuracy_decay_pct":2.0,"recall_decay_pct":3.0,"data_drift_psi":0.15,"prediction_drift_psi":0.10,"missing_value_increase_pct":1.0,"calibration_drift_brier":0.020}',
 '{"on_drift":false,"on_accuracy_decay":true}', NULL, '2024-01-02T09:00:00Z'),
(4, 1,
 '{"min_accuracy":0.80,"max_bias_disparity":0.20,"max_risk_score":0.40,"max_fairness_flags":0,"max_regression_pct":1.0,"max_psi":0.10,"require_qa_check":false,"request_expiry_days":30}',
 '{"requirements":[{"role":"reviewer","count":1,"label":"Reviewer"}],"waiver_roles":["ml-lead"],"reject":"first_reject"}',
 '{"accuracy_decay_pct":2.0,"recall_decay_pct":3.0,"data_drift_psi":0.15,"prediction_drift_psi":0.10,"missing_value_increase_pct":1.0,"calibration_drift_brier":0.020}',
 '{"on_drift":false,"on_accuracy_decay":false}', NULL, '2024-01-02T09:00:00Z');
