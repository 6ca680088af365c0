-- The sessions list, newest first, a page at a time: with this index the first page of an office
-- store of 100,000 sessions reads its hundred rows in order instead of sorting every session.
-- The expressions are exactly the list's ORDER BY (store/read.rs); deleted sessions are left out.
CREATE INDEX session_newest ON session (starts_at IS NULL, starts_at DESC, id DESC) WHERE deleted = 0;
