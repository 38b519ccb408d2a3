# Roles: who hosts or chairs a meeting named in the sentence, and whom a country sent to it. The
# host side's officials chair it (GUIDELINES: chaired, "hosted it for the host side"); their
# guests attend; a country's representative represents it and attends. Grammar and how
# to add a pattern: docs/extraction.md, "Pattern files". Every example and never line is a test
# (tests/pattern_test.cpp); the sentences are our own.

stage events

# "Foreign Minister A received Foreign Secretary B for the inaugural Portugal-Brazil Dialogue" (not
# "received B at the G20 summit": a meeting on its sidelines, which A does not chair),
# "Ministers A and B welcomed Ministers C and D to Lisbon for the first 2+2 Dialogue"
pattern hosts-welcomed-for-meeting
  match {hosts:OFFICIAL+} ~3!OFFICIAL ( welcomed | welcomes | "will welcome" | received | receives | "will receive" | hosted | hosts | "will host" ) ( the | his | her | their )? {guests:OFFICIAL+} ~5!OFFICIAL for ( the | their | this )? {m:MEETING}
  emit hosts chaired m
  emit guests attended m
  attribute host-at-home
  example Foreign Minister Ana Souza received the Brazilian Foreign Secretary, Karl Brandt, for the inaugural Portugal-Brazil Strategic Dialogue. => hosts=Foreign Minister Ana Souza; guests=Brazilian Foreign Secretary, Karl Brandt; m=inaugural Portugal-Brazil Strategic Dialogue
  example Ministers Ana Souza and Olu Adeyemi welcomed Minister Karl Brandt to Lisbon for the first Portugal-Brazil 2+2 Ministerial Dialogue. => hosts=Ministers Ana Souza; hosts=Olu Adeyemi; guests=Minister Karl Brandt; m=first Portugal-Brazil 2+2 Ministerial Dialogue
  example Minister Ana Souza hosted her Brazilian counterpart, Foreign Minister Karl Brandt, for the seventh session of the Portugal-Brazil Joint Commission. => hosts=Minister Ana Souza; guests=Brazilian counterpart, Foreign Minister Karl Brandt; m=seventh session of the Portugal-Brazil Joint Commission
  never Foreign Minister Ana Souza received a letter from Minister Karl Brandt about the inaugural Portugal-Brazil Strategic Dialogue.
  never Chancellor Ana Souza received Prime Minister Karl Brandt at the G20 Leaders' Summit in Rio on Monday.

# "The fifth Portugal-Brazil 2+2 Dialogue took place in Lisbon, with Ministers A and B welcoming
# Ministers C and D": the hosts chair it. Both host patterns are host-at-home: a meeting they
# give hosts to, and that nothing places, is held in the hosts' country (role:hosts-country).
pattern meeting-with-hosts-welcoming
  match {m:MEETING} ~14 with {hosts:OFFICIAL+} ( welcoming | receiving | hosting ) ( the )? {guests:OFFICIAL+}
  emit hosts chaired m
  emit guests attended m
  attribute host-at-home
  example The fifth Portugal-Brazil 2+2 Ministerial Dialogue was held on Monday in Lisbon, with Foreign Minister Ana Souza welcoming Foreign Minister Karl Brandt. => m=fifth Portugal-Brazil 2+2 Ministerial Dialogue; hosts=Foreign Minister Ana Souza; guests=Foreign Minister Karl Brandt

# "The first summit had brought Presidents A and B together in Lima", "the talks brought together
# Ministers A and B": a meeting that brought officials together was attended by them.
pattern meeting-brought-officials-together
  match {m:MEETING} ~8!OFFICIAL ( brought | "had brought" | "has brought" | "will bring" ) {who:OFFICIAL+} together
  match {m:MEETING} ~8!OFFICIAL ( "brought together" | "had brought together" | "has brought together" | "will bring together" ) {who:OFFICIAL+}
  emit who attended m
  example In March 2021, the first Ghana-Peru Ministerial Dialogue had brought Foreign Minister Ana Souza and Defence Minister Karl Brandt together in Accra. => m=first Ghana-Peru Ministerial Dialogue; who=Foreign Minister Ana Souza; who=Defence Minister Karl Brandt
  example The fifth Portugal-Brazil Joint Commission brought together Foreign Minister Ana Souza and Foreign Minister Karl Brandt. => m=fifth Portugal-Brazil Joint Commission; who=Foreign Minister Ana Souza; who=Foreign Minister Karl Brandt
  never The fifth Portugal-Brazil Joint Commission brought new hope, said Foreign Minister Ana Souza.

