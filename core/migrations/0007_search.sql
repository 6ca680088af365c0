-- Full-text search (SQLite FTS5) over what was said: session titles and notes, answers, quotes,
-- priorities, risks and support. `search_doc` gives each indexed record a stable integer rowid
-- and its session (for the filters); triggers keep the index in step with every write, local or
-- merged, so no code path can forget it. Deleted records leave the index.
CREATE TABLE search_doc (
    docid      INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,
    id         BLOB NOT NULL UNIQUE,
    session_id BLOB
) STRICT;
CREATE INDEX search_doc_session ON search_doc(session_id);

CREATE VIRTUAL TABLE search_text USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER session_search_insert AFTER INSERT ON session BEGIN
    INSERT INTO search_doc (kind, id, session_id) VALUES ('session', new.id, new.id);
    INSERT INTO search_text (rowid, body)
        SELECT docid, new.title || char(10) || new.notes FROM search_doc WHERE id = new.id AND new.deleted = 0;
END;
CREATE TRIGGER session_search_update AFTER UPDATE OF title, notes, deleted ON session BEGIN
    UPDATE search_doc SET session_id = new.id WHERE id = new.id;
    DELETE FROM search_text WHERE rowid = (SELECT docid FROM search_doc WHERE id = new.id);
    INSERT INTO search_text (rowid, body)
        SELECT docid, new.title || char(10) || new.notes FROM search_doc WHERE id = new.id AND new.deleted = 0;
END;
INSERT INTO search_doc (kind, id, session_id) SELECT 'session', id, id FROM session;
INSERT INTO search_text (rowid, body)
    SELECT d.docid, t.title || char(10) || t.notes FROM session t JOIN search_doc d ON d.id = t.id WHERE t.deleted = 0;

CREATE TRIGGER question_search_insert AFTER INSERT ON question BEGIN
    INSERT INTO search_doc (kind, id, session_id) VALUES ('question', new.id, new.session_id);
    INSERT INTO search_text (rowid, body)
        SELECT docid, new.answer FROM search_doc WHERE id = new.id AND new.deleted = 0;
END;
CREATE TRIGGER question_search_update AFTER UPDATE OF answer, session_id, deleted ON question BEGIN
    UPDATE search_doc SET session_id = new.session_id WHERE id = new.id;
    DELETE FROM search_text WHERE rowid = (SELECT docid FROM search_doc WHERE id = new.id);
    INSERT INTO search_text (rowid, body)
        SELECT docid, new.answer FROM search_doc WHERE id = new.id AND new.deleted = 0;
END;
INSERT INTO search_doc (kind, id, session_id) SELECT 'question', id, session_id FROM question;
INSERT INTO search_text (rowid, body)
    SELECT d.docid, t.answer FROM question t JOIN search_doc d ON d.id = t.id WHERE t.deleted = 0;

CREATE TRIGGER quote_search_insert AFTER INSERT ON quote BEGIN
    INSERT INTO search_doc (kind, id, session_id) VALUES ('quote', new.id, new.session_id);
    INSERT INTO search_text (rowid, body)
        SELECT docid, new.text FROM search_doc WHERE id = new.id AND new.deleted = 0;
END;
CREATE TRIGGER quote_search_update AFTER UPDATE OF text, session_id, deleted ON quote BEGIN
    UPDATE search_doc SET session_id = new.session_id WHERE id = new.id;
    DELETE FROM search_text WHERE rowid = (SELECT docid FROM search_doc WHERE id = new.id);
    INSERT INTO search_text (rowid, body)
        SELECT docid, new.text FROM search_doc WHERE id = new.id AND new.deleted = 0;
END;
INSERT INTO search_doc (kind, id, session_id) SELECT 'quote', id, session_id FROM quote;
INSERT INTO search_text (rowid, body)
    SELECT d.docid, t.text FROM quote t JOIN search_doc d ON d.id = t.id WHERE t.deleted = 0;

CREATE TRIGGER priority_search_insert AFTER INSERT ON priority BEGIN
    INSERT INTO search_doc (kind, id, session_id) VALUES ('priority', new.id, new.session_id);
    INSERT INTO search_text (rowid, body)
        SELECT docid, new.title || char(10) || new.description || char(10) || new.theme FROM search_doc WHERE id = new.id AND new.deleted = 0;
END;
CREATE TRIGGER priority_search_update AFTER UPDATE OF title, description, theme, session_id, deleted ON priority BEGIN
    UPDATE search_doc SET session_id = new.session_id WHERE id = new.id;
    DELETE FROM search_text WHERE rowid = (SELECT docid FROM search_doc WHERE id = new.id);
    INSERT INTO search_text (rowid, body)
        SELECT docid, new.title || char(10) || new.description || char(10) || new.theme FROM search_doc WHERE id = new.id AND new.deleted = 0;
END;
INSERT INTO search_doc (kind, id, session_id) SELECT 'priority', id, session_id FROM priority;
INSERT INTO search_text (rowid, body)
    SELECT d.docid, t.title || char(10) || t.description || char(10) || t.theme FROM priority t JOIN search_doc d ON d.id = t.id WHERE t.deleted = 0;

CREATE TRIGGER risk_search_insert AFTER INSERT ON risk BEGIN
    INSERT INTO search_doc (kind, id, session_id) VALUES ('risk', new.id, new.session_id);
    INSERT INTO search_text (rowid, body)
        SELECT docid, new.description || char(10) || new.affected || char(10) || new.mitigation FROM search_doc WHERE id = new.id AND new.deleted = 0;
END;
CREATE TRIGGER risk_search_update AFTER UPDATE OF description, affected, mitigation, session_id, deleted ON risk BEGIN
    UPDATE search_doc SET session_id = new.session_id WHERE id = new.id;
    DELETE FROM search_text WHERE rowid = (SELECT docid FROM search_doc WHERE id = new.id);
    INSERT INTO search_text (rowid, body)
        SELECT docid, new.description || char(10) || new.affected || char(10) || new.mitigation FROM search_doc WHERE id = new.id AND new.deleted = 0;
END;
INSERT INTO search_doc (kind, id, session_id) SELECT 'risk', id, session_id FROM risk;
INSERT INTO search_text (rowid, body)
    SELECT d.docid, t.description || char(10) || t.affected || char(10) || t.mitigation FROM risk t JOIN search_doc d ON d.id = t.id WHERE t.deleted = 0;

CREATE TRIGGER support_search_insert AFTER INSERT ON support BEGIN
    INSERT INTO search_doc (kind, id, session_id) VALUES ('support', new.id, new.session_id);
    INSERT INTO search_text (rowid, body)
        SELECT docid, new.what || char(10) || new.owner FROM search_doc WHERE id = new.id AND new.deleted = 0;
END;
CREATE TRIGGER support_search_update AFTER UPDATE OF what, owner, session_id, deleted ON support BEGIN
    UPDATE search_doc SET session_id = new.session_id WHERE id = new.id;
    DELETE FROM search_text WHERE rowid = (SELECT docid FROM search_doc WHERE id = new.id);
    INSERT INTO search_text (rowid, body)
        SELECT docid, new.what || char(10) || new.owner FROM search_doc WHERE id = new.id AND new.deleted = 0;
END;
INSERT INTO search_doc (kind, id, session_id) SELECT 'support', id, session_id FROM support;
INSERT INTO search_text (rowid, body)
    SELECT d.docid, t.what || char(10) || t.owner FROM support t JOIN search_doc d ON d.id = t.id WHERE t.deleted = 0;
