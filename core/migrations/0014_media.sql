-- Workshop media (docs/media.md): an attachment is a record like any other (stamped, synced,
-- tiered); its bytes are kept once per content hash in `media_blob`, inside this encrypted file,
-- and leave it only in bundles (after the payload, format 3) and when someone saves them.
CREATE TABLE attachment (
    id         BLOB PRIMARY KEY,
    session_id BLOB REFERENCES session(id) DEFERRABLE INITIALLY DEFERRED,
    item_id    BLOB,
    position   INTEGER NOT NULL DEFAULT 0,
    file_name  TEXT NOT NULL DEFAULT '',
    media_type TEXT NOT NULL DEFAULT '',
    sha256     TEXT NOT NULL DEFAULT '',
    size       INTEGER NOT NULL DEFAULT 0,
    caption    TEXT NOT NULL DEFAULT '',
    in_summary INTEGER NOT NULL DEFAULT 0,
    tier       TEXT NOT NULL DEFAULT 'default',
    deleted    INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX attachment_session ON attachment(session_id);
CREATE INDEX attachment_sha256 ON attachment(sha256);

-- The stored bytes (metadata already removed), once per SHA-256 however many attachments
-- point at them. A blob no live attachment points at is deleted in the same transaction.
CREATE TABLE media_blob (
    sha256 TEXT PRIMARY KEY,
    size   INTEGER NOT NULL,
    data   BLOB NOT NULL
) STRICT;

-- Small previews made on first view; never synced, made again when missing.
CREATE TABLE media_thumb (
    sha256 TEXT PRIMARY KEY,
    data   BLOB NOT NULL
) STRICT;

-- Which bytes each saved recipient has been sent, so that a photo leaves once per recipient.
CREATE TABLE media_sent (
    recipient TEXT NOT NULL,
    sha256    TEXT NOT NULL,
    PRIMARY KEY (recipient, sha256)
) STRICT, WITHOUT ROWID;


-- Bytes no live attachment points at are deleted with the last one, by every write path (a
-- removal here, a session deleted, a tombstone merged from a bundle).
CREATE TRIGGER attachment_bytes_gone AFTER UPDATE OF deleted, sha256 ON attachment
WHEN new.deleted = 1 OR new.sha256 IS NOT old.sha256
BEGIN
    DELETE FROM media_blob WHERE sha256 = old.sha256
        AND NOT EXISTS (SELECT 1 FROM attachment WHERE sha256 = old.sha256 AND deleted = 0);
    DELETE FROM media_thumb WHERE sha256 = old.sha256
        AND NOT EXISTS (SELECT 1 FROM attachment WHERE sha256 = old.sha256 AND deleted = 0);
END;