# "Colombia was represented by Foreign Minister A", "Peru was represented by A; Chile by B; and
# Bolivia by C": each official represents the country and attends the meeting in focus.
pattern country-represented-by
  match {c:COUNTRY} ( was | were | "will be" | "is to be" ) represented ~4!OFFICIAL by ( its | their )? {who:OFFICIAL}
  match {c:COUNTRY} ( was | were | "will be" | "is to be" ) represented ~4!OFFICIAL by ( its | their ) ~5!OFFICIAL "," {who:OFFICIAL}
  emit who represents c
  emit who attended focus
  example At the summit, Colombia was represented by Foreign Minister Lena Berg. => c=Colombia; who=Foreign Minister Lena Berg
  example Bolivia was represented by its ambassador in Lima, Rosa Quispe Mamani. => c=Bolivia; who=Rosa Quispe Mamani
  never Colombia was represented at the talks by its embassy.

# "Tanzania was represented by its High Commissioner to Malawi.": an envoy named by office alone
# still says the country took part in the meeting in focus.
pattern country-represented-by-unnamed-envoy
  match {c:COUNTRY} ( was | were | "will be" | "is to be" ) represented by ( its | their ) {t:TITLE} ( ( to | in ) ( the )? ( COUNTRY | PLACE | CAPITAL | ORG ) )? "."
  emit c participant focus
  example Bolivia was represented by its ambassador to Peru. => c=Bolivia; t=ambassador
  never Bolivia was represented by its ambassador to Peru, Rosa Quispe Mamani.

# "...; Chile by the Honourable B; and Bolivia by C": the same verb, left out.
pattern country-by-official
  match ( ";" | "," ) ( and )? {c:COUNTRY} by ( the )? {who:OFFICIAL}
  emit who represents c
  emit who attended focus
  example Peru was represented by Minister Ana Souza; Chile by the Honourable Karl Brandt, Minister of Fisheries; and Bolivia by Olu Adeyemi, Minister of Trade. => c=Chile; who=Honourable Karl Brandt, Minister of Fisheries
  never Trade with Peru, Chile and Bolivia grew, by Minister Ana Souza's count.

# "The Peruvian delegation was led by Vice Minister A, and the Chilean side by B", "the Kenyan
# team will be headed by B": the official who leads a country's delegation or side serves that
# country and attends the meeting in focus (the verb may be left out after the first).
pattern country-delegation-led-by
  match ( the )? {c:COUNTRY} ( delegation | side | team ) ( was | is | "will be" | "is to be" | were )? ( led | headed ) by ( the )? {who:OFFICIAL}
  match ( "," | ";" | and ) ( the )? {c:COUNTRY} ( delegation | side | team ) by ( the )? {who:OFFICIAL}
  emit who represents c
  emit who attended focus
  example The Peruvian delegation was led by Vice Minister Ana Souza, and the Chilean side by Under-Secretary Karl Brandt. => c=Peruvian; who=Vice Minister Ana Souza
  never The Peruvian delegation met Minister Ana Souza in Lima.

# "A headed the Ghanaian delegation, while B led the Togolese side": the head of a country's
# delegation attends the meeting the delegation went to, named after it, else the one in focus.
pattern headed-delegation-to
  match {who:OFFICIAL} ~3!OFFICIAL ( headed | heads | "will head" | "is heading" | "was heading" ) ( the | his | her | their | its )? ( COUNTRY | [cap] )? ( delegation | side ) ( to | at | for ) ( the )? {m:MEETING}
  emit who attended m
  example Trade Minister Grace Wanjiru headed the Kenyan delegation to the Kenya-Norway Trade Summit in Oslo. => who=Trade Minister Grace Wanjiru; m=Kenya-Norway Trade Summit

pattern headed-delegation
  match {who:OFFICIAL} ~3!OFFICIAL ( headed | heads | "will head" | "is heading" | "was heading" ) ( the | his | her | their | its )? ( COUNTRY | [cap] )? ( delegation | side ) !to !at !for
  emit who attended focus
  example Kenya's Trade Minister Grace Wanjiru headed the Kenyan delegation, while Norway's Lars Holm led the Norwegian side. => who=Kenya's Trade Minister Grace Wanjiru
  never Trade Minister Grace Wanjiru headed the ministry's legal department until 2020.

