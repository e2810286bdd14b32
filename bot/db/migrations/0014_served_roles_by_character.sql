-- /who-plays (and /who-is, for each character a person played) reads every served casting of
-- a character with its article, newest first. Through roles_by_character each casting also
-- read its row of roles (evidence and all) from wherever in the table it was stored: one more
-- random page per casting, in a table that grows with the articles. This index holds a
-- character's castings together with every column those reads take from roles, so they read
-- the index alone (a few dozen castings to a page). It begins with roles_by_character's
-- column, so it serves that index's other reads too, and replaces it.
CREATE INDEX roles_served_by_character
    ON roles (character_key, served, article_id, actor_key, status, corrected);
DROP INDEX roles_by_character;
