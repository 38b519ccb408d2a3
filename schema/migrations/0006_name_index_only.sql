-- dkg schema, version 6: one index on normalised names. nodes_norm_key (version 4) finds the few
-- nodes that have a normalised name; entity resolution then checks their kind on the row, which
-- nodes_kind_key(kind, norm_key) did in the index. One index fewer to keep up on every insert
-- (a third of a second per million nodes in a bulk import).
DROP INDEX nodes_kind_key;
