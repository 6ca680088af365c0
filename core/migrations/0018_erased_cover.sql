-- Forgetting erased names at every install, offices included (docs/threat-model.md, "Erased
-- names"): an install forgets the hashes of a withdrawn name once every device it trusts has sent
-- it everything that device had before it applied the withdrawal.

-- The sender's own arrival numbers a bundle covered (its manifest's `seq_range`): the bundles
-- from one device, put end to end, show whether anything it sent is still on its way.
ALTER TABLE import_log ADD COLUMN seq_from INTEGER;
ALTER TABLE import_log ADD COLUMN seq_to INTEGER;

-- Per withdrawal and sending device: the end (`seq_to`) of the first bundle from that device that
-- carried its own acknowledgement of the withdrawal. Once everything it sent up to there is here,
-- nothing it had before applying the withdrawal can still arrive.
CREATE TABLE erased_cover (
    withdrawal_id BLOB NOT NULL,
    device        BLOB NOT NULL,
    upto          INTEGER NOT NULL,
    PRIMARY KEY (withdrawal_id, device)
) STRICT, WITHOUT ROWID;

-- Withdrawals whose name hashes this install has forgotten: from then on a bundle from a device
-- that had not applied one when it made the bundle is refused, since nothing here could find the
-- name in it.
CREATE TABLE erased_forgotten (
    withdrawal_id BLOB PRIMARY KEY,
    forgotten_at  TEXT NOT NULL
) STRICT, WITHOUT ROWID;
