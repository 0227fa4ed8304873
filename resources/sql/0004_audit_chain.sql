-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 4: the hash-chained audit trail, the database's own identity, signed checkpoints of
-- the chain, the QA tester's check, and what a signed decision statement needs.

-- Facts about this database file itself. instance_id goes into every signed statement and
-- event hash, so nothing signed here can be passed off as belonging to another database.
CREATE TABLE database_info (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
INSERT INTO database_info (key, value) VALUES ('instance_id', lower(hex(randomblob(16))));

-- Schema 3 wrote no audit events: the table is rebuilt with a contiguous sequence number.
DROP TRIGGER audit_events_no_update;
DROP TRIGGER audit_events_no_delete;
DROP TABLE audit_events;

CREATE TABLE audit_events (
    seq          INTEGER PRIMARY KEY CHECK (seq >= 1),
    occurred_at  TEXT NOT NULL,
    person_id    INTEGER REFERENCES people (id),
    actor        TEXT NOT NULL,
    action       TEXT NOT NULL CHECK (length(action) > 0),
    entity       TEXT NOT NULL,
    entity_id    INTEGER,
    before_json  TEXT,
    after_json   TEXT,
    prev_hash    TEXT NOT NULL CHECK (length(prev_hash) = 64),
    hash         TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
);
CREATE INDEX audit_events_by_entity ON audit_events (entity, entity_id);

-- Append-only, contiguous and linked: each event follows the last one and names its hash.
CREATE TRIGGER audit_events_append_only BEFORE INSERT ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit_events: seq must follow the last event')
    WHERE NEW.seq <> coalesce((SELECT max(seq) FROM audit_events), 0) + 1;
    SELECT RAISE(ABORT, 'audit_events: prev_hash must be the hash of the last event')
    WHERE NEW.prev_hash <> coalesce((SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1),
                                    '0000000000000000000000000000000000000000000000000000000000000000');
END;

CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit_events is append-only: an audit event cannot be changed');
END;

CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit_events is append-only: an audit event cannot be deleted');
END;

-- A signer's signature over the chain's head (seq and hash) at the time of a decision.
CREATE TABLE audit_checkpoints (
    id                       INTEGER PRIMARY KEY,
    seq                      INTEGER NOT NULL REFERENCES audit_events (seq),
    head_hash                TEXT NOT NULL CHECK (length(head_hash) = 64),
    person_id                INTEGER NOT NULL REFERENCES people (id),
    statement_json           TEXT NOT NULL,
    signature                BLOB NOT NULL,
    certificate_fingerprint  TEXT NOT NULL,
    signed_at                TEXT NOT NULL
);

CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
BEGIN
    SELECT RAISE(ABORT, 'audit_checkpoints is append-only');
END;

CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
BEGIN
    SELECT RAISE(ABORT, 'audit_checkpoints is append-only');
END;

-- "Tester ✓": the QA tester's check of a release, which a policy may require before approval.
CREATE TABLE tester_checks (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES release_requests (id),
    person_id   INTEGER NOT NULL REFERENCES people (id),
    passed      INTEGER NOT NULL CHECK (passed IN (0, 1)),
    comment     TEXT NOT NULL DEFAULT '',
    checked_at  TEXT NOT NULL
);

-- A signed decision keeps its statement (canonical_json) and signature unchanged for ever.
ALTER TABLE decisions ADD COLUMN waiver_expires_at TEXT;
ALTER TABLE decisions ADD COLUMN checkpoint_id INTEGER REFERENCES audit_checkpoints (id);

CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions
BEGIN
    SELECT RAISE(ABORT, 'decisions are append-only: a signed decision cannot be changed');
END;

CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions
BEGIN
    SELECT RAISE(ABORT, 'decisions are append-only: a signed decision cannot be deleted');
END;
