-- dkg schema: ids are never given twice, and a merge keeps the external ids it absorbed.
--
-- SQLite gives a new row the highest id plus one: after a retract (or a merge, an unlink) took
-- the rows with the highest ids, the next import gave their ids to other rows. The corrections
-- log names documents, nodes and edges by id ("retracted document #2"), so it then named the
-- wrong one, and `dkg undo` of the retract, which puts the rows back with their ids, failed on
-- the rows that had taken them. AUTOINCREMENT keeps the highest id ever given (sqlite_sequence).
-- SQLite cannot add it to a table, so each table whose rows corrections remove and undo puts
-- back is rebuilt: documents, nodes, edges, office_terms, date_claims, agreement_stages. Their
-- columns, constraints, indexes and triggers are as before, rows and ids unchanged.
--
-- The rebuild needs foreign keys off (Store::Open migrates before it turns them on; a table
-- dropped with them on would take its children's rows with it). Applies to a store at version 11.
-- Harmless to apply twice: a second run rebuilds the same tables again.

CREATE TABLE documents_v12 (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  sha256      TEXT NOT NULL UNIQUE,
  source      TEXT NOT NULL,
  title       TEXT NOT NULL DEFAULT '',
  pub_date    TEXT,
  text        TEXT NOT NULL,
  imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
INSERT INTO documents_v12(id, sha256, source, title, pub_date, text, imported_at)
  SELECT id, sha256, source, title, pub_date, text, imported_at FROM documents ORDER BY id;
DROP TABLE documents;
ALTER TABLE documents_v12 RENAME TO documents;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text)
  VALUES ('delete', old.id, old.title, old.text);
END;

CREATE TABLE nodes_v12 (
  id       INTEGER PRIMARY KEY AUTOINCREMENT,
  kind     TEXT NOT NULL,
  name     TEXT NOT NULL,
  norm_key TEXT NOT NULL,
  date     TEXT,
  attrs    TEXT NOT NULL DEFAULT '{}',
  xid      TEXT
);
INSERT INTO nodes_v12(id, kind, name, norm_key, date, attrs, xid)
  SELECT id, kind, name, norm_key, date, attrs, xid FROM nodes ORDER BY id;
DROP TABLE nodes;
ALTER TABLE nodes_v12 RENAME TO nodes;
CREATE UNIQUE INDEX nodes_xid ON nodes(xid) WHERE xid IS NOT NULL;
CREATE INDEX nodes_norm_key ON nodes(norm_key);
CREATE INDEX nodes_kind_date ON nodes(kind, date);
CREATE TRIGGER nodes_fts_update AFTER UPDATE OF name ON nodes BEGIN
  DELETE FROM names_fts WHERE node_id = old.id AND name = old.name;
  INSERT INTO names_fts(name, node_id) VALUES (new.name, new.id);
END;
CREATE TRIGGER nodes_fts_delete AFTER DELETE ON nodes BEGIN
  DELETE FROM names_fts WHERE node_id = old.id;
END;

CREATE TABLE edges_v12 (
  id       INTEGER PRIMARY KEY AUTOINCREMENT,
  source   INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
  relation TEXT NOT NULL,
  target   INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
  attrs    TEXT NOT NULL DEFAULT '{}',
  UNIQUE (source, relation, target)
);
INSERT INTO edges_v12(id, source, relation, target, attrs)
  SELECT id, source, relation, target, attrs FROM edges ORDER BY id;
DROP TABLE edges;
ALTER TABLE edges_v12 RENAME TO edges;
CREATE INDEX edges_target ON edges(target);
CREATE INDEX edges_target_relation ON edges(target, relation, source);

CREATE TABLE office_terms_v12 (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  official_id INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
  title       TEXT NOT NULL,
  country_id  INTEGER REFERENCES nodes(id) ON DELETE SET NULL,
  body_id     INTEGER REFERENCES nodes(id) ON DELETE SET NULL,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  status      TEXT NOT NULL CHECK (status IN ('held', 'former', 'outgoing', 'start', 'end')),
  date        TEXT,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  rule        TEXT NOT NULL,
  CHECK (start >= 0 AND end >= start)
);
INSERT INTO office_terms_v12(id, official_id, title, country_id, body_id, document_id, status,
                             date, start, end, rule)
  SELECT id, official_id, title, country_id, body_id, document_id, status, date, start, end, rule
  FROM office_terms ORDER BY id;
DROP TABLE office_terms;
ALTER TABLE office_terms_v12 RENAME TO office_terms;
CREATE INDEX office_terms_official ON office_terms(official_id);
CREATE INDEX office_terms_country ON office_terms(country_id);
CREATE INDEX office_terms_document ON office_terms(document_id);

CREATE TABLE date_claims_v12 (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  node_id     INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
  date        TEXT,
  document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
  rule        TEXT NOT NULL,
  CHECK ((document_id IS NOT NULL AND date IS NOT NULL AND date <> '') OR
         (document_id IS NULL AND rule LIKE 'correction:%'))
);
INSERT INTO date_claims_v12(id, node_id, date, document_id, rule)
  SELECT id, node_id, date, document_id, rule FROM date_claims ORDER BY id;
DROP TABLE date_claims;
ALTER TABLE date_claims_v12 RENAME TO date_claims;
CREATE INDEX date_claims_node ON date_claims(node_id);
CREATE INDEX date_claims_document ON date_claims(document_id);

CREATE TABLE agreement_stages_v12 (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  agreement_id INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
  stage        TEXT NOT NULL CHECK (stage IN ('announced', 'negotiated', 'signed', 'in_force', 'ended')),
  date         TEXT,
  document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start        INTEGER NOT NULL,
  end          INTEGER NOT NULL,
  rule         TEXT NOT NULL,
  CHECK (start >= 0 AND end >= start)
);
INSERT INTO agreement_stages_v12(id, agreement_id, stage, date, document_id, start, end, rule)
  SELECT id, agreement_id, stage, date, document_id, start, end, rule FROM agreement_stages ORDER BY id;
DROP TABLE agreement_stages;
ALTER TABLE agreement_stages_v12 RENAME TO agreement_stages;
CREATE INDEX agreement_stages_agreement ON agreement_stages(agreement_id);
CREATE INDEX agreement_stages_document ON agreement_stages(document_id);

-- The ids already given before this version, as far as the store still knows them: the highest
-- id left in each table, and those the corrections log names (a retracted document, a node
-- merged away or retracted, a linked edge), which may be higher.
INSERT INTO sqlite_sequence(name, seq)
  SELECT t.name, 0 FROM (SELECT 'documents' AS name UNION ALL SELECT 'nodes' UNION ALL
                         SELECT 'edges' UNION ALL SELECT 'office_terms' UNION ALL
                         SELECT 'date_claims' UNION ALL SELECT 'agreement_stages') t
  WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence s WHERE s.name = t.name);
