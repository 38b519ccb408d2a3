-- dkg schema, version 2: identity keys. An identity key names what makes an entity the same one
-- across documents when its names differ ("series:IN-JP:2+2" for every phrasing of the India-Japan
-- 2+2 dialogue; "round:series:IN-JP:economic,security#1" for its first round). Keys are not
-- surface forms, so they live apart from aliases and are never exported as names.
CREATE TABLE node_keys (
  node_id INTEGER NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
  key     TEXT NOT NULL,
  PRIMARY KEY (node_id, key)
);
CREATE INDEX node_keys_key ON node_keys(key);
