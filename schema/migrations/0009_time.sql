-- dkg schema, version 8: offices over time. One row per report of an official's office in a
-- document: the title, the country and body it was given with (node ids), what the text says of
-- its timing (`status`: held, former, outgoing, start or end; data/lexicon/office_time.tsv) and an
-- explicit date of a start or end. `dkg officials` reads first and last reports, starts and ends
-- from these rows and the documents' dates. Purely additive, and harmless to apply twice. A store
-- written before this version gets one 'held' row per official with a title and per document that
-- mentions them (with the title, country and body the official has now, and no span: rule
-- 'migration:title').
CREATE TABLE IF NOT EXISTS office_terms (
  id          INTEGER PRIMARY KEY,
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
CREATE INDEX IF NOT EXISTS office_terms_official ON office_terms(official_id);
CREATE INDEX IF NOT EXISTS office_terms_country ON office_terms(country_id);
CREATE INDEX IF NOT EXISTS office_terms_document ON office_terms(document_id);
-- Meetings and agreements by date, for time windows over large stores (Store::NodeDates).
CREATE INDEX IF NOT EXISTS nodes_kind_date ON nodes(kind, date);

-- The backfill runs only into an empty table: re-applied to a store that has the table (its
-- version set back by hand), the migration adds nothing twice.
CREATE TEMP TABLE office_terms_backfill AS SELECT count(*) = 0 AS empty FROM office_terms;
INSERT INTO office_terms(official_id, title, country_id, body_id, document_id, status, start, end, rule)
SELECT n.id, t.title,
       (SELECT target FROM edges WHERE source = n.id AND relation = 'represents' ORDER BY id LIMIT 1),
       (SELECT target FROM edges WHERE source = n.id AND relation = 'member_of' ORDER BY id LIMIT 1),
       m.document_id, 'held', 0, 0, 'migration:title'
FROM nodes n
JOIN (SELECT id, CASE WHEN json_valid(attrs) THEN json_extract(attrs, '$.title') END AS title
      FROM nodes WHERE kind = 'official') t ON t.id = n.id
JOIN mentions m ON m.node_id = n.id
WHERE typeof(t.title) = 'text' AND t.title <> '' AND (SELECT empty FROM office_terms_backfill);
DROP TABLE temp.office_terms_backfill;