UPDATE sqlite_sequence SET seq = max(seq,
    coalesce((SELECT max(id) FROM documents), 0),
    coalesce((SELECT max(CAST(json_extract(detail, '$.document') AS INTEGER)) FROM corrections
              WHERE action = 'retract' AND json_valid(detail)), 0),
    coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'documents_fts_upto'), 0))
  WHERE name = 'documents';
UPDATE sqlite_sequence SET seq = max(seq,
    coalesce((SELECT max(id) FROM nodes), 0),
    coalesce((SELECT max(node_id) FROM correction_nodes), 0))
  WHERE name = 'nodes';
UPDATE sqlite_sequence SET seq = max(seq,
    coalesce((SELECT max(id) FROM edges), 0),
    coalesce((SELECT max(CAST(json_extract(detail, '$.edge') AS INTEGER)) FROM corrections
              WHERE json_valid(detail)), 0))
  WHERE name = 'edges';
UPDATE sqlite_sequence SET seq = max(seq, coalesce((SELECT max(id) FROM office_terms), 0))
  WHERE name = 'office_terms';
UPDATE sqlite_sequence SET seq = max(seq, coalesce((SELECT max(id) FROM date_claims), 0))
  WHERE name = 'date_claims';
UPDATE sqlite_sequence SET seq = max(seq, coalesce((SELECT max(id) FROM agreement_stages), 0))
  WHERE name = 'agreement_stages';

-- External ids a merge absorbed (node and edge tables name nodes by them): a table imported
-- again that names the absorbed node's id finds the merged node, instead of creating the absorbed
-- node anew (which `dkg undo` of the merge could then not put back). Written by merges, removed
-- by their undo; follows the node into a later merge.
CREATE TABLE IF NOT EXISTS xid_redirects (
  xid           TEXT PRIMARY KEY,
  node_id       INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
  correction_id INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS xid_redirects_node ON xid_redirects(node_id);
