-- Fieldbook schema, version 1.
--
-- Every record table has a UUIDv7 `id` (16-byte BLOB) and a `deleted` flag: a delete is a stamped
-- field change like any other (a tombstone), so it syncs and merges the same way as an edit.
-- Columns hold the current value; `field_clock` holds the hybrid-logical-clock stamp of the last
-- write to each field, and `change_log` keeps the history of writes. Nothing writes to these
-- tables except the stamped write path in `store::write`.
-- References are DEFERRABLE so one transaction may apply records in any order (sync needs this).

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value BLOB NOT NULL
) STRICT;

CREATE TABLE movement (
    id          BLOB PRIMARY KEY,
    name        TEXT NOT NULL DEFAULT '',
    country     TEXT NOT NULL DEFAULT '',
    region      TEXT NOT NULL DEFAULT '',
    sector      TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    deleted     INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE guide (
    id       BLOB PRIMARY KEY,
    name     TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    deleted  INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE guide_question (
    id       BLOB PRIMARY KEY,
    guide_id BLOB REFERENCES guide(id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL DEFAULT 0,
    text     TEXT NOT NULL DEFAULT '',
    deleted  INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX guide_question_guide ON guide_question(guide_id);

CREATE TABLE session (
    id           BLOB PRIMARY KEY,
    title        TEXT NOT NULL DEFAULT '',
    starts_at    TEXT,
    time_zone    TEXT NOT NULL DEFAULT 'UTC',
    place        TEXT NOT NULL DEFAULT '',
    languages    TEXT NOT NULL DEFAULT '[]',
    facilitators TEXT NOT NULL DEFAULT '[]',
    movement_ids TEXT NOT NULL DEFAULT '[]',
    status       TEXT NOT NULL DEFAULT 'draft',
    notes        TEXT NOT NULL DEFAULT '',
    guide_id     BLOB REFERENCES guide(id) DEFERRABLE INITIALLY DEFERRED,
    deleted      INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX session_starts_at ON session(starts_at);

CREATE TABLE participant (
    id            BLOB PRIMARY KEY,
    session_id    BLOB REFERENCES session(id) DEFERRABLE INITIALLY DEFERRED,
    position      INTEGER NOT NULL DEFAULT 0,
    name          TEXT NOT NULL DEFAULT '',
    pseudonym     TEXT NOT NULL DEFAULT '',
    organisation  TEXT NOT NULL DEFAULT '',
    org_kind      TEXT NOT NULL DEFAULT 'informal',
    role          TEXT NOT NULL DEFAULT '',
    consent_record INTEGER NOT NULL DEFAULT 0,
    consent_quote  INTEGER NOT NULL DEFAULT 0,
    consent_named  INTEGER NOT NULL DEFAULT 0,
    at_risk        INTEGER NOT NULL DEFAULT 0,
    deleted        INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX participant_session ON participant(session_id);

CREATE TABLE question (
    id                BLOB PRIMARY KEY,
    session_id        BLOB REFERENCES session(id) DEFERRABLE INITIALLY DEFERRED,
    position          INTEGER NOT NULL DEFAULT 0,
    text              TEXT NOT NULL DEFAULT '',
    answer            TEXT NOT NULL DEFAULT '',
    guide_question_id BLOB REFERENCES guide_question(id) DEFERRABLE INITIALLY DEFERRED,
    deleted           INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX question_session ON question(session_id);

CREATE TABLE quote (
    id             BLOB PRIMARY KEY,
    session_id     BLOB REFERENCES session(id) DEFERRABLE INITIALLY DEFERRED,
    question_id    BLOB REFERENCES question(id) DEFERRABLE INITIALLY DEFERRED,
    participant_id BLOB REFERENCES participant(id) DEFERRABLE INITIALLY DEFERRED,
    position       INTEGER NOT NULL DEFAULT 0,
    text           TEXT NOT NULL DEFAULT '',
    deleted        INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX quote_session ON quote(session_id);

CREATE TABLE priority (
    id          BLOB PRIMARY KEY,
    session_id  BLOB REFERENCES session(id) DEFERRABLE INITIALLY DEFERRED,
    position    INTEGER NOT NULL DEFAULT 0,
    title       TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    theme       TEXT NOT NULL DEFAULT '',
    votes       INTEGER NOT NULL DEFAULT 0,
    deleted     INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX priority_session ON priority(session_id);

CREATE TABLE risk (
    id          BLOB PRIMARY KEY,
    session_id  BLOB REFERENCES session(id) DEFERRABLE INITIALLY DEFERRED,
    position    INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL DEFAULT '',
    affected    TEXT NOT NULL DEFAULT '',
    severity    TEXT NOT NULL DEFAULT 'medium',
    mitigation  TEXT NOT NULL DEFAULT '',
    deleted     INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX risk_session ON risk(session_id);

CREATE TABLE support (
    id           BLOB PRIMARY KEY,
    session_id   BLOB REFERENCES session(id) DEFERRABLE INITIALLY DEFERRED,
    position     INTEGER NOT NULL DEFAULT 0,
    what         TEXT NOT NULL DEFAULT '',
    role         TEXT NOT NULL DEFAULT 'ally',
    category     TEXT NOT NULL DEFAULT 'institutional_capacity',
    owner        TEXT NOT NULL DEFAULT '',
    due_date     TEXT,
    status       TEXT NOT NULL DEFAULT 'proposed',
    requested_by_movement INTEGER NOT NULL DEFAULT 0,
    deleted      INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX support_session ON support(session_id);

-- The stamp of the last write to each field: the merge rule of the sync layer compares these.
CREATE TABLE field_clock (
    entity TEXT NOT NULL,
    id     BLOB NOT NULL,
    field  TEXT NOT NULL,
    hlc    BLOB NOT NULL,
    device BLOB NOT NULL,
    PRIMARY KEY (entity, id, field)
) STRICT, WITHOUT ROWID;
CREATE INDEX field_clock_hlc ON field_clock(hlc);

-- History of writes. Rapid edits of one field by this device are folded into one entry.
CREATE TABLE change_log (
    seq       INTEGER PRIMARY KEY,
    entity    TEXT NOT NULL,
    id        BLOB NOT NULL,
    field     TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    hlc       BLOB NOT NULL,
    device    BLOB NOT NULL,
    at        TEXT NOT NULL
) STRICT;
CREATE INDEX change_log_record ON change_log(entity, id, field, seq);

-- The built-in "start with listening" guides (CARE, "Supporting social movements"). Fixed ids and
-- no field clocks: every install starts with identical rows, so they never duplicate on sync, and
-- the first local edit of one stamps it like any other record.
INSERT INTO guide (id, name, language) VALUES
    (X'0190000000007000800000000000e001', 'Start with listening', 'en'),
    (X'0190000000007000800000000000e002', 'Empezar escuchando', 'es'),
    (X'0190000000007000800000000000e003', 'Commencer par l''écoute', 'fr');

INSERT INTO guide_question (id, guide_id, position, text) VALUES
    (X'0190000000007000800000000000e101', X'0190000000007000800000000000e001', 1,
     'What are your current priorities and tactics to achieve your goals?'),
    (X'0190000000007000800000000000e102', X'0190000000007000800000000000e001', 2,
     'What are the largest gaps and obstacles in your movement?'),
    (X'0190000000007000800000000000e103', X'0190000000007000800000000000e001', 3,
     'What is your experience, if any, with engaging with large institutions or INGOs?'),
    (X'0190000000007000800000000000e104', X'0190000000007000800000000000e001', 4,
     'What are the current risks that you are facing in your work?'),
    (X'0190000000007000800000000000e105', X'0190000000007000800000000000e001', 5,
     'How can we help you and your movement move forward towards its vision of social justice?'),
    (X'0190000000007000800000000000e201', X'0190000000007000800000000000e002', 1,
     '¿Cuáles son sus prioridades y tácticas actuales para alcanzar sus objetivos?'),
    (X'0190000000007000800000000000e202', X'0190000000007000800000000000e002', 2,
     '¿Cuáles son las mayores brechas y obstáculos en su movimiento?'),
    (X'0190000000007000800000000000e203', X'0190000000007000800000000000e002', 3,
     '¿Qué experiencia tienen, si la hay, en el trabajo con grandes instituciones u ONG internacionales?'),
    (X'0190000000007000800000000000e204', X'0190000000007000800000000000e002', 4,
     '¿Cuáles son los riesgos que enfrentan actualmente en su trabajo?'),
    (X'0190000000007000800000000000e205', X'0190000000007000800000000000e002', 5,
     '¿Cómo podemos ayudarles a ustedes y a su movimiento a avanzar hacia su visión de justicia social?'),
    (X'0190000000007000800000000000e301', X'0190000000007000800000000000e003', 1,
     'Quelles sont vos priorités et vos tactiques actuelles pour atteindre vos objectifs ?'),
    (X'0190000000007000800000000000e302', X'0190000000007000800000000000e003', 2,
     'Quels sont les plus grands manques et obstacles dans votre mouvement ?'),
    (X'0190000000007000800000000000e303', X'0190000000007000800000000000e003', 3,
     'Quelle expérience avez-vous, le cas échéant, de la collaboration avec de grandes institutions ou des ONG internationales ?'),
    (X'0190000000007000800000000000e304', X'0190000000007000800000000000e003', 4,
     'Quels sont les risques auxquels vous faites face actuellement dans votre travail ?'),
    (X'0190000000007000800000000000e305', X'0190000000007000800000000000e003', 5,
     'Comment pouvons-nous vous aider, vous et votre mouvement, à avancer vers votre vision de la justice sociale ?');
