-- dkg schema: edges by target, relation and source. A question that starts from a meeting and
-- wants one relation into it (its co-chairs: `cochaired` edges whose target is the meeting) read
-- every edge into the meeting through edges_target and then each edge's row to see its relation:
-- a dozen rows scattered over the file per meeting. This index answers it from the index alone
-- (the edge id is the row id every index holds), as the unique index on (source, relation,
-- target) already does for a relation out of a node. Purely additive; harmless to apply twice.
CREATE INDEX IF NOT EXISTS edges_target_relation ON edges(target, relation, source);
