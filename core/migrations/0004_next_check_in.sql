-- When the organisation and the movement meet next to check how the agreed support is going;
-- printed on the share-back summary so participants know when they will be asked again.
ALTER TABLE session ADD COLUMN next_check_in TEXT;
