-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 5: the approval record of each decided request (release SOP §3), kept in the
-- database as written to approvals/ beside it, and the lookups the inbox and verify need.

CREATE TABLE approval_records (
    request_id   INTEGER PRIMARY KEY REFERENCES release_requests (id),
    approval_id  TEXT NOT NULL UNIQUE,
    file_name    TEXT NOT NULL,
    record_json  TEXT NOT NULL,
    written_at   TEXT NOT NULL
);

CREATE TRIGGER approval_records_no_update BEFORE UPDATE ON approval_records
BEGIN
    SELECT RAISE(ABORT, 'approval_records are append-only: an approval record cannot be changed');
END;

CREATE TRIGGER approval_records_no_delete BEFORE DELETE ON approval_records
BEGIN
    SELECT RAISE(ABORT, 'approval_records are append-only: an approval record cannot be deleted');
END;

CREATE INDEX decisions_by_request ON decisions (request_id, id);
CREATE INDEX tester_checks_by_request ON tester_checks (request_id, id);
CREATE INDEX release_requests_by_version ON release_requests (version_id, submitted_at);
