-- dkg schema, version 1: documents, the graph (nodes, aliases, edges), evidence, mentions,
-- full-text indexes and the generation counter. Applied inside one transaction by engine/.

-- One imported source. `text` is exactly what offsets in evidence and mentions refer to
-- (for plain text the file's bytes; for HTML the extracted main text).
CREATE TABLE documents (
  id          INTEGER PRIMARY KEY,
  sha256      TEXT NOT NULL UNIQUE,
  source      TEXT NOT NULL,
  title       TEXT NOT NULL DEFAULT '',
  pub_date    TEXT,
  text        TEXT NOT NULL,
  imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- An entity. `norm_key` is the normalised canonical name used for entity resolution;
-- `date` is ISO 8601 at the precision the text gives; `attrs` is a JSON object of strings;
-- `xid` is the external id a structured import gave the node.
CREATE TABLE nodes (
  id       INTEGER PRIMARY KEY,
  kind     TEXT NOT NULL,
  name     TEXT NOT NULL,
  norm_key TEXT NOT NULL,
  date     TEXT,
  attrs    TEXT NOT NULL DEFAULT '{}',
  xid      TEXT
);
CREATE INDEX nodes_kind_key ON nodes(kind, norm_key);
CREATE UNIQUE INDEX nodes_xid ON nodes(xid) WHERE xid IS NOT NULL;

-- Every other surface form seen for a node, with its normalised form for resolution.
CREATE TABLE aliases (
  node_id INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
  alias   TEXT NOT NULL,
  norm    TEXT NOT NULL,
  PRIMARY KEY (node_id, norm)
);
CREATE INDEX aliases_norm ON aliases(norm);

-- One row per distinct (source, relation, target) triple; evidence rows hang off it.
CREATE TABLE edges (
  id       INTEGER PRIMARY KEY,
  source   INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
  relation TEXT NOT NULL,
  target   INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
  attrs    TEXT NOT NULL DEFAULT '{}',
  UNIQUE (source, relation, target)
);
CREATE INDEX edges_target ON edges(target);

-- Where an edge was read: a byte span of a document's text and the extraction rule that fired.
CREATE TABLE evidence (
  id          INTEGER PRIMARY KEY,
  edge_id     INTEGER NOT NULL REFERENCES edges(id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  rule        TEXT NOT NULL,
  UNIQUE (edge_id, document_id, start, end, rule),
  CHECK (start >= 0 AND end >= start)
);
CREATE INDEX evidence_document ON evidence(document_id);

-- Where a node was named in a document, and why that mention joined this node (`reason`, written
-- by engine/store.cpp): the explanation `dkg show` prints.
CREATE TABLE mentions (
  id          INTEGER PRIMARY KEY,
  node_id     INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  surface     TEXT NOT NULL,
  reason      TEXT NOT NULL,
  CHECK (start >= 0 AND end >= start)
);
CREATE INDEX mentions_node ON mentions(node_id);
CREATE INDEX mentions_document ON mentions(document_id);

-- Store-wide settings; `generation` is bumped by every committed write so that caches
-- (the graph snapshot) know when they are stale.
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO meta(key, value) VALUES ('generation', '0');

-- Full-text search over node names and aliases, kept in step by triggers.
CREATE VIRTUAL TABLE names_fts USING fts5(name, node_id UNINDEXED, tokenize = 'unicode61');
CREATE TRIGGER nodes_fts_insert AFTER INSERT ON nodes BEGIN
  INSERT INTO names_fts(name, node_id) VALUES (new.name, new.id);
END;
CREATE TRIGGER nodes_fts_update AFTER UPDATE OF name ON nodes BEGIN
  DELETE FROM names_fts WHERE node_id = old.id AND name = old.name;
  INSERT INTO names_fts(name, node_id) VALUES (new.name, new.id);
END;
CREATE TRIGGER nodes_fts_delete AFTER DELETE ON nodes BEGIN
  DELETE FROM names_fts WHERE node_id = old.id;
END;
CREATE TRIGGER aliases_fts_insert AFTER INSERT ON aliases BEGIN
  INSERT INTO names_fts(name, node_id) VALUES (new.alias, new.node_id);
END;

-- Full-text search over documents (external content: the text is stored once, in documents).
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content = 'documents',
                                              content_rowid = 'id', tokenize = 'unicode61');
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text)
  VALUES ('delete', old.id, old.title, old.text);
END;
