-- Sensitivity tiers (docs/threat-model.md): each item may override its kind's default tier, and
-- each bundle recipient is cleared up to a tier; nothing above it is ever put in its bundles.
ALTER TABLE movement ADD COLUMN tier TEXT NOT NULL DEFAULT 'default';
ALTER TABLE session ADD COLUMN tier TEXT NOT NULL DEFAULT 'default';
ALTER TABLE participant ADD COLUMN tier TEXT NOT NULL DEFAULT 'default';
ALTER TABLE question ADD COLUMN tier TEXT NOT NULL DEFAULT 'default';
ALTER TABLE quote ADD COLUMN tier TEXT NOT NULL DEFAULT 'default';
ALTER TABLE priority ADD COLUMN tier TEXT NOT NULL DEFAULT 'default';
ALTER TABLE risk ADD COLUMN tier TEXT NOT NULL DEFAULT 'default';
ALTER TABLE support ADD COLUMN tier TEXT NOT NULL DEFAULT 'default';

-- Internal by default: restricted content reaches a recipient only when someone chose to.
ALTER TABLE recipient ADD COLUMN clearance TEXT NOT NULL DEFAULT 'internal';
-- The organisation's recovery key (split into custodian shares) is added to every bundle.
ALTER TABLE recipient ADD COLUMN recovery INTEGER NOT NULL DEFAULT 0;
