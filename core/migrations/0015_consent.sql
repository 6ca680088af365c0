-- Consent that travels (docs/consent.md). A withdrawal is a record like any other (stamped,
-- signed, synced); every install that merges it erases what it covers. Neither table has a
-- foreign key: a withdrawal may reach an install the participant never reached.
CREATE TABLE withdrawal (
    id             BLOB PRIMARY KEY,
    participant_id BLOB,
    scope          TEXT NOT NULL DEFAULT 'all',
    date           TEXT,
    recorded_by    TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT '',
    deleted        INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX withdrawal_participant ON withdrawal(participant_id);

-- An install's word that it has applied a withdrawal (`device` is the install's device id).
CREATE TABLE withdrawal_ack (
    id            BLOB PRIMARY KEY,
    withdrawal_id BLOB,
    device        TEXT NOT NULL DEFAULT '',
    applied_at    TEXT NOT NULL DEFAULT '',
    deleted       INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX withdrawal_ack_withdrawal ON withdrawal_ack(withdrawal_id);

-- A history entry whose values were erased keeps its stamp (sync needs to know it saw that
-- write) and says that it was erased.
ALTER TABLE change_log ADD COLUMN erased INTEGER NOT NULL DEFAULT 0;

-- The audit of erasures on this install: what, when, how much; never the values.
CREATE TABLE erasure (
    withdrawal_id BLOB NOT NULL,
    applied_at    TEXT NOT NULL,
    values_erased INTEGER NOT NULL
) STRICT;
CREATE INDEX erasure_withdrawal ON erasure(withdrawal_id);

-- Keyed hashes of the words of an erased name, so that text mentioning the person which arrives
-- later (typed on a device that had not yet heard of the withdrawal) is still scrubbed, without
-- keeping the name.
CREATE TABLE erased_word (
    withdrawal_id BLOB NOT NULL,
    hash          BLOB NOT NULL,
    PRIMARY KEY (withdrawal_id, hash)
) STRICT, WITHOUT ROWID;

-- Deleting from the full-text index removes the words from its pages at once, instead of
-- leaving them until segments are merged (FTS5 "secure-delete", SQLite 3.44).
INSERT INTO search_text(search_text, rank) VALUES ('secure-delete', 1);

-- A store with data from before freed space was zeroed is rebuilt once, at its first erasure.
INSERT INTO meta (key, value) SELECT 'rebuild_before_erasure', x'01' WHERE EXISTS (SELECT 1 FROM change_log);
