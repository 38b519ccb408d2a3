# Events: the ways reporting names a meeting that has no proper name of its own (a call, talks
# between two people, a visit). Each pattern makes the meeting and links the people and places
# its slots caught. Grammar and how to add a pattern: docs/extraction.md, "Pattern files".
# Every example and never line is a test (tests/pattern_test.cpp); the sentences are our own.

stage events

# "a telephone call between President A and Prime Minister B", "talks between A and B"
pattern talks-between
  match {what: ( official | bilateral | formal | informal | telephone | phone | video | "one-on-one" )* ( call | conversation | talks | meeting | summit ) } between {people:OFFICIAL+}
  make meeting talks "{what} between {people}"
  emit people attended event
  example A telephone call between President Ana Souza and Prime Minister Karl Brandt lasted an hour. => what=telephone call; people=President Ana Souza; people=Prime Minister Karl Brandt
  example Official talks between Foreign Minister Ana Souza, Defence Minister Karl Brandt and Finance Minister Olu Adeyemi followed. => people=Foreign Minister Ana Souza; people=Defence Minister Karl Brandt; people=Finance Minister Olu Adeyemi

# "President A held a phone call with Prime Minister B", "A received a telephone call from B"
pattern call-with
  match {caller:OFFICIAL} ~10 ( held | had | made | received | holds | has | hold | have | make | receive | conducted ) ( a | an )? {what: ( telephone | phone | video ) ( call | conversation | conference ) } ~4 ( with | from | to ) {other:OFFICIAL+}
  make meeting call "{what} between {caller} and {other}"
  emit caller attended event
  emit other attended event
  example President Ana Souza held a phone call with Prime Minister Karl Brandt on Monday. => caller=President Ana Souza; what=phone call; other=Prime Minister Karl Brandt
  example Prime Minister Karl Brandt received a telephone call on Friday from President Ana Souza. => caller=Prime Minister Karl Brandt; other=President Ana Souza

# "A spoke by telephone with B", "A spoke over the phone to B"
pattern spoke-by-phone
  match {caller:OFFICIAL} ~6 ( spoke | speaks | talked | talks ) ( by | over | on )? ( the )? {what: ( telephone | phone ) } ~3 ( with | to ) {other:OFFICIAL+}
  make meeting call "telephone call between {caller} and {other}"
  emit caller attended event
  emit other attended event
  example President Ana Souza spoke by telephone with Prime Minister Karl Brandt. => caller=President Ana Souza; other=Prime Minister Karl Brandt

# "Foreign Minister A's official visit to Lisbon", "A's three-day state visit to Portugal"
pattern visit-possessive
  match {visitor:OFFICIAL} 's ~4 ( visit | visits | trip | tour ) ( to | in ) {dest:PLACE/COUNTRY}
  make meeting visit "{visitor}'s visit to {dest}"
  emit visitor attended event
  emit event held_in dest
  example Foreign Minister Ana Souza's three-day official visit to Lisbon ended on Friday. => visitor=Foreign Minister Ana Souza; dest=Lisbon

# "the state visit of President A to Portugal"
pattern visit-of
  match ( visit | trip ) of {visitor:OFFICIAL} ~8 to {dest:PLACE/COUNTRY}
  make meeting visit "{visitor}'s visit to {dest}"
  emit visitor attended event
  emit event held_in dest
  example The first state visit of President Ana Souza to Portugal began with a ceremony. => visitor=President Ana Souza; dest=Portugal

# "President A will travel to Portugal", "A arrived in Lisbon on Sunday", "A visited Lisbon"
pattern travel-to
  match {visitor:OFFICIAL} ~6 ( travel | travels | travelled | traveled | travelling | traveling | arrive | arrives | arrived | fly | flew | flies | "is visiting" | "will visit" | visited | "to visit" | "paid a visit to" | "pays a visit to" | "paid an official visit to" | "paid a state visit to" ) ( to | in )? {dest:PLACE/COUNTRY}
  make meeting visit "{visitor}'s visit to {dest}"
  emit visitor attended event
  emit event held_in dest
  example President Ana Souza will travel to Portugal next week for talks. => visitor=President Ana Souza; dest=Portugal
  example Foreign Minister Karl Brandt arrived in Lisbon on Sunday. => visitor=Foreign Minister Karl Brandt; dest=Lisbon
  never President Ana Souza said trade with Portugal would grow.

# "President A hosted Prime Minister B", "A received B at the palace": a meeting the host
# chairs for the host side (GUIDELINES: chaired, "hosted it for the host side").
pattern host-received-guest
  match {host:OFFICIAL} ( also | then | later | formally | warmly | officially )? ( hosted | hosts | "will host" | received | receives | "will receive" ) ( the | visiting | "the visiting" )? {guest:OFFICIAL+}
  make meeting talks "{host}'s meeting with {guest}"
  emit host chaired event
  emit guest attended event
  example President Ana Souza received Prime Minister Karl Brandt at the palace on Tuesday. => host=President Ana Souza; guest=Prime Minister Karl Brandt
  never President Ana Souza received a letter from the ministry.
  never At the airport, the visiting President Ana Souza was received by Minister Karl Brandt.
