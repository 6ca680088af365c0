-- The search index cut Devanagari and Khmer words at every vowel sign and virama, and Arabic
-- words at every vowel mark: unicode61 counts combining marks (Unicode category M) as separators
-- by default. Marks are now part of the word ("categories"). FTS5 cannot change a table's
-- tokenizer, so the index is made again, same rowids, from the text it already holds.
CREATE TEMP TABLE search_copy AS SELECT rowid AS docid, body FROM search_text;
DROP TABLE search_text;
CREATE VIRTUAL TABLE search_text USING fts5(
    body, tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
);
INSERT INTO search_text(search_text, rank) VALUES ('secure-delete', 1);
INSERT INTO search_text(rowid, body) SELECT docid, body FROM search_copy;
DROP TABLE search_copy;
