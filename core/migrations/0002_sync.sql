-- Sync, version 2: what incremental export and conflict detection need.
--
-- `base` is the stamp (8-byte HLC || 16-byte device id) that a write replaced on the device that
-- made it: an incoming change whose base is older than the local stamp was made without seeing
-- the local write, so the two are concurrent and a conflict is recorded.
-- `seq` is the local order of arrival (own writes and merged changes alike), so an incremental
-- bundle carries exactly what this store learned since the last bundle to that recipient.
ALTER TABLE field_clock ADD COLUMN base BLOB;
ALTER TABLE field_clock ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
CREATE INDEX field_clock_seq ON field_clock(seq);

-- Who bundles are encrypted to (age X25519 recipients), and what each has been sent.
CREATE TABLE recipient (
    age_recipient TEXT PRIMARY KEY,
    label         TEXT NOT NULL DEFAULT '',
    last_seq      INTEGER NOT NULL DEFAULT 0,
    added_at      TEXT NOT NULL
) STRICT;

-- Devices whose signed bundles this store accepts, by the fingerprint of their Ed25519 key
-- (what people compare over the phone); key and device id are filled in at the first import.
CREATE TABLE trusted_device (
    fingerprint TEXT PRIMARY KEY,
    public_key  BLOB,
    device_id   BLOB,
    label       TEXT NOT NULL DEFAULT '',
    added_at    TEXT NOT NULL
) STRICT;

-- Concurrent edits of one field: the winner is applied, both values are kept for review.
CREATE TABLE conflict (
    id             BLOB PRIMARY KEY,
    entity         TEXT NOT NULL,
    record_id      BLOB NOT NULL,
    field          TEXT NOT NULL,
    local_value    TEXT,
    local_stamp    BLOB NOT NULL,
    incoming_value TEXT,
    incoming_stamp BLOB NOT NULL,
    winner         TEXT NOT NULL CHECK (winner IN ('local', 'incoming')),
    bundle_id      BLOB NOT NULL,
    detected_at    TEXT NOT NULL,
    resolved_at    TEXT,
    resolution     TEXT,
    UNIQUE (entity, record_id, field, local_stamp, incoming_stamp)
) STRICT;

-- Every import: which bundle, from which device, when, and what it changed.
CREATE TABLE import_log (
    seq            INTEGER PRIMARY KEY,
    bundle_id      BLOB NOT NULL,
    sender_device  BLOB NOT NULL,
    sender_fingerprint TEXT NOT NULL,
    imported_at    TEXT NOT NULL,
    file_name      TEXT NOT NULL DEFAULT '',
    changes        INTEGER NOT NULL,
    applied        INTEGER NOT NULL,
    conflicts      INTEGER NOT NULL
) STRICT;
