-- An article's own address: the `url` line of its seed file (or the link given to /news add).
-- Alerts and /news replies link their titles to it. NULL when the file names none; articles
-- read before this migration get theirs when their file is read again (seed --rebuild).

ALTER TABLE articles ADD COLUMN url TEXT;
