-- The engagement cycle around the sessions (docs/data-model.md): the players mapped for each
-- movement and how they relate, the organisation's role over time, the six-monthly check-ins
-- and the times results were handed back. Same rules as every record table: UUIDv7 ids,
-- tombstones, stamped fields, deferrable references.

CREATE TABLE actor (
    id          BLOB PRIMARY KEY,
    movement_id BLOB REFERENCES movement(id) DEFERRABLE INITIALLY DEFERRED,
    name        TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL DEFAULT 'organisation',
    org_kind    TEXT NOT NULL DEFAULT 'informal',
    notes       TEXT NOT NULL DEFAULT '',
    session_ids TEXT NOT NULL DEFAULT '[]',
    tier        TEXT NOT NULL DEFAULT 'default',
    deleted     INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX actor_movement ON actor(movement_id);

CREATE TABLE relation (
    id          BLOB PRIMARY KEY,
    movement_id BLOB REFERENCES movement(id) DEFERRABLE INITIALLY DEFERRED,
    from_id     BLOB REFERENCES actor(id) DEFERRABLE INITIALLY DEFERRED,
    to_id       BLOB REFERENCES actor(id) DEFERRABLE INITIALLY DEFERRED,
    kind        TEXT NOT NULL DEFAULT 'allied_with',
    notes       TEXT NOT NULL DEFAULT '',
    tier        TEXT NOT NULL DEFAULT 'default',
    deleted     INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX relation_movement ON relation(movement_id);

CREATE TABLE role_change (
    id          BLOB PRIMARY KEY,
    movement_id BLOB REFERENCES movement(id) DEFERRABLE INITIALLY DEFERRED,
    date        TEXT,
    roles       TEXT NOT NULL DEFAULT '[]',
    reason      TEXT NOT NULL DEFAULT '',
    tier        TEXT NOT NULL DEFAULT 'default',
    deleted     INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX role_change_movement ON role_change(movement_id);

CREATE TABLE check_in (
    id          BLOB PRIMARY KEY,
    movement_id BLOB REFERENCES movement(id) DEFERRABLE INITIALLY DEFERRED,
    date        TEXT,
    feedback    TEXT NOT NULL DEFAULT '',
    decision    TEXT NOT NULL DEFAULT 'keep',
    notes       TEXT NOT NULL DEFAULT '',
    tier        TEXT NOT NULL DEFAULT 'default',
    deleted     INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX check_in_movement ON check_in(movement_id);

CREATE TABLE share_back (
    id          BLOB PRIMARY KEY,
    movement_id BLOB REFERENCES movement(id) DEFERRABLE INITIALLY DEFERRED,
    session_id  BLOB REFERENCES session(id) DEFERRABLE INITIALLY DEFERRED,
    date        TEXT,
    audience    TEXT NOT NULL DEFAULT '',
    form        TEXT NOT NULL DEFAULT 'printed_summary',
    notes       TEXT NOT NULL DEFAULT '',
    tier        TEXT NOT NULL DEFAULT 'default',
    deleted     INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX share_back_movement ON share_back(movement_id);

-- Follow-ups: open support by due date, for the home screen's overdue list.
CREATE INDEX support_due ON support(due_date) WHERE deleted = 0 AND status NOT IN ('done', 'dropped');
