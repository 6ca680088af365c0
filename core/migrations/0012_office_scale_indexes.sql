-- The dashboard and the "needs attention" panel at office scale (100,000 sessions): each joins
-- what it counts to the live sessions, and each of those lookups read a whole session row (with
-- its notes) from the encrypted file. These covering indexes hold only what the counts read.
CREATE INDEX session_live ON session (id, movement_ids) WHERE deleted = 0;
CREATE INDEX priority_theme ON priority (theme, votes, session_id) WHERE deleted = 0;
CREATE INDEX support_role ON support (role, status, session_id) WHERE deleted = 0;
