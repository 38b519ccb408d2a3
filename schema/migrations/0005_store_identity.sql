-- dkg schema, version 5: a random identity for the store. Files derived from a store (the graph
-- index beside it) record it together with the generation, so a store deleted and rebuilt at the
-- same path, whose generation may count up to the same number, never reuses a stale derived file.
INSERT INTO meta(key, value) VALUES ('store_id', lower(hex(randomblob(16))));
