-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 1: people, models, datasets, model versions and their lineage.
-- Timestamps are ISO-8601 UTC text ("2026-11-16T09:30:00Z"); JSON columns hold UTF-8 JSON text.

CREATE TABLE people (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    email       TEXT NOT NULL UNIQUE CHECK (email LIKE '%_@_%'),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  TEXT NOT NULL
);

CREATE TABLE person_roles (
    person_id   INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('reviewer', 'compliance', 'legal', 'owner',
                    'ml-engineer', 'ml-lead', 'business', 'qa', 'admin')),
    PRIMARY KEY (person_id, role)
);

-- Public part only: a person's private key never enters the database.
CREATE TABLE certificates (
    id                  INTEGER PRIMARY KEY,
    person_id           INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    pem                 TEXT NOT NULL,
    fingerprint_sha256  TEXT NOT NULL UNIQUE,
    subject             TEXT NOT NULL,
    not_before          TEXT NOT NULL,
    not_after           TEXT NOT NULL,
    added_at            TEXT NOT NULL
);

CREATE TABLE models (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    display_name        TEXT NOT NULL,
    description         TEXT NOT NULL DEFAULT '',
    intended_use        TEXT NOT NULL DEFAULT '',
    owner_id            INTEGER NOT NULL REFERENCES people (id),
    team                TEXT NOT NULL DEFAULT '',
    risk_tier           INTEGER NOT NULL CHECK (risk_tier BETWEEN 1 AND 4),
    use_case            TEXT NOT NULL DEFAULT '',
    regulatory_context  TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL DEFAULT 'active'
                            CHECK (status IN ('active', 'retiring', 'retired')),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);

CREATE TABLE datasets (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL,
    version          TEXT NOT NULL,
    source           TEXT NOT NULL DEFAULT '',
    schema_json      TEXT NOT NULL DEFAULT '{}',
    contains_pii     INTEGER NOT NULL DEFAULT 0 CHECK (contains_pii IN (0, 1)),
    row_count        INTEGER CHECK (row_count IS NULL OR row_count >= 0),
    sha256           TEXT CHECK (sha256 IS NULL OR length(sha256) = 64),
    parent_id        INTEGER REFERENCES datasets (id),
    approval_status  TEXT NOT NULL DEFAULT 'pending'
                         CHECK (approval_status IN ('pending', 'approved', 'rejected')),
    created_at       TEXT NOT NULL,
    UNIQUE (name, version)
);

CREATE TABLE model_versions (
    id                    INTEGER PRIMARY KEY,
    model_id              INTEGER NOT NULL REFERENCES models (id),
    version               TEXT NOT NULL,
    version_major         INTEGER NOT NULL CHECK (version_major >= 0),
    version_minor         INTEGER NOT NULL CHECK (version_minor >= 0),
    version_patch         INTEGER NOT NULL CHECK (version_patch >= 0),
    stage                 TEXT NOT NULL DEFAULT 'development'
                              CHECK (stage IN ('development', 'staging', 'approved', 'production',
                                  'deprecated', 'archived', 'rejected', 'retired')),
    framework             TEXT NOT NULL DEFAULT '',
    framework_version     TEXT NOT NULL DEFAULT '',
    artifact_uri          TEXT NOT NULL DEFAULT '',
    artifact_sha256       TEXT CHECK (artifact_sha256 IS NULL OR length(artifact_sha256) = 64),
    code_commit           TEXT NOT NULL DEFAULT '',
    hyperparameters_json  TEXT NOT NULL DEFAULT '{}',
    training_environment  TEXT NOT NULL DEFAULT '',
    deployment_target     TEXT NOT NULL DEFAULT '',
    deployment_url        TEXT NOT NULL DEFAULT '',
    created_by            INTEGER REFERENCES people (id),
    created_at            TEXT NOT NULL,
    parent_version_id     INTEGER REFERENCES model_versions (id),
    UNIQUE (model_id, version)
);
CREATE INDEX model_versions_by_stage ON model_versions (model_id, stage);

CREATE TABLE version_datasets (
    version_id  INTEGER NOT NULL REFERENCES model_versions (id) ON DELETE CASCADE,
    dataset_id  INTEGER NOT NULL REFERENCES datasets (id),
    purpose     TEXT NOT NULL CHECK (purpose IN ('training', 'validation', 'test', 'reference')),
    PRIMARY KEY (version_id, dataset_id, purpose)
);
