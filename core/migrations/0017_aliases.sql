-- A participant's other spellings and nicknames ("Doña Lola" for Dolores Quispe): their name's
-- tier, and looked for in free text like the name itself (core/src/names, issue 32).
ALTER TABLE participant ADD COLUMN aliases TEXT NOT NULL DEFAULT '[]';
