-- dkg schema: corrections. An analyst's correction (retract a document, merge, split, unlink,
-- link, rename, set a date, undo) is a record with who, when and why, and the exact row changes
-- it made (an SQLite session changeset), which is what `dkg undo` inverts. Corrections that must
-- hold when documents are imported again leave rules that the engine's entity resolution reads:
-- names redirected to another node (merge, rename), a document's mentions of a name sent to
-- another node (split), and edges extraction may not create again (unlink). Rules are keyed by
-- kind and normalised name, not by node id: a node retracted and re-created by a later import has
-- a new id but the same name. Purely additive: no existing table changes; IF NOT EXISTS lets a
-- store whose user_version was lowered by hand run it again harmlessly.
CREATE TABLE IF NOT EXISTS corrections (
  id        INTEGER PRIMARY KEY,
  action    TEXT NOT NULL,            -- retract, merge, split, unlink, link, rename, set-date, undo
  at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  by        TEXT NOT NULL,
  reason    TEXT,
  summary   TEXT NOT NULL,            -- one line for people: "merged #12 'X' into #7 'Y'"
  detail    TEXT NOT NULL DEFAULT '{}',  -- the arguments as JSON (names, ids, documents)
  changeset BLOB,                     -- the rows changed, for undo
  undone_by INTEGER REFERENCES corrections(id)
);

-- The nodes a correction concerns, for `dkg history Q` and `dkg show`. Not a foreign key: the
-- history of a node outlives the node (a merged-away node's id still finds its merge).
CREATE TABLE IF NOT EXISTS correction_nodes (
  correction_id INTEGER NOT NULL REFERENCES corrections(id) ON DELETE CASCADE,
  node_id       INTEGER NOT NULL,
  PRIMARY KEY (correction_id, node_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS correction_nodes_node ON correction_nodes(node_id);

-- Extracted nodes of this kind and normalised name join the node named `target` instead
-- (merge: the absorbed node's names; rename: the old name).
CREATE TABLE IF NOT EXISTS name_redirects (
  kind          TEXT NOT NULL,
  norm          TEXT NOT NULL,
  target        TEXT NOT NULL,
  correction_id INTEGER NOT NULL,
  PRIMARY KEY (kind, norm)
) WITHOUT ROWID;

-- In the document with this sha256, nodes of this kind and normalised name join the node named
-- `target` (split: the mentions moved to a new node stay there when the document comes again).
CREATE TABLE IF NOT EXISTS document_redirects (
  sha256        TEXT NOT NULL,
  kind          TEXT NOT NULL,
  norm          TEXT NOT NULL,
  target        TEXT NOT NULL,
  correction_id INTEGER NOT NULL,
  PRIMARY KEY (sha256, kind, norm)
) WITHOUT ROWID;

-- Edges extraction does not create again (unlink), by the kinds and normalised names of their ends.
CREATE TABLE IF NOT EXISTS suppressed_edges (
  source_kind   TEXT NOT NULL,
  source_norm   TEXT NOT NULL,
  relation      TEXT NOT NULL,
  target_kind   TEXT NOT NULL,
  target_norm   TEXT NOT NULL,
  correction_id INTEGER NOT NULL,
  PRIMARY KEY (source_kind, source_norm, relation, target_kind, target_norm)
) WITHOUT ROWID;

-- Near-copies: a document telling the same story as an earlier one with small changes (a wire
-- copy, a republished release) is recorded as a copy of the first of its group (engine/
-- near_copy.h: MinHash over word 3-grams). Only the first of each group is a candidate for later
-- documents: its MinHash signature (128 little-endian uint32) and its 32 band keys are kept.
CREATE TABLE IF NOT EXISTS document_copies (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  copy_of     INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  similarity  REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS document_copies_of ON document_copies(copy_of);
CREATE TABLE IF NOT EXISTS document_signatures (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  signature   BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS document_bands (
  band        INTEGER NOT NULL,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (band, document_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS document_bands_document ON document_bands(document_id);
