-- Who may change what (docs/decisions.md, "Device authority").
--
-- A trusted device is a field device (sends only its own changes, within its clearance) or an
-- office (may relay other devices' changes, which keep their author). Devices trusted before
-- this version become field devices cleared for `internal`: the safe reading of an unknown role.
ALTER TABLE trusted_device ADD COLUMN role TEXT NOT NULL DEFAULT 'field' CHECK (role IN ('field', 'office'));
ALTER TABLE trusted_device ADD COLUMN clearance TEXT NOT NULL DEFAULT 'internal'
    CHECK (clearance IN ('share_back', 'internal', 'restricted'));

-- The review queue sits beside the conflicts: a change held back (it would lower a tier, it
-- touches something above its sender's clearance, or its clock is far ahead) is a conflict row
-- whose `reason` says why, with the local value applied and the device that sent it (`sender`).
ALTER TABLE conflict ADD COLUMN reason TEXT
    CHECK (reason IS NULL OR reason IN ('lowers-tier', 'above-clearance', 'clock-ahead'));
ALTER TABLE conflict ADD COLUMN sender BLOB;
-- One waiting entry per held change, however often its bundle is imported.
CREATE UNIQUE INDEX conflict_held ON conflict(entity, record_id, field, incoming_stamp) WHERE reason IS NOT NULL;

-- The device that signed the bundle a change came in, when it is not the change's author.
ALTER TABLE change_log ADD COLUMN relay BLOB;

-- What each import held for review and refused.
ALTER TABLE import_log ADD COLUMN held INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_log ADD COLUMN refused INTEGER NOT NULL DEFAULT 0;
