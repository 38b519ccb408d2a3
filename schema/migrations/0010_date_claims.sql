-- dkg schema: dated claims. One row per document that gives a meeting or an agreement a date
-- (`date` as the text gave it, ISO at its precision), so that documents disagreeing on the date
-- of one event are all kept with their sources; `nodes.date` holds the date chosen from them (the
-- most precise date the most documents support, engine/date_claims.h) and `dkg show` lists the
-- others. A row without a document is an analyst's `set-date` correction (rule
-- 'correction:set-date', `date` NULL when it cleared the date): it overrides the documents.
-- Purely additive and harmless to apply twice. A store written before this version gets one row
-- per dated meeting or agreement and per document that mentions it, with the node's date (rule
-- 'migration:date'): the stored date, supported by each of its sources.
CREATE TABLE IF NOT EXISTS date_claims (
  id          INTEGER PRIMARY KEY,
  node_id     INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
  date        TEXT,
  document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
  rule        TEXT NOT NULL,
  CHECK ((document_id IS NOT NULL AND date IS NOT NULL AND date <> '') OR
         (document_id IS NULL AND rule LIKE 'correction:%'))
);
CREATE INDEX IF NOT EXISTS date_claims_node ON date_claims(node_id);
CREATE INDEX IF NOT EXISTS date_claims_document ON date_claims(document_id);

-- The backfill runs only into an empty table (re-applied over a store that has it, it adds
-- nothing twice).
CREATE TEMP TABLE date_claims_backfill AS SELECT count(*) = 0 AS empty FROM date_claims;
INSERT INTO date_claims(node_id, date, document_id, rule)
SELECT n.id, n.date, m.document_id, 'migration:date'
FROM nodes n JOIN mentions m ON m.node_id = n.id
WHERE n.kind IN ('meeting', 'agreement') AND n.date IS NOT NULL AND n.date <> ''
  AND (SELECT empty FROM date_claims_backfill)
ORDER BY n.id, m.document_id;
DROP TABLE temp.date_claims_backfill;

-- Agreement lifecycle: one row per stage of an agreement's life a document states (announced,
-- negotiated, signed, in_force, ended; data/lexicon/agreement_stage.tsv), with the date the text
-- gives it (NULL: the document's date is meant) and the sentence that says so. `dkg timeline`
-- on an agreement lists them in order. Stores written before have none (nothing to backfill:
-- older imports did not read stages).
CREATE TABLE IF NOT EXISTS agreement_stages (
  id           INTEGER PRIMARY KEY,
  agreement_id INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
  stage        TEXT NOT NULL CHECK (stage IN ('announced', 'negotiated', 'signed', 'in_force', 'ended')),
  date         TEXT,
  document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start        INTEGER NOT NULL,
  end          INTEGER NOT NULL,
  rule         TEXT NOT NULL,
  CHECK (start >= 0 AND end >= start)
);
CREATE INDEX IF NOT EXISTS agreement_stages_agreement ON agreement_stages(agreement_id);
CREATE INDEX IF NOT EXISTS agreement_stages_document ON agreement_stages(document_id);
