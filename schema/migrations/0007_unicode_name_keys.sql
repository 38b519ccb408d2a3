-- dkg schema, version 7: names folded with Unicode data. Normalised names now fold the case and
-- diacritics of every script ("Erdoğan", "ERDOGAN" and "Erdogan" are one key, where version 6 kept
-- "erdoğan" apart) and keep '+' and '#' ("C++" and "C#" were both "c"). The stored keys are
-- recomputed by the engine's own code, which Store::Open registers on its connection before it
-- migrates: dkg_normalize_name() is NormalizeName(), dkg_fold_key() folds the non-ASCII letters of
-- an identity key (whose name parts NormalizeName() made). Names that folded apart and now fold
-- alike stay separate nodes: merging them is a decision this migration does not take.
UPDATE nodes SET norm_key = dkg_normalize_name(name) WHERE norm_key <> dkg_normalize_name(name);
-- Two aliases of one node may now fold alike: one row remains (REPLACE drops the other).
UPDATE OR REPLACE aliases SET norm = dkg_normalize_name(alias)
  WHERE norm <> dkg_normalize_name(alias);
UPDATE OR REPLACE node_keys SET key = dkg_fold_key(key) WHERE key <> dkg_fold_key(key);
