-- dkg schema, version 4: `dkg show "Vikram Misri"` and every other query by name looks nodes up by
-- normalised name across kinds; nodes_kind_key serves lookups within one kind only.
CREATE INDEX nodes_norm_key ON nodes(norm_key);
