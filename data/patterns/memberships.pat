# Memberships: an official or a country that the sentence says holds a seat on a named body
# (ONTOLOGY member_of). Grammar and how to add a pattern: docs/extraction.md, "Pattern files".
# Every example and never line is a test (tests/pattern_test.cpp); the sentences are our own.

stage arguments

# "A, Peru's envoy for the talks, Member of the Standing Council of X, and Director of the Office
# of Y", "A, trade minister and a member of the Z", "A, who is also a member of the Z", "A, who
# opened the summit as the Z's rotating chair": a seat on a named body, in an apposition to the
# official, makes the official its member (two seats at most).
# Not "A, and the chair of X, B": with "the", the office is a title of the next official named.
pattern official-member-of-body
  match {person:OFFICIAL} ( "," ~16!OFFICIAL )? ( "," | and | also | addition ) ( a | an )? ( member | director | head | chair | chairman | chairperson ) of ( the )? {body:ORG} ( ( "," )? and ( a | an )? ( member | director | head | chair | chairman | chairperson ) of ( the )? {other:ORG} )?
  match {person:OFFICIAL} ( "," ~16!OFFICIAL )? as ( the )? {body:ORG} 's ( rotating | current | outgoing | incoming )? ( chair | chairman | chairperson | president | head )
  emit person member_of body
  emit person member_of other
  example The talks were led by Ana Souza, Peru's envoy for the border question, Member of the Standing Council of the Andean Community, and Director of the Office of the National Security Council. => person=Ana Souza; body=Standing Council of the Andean Community; other=Office of the National Security Council
  example According to Karl Brandt, trade minister and a member of the Executive Council of the African Union, the talks went well. => person=Karl Brandt; body=Executive Council of the African Union
  example Chile's President Luis Vega, who opened the summit as the African Union's rotating chair, spoke first. => person=Chile's President Luis Vega; body=African Union
  never Karl Brandt met the press and a member of the African Union Commission spoke later.
  never The summit was chaired by the head of the Andean Community, Ana Souza, and the chair of the African Union, Karl Brandt.

# "Members of the Council present were A, B and C", "Members of the Forum present
# included A and B": officials listed as the body's members hold seats on it.
pattern members-of-body-were
  match members of ( the )? {body:ORG} ~4!OFFICIAL ( were | included | include | ":" ) ( the | HONORIFIC )* {people:OFFICIAL+} ( ";" ( and )? ( the | HONORIFIC )* {more:OFFICIAL+} )*
  emit people member_of body
  emit more member_of body
  example The other members of the Andean Forum who attended were President Ana Souza of Peru and President Karl Brandt of Chile. => body=Andean Forum; people=President Ana Souza of Peru; people=President Karl Brandt of Chile
  example Members of the Andean Forum present included the Honourable Ana Souza, President of Peru; and Dr Karl Brandt, President of Chile. => body=Andean Forum; people=Honourable Ana Souza, President of Peru; more=Dr Karl Brandt, President of Chile
  never The members of the Andean Forum were received by President Ana Souza of Peru.

# "Peru, elected in June as a non-permanent member of the UN Security Council": a country named
# as a member of a body is its member (not "a permanent member of an enlarged Council", nor a
# country that another "supports" or "backs" as one: both are wishes).
pattern country-as-member-of-body
  match <!supports <!supported <!support <!backs <!backed <!back <!endorses <!endorsed <!wants <!favours <!favors {country:COUNTRY} ~6!COUNTRY as ( a | an )? ( permanent | non-permanent | founding | full )? member of ( the )? {body:ORG}
  emit country member_of body
  example The ministers congratulated Peru, elected in June as a non-permanent member of the United Nations Security Council. => country=Peru; body=United Nations Security Council
  never Chile wants Peru as a permanent member of an enlarged United Nations Security Council.
  never Kenya supports Peru as a permanent member of the United Nations Security Council.
  never The ministers backed Peru as a member of the Human Rights Council for the next term.

# "the chairperson of the Andean Community, Peruvian President A", "the chair of the bloc's
# council, Chile's Foreign Minister B": the official in apposition to a body's chair holds that
# seat; the country the apposition names with the official chairs it as one of its members.
pattern chair-of-body-apposition
  match the ( rotating | current | outgoing | incoming )? ( chair | chairman | chairperson | chairwoman ) of ( the )? {body:ORG} "," {person:OFFICIAL}
  emit person member_of body
  emit country-of:person member_of body
  example The talks were opened by the chairperson of the Andean Community, Peruvian President Ana Souza, on Monday. => body=Andean Community; person=Peruvian President Ana Souza
  example Karl Brandt met the current chair of the African Union, Chile's Foreign Minister Luis Vega, in Lima. => body=African Union; person=Chile's Foreign Minister Luis Vega
  never The chair of the African Union said on Monday that Karl Brandt would attend.
