-- Articles by content, carrying every file's stamp.
--
-- Storing a file asks whether an article with the same content is stored under another name
-- (a renamed or restored file keeps its article): without an index, every new file scanned
-- all articles, so a seed took time growing with the square of its files. And a re-seed reads
-- every file's stamp (name, size, modification time, content hash) to see what changed: this
-- index holds them all, so that read scans it instead of the articles with their text.
CREATE INDEX articles_by_content
    ON articles (content_hash, file_name, file_size, file_mtime_ns);