# "Belize sent the Honourable A, Minister of Foreign Affairs", "Chile will send Minister B": the
# official represents the country and attends the meeting in focus.
pattern country-sent-official
  match {c:COUNTRY} ( sent | "will send" | "is sending" | "has sent" | "had sent" ) ( the )? {who:OFFICIAL} ( "," | ";" | "." | to | as | and | "(" )
  emit who represents c
  emit who attended focus
  example Belize sent the Honourable Lena Berg, Minister of Foreign Affairs; Peru was represented by Minister Ana Souza. => c=Belize; who=Honourable Lena Berg, Minister of Foreign Affairs
  example Chile will send Minister Karl Brandt to the talks. => c=Chile; who=Minister Karl Brandt
  never Belize sent a letter to Minister Lena Berg.
  never Chile sent Foreign Minister Lena Berg a formal protest over the dispute.

# "Representing Ecuador was Foreign Minister A"
pattern representing-country-was
  match representing {c:COUNTRY} ( was | were | "will be" ) ( the )? {who:OFFICIAL}
  emit who represents c
  emit who attended focus
  example Representing Ecuador was Foreign Minister Olu Adeyemi, who spoke first. => c=Ecuador; who=Foreign Minister Olu Adeyemi

# "President A will be on hand to greet him", "Chancellor A will welcome King B at the palace":
# the official who welcomes the visitor of the story takes part in the visit (the meeting in
# focus). A welcome of something said ("welcomed B's remarks") is no welcome of a person, and
# the host is no possessive ("A's plan ... she welcomed B") and does welcome ("did not welcome").
pattern host-welcomes-visitor
  match {host:OFFICIAL} ( !'s ~5!OFFICIAL )? <!@negating_word ( welcome | welcomed | welcomes | greet | greeted | greets ) {guest:OFFICIAL} !'s
  match {host:OFFICIAL} ( !'s ~5!OFFICIAL )? <!@negating_word ( welcome | welcomed | welcomes | greet | greeted | greets ) ( him | her | them )
  emit host attended focus
  emit guest attended focus
  example President Ana Souza will go to greet him at the airport. => host=President Ana Souza
  example Chancellor Karl Brandt will welcome King Olu Adeyemi at the palace. => host=Chancellor Karl Brandt; guest=King Olu Adeyemi
  never Chancellor Karl Brandt welcomed King Olu Adeyemi's remarks on trade.
  never Chancellor Karl Brandt welcomed the agreement.
  never President Ana Souza did not welcome Minister Karl Brandt's plan, nor did she welcome Minister Lena Berg.

# "The President was welcomed in Doha on landing by his cousin, Crown Prince A": the
# official who receives the visitor on arrival takes part in the visit (no meeting of its own). The
# one welcomed is a person ("The letter was received on Tuesday by President A" is no welcome).
pattern welcomed-on-arrival-by
  match ( OFFICIAL | TITLE | HONORIFIC | he | she | they ) ( was | were | "will be" | "is to be" | "are to be" ) ( welcomed | greeted | received ) ( at | in | on ) ~10!OFFICIAL by ~4!OFFICIAL {host:OFFICIAL}
  emit host attended focus
  example The President was welcomed at the airport in Lisbon by his counterpart, Prime Minister Ana Souza. => host=counterpart, Prime Minister Ana Souza
  never The President was welcomed at the airport by cheering crowds.
  never The protest letter was received on Tuesday by President Ana Souza.
  never The decision was welcomed in Lisbon by Prime Minister Ana Souza.

# "The two ministers co-chaired the session", "Both leaders jointly chaired the talks": the two
# people who hold roles at the meeting in focus co-chair it.
pattern pair-cochaired
  match ( "the two" | both | "both the" ) [lower]? ( ministers | leaders | presidents | premiers | chancellors | counterparts | secretaries | officials | "heads of delegation" | "heads of state" | "heads of government" ) ( also | jointly | together )? ( co-chaired | "jointly chaired" | "will co-chair" | "co-chair" ) ( the | this )? ( session | meeting | talks | dialogue | round | commission | committee | consultations | MEETING_REF )
  emit focus-pair cochaired focus
  example The two ministers co-chaired the session, which reviewed trade.
  never The two ministers discussed the session.

# "The two officials also co-chaired the inaugural Peru-Chile Strategic Consultations": the two
# people who hold roles at the meeting in focus co-chair the meeting named after the verb.
pattern pair-cochaired-named
  match ( "the two" | both | "both the" ) [lower]? ( ministers | leaders | presidents | premiers | chancellors | counterparts | secretaries | officials | "heads of delegation" | "heads of state" | "heads of government" ) ( also | jointly | together )? ( co-chaired | "jointly chaired" | "will co-chair" | "co-chair" ) ( the )? {m:MEETING}
  emit focus-pair cochaired m
  example The two officials also co-chaired the inaugural Peru-Chile Strategic Consultations. => m=inaugural Peru-Chile Strategic Consultations
  never The two officials discussed the inaugural Peru-Chile Strategic Consultations.
