-- dkg schema, version 3: the engine writes names into names_fts itself, in one statement per
-- imported document, instead of an insert trigger firing (and opening a virtual-table savepoint)
-- for every node and alias. Existing rows stay; the update and delete triggers stay.
DROP TRIGGER nodes_fts_insert;
DROP TRIGGER aliases_fts_insert;
