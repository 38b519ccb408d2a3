-- dkg schema, version 3: the engine writes the full-text rows itself instead of insert triggers:
-- names as the last statements of each imported document's transaction, document text in one
-- batch per import command. Once a transaction has
-- written to an FTS5 table, SQLite asks FTS5 for a savepoint at every later write statement and
-- FTS5 flushes its pending index data each time; writing the full-text rows last avoids that
-- (measured: two thirds of the store's cost per imported document). Existing rows stay; the
-- update and delete triggers stay.
DROP TRIGGER nodes_fts_insert;
DROP TRIGGER aliases_fts_insert;
DROP TRIGGER documents_fts_insert;

-- Document text is searched by word and column, not by phrase: detail=column keeps its index a
-- third of the size (and the bytes written per import with it). Rebuilt from documents.
DROP TRIGGER documents_fts_delete;
DROP TABLE documents_fts;
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content = 'documents',
                                              content_rowid = 'id', tokenize = 'unicode61',
                                              detail = 'column');
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
-- Documents are added to documents_fts in one batch after an import command (Store::
-- IndexDocuments), not one document at a time: this is how far the index goes.
INSERT INTO meta(key, value) SELECT 'documents_fts_upto', coalesce(max(id), 0) FROM documents;
INSERT INTO documents_fts(documents_fts, rank) VALUES ('automerge', 8);
INSERT INTO names_fts(names_fts, rank) VALUES ('automerge', 8);
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text)
  VALUES ('delete', old.id, old.title, old.text);
END;

-- Evidence and mentions are read by edge and by node. Clustering each table on that key
-- (WITHOUT ROWID) replaces a row table plus an index with one b-tree, halving the pages an import
-- writes for them. Nothing reads them by document yet; a feature that needs it adds an index.
CREATE TABLE evidence_v3 (
  edge_id     INTEGER NOT NULL REFERENCES edges(id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  rule        TEXT NOT NULL,
  PRIMARY KEY (edge_id, document_id, start, end, rule),
  CHECK (start >= 0 AND end >= start)
) WITHOUT ROWID;
INSERT INTO evidence_v3 SELECT edge_id, document_id, start, end, rule FROM evidence;
DROP TABLE evidence;
ALTER TABLE evidence_v3 RENAME TO evidence;

-- One row per node and document: the spans of all its mentions there ("370-382 1202-1207"),
-- their surface forms (a JSON array, in span order) and why the node was chosen (its reason).
-- A document's mentions of one node are read together, so storing them together turns some
-- eighty index inserts per imported document into some thirty.
CREATE TABLE mentions_v3 (
  node_id     INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  spans       TEXT NOT NULL,
  surfaces    TEXT NOT NULL,
  reason      TEXT NOT NULL,
  PRIMARY KEY (node_id, document_id)
) WITHOUT ROWID;
INSERT INTO mentions_v3
  SELECT node_id, document_id, group_concat(start || '-' || end, ' '), json_group_array(surface),
         max(reason)
  FROM (SELECT * FROM mentions ORDER BY node_id, document_id, start)
  GROUP BY node_id, document_id;
DROP TABLE mentions;
ALTER TABLE mentions_v3 RENAME TO mentions;
