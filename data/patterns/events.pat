# Events: the ways reporting names a meeting that has no proper name of its own (a call, talks
# between two people, a visit). Each pattern makes the meeting and links the people and places
# its slots caught. Grammar and how to add a pattern: docs/extraction.md, "Pattern files".
# Every example and never line is a test (tests/pattern_test.cpp); the sentences are our own.

stage events

# "a telephone call between President A and Prime Minister B", "talks between A and B"
pattern talks-between
  match {what: ( official | bilateral | formal | informal | telephone | phone | video | "one-on-one" )* ( call | conversation | talks | meeting | summit ) } ( between | of ) ( {people:OFFICIAL} and ( his | her ) )? {people:OFFICIAL+}
  match {what: ( official | bilateral | formal | informal | "one-on-one" )* ( talks | meeting | summit ) } ( in | at ) ( the )? {place:PLACE} between ( {people:OFFICIAL} and ( his | her ) )? {people:OFFICIAL+}
  make meeting talks "{what} between {people}"
  emit people attended event
  emit event held_in place
  example A telephone call between President Ana Souza and Prime Minister Karl Brandt lasted an hour. => what=telephone call; people=President Ana Souza; people=Prime Minister Karl Brandt
  example The bilateral meeting of Foreign Ministers Ana Souza and Karl Brandt came next. => people=Foreign Ministers Ana Souza; people=Karl Brandt
  example Official talks between Foreign Minister Ana Souza, Defence Minister Karl Brandt and Finance Minister Olu Adeyemi followed. => people=Foreign Minister Ana Souza; people=Defence Minister Karl Brandt; people=Finance Minister Olu Adeyemi
  example Both governments agreed to widen fisheries patrols, following talks in Lisbon between Portuguese Foreign Minister Ana Souza and her Greek counterpart, Karl Brandt. => what=talks; place=Lisbon; people=Portuguese Foreign Minister Ana Souza and her Greek counterpart, Karl Brandt
  never The talks in Lisbon went on until midnight between the two delegations.

# "President A held a phone call with Prime Minister B", "A received a telephone call from B"
pattern call-with
  match {caller:OFFICIAL} ~10!OFFICIAL ( held | had | made | received | holds | has | hold | have | make | receive | conducted | receiving | making | holding ) ( a | an )? {what: ( telephone | phone | video ) ( call | conversation | conference | talk | talks ) } ~4 ( with | from | to ) ( the )? HONORIFIC? {other:OFFICIAL+}
  make meeting call "{what} between {caller} and {other}"
  emit caller attended event
  emit other attended event
  example President Ana Souza held a phone call with Prime Minister Karl Brandt on Monday. => caller=President Ana Souza; what=phone call; other=Prime Minister Karl Brandt
  example Prime Minister Karl Brandt received a telephone call on Friday from President Ana Souza. => caller=Prime Minister Karl Brandt; other=President Ana Souza
  example President Karl Brandt, in Lisbon, was glad of receiving a phone call on Monday from His Excellency President Ana Souza. => caller=President Karl Brandt; other=His Excellency President Ana Souza
  example Ms. SOUZA Ana, Minister for Foreign Affairs of Portugal, held a telephone talk with the Hon. Karl Brandt, Minister of Foreign Affairs of Austria. => what=telephone talk; other=Hon. Karl Brandt, Minister of Foreign Affairs of Austria
  never President Karl Brandt said the phone call from the ministry came late.

# "A spoke by telephone with B", "A spoke over the phone to B"
pattern spoke-by-phone
  match {caller:OFFICIAL} ~6!OFFICIAL ( spoke | speaks | talked | talks ) ( by | over | on )? ( the )? {what: ( telephone | phone ) } ~3 ( with | to ) {other:OFFICIAL+}
  make meeting call "telephone call between {caller} and {other}"
  emit caller attended event
  emit other attended event
  example President Ana Souza spoke by telephone with Prime Minister Karl Brandt. => caller=President Ana Souza; other=Prime Minister Karl Brandt

# "President A telephoned Prime Minister B", "A phoned B on Monday to congratulate her"
pattern telephoned
  match {caller:OFFICIAL} ~4!OFFICIAL ( telephoned | telephones | phoned | phones | "will telephone" | "will phone" ) HONORIFIC? {other:OFFICIAL+}
  make meeting call "telephone call between {caller} and {other}"
  emit caller attended event
  emit other attended event
  example President Ana Souza telephoned Prime Minister Karl Brandt on Monday to congratulate him. => caller=President Ana Souza; other=Prime Minister Karl Brandt
  never President Ana Souza telephoned the ministry on Monday.

# "a telephone conversation that President A and King B held on Monday"
pattern call-that-they-held
  match {what: ( telephone | phone | video ) ( call | conversation | conversations | talks ) } ( that | which ) {people:OFFICIAL+} ~6!OFFICIAL ( held | had | "have held" | "had held" | "will hold" )
  make meeting call "{what} between {people}"
  emit people attended event
  example Trade was the subject of a telephone conversation that President Ana Souza and King Karl Brandt held on Monday. => what=telephone conversation; people=President Ana Souza; people=King Karl Brandt
  example Ties were the subject of a video conversation that President Ana Souza and His Majesty King Karl Brandt of Portugal held on Friday. => people=President Ana Souza; people=His Majesty King Karl Brandt of Portugal
  never The telephone call that President Ana Souza mentioned was never made.

# "President A and Chancellor B held a phone call", "A and B spoke by telephone on Monday"
pattern pair-call
  match {a:OFFICIAL} and {b:OFFICIAL} ~3!OFFICIAL ( held | had | "have held" | "will hold" | hold | "are holding" ) ( a | an )? {what: ( telephone | phone | video ) ( call | conversation | talks | conference ) }
  match {a:OFFICIAL} and {b:OFFICIAL} ~3!OFFICIAL ( spoke | talked | "have spoken" | "will speak" ) ( by | over | on ) ( the )? {what: ( telephone | phone ) }
  make meeting call "{what} between {a} and {b}"
  emit a attended event
  emit b attended event
  example President Ana Souza and Chancellor Karl Brandt held a phone call on Monday. => a=President Ana Souza; b=Chancellor Karl Brandt; what=phone call
  example President Ana Souza and Chancellor Karl Brandt spoke by telephone on Monday. => a=President Ana Souza; b=Chancellor Karl Brandt
  never President Ana Souza and Chancellor Karl Brandt held a press conference on Monday.

# "In a phone call with Chancellor B on Monday, President A welcomed ...": the call is A's.
pattern in-a-call-with
  match ^ ( in | during ) ( a | an | the | their | his | her )? {what: ( telephone | phone | video ) ( call | conversation ) } with {other:OFFICIAL+} ~6!OFFICIAL "," {caller:OFFICIAL}
  make meeting call "{what} between {caller} and {other}"
  emit caller attended event
  emit other attended event
  example In a phone call with Chancellor Karl Brandt on Monday, President Ana Souza welcomed the new trade deal. => other=Chancellor Karl Brandt; caller=President Ana Souza
  never In a phone call with reporters, President Ana Souza welcomed the deal.

# "Foreign Minister A's official visit to Lisbon", "A's three-day state visit to Portugal"
pattern visit-possessive
  match {visitor:OFFICIAL} 's ~4 ( visit | visits | trip | tour ) ( to | in ) ( the )? {dest:PLACE/COUNTRY}
  make meeting visit "{visitor}'s visit to {dest}"
  emit visitor attended event
  emit event held_in dest
  example Foreign Minister Ana Souza's three-day official visit to Lisbon ended on Friday. => visitor=Foreign Minister Ana Souza; dest=Lisbon
  example Prime Minister Karl Brandt's state visit to the United States ended on Friday. => visitor=Prime Minister Karl Brandt; dest=United States

# "the state visit of President A to Portugal"
pattern visit-of
  match ( visit | trip ) of {visitor:OFFICIAL} ~8!OFFICIAL to ( the )? {dest:PLACE/COUNTRY}
  make meeting visit "{visitor}'s visit to {dest}"
  emit visitor attended event
  emit event held_in dest
  example The first state visit of President Ana Souza to Portugal began with a ceremony. => visitor=President Ana Souza; dest=Portugal

# The verbs of a traveller reaching a place ("travels to", "arrived in", "paid a state visit
# to"), one list for the visit patterns below (named sub-patterns: docs/extraction.md, section 9).
define TRAVEL_VERB ( travel | travels | travelled | traveled | travelling | traveling | arrive | arrives | arrived | fly | flew | flies | "is visiting" | "be visiting" | "was visiting" | "will visit" | visited | "to visit" | "paid a visit to" | "pays a visit to" | "paid an official visit to" | "paid a state visit to" )

# "President A will travel to Portugal", "A arrived in Lisbon on Sunday", "A visited Lisbon".
# The object of a meeting verb is no traveller: in "A met B in Bergen and then travelled to Tromso"
# A travels, not B (nor does "A met B" let A's gap step over B); "A welcomed B, who arrived in
# Lisbon" has B travel (the second line), as does "A, together with B, travelled to X" (the third:
# A's gap may not step over B). No gap steps over an `inviting_verb`: in "A invited her counterpart to
# visit Lisbon" the trip is the one invited, still to come, and not A's (but "A accepted an
# invitation to visit Lisbon" is A's; "A extended an invitation to B to visit Lisbon" is not).
# A negation just before the verb ("A didn't travel to Lisbon") denies the trip.
pattern travel-to
  match <!met <!meets <!meet <!meeting <!received <!receives <!receiving <!welcomed <!welcomes <!welcoming <!with {visitor:OFFICIAL} ~6!OFFICIAL/@inviting_verb <!@negating_word <TRAVEL_VERB> ( to | in )? ( the )? {dest:PLACE/COUNTRY+}
  match {visitor:OFFICIAL} "," who ~4!OFFICIAL/@inviting_verb <!@negating_word <TRAVEL_VERB> ( to | in )? ( the )? {dest:PLACE/COUNTRY+}
  match together with {visitor:OFFICIAL} ~6!OFFICIAL/@inviting_verb <!@negating_word <TRAVEL_VERB> ( to | in )? ( the )? {dest:PLACE/COUNTRY+}
  make meeting visit "{visitor}'s visit to {dest}"
  emit visitor attended event
  emit event held_in dest
  example President Ana Souza will travel to Portugal next week for talks. => visitor=President Ana Souza; dest=Portugal
  example Foreign Minister Karl Brandt arrived in Lisbon on Sunday. => visitor=Foreign Minister Karl Brandt; dest=Lisbon
  never President Ana Souza said trade with Portugal would grow.
  example President Ana Souza welcomed Minister Karl Brandt, who arrived in Lisbon on Monday. => visitor=Minister Karl Brandt; dest=Lisbon
  example Foreign Minister Karl Brandt is visiting Chile and Peru this week. => visitor=Foreign Minister Karl Brandt; dest=Chile; dest=Peru
  never President Ana Souza invited her Danish counterpart to visit Lisbon next year.
  never President Ana Souza extended an invitation to her Danish counterpart to visit Lisbon.
  never Foreign Minister Karl Brandt didn't travel to Lisbon on Monday.
  never Foreign Minister Karl Brandt did not travel to Lisbon on Monday.
  example Foreign Minister Karl Brandt accepted an invitation to visit Portugal later this year. => visitor=Foreign Minister Karl Brandt; dest=Portugal
  never Foreign Minister Karl Brandt met Mayor Rui Costa in Lisbon and then travelled to Porto.
  never President Ana Souza received Minister Karl Brandt in Lisbon and flew to Porto.
  example President Ana Souza, together with Minister Karl Brandt, travelled to Porto. => visitor=Minister Karl Brandt; dest=Porto

# "President A will pay a state visit to Portugal", "A paid a two-day working visit to Lisbon"
pattern pays-visit-to
  match {visitor:OFFICIAL} ~10!OFFICIAL/@inviting_verb ( pay | pays | paid | paying | "will pay" | "is to pay" | "is paying" ) ( a | an | his | her | their )? {what: ~5 ( visit | visits ) } to ( the )? {dest:PLACE/COUNTRY}
  make meeting visit "{visitor}'s visit to {dest}"
  emit visitor attended event
  emit event held_in dest
  example President Ana Souza will pay a two-day state visit to Portugal in May. => visitor=President Ana Souza; what=two-day state visit; dest=Portugal
  example Ana Souza, President of the Republic of Portugal, paid an official visit to Brazil on Tuesday. => visitor=Ana Souza, President of the Republic of Portugal; dest=Brazil
  example President Ana Souza paid an official visit to the Kingdom of Spain on Tuesday. => dest=Kingdom of Spain
  never President Ana Souza will pay tribute to the victims in Portugal.
  never President Ana Souza invited the Danish prime minister to pay an official visit to Portugal.

# "President A is on her first trip, which takes her to Chile and Peru", "On the trip, which
# takes him to Chile and Peru, President A will ...": the trip's stops are where it is held.
pattern trip-which-takes
  match {visitor:OFFICIAL} ~12!OFFICIAL ( his | her ) {what: ~3 ( trip | tour | visit | journey ) } ","? ( which | that ) ( takes | "will take" | took | "is taking" ) ( him | her ) ( to | through ) ( the )? {dest:COUNTRY/PLACE+}
  match ( on | during ) ( the | his | her | this ) {what: ~3 ( trip | tour | visit | journey ) } "," ( which | that ) ( takes | "will take" | took | "is taking" ) ( him | her ) ( to | through ) ( the )? {dest:COUNTRY/PLACE+} "," {visitor:OFFICIAL}
  make meeting visit "{visitor}'s trip to {dest}"
  emit visitor attended event
  emit event held_in dest
  example President Ana Souza is on her first foreign trip, which takes her to Chile and Peru. => visitor=President Ana Souza; what=first foreign trip; dest=Chile; dest=Peru
  example During this tour, which will take him to Chile and Peru, Minister Karl Brandt plans to sign two agreements. => dest=Chile; dest=Peru; visitor=Minister Karl Brandt
  never President Ana Souza recalled her first trip, when Minister Karl Brandt took her to Chile.

# "During her visit to Lisbon, President A met ...": "her" is the official after the comma.
pattern during-visit-official
  match ^ ( during | on | "in the course of" ) ( his | her ) {what: ~4 ( visit | trip | tour ) } ( to | of ) ( the )? {dest:PLACE/COUNTRY+} ~6!OFFICIAL "," {visitor:OFFICIAL}
  make meeting visit "{visitor}'s visit to {dest}"
  emit visitor attended event
  emit event held_in dest
  example During her three-day visit to Portugal, President Ana Souza met students in Porto. => what=three-day visit; dest=Portugal; visitor=President Ana Souza
  never During her visit to Portugal, which Minister Karl Brandt hosted, she met students.

# "President A is in Lisbon for a state visit"
pattern in-place-for-visit
  match ^ ~4 {visitor:OFFICIAL} ( is | was | "will be" | arrived | arrives | landed | lands ) ( in | at ) ( the )? {dest:PLACE/COUNTRY} ~3 ( for | on ) ( a | an | his | her | their ) {what: ~4 ( visit | trip ) }
  make meeting visit "{visitor}'s {what} to {dest}"
  emit visitor attended event
  emit event held_in dest
  example President Ana Souza is in Portugal for a state visit and will address parliament. => visitor=President Ana Souza; dest=Portugal

# "Minister A landed on Saturday on a three-day official visit": the subject's visit; where the
# sentence names no destination, the dateline's country ("LISBON:") is where it is.
pattern subject-on-a-visit
  match ^ ~4 {visitor:OFFICIAL} ~12!OFFICIAL ( for | on | during | began | begins | concluded | concludes | ended | ends ) ( a | an | his | her | their ) {what: ~4 ( visit | trip ) } ( to ( the )? {dest:PLACE/COUNTRY} )?
  make meeting visit "{visitor}'s {what}"
  emit visitor attended event
  emit event held_in dest
  emit event held_in dateline-country
  example Foreign Minister Ana Souza landed on Saturday on a three-day official visit. => visitor=Foreign Minister Ana Souza; what=three-day official visit
  example On Monday, President Ana Souza arrives in Lisbon on her first official visit to Portugal. => visitor=President Ana Souza; dest=Portugal
  never The ministry said that, invited by President Karl Brandt, the minister will be in Lisbon on an official visit.

# "President A hosted Prime Minister B", "A on Monday received B at the Coral Palace": a meeting
# the host chairs for the host side (GUIDELINES: chaired, "hosted it for the host side"), held at
# the venue when one is named after the guest, unless it is a venue where a visitor is welcomed on
# arrival ("at Valdor International Airport": `arrival_venue_word`), which the meeting is not held
# in. Between the host and the verb an adverb or a day at most ("had hosted B for dinner" the
# evening before is left to the story's other rules), and no "not" or "never" before the verb.
pattern host-received-guest
  match {host:OFFICIAL} ( also | then | later | formally | warmly | officially | ( on )? [date] )? <!@negating_word ( hosted | hosts | "will host" | received | receives | "will receive" | "is to receive" ) ( the | visiting | "the visiting" )? {guest:OFFICIAL+} ( at ( the )? {place:PLACE} <!@arrival_venue_word )?
  make meeting talks "{host}'s meeting with {guest}"
  emit host chaired event
  emit guest attended event
  emit event held_in place
  example President Ana Souza received Prime Minister Karl Brandt at the palace on Tuesday. => host=President Ana Souza; guest=Prime Minister Karl Brandt
  example King Karl Brandt on Monday received President Ana Souza at the Coral Palace. => host=King Karl Brandt; guest=President Ana Souza; place=Coral Palace
  never President Ana Souza received a letter from the ministry.
  never At the airport, the visiting President Ana Souza was received by Minister Karl Brandt.
  never King Karl Brandt did not receive President Ana Souza at the Coral Palace.
  never King Karl Brandt has not received President Ana Souza.

# "Prime Minister A spoke today with President B": in a readout, speaking with someone who is
# not in the room is a call ("met" is the in-person verb).
pattern spoke-with
  match {caller:OFFICIAL} ~4!OFFICIAL ( spoke | speaks | talked | "had a conversation" | "held a conversation" ) ~3 ( with | to ) {other:OFFICIAL+}
  make meeting call "phone call between {caller} and {other}"
  emit caller attended event
  emit other attended event
  example Prime Minister Karl Brandt spoke today with Ana Souza, the President of Portugal. => caller=Prime Minister Karl Brandt; other=Ana Souza, the President of Portugal
  never Prime Minister Karl Brandt spoke to reporters after meeting President Ana Souza.

# "Minister A's meeting with B", "A's talks with B and C"
pattern possessive-meeting-with
  match {host:OFFICIAL} 's ~2 {what: ( meeting | meetings | talks | call | conversation | dinner | lunch | breakfast ) } with {guest:OFFICIAL+}
  make meeting talks "{host}'s {what} with {guest}"
  emit host attended event
  emit guest attended event
  example Minister Ana Souza's meeting with Prime Minister Karl Brandt was her last engagement. => host=Minister Ana Souza; guest=Prime Minister Karl Brandt

# Receptions: "A was received by B", in either word order, with or without a venue. A reception by
# the host is a meeting of its own (GUIDELINES: an engagement with its own place or participants)
# which the host holds for the host side, so the host chairs it (GUIDELINES, roles: "chaired ...
# where officials hosted it for the host side") and the one received attends; a named venue is
# where it is held. The `guest-` patterns name the one received; the `subject-` ones take the
# official the story follows ("he", "she", "the visiting minister"). A welcome at an airport or air
# base is the arrival (`welcomed-on-arrival-by`), no meeting: a venue ending in an
# `arrival_venue_word` ("airport", "air base", "airfield") makes none, and without a venue the
# sentence must open with the one received and "by B at ..." is left to the venue patterns, so
# "At the airport, A was received by B" makes none either. "The letter was received by B" has no
# official received.

# "President A was received by King B on Monday", "Minister A will be hosted by Minister B".
pattern guest-received-by
  match ^ {guest:OFFICIAL} ~4!OFFICIAL ( "was received by" | "were received by" | "will be received by" | "is to be received by" | "was hosted by" | "will be hosted by" | "is to be hosted by" ) ( the )? {host:OFFICIAL} !at
  make meeting talks "{host}'s meeting with {guest}"
  emit host chaired event
  emit guest attended event
  example President Ana Souza was received by King Karl Brandt on Monday. => guest=President Ana Souza; host=King Karl Brandt
  example Minister Ana Souza will be hosted by Foreign Minister Karl Brandt for talks on Friday. => guest=Minister Ana Souza; host=Foreign Minister Karl Brandt
  never At the airport, President Ana Souza was received by Minister Karl Brandt.
  never President Ana Souza was received by Minister Karl Brandt at the airport.

# "While in Lisbon he will be received by President A": the clause opens with the official.
pattern subject-received-by
  match ^ ( ( while | when ) ( in | at ) {place:PLACE} ","? )? ( he | she ) ~4!OFFICIAL ( "be received by" | "was received by" | "were received by" | "is received by" ) ( the )? {host:OFFICIAL} !at
  make meeting talks "reception by {host}"
  emit host chaired event
  emit subject attended event
  emit event held_in place
  example While in Lisbon she will also be received by the Portuguese Foreign Minister, Karl Brandt, before a lunch with business leaders. => place=Lisbon; host=Portuguese Foreign Minister, Karl Brandt
  never At the airport, she was received by Minister Karl Brandt.
  never She was received by Minister Karl Brandt at the airport.

# "Minister A was received by King C at the Royal Residence": by the host, then the venue.
pattern guest-received-by-at-venue
  match ^ {guest:OFFICIAL} ~4!OFFICIAL ( "was received by" | "were received by" | "will be received by" | "is to be received by" ) ( the )? {host:OFFICIAL} at ( the )? {place:PLACE} <!@arrival_venue_word
  make meeting talks "{host}'s meeting with {guest}"
  emit host chaired event
  emit guest attended event
  emit event held_in place
  example President Ana Souza was received by King Karl Brandt at the Coral Palace on Monday. => guest=President Ana Souza; host=King Karl Brandt; place=Coral Palace
  never President Ana Souza was received by Minister Karl Brandt at Valdor International Airport.
  never President Ana Souza was received by Minister Karl Brandt at Merrow Air Base.

# "She was received by President A at the River Palace".
pattern subject-received-by-at-venue
  match ^ ~5 ( he | she ) ~4!OFFICIAL ( "be received by" | "was received by" | "were received by" | "is received by" ) ( the )? {host:OFFICIAL} at ( the )? {place:PLACE} <!@arrival_venue_word
  make meeting talks "meeting with {host} at {place}"
  emit host chaired event
  emit subject attended event
  emit event held_in place
  example The next day she was received by President Karl Brandt at the River Palace. => host=President Karl Brandt; place=River Palace
  never She was received by Minister Karl Brandt at Valdor International Airport.
  never He was received by President Karl Brandt at Merrow Air Base.

# "Minister A was received at the Government Palace by President B", "A was received at State
# House in Lima by B": the venue, then the host.
pattern guest-received-at-venue-by
  match <!of <!from {guest:OFFICIAL} ( was | "will be" | "is to be" ) received ( "in audience" )? ( at | in ) ( the )? {place:PLACE} <!@arrival_venue_word ( "," | in )? ( {city:PLACE} )? by ~4!OFFICIAL {host:OFFICIAL}
  make meeting talks "{host}'s meeting with {guest}"
  emit host chaired event
  emit guest attended event
  emit event held_in place
  example Minister Ana Souza was received at the Government Palace by President Karl Brandt. => guest=Minister Ana Souza; place=Government Palace; host=President Karl Brandt
  never Minister Ana Souza was received at the airport by Deputy Minister Karl Brandt.
  never Minister Ana Souza was received at Merrow Air Base by Deputy Minister Karl Brandt.
  never The letter of Minister Ana Souza was received at the registry by President Karl Brandt.

# "In the afternoon the visiting minister was received at the Government Palace by President B".
pattern subject-received-at-venue-by
  match ( he | she | the ~3!OFFICIAL/PLACE ) ( was | "will be" | "is to be" ) received ( "in audience" )? ( at | in ) ( the )? {place:PLACE} <!@arrival_venue_word ( "," | in )? ( {city:PLACE} )? by ~4!OFFICIAL {host:OFFICIAL}
  make meeting talks "meeting with {host} at {place}"
  emit host chaired event
  emit subject attended event
  emit event held_in place
  example In the afternoon the visiting minister was received at the Government Palace by President Karl Brandt. => place=Government Palace; host=President Karl Brandt
  example On Tuesday she was received at State House in Lima by President Karl Brandt. => place=State House; city=Lima; host=President Karl Brandt
  never On Tuesday she was received at the airport by Deputy Minister Karl Brandt.
  never On Tuesday she was received at Merrow Airfield by Deputy Minister Karl Brandt.
  never The letter was received on Monday by President Karl Brandt.

# "Minister A was received by Prime Minister B, who praised the new trade route": without a venue
# and anywhere in the sentence, a clause saying what the two did makes it a reception, not a
# welcome on arrival ("At the airport, the prime minister was received by Minister B.").
pattern guest-received-by-who
  match <!of <!from {guest:OFFICIAL} ( was | "will be" | "is to be" ) received ( "in audience" )? by ~4!OFFICIAL {host:OFFICIAL} "," ( who | "with whom" )
  make meeting talks "{host}'s meeting with {guest}"
  emit host chaired event
  emit guest attended event
  example Minister Ana Souza was received by Prime Minister Karl Brandt, who praised the new trade route. => guest=Minister Ana Souza; host=Prime Minister Karl Brandt
  never At the airport, Minister Ana Souza was received by Deputy Minister Karl Brandt.
  never The letter of Minister Ana Souza was received by President Karl Brandt, who read it.

# "a state banquet hosted by King A for President B", "the dinner given by A in honour of B"
pattern hosted-occasion
  match {what: ( state | official | working | farewell | welcome )? ( banquet | dinner | lunch | luncheon | reception | ceremony | breakfast ) } ( hosted | given | offered | held ) by {host:OFFICIAL} ( ( for | "in honour of" | "in honor of" ) {guest:OFFICIAL+} )?
  make meeting occasion "{what} hosted by {host}"
  emit host chaired event
  emit guest attended event
  example A state banquet hosted by King Karl Brandt for President Ana Souza closed the day. => what=state banquet; host=King Karl Brandt; guest=President Ana Souza

# "President A's tour of Chile, Peru and Bolivia", "A's first foreign trip, to Peru and Chile"
pattern tour-of
  match {visitor:OFFICIAL} 's ~4 ( tour | trip | trips | visits ) ","? ( of | to ) ( the )? {dest:COUNTRY/PLACE+}
  make meeting visit "{visitor}'s tour of {dest}"
  emit visitor attended event
  emit event held_in dest
  example President Ana Souza's tour of Chile, Peru and Bolivia began in Santiago. => visitor=President Ana Souza; dest=Chile; dest=Peru; dest=Bolivia

# "the third ministerial session of the Energy and Climate Council", "the 5th session of the
# Joint Council": a body that meets in numbered sessions is a series; the meeting is its round.
pattern nth-meeting-of-body
  match {what: {n:[ord]} ~2 ( meeting | meetings | session | summit | ministerial | plenary | conference ) } of ( the )? {series:ORG}
  round what series n
  example Ministers held the fourth ministerial meeting of the Trade and Technology Council in Oslo. => n=fourth; series=Trade and Technology Council

# "the 25th Peru-Chile Council of Ministers", "the 12th Joint Ministerial Commission (JMC)
# meeting": a numbered body is met in rounds; the body is the series.
# "The Peru-Chile Defence Council last met in May 2029, at the Palace of Lima": an earlier
# meeting of the body, held there, then. The body is not made its participant: a council that
# meets time after time is a series (GUIDELINES: a dialogue) that the name stage takes for an
# organization, and the meeting is its occurrence (`round event body`).
pattern body-last-met
  match {body:ORG} ( last | "had last" | "most recently" | "had most recently" ) met ~5!OFFICIAL ( at | in ) ( the )? {place:PLACE}
  make meeting other "previous meeting of the {body}"
  round event body
  emit event held_in place
  example The Peru-Chile Defence Council last met in May 2029, at Government Palace. => body=Peru-Chile Defence Council; place=Government Palace
  never The Peru-Chile Defence Council met in Lima on Friday.

# "The Peru-Chile Energy Council met in Cusco on Monday", "The Andean Forum convened at the
# Lakeside Hall in Lima": a named body that met somewhere, opening the sentence, held a meeting
# there, and takes part in it (as in `body-held-its-meeting`). "last met" is the earlier meeting
# of `body-last-met`; "will meet" is left to the future rules.
pattern body-met-in
  match ^ ( the )? {body:ORG} ( "(" [cap] ")" )? ( met | convened | "held a meeting" | "held its meeting" ) ~4!OFFICIAL/PLACE ( in | at ) ( the )? {place:PLACE}
  make meeting talks "meeting of the {body}"
  emit body participant event
  emit event held_in place
  example The Peru-Chile Energy Council met in Cusco on Monday. => body=Peru-Chile Energy Council; place=Cusco
  never The Peru-Chile Energy Council last met in Cusco in 2024.
  never The Peru-Chile Energy Council said ministers met in Cusco on Monday.

# "The commission last met in Quito in 2023": in a story about a numbered session of one series,
# the series named again by its head word ("the commission", "the committee") last met there and
# then: the round before the round in focus (`-1`), held and dated by its own words. Only when the
# series' name has the head word (slot `head`): "the council" in a story about a commission is
# another body.
pattern series-head-last-met
  match ^ ( the | its | their ) ( joint )? {head: ( commission | committee | council | forum | mechanism | dialogue ) } ( last | "had last" | "most recently" | "had most recently" ) met ( in | at ) ( the )? {place:PLACE/CAPITAL/COUNTRY} ( ","? ( in | on ) {when:[date]} )?
  make meeting edition "previous session of the {focus-series} in {place}"
  round event focus-series -1
  emit event held_in place
  example The commission last met in Quito in 2023. => place=Quito; when=2023
  example The joint committee had last met in Lima, in May 2024. => place=Lima; when=May 2024
  never The commission met in Quito in 2023.

# "The fifth round of political consultations between Peru and Chile took place in Lima": a
# numbered round of a mechanism named in lower-case words with its two sides. The words and the
# sides are the series (GUIDELINES: an "Nth round" is a recurring mechanism); the sides take part.
pattern nth-round-of-sides-series
  match ^ ( the )? {what: {n:[ord]} round of ( the | their )? {series: [lower]? [lower]? ( consultations | dialogue | talks ) between ( the )? {a:COUNTRY} and ( the )? {b:COUNTRY} } } ( "took place" | "was held" | "were held" | "is held" | "are held" | "will be held" | "will take place" | "is taking place" | "was convened" | "opened" | "concluded" ) ( ~4 ( in | at ) ( the )? {place:PLACE/COUNTRY} )?
  make meeting talks what
  round event series n
  emit a participant event
  emit b participant event
  emit event held_in place
  example The fifth round of political consultations between Peru and Chile took place in Lima on Thursday. => n=fifth; series=political consultations between Peru and Chile; a=Peru; b=Chile; place=Lima
  example The 3rd round of bilateral consultations between the Republic of Ghana and the Togolese Republic was held on Monday in Accra. => n=3rd; a=Republic of Ghana; b=Togolese Republic; place=Accra
  never The fifth round of political consultations between Peru and Chile is expected to take stock of trade.

# "The second meeting of the trilateral coordination mechanism of the defence ministries of Peru,
# Chile and Bolivia was held in Arica": a numbered meeting of a mechanism named in lower-case
# words with the countries whose ministries hold it (two or more, "of" or "between"). As above,
# the words and the countries are the series, and the countries take part.
pattern nth-meeting-of-countries-mechanism
  match ^ ( the )? {what: {n:[ord]} ( meeting | round | session ) of ( the | their )? {series: [lower]? [lower]? [lower]? ( mechanism | format | dialogue | consultations ) ( of | between | among ) ( the )? ( [lower] [lower]? of ( the )? )? {sides:COUNTRY+} } } ( "took place" | "was held" | "is held" | "will be held" | "will take place" | "is taking place" | "was convened" | "opened" | "concluded" ) ( ~4 ( in | at ) ( the )? {place:PLACE/COUNTRY} )?
  make meeting talks what
  round event series n
  emit sides participant event
  emit event held_in place
  example The second meeting of the trilateral coordination mechanism of the defence ministries of Peru, Chile and Bolivia was held in Cusco on Monday. => n=second; series=trilateral coordination mechanism of the defence ministries of Peru, Chile and Bolivia; sides=Peru; sides=Chile; sides=Bolivia; place=Cusco
  example The 4th session of the quadrilateral consultation format between Ghana, Togo, Benin and Nigeria took place on Friday in Lomé. => n=4th; sides=Ghana; sides=Togo; sides=Benin; sides=Nigeria; place=Lomé
  never The second meeting of the trilateral coordination mechanism of Peru, Chile and Bolivia is expected to review trade.

# "The Conference of Heads of Government of the Andean Community (CAN) held its Ninth Regular
# Meeting in Lima": the body that holds the meeting takes part in it.
pattern body-held-its-meeting
  match {body:ORG} ( "(" [cap] ")" )? ( held | convened | opened ) its {meeting:MEETING}
  emit body participant meeting
  example The Conference of Heads of Government of the Pacific Islands Forum held its Fifth Special Meeting in Suva on Monday. => body=Conference of Heads of Government of the Pacific Islands Forum; meeting=Fifth Special Meeting
  never The Conference of Heads of Government of the Pacific Islands Forum said its Fifth Special Meeting went well.

# "gathered in Riga for the Council's annual ministerial session", "the Forum's plenary opened":
# a meeting the body's possessive names is the body's meeting, so the body takes part in it.
pattern body-possessive-meeting
  match {body:ORG} 's [lower]? [lower]? {m:MEETING/MEETING_REF}
  emit body participant m
  example Ministers gathered in Riga for the Andean Forum's annual ministerial session on Monday. => body=Andean Forum; m=annual ministerial session
  never The Andean Forum's chair said the annual ministerial session went well.

# "The summit brought together leaders from Peru, Chile and Bolivia": the countries whose
# ministers or leaders a meeting gathered take part in it. The meeting opens the sentence: "Last
# year the summit brought together ..." tells of another edition.
pattern meeting-brought-together-countries
  match ^ ( the )? {m:MEETING/MEETING_REF} ( "," ~14!OFFICIAL "," )? ~3!OFFICIAL ( "brought together" | "bringing together" | "brings together" | "will bring together" | gathered | "drew together" ) ( the )? ( foreign | defence | defense | trade | finance | senior )? ( ministers | leaders | delegations | representatives | delegates ) ( from | of ) ( the )? {sides:COUNTRY+}
  emit sides participant m
  example The 5th Andean Leaders' Summit brought together leaders from Peru, Chile and Bolivia. => m=5th Andean Leaders' Summit; sides=Peru; sides=Chile; sides=Bolivia
  example The summit, held at the Lakeside conference hall in Cusco, brought together ministers from Peru and Chile. => m=The summit; sides=Peru; sides=Chile
  never The 5th Andean Leaders' Summit brought together business people from Peru and Chile.
  never Last year the summit brought together leaders from Brazil and Uruguay.

pattern nth-body
  match ( the | its | their ) {what: {n:[ord]} {series:ORG} ( "(" [cap] ")" )? ( meeting | session | summit | ministerial )? }
  round what series n
  example The 25th Peru-Chile Council of Ministers met in Lima on Friday. => n=25th; series=Peru-Chile Council of Ministers
  example Ministers opened the 36th Joint Trade Commission (JTC) meeting in Quito. => n=36th; series=Joint Trade Commission
  never The Ministry of Foreign Affairs said the talks went well.

# "President A held talks on Friday in Quito with President B", "A will hold a bilateral
# meeting with B": the words between the verb and "with" say where and when.
pattern held-talks-with
  match {a:OFFICIAL} ~3!OFFICIAL ( held | hold | holds | "will hold" | had | has | have ) ( a | an )? ( bilateral | official | formal | separate | private )? {what: ( talks | meeting | discussions | consultations ) } ~10 with ( the )? {b:OFFICIAL+}
  make meeting talks "talks between {a} and {b}"
  emit a attended event
  emit b attended event
  example President Ana Souza held talks in Lisbon on Wednesday with Chancellor Karl Brandt. => a=President Ana Souza; b=Chancellor Karl Brandt
  example Ana Souza, the Foreign Minister of Chile, held talks in Lima with the Peruvian Foreign Minister, Luis Prado. => a=Ana Souza, the Foreign Minister of Chile; b=Peruvian Foreign Minister, Luis Prado
  never President Ana Souza held talks with the press after the summit.

# "A held talks with B, after which the two signed a headquarters agreement", "A met B and the two
# then signed the Water Accord": "the two" after the meeting of two named people are those two
# (a plural of countries, "the two countries signed", is no pair of signatories). They sign the
# instrument, reached at their talks, the meeting held-talks-with makes of the same two people.
pattern talks-then-two-signed-unnamed
  match {a:OFFICIAL} ~3!OFFICIAL ( held | had | met | "met with" ) ( ( a | an )? ( bilateral | official | formal | private )? ( talks | meeting | discussions ) ~6!OFFICIAL with )? ( the )? {b:OFFICIAL} ~12!OFFICIAL ( "after which" | "following which" | whereupon | "," and | and ) "the two" ( leaders | ministers | officials | counterparts )? ( then | later | also | jointly | together | formally )* ( signed | inked ) ( a | an ) {name: [lower]? [lower]? ( framework | agreement | memorandum | treaty | accord | pact | roadmap | protocol | convention | arrangement ) ( of understanding )? ( ( on | covering | for | to ) ( [lower] <!between <!during <!at <!in <!with <!before <!after <!the <!a <!an <!today <!yesterday <!which <!that <!when <!while <!as | - )+ )? }
  make meeting talks "talks between {a} and {b}" as talks
  make agreement named name as deal
  emit a attended talks
  emit b attended talks
  emit a signed deal
  emit b signed deal
  emit deal agreed_at talks
  example On Monday Secretary-General Lena Berg held talks with Foreign Minister Kofi Mensah, after which the two signed a host country agreement for a regional office. => a=Secretary-General Lena Berg; b=Foreign Minister Kofi Mensah; name=host country agreement
  never On Monday Secretary-General Lena Berg held talks with Foreign Minister Kofi Mensah, after which the two countries signed a host country agreement.

pattern talks-then-two-signed-named
  match {a:OFFICIAL} ~3!OFFICIAL ( held | had | met | "met with" ) ( ( a | an )? ( bilateral | official | formal | private )? ( talks | meeting | discussions ) ~6!OFFICIAL with )? ( the )? {b:OFFICIAL} ~12!OFFICIAL ( "after which" | "following which" | whereupon | "," and | and ) "the two" ( leaders | ministers | officials | counterparts )? ( then | later | also | jointly | together | formally )* ( signed | inked ) ( the )? {what:AGREEMENT+}
  make meeting talks "talks between {a} and {b}" as talks
  emit a attended talks
  emit b attended talks
  emit a signed what
  emit b signed what
  emit what agreed_at talks
  example President Ana Souza met President Karl Brandt in Lima and the two then signed the Andes Water Accord. => a=President Ana Souza; b=President Karl Brandt; what=Andes Water Accord
  never President Ana Souza met President Karl Brandt in Lima and the two countries signed the Andes Water Accord.

# "President A and Chancellor B held talks at the palace"
# "Minister A flies on to Cusco, where he will then hold talks with President B": the place the
# story's official travels to holds the talks the relative clause tells of.
pattern talks-where-after-place
  match {who:OFFICIAL} ~6!OFFICIAL ( to | in ) {place:PLACE} "," where ( he | she ) ~4!OFFICIAL ( "hold talks with" | "held talks with" | "hold a meeting with" | "held a meeting with" | meet | met ) {guest:OFFICIAL}
  make meeting talks "{who}'s meeting with {guest}"
  emit who attended event
  emit guest attended event
  emit event held_in place
  example Minister Lars Dahl flies on to Cusco, where he will then hold talks with President Ana Souza. => who=Minister Lars Dahl; place=Cusco; guest=President Ana Souza
  never Minister Lars Dahl flies on to Cusco, where President Ana Souza lives.

pattern pair-held-talks
  match {a:OFFICIAL} and {b:OFFICIAL} ~3!OFFICIAL ( held | hold | "will hold" | had | "are holding" ) ( a | an )? ( bilateral | official | formal | separate )? {what: ( talks | meeting | discussions | consultations | summit ) } ( ( on ( [date] | [cap] ) )? ( at ( the )? ~5 )? ( in | at ) ( the )? {place:PLACE/COUNTRY} )?
  make meeting talks "{what} between {a} and {b}"
  emit a attended event
  emit b attended event
  emit event held_in place
  example President Ana Souza and Chancellor Karl Brandt held talks at the palace on Monday. => a=President Ana Souza; b=Chancellor Karl Brandt
  example President Ana Souza and Prime Minister Karl Brandt held a summit on Friday at the presidential palace in Lisbon. => a=President Ana Souza; b=Prime Minister Karl Brandt; what=summit; place=Lisbon
  never President Ana Souza and Chancellor Karl Brandt had doubts about the summit in Lisbon.

# "Peru and Chile are to hold talks between their foreign ministers in Lima next week", "Peru
# and Chile held a summit in Lima": two countries holding talks are its sides; "in X" is where.
# The words before the talks are up to six tokens that are no preposition, comma or "and"
# (each "( !on <!about ... )": one token, none of those): "Peru and Chile held different views
# on the summit" holds no summit. Two bodies may be the sides ("The EU and the AU held talks").
# "held the fifth round of political consultations": the numbered round's lower-case words are a
# series of the two sides (the first match line: it catches the words), the meeting its round.
pattern countries-hold-talks
  match {a:COUNTRY/ORG} and ( the )? {b:COUNTRY/ORG} ( "are to hold" | "will hold" | "are holding" | "have held" | "are set to hold" | "are due to hold" | held | hold ) ( the | their )? {what: {n:[ord]} round of ( the | their )? {series: [lower]? [lower]? ( consultations | dialogue | talks ) } } ( ( between ( their )? ~6!PLACE/COUNTRY )? ( in | at ) ( the )? {place:PLACE/COUNTRY} )?
  match {a:COUNTRY/ORG} and ( the )? {b:COUNTRY/ORG} ( "are to hold" | "will hold" | "are holding" | "have held" | "are set to hold" | "are due to hold" | held | hold ) ( a | an | their | the )? {what: ( !on <!about <!over <!during <!before <!after <!at <!in <!with <!for <!to <!since <!, <!and <!; <!. ( !on <!about <!over <!during <!before <!after <!at <!in <!with <!for <!to <!since <!, <!and <!; <!. ( !on <!about <!over <!during <!before <!after <!at <!in <!with <!for <!to <!since <!, <!and <!; <!. ( !on <!about <!over <!during <!before <!after <!at <!in <!with <!for <!to <!since <!, <!and <!; <!. ( !on <!about <!over <!during <!before <!after <!at <!in <!with <!for <!to <!since <!, <!and <!; <!. ( !on <!about <!over <!during <!before <!after <!at <!in <!with <!for <!to <!since <!, <!and <!; <!. )? )? )? )? )? )? ( talks | summit | consultations | dialogue ) } ( ( between ( their )? ~6!PLACE/COUNTRY )? ( in | at ) ( the )? {place:PLACE/COUNTRY} )?
  make meeting talks "{what} between {a} and {b}"
  round event series n
  emit a participant event
  emit b participant event
  emit event held_in place
  example Latvia and Peru held the fifth round of political consultations between their foreign ministries in Riga on Monday. => a=Latvia; b=Peru; n=fifth; series=political consultations; place=Riga
  example The European Union and the African Union held talks in Addis Ababa on Monday. => a=European Union; b=African Union; what=talks; place=Addis Ababa
  example Peru and Chile will hold "two plus two" consultations between their ministers of foreign affairs and defence in Lima next week. => a=Peru; b=Chile; what="two plus two" consultations; place=Lima
  example Peru and Chile held a summit in Santiago on Monday. => a=Peru; b=Chile; what=summit; place=Santiago
  example Chile and the Netherlands held the second round of their political consultations in Santiago on Friday. => a=Chile; b=Netherlands; what=second round of their political consultations; place=Santiago
  example Ghana and Togo held the third round of their bilateral policy dialogue in Accra on Monday. => a=Ghana; b=Togo; what=third round of their bilateral policy dialogue; place=Accra
  never Peru and Chile said the talks in Lima went well.
  never Peru and Chile held different views on the summit in Santiago.
  never Peru and Chile hold elections before the talks in Lima.
  never The European Union and the African Union held different views on the talks in Addis Ababa.

# "The foreign ministers of the African Union (AU) and Mercosur are due to meet in Lima on
# Monday", "the leaders of Peru and Chile will meet in Lima": the two sides' meeting, held there (a
# past "met" is left to the named meeting a readout reports).
pattern ministers-of-sides-meet
  match ^ ( the )? {what: ~3 ( ministers | leaders ) } of ( the )? {a:COUNTRY/ORG} ( "(" [cap] ")" )? and ( the )? {b:COUNTRY/ORG} ( "(" [cap] ")" )? ( "are due to meet" | "are to meet" | "will meet" | "are meeting" | "are set to meet" ) ( ( in | at ) ( the )? {place:PLACE} )?
  make meeting talks "meeting of {what} of {a} and {b} in {place}"
  emit a participant event
  emit b participant event
  emit event held_in place
  example The foreign ministers of the African Union (AU) and Mercosur are due to meet in Lima on Monday. => what=foreign ministers; a=African Union; b=Mercosur; place=Lima
  never The foreign ministers of Peru and Chile said they would meet soon.

# "The foreign ministers of Peru and Chile met their counterparts of the African Union in Lima":
# ministers of one side meeting their counterparts of another, a meeting of the two sides (whose
# participants "Both sides agreed ..." then names as parties), held there.
pattern ministers-of-sides-met-counterparts
  match ^ ( the )? {what: ~3 ( ministers | leaders ) } of ( the )? {a:COUNTRY/ORG+} ( met | "met with" | "held talks with" | "held a meeting with" ) ( their | the )? [lower]? counterparts ( of | from ) ( the )? {b:COUNTRY/ORG+} ( ( in | at ) ( the )? {place:PLACE} )?
  make meeting talks "meeting of {what} of {a} and {b}"
  emit a participant event
  emit b participant event
  emit event held_in place
  example The foreign ministers of Peru, Chile and Bolivia met their counterparts of the African Union in Lima on Tuesday. => what=foreign ministers; a=Peru; a=Chile; a=Bolivia; b=African Union; place=Lima
  example The trade ministers of Mercosur held talks with their counterparts from Norway and Iceland at Quito. => what=trade ministers; a=Mercosur; b=Norway; b=Iceland
  never The foreign ministers of Peru and Chile praised their counterparts of the African Union.

# "The two presidents agreed to set up an intergovernmental commission on trade, whose first
# session will take place in Accra next year", "agreed to establish a joint ministerial committee on
# fisheries, which would meet for the first time in Valparaiso": a body two sides set up to meet
# is a series of theirs (its words named with the sides of the meeting in focus, or of the match:
# `round event series n` with a lower-case slot), announced at the meeting in focus, and its first
# session a round of it still to come, held where the sentence says. A body with no session told
# ("agreed to set up a joint fund on trade") is no series. What the sides agreed ("agreed to set
# up ...") was reached at the meeting in focus, never at the session (an `edition`).
pattern set-up-body-first-session
  match <!@negating_word ( "set up" | establish | create | form | launch ) ( a | an ) ( new )? {series: ( joint | intergovernmental | inter - governmental | bilateral | binational | mixed | permanent | ministerial | high - level )+ ( commission | committee | council | mechanism | dialogue ) ( on | for ) [lower]+ } "," ( whose {n: ( first | inaugural ) } ( session | meeting ) ( will | would | "is to" | "is due to" | "is expected to" | "was to" ) ( "take place" | "be held" | "be convened" ) | which ( will | would | "is to" | "is due to" | "is expected to" ) ( "meet for the" {n:first} time | hold its {n: ( first | inaugural ) } ( session | meeting ) ) ) ( in | at ) ( the )? {place:PLACE/CAPITAL/COUNTRY}
  make meeting edition "{n} session of the {series}"
  round event series n
  emit event held_in place
  emit series announced_at focus
  example The two presidents agreed to set up an intergovernmental commission on trade and investment, whose first session will take place in Accra next year. => series=intergovernmental commission on trade and investment; n=first; place=Accra
  example They agreed to establish a joint ministerial committee on fisheries, which would meet for the first time in Valparaiso before the end of the year. => series=joint ministerial committee on fisheries; n=first; place=Valparaiso
  never The two presidents agreed to set up a joint fund on trade and investment, whose first grants will be paid in Accra next year.
  never The two presidents refused to set up an intergovernmental commission on trade, whose first session will take place in Accra next year.
  never They agreed not to establish a joint committee on fisheries, which would meet for the first time in Valparaiso.

# "Its first round took place in Riga in November 2024", "..., and the second session was held in
# Quito in 2021": a numbered edition named in passing, in a story about a round of a series, is
# that round of the series in focus, named as the series' rounds are ("first round of the
# Latvia-Peru Political Dialogue"), not by its place alone. With no series in focus the match is
# dropped, and `previous-edition-held-in` below, reading the same words, makes the edition by its
# place (both make the same meeting: one key per match).
pattern nth-edition-of-focus-series-held-in
  match ^ ( the | its | their )? {what: {n:[ord]} ( round | session | edition ) } ( "was held" | "took place" | "was hosted" | "was convened" ) ( in | at ) ( the )? {place:PLACE/COUNTRY} ( in | on ) [date]
  match ( "," | and | ";" ) ( the | its | their ) {what: {n:[ord]} ( round | session | meeting | edition ) } ( "was held" | "took place" | "was hosted" | "was convened" ) ( in | at ) ( the )? {place:PLACE/COUNTRY} ( in | on ) {when:[date]}
  match ( the | its | their ) {what: {n:[ord]} ( round | session | meeting | edition ) } "," ( held | "which was held" | "which took place" ) ( in | at ) ( the )? {place:PLACE/COUNTRY} ( in | on ) {when:[date]}
  make meeting edition "{what} of {focus-series}"
  round event focus-series n
  emit event held_in place
  example Its first round took place in Riga in November 2024. => what=first round; place=Riga
  example The format was agreed in 2019, and its first meeting was held in Cusco in 2021. => what=first meeting; place=Cusco; when=2021
  never The previous meeting of the two sides took place in Lima in May 2021.

# "The previous meeting of the two sides took place in Lima in May 2021": an earlier edition named
# in passing ("The second round was held in Quito in 2021"), held where and when the sentence
# says (the sentence's date is its date). A numbered one is that round of the series in focus.
pattern previous-edition-held-in
  match {what: ( previous | preceding | last | earlier ) ( meeting | round | session | edition | summit ) } ~4 ( "was held" | "took place" | "was hosted" ) ( in | at ) ( the )? {place:PLACE/COUNTRY} ( "," COUNTRY "," )? ( in | on ) [date]
  match ^ ( the | its | their )? {what: {n:[ord]} ( round | session | edition ) } ( "was held" | "took place" | "was hosted" | "was convened" ) ( in | at ) ( the )? {place:PLACE/COUNTRY} ( in | on ) [date]
  match ( "," | and | ";" ) ( the | its | their ) {what: {n:[ord]} ( round | session | meeting | edition ) } ( "was held" | "took place" | "was hosted" | "was convened" ) ( in | at ) ( the )? {place:PLACE/COUNTRY} ( in | on ) {when:[date]}
  match ( the | its | their ) {what: {n:[ord]} ( round | session | meeting | edition ) } "," ( held | "which was held" | "which took place" ) ( in | at ) ( the )? {place:PLACE/COUNTRY} ( in | on ) {when:[date]}
  make meeting edition "{what} in {place}"
  round event focus-series n
  emit event held_in place
  example The talks built on the second meeting, held in Quito in April 2024, and on a study. => what=second meeting; place=Quito; when=April 2024
  example The format was agreed in 2019, and its first meeting was held in Cusco in 2021. => what=first meeting; place=Cusco; when=2021
  example The previous meeting of the two sides took place in Lima in May 2021. => what=previous meeting; place=Lima
  example The second round was held in Quito in 2021. => what=second round; place=Quito
  example Its first round was convened in Quito in March 2019. => what=first round; place=Quito
  example The previous session of the council was held in Arica, Chile, in March 2022. => what=previous session; place=Arica
  never The previous meeting was held in Lima, the minister said.
  never The second session of the Joint Commission was held in Quito in 2021.

# "Chile hosted the previous summit in Valparaiso in May 2024": in a story about a numbered round
# of a series, the round before it (`-1`), held and dated by its own words; the country that hosted
# it took part in it.
pattern country-hosted-previous-edition
  match ^ {host:COUNTRY} ( hosted | "had hosted" | "has hosted" ) the {what: ( previous | preceding | last ) [lower]? ( summit | session | meeting | edition | round ) } ( in | at ) ( the )? {place:PLACE/CAPITAL/COUNTRY} ( ","? ( in | on ) {when:[date]} )?
  make meeting edition "{what} in {place}"
  round event focus-series -1
  emit event held_in place
  emit host participant event
  example Chile hosted the previous summit in Valparaiso in May 2024. => host=Chile; what=previous summit; place=Valparaiso; when=May 2024
  never Chile hosted a summit in Valparaiso in May 2024.

# "the next summit will be held in Quito in 2027", "offered to host the next regional summit in
# Cusco", "to hold the next session in Lima in early 2026": the series' next occurrence, a meeting
# of its own, held where and when its own words say (the sentence's first date may be another
# event's: "launched during the visit in June, and agreed to hold the next meeting in Lima"). Lower-case
# words only: a capitalised name ("the next Joint Commission meeting") is a named meeting the
# series rules make. "The next summit will not be held in Quito" says where it will not be: no
# word between the meeting and the verb is "not". In a story about a round of a series, the next
# one is that series' following occurrence (`+1`: numbered one above a numbered round in focus,
# and then the same meeting as that round named by its number). Tag `next`: a story's "next
# session" is one meeting however often it is named; a later sentence putting it elsewhere or at
# another time contradicts the first and makes nothing. "The next session of the Peru-Chile Joint
# Commission will be held in Quito" (the fourth line: a `coming_word` before a meeting the names
# stage found, which then makes no meeting of its own) is the same next occasion of the series.
pattern next-edition-held-in
  match the {what: next ( [lower] | "'s" | "'" )* ( summit | session | meeting | edition | round ) } ~1 <!@negating_word ~1 <!@negating_word ~1 <!@negating_word ~1 <!@negating_word ~1 <!@negating_word ~1 <!@negating_word ( held | hosted | place | convened | convene | expected ) ( in | at ) ( the )? {place:PLACE/CAPITAL/COUNTRY} ( ","? ( in | on ) ( early | late | mid )? {when:[date]} )?
  match ( host | hold | hosting | holding ) the {what: next ( [lower] | "'s" | "'" )* ( summit | session | meeting | edition | round ) } ( in | at ) ( the )? {place:PLACE/CAPITAL/COUNTRY} ( ","? ( in | on ) ( early | late | mid )? {when:[date]} )?
  match ^ ( the | its | their ) {what: next ( [lower] | "'s" | "'" )* ( summit | session | meeting | edition | round ) } ( is | are | "will be" ) ( planned | scheduled | set | slated | due ) for ( early | late | mid )? ( {when:[date]} | {when:[num]} ) ( in | at ) ( the )? {place:PLACE/CAPITAL/COUNTRY}
  match ^ the {what: @coming_word {m:MEETING} } ~1 <!@negating_word ~1 <!@negating_word ~1 <!@negating_word ( held | hosted | place | convened ) ( in | at ) ( the )? {place:PLACE/CAPITAL/COUNTRY} ( ","? ( in | on ) ( early | late | mid )? {when:[date]} )?
  make meeting next "{what} in {place}"
  round event focus-series +1
  emit event held_in place
  example The next round will be held in Oslo in 2027. => what=next round; place=Oslo; when=2027
  example The next session of the Peru-Chile Joint Commission will be held in Quito in 2028. => what=next session of the Peru-Chile Joint Commission; place=Quito; when=2028
  never The next session of the Peru-Chile Joint Commission will not be held in Quito.
  never The next session of the Peru-Chile Joint Commission will never be held in Quito.
  never The next session of the Peru-Chile Joint Commission won't be held in Quito.
  example Officials said the next annual summit would be held in Quito in 2027. => what=next annual summit; place=Quito; when=2027
  example Chile offered to host the next regional summit in Cusco in 2026. => what=next regional summit; place=Cusco
  example She invited them to the next ministerial session, which will take place in Lima in May. => what=next ministerial session; place=Lima
  never The next summit must address the crisis in Lima, the minister said.
  never The ministers said the next step was a meeting in Lima.
  never The next summit won't be held in Quito, the minister said.
  never They agreed to hold the next Joint Trade Commission meeting in Lima in 2026.
  never The ministers said the next summit would not be held in Quito in 2027.
  example Its next session is planned for 2029 in Peru. => what=next session; when=2029; place=Peru
  example The next round is scheduled for March 2028 in Quito. => what=next round; when=March 2028; place=Quito

# "The two ministers will meet again in September in Oslo", "they agreed to meet again in Quito in
# May": the two people of the meeting in focus meet once more, a meeting still to come (a future
# cue: a month after the story's is this year's, one before it next year's), dated and held where
# its own words say (a month alone too, which [date] does not take). A date is needed: "will meet
# again soon" names no occasion.
pattern pair-meets-again
  match <!@negating_word meet again ( in | on ) ( early | late | mid )? {when: ( ( January | February | March | April | May | June | July | August | September | October | November | December ) [num]? | [date] ) } ( ","? ( in | at ) ( the )? {place:PLACE/CAPITAL/COUNTRY} )?
  match <!@negating_word meet again ( in | at ) ( the )? {place:PLACE/CAPITAL/COUNTRY} ","? ( in | on ) ( early | late | mid )? {when: ( ( January | February | March | April | May | June | July | August | September | October | November | December ) [num]? | [date] ) }
  make meeting next "next meeting in {when}"
  emit focus-pair attended event
  emit event held_in place
  example The two ministers will meet again in September in Oslo. => when=September; place=Oslo
  example They agreed to meet again in Quito in October. => place=Quito; when=October
  never The two ministers will meet again soon.
  never The two ministers will not meet again in September.
  never The two ministers won't meet again in September.

# "The fifth round is to take place in Quito in 2027", "..., and the 10th session will be held in
# Peru": in a story about a numbered round of one series, a round of that series still to come
# (future forms only; its number above the focus round's, else it is left alone), held and dated
# by its own words.
pattern later-round-held-in
  match ^ ( the | its | their ) {what: {n:[ord]} ( round | session | meeting | edition | summit ) } ( "will take place" | "will be held" | "is to take place" | "is to be held" | "is due to take place" | "is due to be held" | "is scheduled to take place" | "will be hosted" | "is to be hosted" ) ( in | at ) ( the )? {place:PLACE/CAPITAL/COUNTRY} ( ","? ( in | on ) ( early | late | mid )? {when:[date]} )?
  match ( "," | and | ";" ) ( the | its | their ) {what: {n:[ord]} ( round | session | meeting | edition | summit ) } ( "will take place" | "will be held" | "is to take place" | "is to be held" | "is due to take place" | "is due to be held" | "is scheduled to take place" | "will be hosted" | "is to be hosted" ) ( in | at ) ( the )? {place:PLACE/CAPITAL/COUNTRY} ( ","? ( in | on ) ( early | late | mid )? {when:[date]} )?
  match <!they <!we <!@negating_word ( hold | convene | host ) the {what: {n:[ord]} ( round | session | meeting | edition ) } ( in | at ) ( the )? {place:PLACE/CAPITAL/COUNTRY} ( ","? ( in | on ) ( early | late | mid )? {when:[date]} )?
  make meeting edition "{n} round of {focus-series}"
  round event focus-series n later
  emit event held_in place
  example The sixth round is to take place in Quito in 2028. => n=sixth; place=Quito; when=2028
  example The two sides agreed to hold the fifth session in Peru in 2029. => n=fifth; place=Peru; when=2029
  example The last session was in Lima, and the 12th session will be held in Chile in 2029. => n=12th; place=Chile; when=2029
  example The eighth summit will take place in Lima. => n=eighth; place=Lima
  never The sixth round took place in Quito in 2028.
  never The two sides agreed not to hold the fifth session in Quito in 2027.
  never The two sides will not host the fifth session in Quito in 2027.

# "Three rounds have been held so far: the first in Santiago in June 2019, the second in Cusco in
# May 2021" ("The council was set up in 2015 and held its first session in Lima in May 2017" too):
# in a story about a later round of one series, each is an earlier round of that
# series, held and dated where its own words say (`when` dates it; `focus-series` is the series
# of the meeting in focus, and the match is dropped when there is none).
# A shortened item may repeat its place in commas: "..., and the third, also in Quito, in 2022".
# The second line reads the subject's head word (slot `head`): the rounds are the focus series'
# only when its name has that word ("A business council was set up in 2015 and held its first
# session ..." in a story on a joint commission is another body's).
pattern earlier-rounds-listed
  match ( ":" | "," | and | ";" ) ( the )? {n:[ord]} ( round | session | meeting | edition )? ( "was held" | "took place" | "was hosted" | held )? ( "," ( also | again | too )? )? ( in | at ) ( the )? {place:PLACE/CAPITAL/COUNTRY} ","? ( in | on ) {when:[date]}
  match ^ ( the | a | an | its | their )? ~5 {head: ( commission | committee | council | forum | mechanism | dialogue ) } ~12 ( "," | and | ";" ) ( held | "has held" | "had held" ) ( its | the ) {n:[ord]} ( round | session | meeting | edition ) ( in | at ) ( the )? {place:PLACE/CAPITAL/COUNTRY} ","? ( in | on ) {when:[date]}
  make meeting edition "{n} round of {focus-series}"
  round event focus-series n
  emit event held_in place
  example So far, two rounds have been held: the first in Santiago in June 2019, the second in Cusco in May 2021. => n=first; place=Santiago; when=June 2019
  example The council was set up in 2015 and held its first session in Lima in May 2017. => head=council; n=first; place=Lima; when=May 2017
  example The Peru-Chile Joint Commission was set up in 2015, and held its first session in Lima in May 2017. => head=Commission; n=first; place=Lima; when=May 2017
  example The first round was held in Oslo in 2015, and the fourth, also in Oslo, in March 2023. => n=fourth; place=Oslo; when=March 2023
  never The first in Santiago was a success, the minister said.

# "Those talks came after the last two rounds, held in Quito in 2019 and in Lima in 2022", in a
# story about a numbered round: the two rounds just before it, in the order listed ("-2": two
# before the round in focus), each held and dated by its own words.
pattern two-previous-rounds-first
  match ( "two previous" | "previous two" | "two earlier" | "earlier two" | "last two" ) ( rounds | meetings | sessions | editions ) ","? ( which | that )? ( "took place" | "were held" | "have been held" | "had been held" | held ) ( in | at ) ( the )? {place:PLACE/CAPITAL/COUNTRY} ( in | on ) {when:[date]}
  make meeting edition "earlier round of {focus-series} in {place}"
  round event focus-series -2
  emit event held_in place
  example Those talks came after the last two rounds, held in Quito in 2019 and in Lima in 2022. => place=Quito; when=2019
  never The two previous rounds were inconclusive, and the talks in Lima in 2022 were cancelled.

pattern two-previous-rounds-second
  match ( "two previous" | "previous two" | "two earlier" | "earlier two" | "last two" ) ( rounds | meetings | sessions | editions ) ","? ( which | that )? ( "took place" | "were held" | "have been held" | "had been held" | held ) ( in | at ) ( the )? PLACE/CAPITAL/COUNTRY ( in | on ) [date] ","? and ( in | at )? ( the )? {place:PLACE/CAPITAL/COUNTRY} ( in | on ) {when:[date]}
  make meeting edition "earlier round of {focus-series} in {place}"
  round event focus-series -1
  emit event held_in place
  example Those talks came after the two earlier sessions that were held in Quito in 2019 and in Lima in 2022. => place=Lima; when=2022
  never Those talks came after the last two rounds, held in Quito in 2019.

# "A, who co-chaired the 5th Joint Commission with Foreign Minister B": both co-chair it.
pattern cochaired-meeting-with
  match {a:OFFICIAL} ","? ( who )? ( co-chaired | "jointly chaired" | co-chairs | "will co-chair" | "co-chairing" ) ( the | this | their )? {m:MEETING} with {b:OFFICIAL+}
  emit a cochaired m
  emit b cochaired m
  example Minister Ana Souza co-chaired the 5th Portugal-Brazil Joint Commission with Foreign Minister Karl Brandt. => a=Minister Ana Souza; b=Foreign Minister Karl Brandt

# "A, who co-chaired the commission with Foreign Minister B": a partner after "with" co-chairs
# the meeting the story is about as well.
pattern cochaired-with
  match {a:OFFICIAL} ","? ( who )? ( co-chaired | "jointly chaired" | co-chairs | "will co-chair" | "co-chairing" ) ~5!MEETING with {b:OFFICIAL+}
  emit a cochaired focus
  emit b cochaired focus
  example Minister Ana Souza, who co-chaired the commission with Ghana's Foreign Minister Karl Brandt, praised the talks. => a=Minister Ana Souza; b=Ghana's Foreign Minister Karl Brandt
  never Minister Ana Souza co-chaired the 5th Portugal-Brazil Joint Commission with Foreign Minister Karl Brandt.

# "Lisbon hosted the first Portugal-Brazil Summit", "Lima, in Peru, will host the 5th Andean
# Dialogue": a place that hosts a meeting holds it.
pattern place-hosts-meeting
  match {place:PLACE} ( "," ~4 "," )? ( hosted | hosts | "will host" | "is hosting" | "is to host" | "played host to" | "plays host to" ) ( the | this | its )? {m:MEETING} !'s
  emit m held_in place
  example Lisbon, in Portugal, hosted the first Brazil-Portugal Summit in October 2023. => place=Lisbon; m=first Brazil-Portugal Summit
  never Minister Ana Souza hosted the first Brazil-Portugal Summit in Lisbon.
  never Madrid, the Spanish capital, hosted the first Portugal-Brazil Summit's opening dinner.

# "Cusco was the venue for the 3rd Andean Summit", "Arequipa, chosen as the setting of the fifth
# Peru-Chile Joint Commission", "the venue for the summit will be Cusco": a place said to be a
# meeting's venue or setting holds it. A capital as the subject ("Lima was the venue for") is a
# country mention (section 2, Capitals), so it is not read here.
pattern place-is-venue-of-meeting
  match {place:PLACE} ( "," ~4 "," )? ( was | is | "will be" | "has been" | "had been" | "served as" | "serves as" | "will serve as" | "was chosen as" | "has been chosen as" | "was selected as" | "was picked as" | "," chosen as | "," selected as ) ( the )? ( venue | setting | "host city" ) ( for | of ) ( the | this | its | their )? {m:MEETING} !'s
  match ( venue | setting | "host city" ) ( for | of ) ( the | this | its | their )? {m:MEETING} ( was | is | "will be" | "has been" | "had been" ) ( the city of )? {place:PLACE}
  emit m held_in place
  example Arequipa was the setting for the fifth round of the Peru-Chile Joint Commission on Monday. => place=Arequipa; m=fifth round of the Peru-Chile Joint Commission
  example Cusco, the old Inca capital, has been chosen as the venue for the Third Andean Summit. => place=Cusco; m=Third Andean Summit
  example The venue for the Third Andean Summit will be Cusco, the organisers said. => m=Third Andean Summit; place=Cusco
  never Officials said Arequipa was not the venue for the fifth round of the Peru-Chile Joint Commission.
  never Cusco was the venue for the Third Andean Summit's closing dinner.
  never The venue for the Third Andean Summit was a matter of dispute in Cusco.

# "welcomed the ministers to Lisbon for the first Portugal-Brazil 2+2 Dialogue", "arrived in Lima
# on Sunday for the 5th Andean Summit": the place the people came to for a meeting holds it.
pattern to-place-for-meeting
  match ( to | in ) {place:PLACE} ~4!PLACE ( for | "to attend" | "to take part in" | "to participate in" ) ( the | this | its | their )? {m:MEETING}
  emit m held_in place
  example President Ana Souza welcomed Karl Brandt to Lisbon for the first Portugal-Brazil 2+2 Ministerial Dialogue. => place=Lisbon; m=first Portugal-Brazil 2+2 Ministerial Dialogue
  example Leaders began to arrive in Lima on Sunday for the 5th Andean Summit. => place=Lima; m=5th Andean Summit
  never Minister Ana Souza left Lisbon on Sunday.
  never After the Porto Summit, President Ana Souza will fly back to Lisbon on Thursday for the meeting of his cabinet.

# "the fourth Portugal-Brazil Dialogue (PBD), due to take place in Porto in April": a
# relative clause saying where the meeting is held.
pattern meeting-which-held-in
  match {m:MEETING} ( "(" [cap] ")" )? "," ( which | that ) ~4 ( "take place" | "takes place" | "took place" | held | convene | convenes | convened | hosted ) ~4 ( in | at ) ( the )? {place:PLACE}
  emit m held_in place
  example The ministers took note of the fourth Portugal-Brazil Dialogue (PBD), which is to take place in Porto in early April. => m=fourth Portugal-Brazil Dialogue; place=Porto
  never The fourth Portugal-Brazil Dialogue, which focused on trade in Porto, ended.

# "the opening of the Andean Trade Expo, which Cusco is hosting as well": a relative clause whose
# subject is the place that hosts the meeting.
pattern meeting-which-place-hosts
  match {m:MEETING} ( "(" [cap] ")" )? "," ( which | that ) {place:PLACE} ( hosted | hosts | "is hosting" | "will host" | "is to host" | "will be hosting" | "has hosted" )
  emit m held_in place
  example The minister will also open the Third Peru-Kenya Trade Expo, which Cusco is hosting as well. => m=Third Peru-Kenya Trade Expo; place=Cusco
  never The minister will also open the Third Peru-Kenya Trade Expo, which Cusco officials praised.

# "the second Andean-Pacific Summit, set to run alongside the 5th Andean Summit in Lima": a meeting
# held alongside another is held where it is.
pattern meeting-alongside-meeting-in
  match {a:MEETING} ( "(" [cap] ")" )? "," ( which | that ) ~4 ( alongside | "together with" | "in conjunction with" | "back-to-back with" | "on the sidelines of" ) ( the | this )? {b:MEETING} ~8!MEETING ( in | at ) ( the )? {place:PLACE}
  emit a held_in place
  emit b held_in place
  example Delegations are gathering for the second Andean-Pacific Summit, which takes place alongside the 5th Andean Summit on June 3 and 4 in Lima. => a=second Andean-Pacific Summit; b=5th Andean Summit; place=Lima
  never Leaders arrived for the second Andean-Pacific Summit, which follows the 5th Andean Summit in Lima.

# "Minister A travelled to Cusco and held talks there with President B", "On Monday she flew to
# Cusco, the regional capital, and met there with B": "there" points back to the place the
# official went to, which holds the talks ("he"/"she" is the official the story follows). No
# place or capital stands between: "A, who grew up in Arequipa, flew to Cusco and held talks
# there" is not held in Arequipa.
pattern talks-there-after-place
  match {who:OFFICIAL} ~6!OFFICIAL ( to | in ) ( the )? {place:PLACE} ~12!OFFICIAL/PLACE/CAPITAL and ( "held talks there with" | "holds talks there with" | "will hold talks there with" | "had talks there with" | "met there with" | "held a meeting there with" ) {guest:OFFICIAL}
  make meeting talks "{who}'s meeting with {guest}"
  emit who attended event
  emit guest attended event
  emit event held_in place
  example Minister Lars Dahl travelled to Cusco on Monday and held talks there with President Ana Souza. => who=Minister Lars Dahl; place=Cusco; guest=President Ana Souza
  never Minister Lars Dahl travelled to Cusco and held talks with President Ana Souza in Lima.
  never Minister Lars Dahl, who grew up in Arequipa, flew to Cusco on Monday and held talks there with President Ana Souza.
  example Minister Lars Dahl flew to Cusco, Peru, and held talks there with President Ana Souza. => who=Minister Lars Dahl; place=Cusco; guest=President Ana Souza

pattern subject-talks-there-after-place
  match ^ ~3 ( he | she ) ~6!OFFICIAL ( to | in ) ( the )? {place:PLACE} ~12!OFFICIAL/PLACE/CAPITAL and ( "held talks there with" | "holds talks there with" | "will hold talks there with" | "had talks there with" | "met there with" | "held a meeting there with" ) {guest:OFFICIAL}
  make meeting talks "meeting with {guest}"
  emit subject attended event
  emit guest attended event
  emit event held_in place
  example On Tuesday he travelled to Cusco, the capital of the region, and held talks there with President Ana Souza. => place=Cusco; guest=President Ana Souza
  never On Tuesday he travelled to Cusco and held talks with President Ana Souza.

# "He also held separate meetings with Minister A, with Minister B and with Minister C": a
# meeting with each. "He" is the official the story follows (`subject`).
pattern subject-held-meetings-with
  match ^ ~3 ( he | she ) ~3!OFFICIAL ( held | had | "will hold" | "is to hold" ) ( separate | bilateral | individual | several | further )? ( meetings | talks ) ~3 with ( ~40!OFFICIAL ";" ( and )? with )? {guests:OFFICIAL+}
  each guests
  make meeting talks "meeting with {guests}"
  emit subject attended event
  emit guests attended event
  example He also held separate meetings with Minister Karl Brandt, with Foreign Minister Ana Souza and with Olu Adeyemi, President of Nigeria. => guests=Minister Karl Brandt; guests=Foreign Minister Ana Souza; guests=Olu Adeyemi, President of Nigeria
  example She held meetings with the head of a press-freedom charity, with whom she spoke about reporters in the region; and with Lars Holm, Minister of Foreign Affairs of Norway. => guests=Lars Holm, Minister of Foreign Affairs of Norway

# "Minister A accompanied President B in bilateral meetings with King C of Spain and Prime
# Minister D": a meeting with each guest, attended by both who went.
pattern accompanied-in-meetings-with
  match {who:OFFICIAL} ~3!OFFICIAL accompanied {host:OFFICIAL} ( in | at | to ) ( his | her | the )? ( separate | bilateral | individual )? meetings with {guests:OFFICIAL+}
  each guests
  make meeting talks "{host}'s meeting with {guests}"
  emit who attended event
  emit host attended event
  emit guests attended event
  example Minister Ana Souza accompanied President Karl Brandt in bilateral meetings with King Olu Adeyemi of Nigeria and with Prime Minister Lars Holm. => who=Minister Ana Souza; host=President Karl Brandt; guests=King Olu Adeyemi of Nigeria; guests=Prime Minister Lars Holm
  never Minister Ana Souza accompanied President Karl Brandt to Lima, where he held meetings with Prime Minister Lars Holm.

# "Minister A accompanied President B to a lunch and in separate meetings with leaders, including
# the President of Peru, D": a meeting with each official the list names, attended by both.
pattern accompanied-in-meetings-among-them
  match {who:OFFICIAL} ~3!OFFICIAL accompanied {host:OFFICIAL} ~40 ( in | at ) ( his | her | the )? ( separate | bilateral | individual )? meetings with ~6!OFFICIAL ( "among them" | "among whom" | including | "such as" ) ( the )? ( TITLE ( of COUNTRY )? "," )? {guests:OFFICIAL+}
  each guests
  make meeting talks "{host}'s meeting with {guests}"
  emit who attended event
  emit host attended event
  emit guests attended event
  example Minister Ana Souza accompanied President Karl Brandt at a lunch for the new cabinet and in separate meetings with leaders, including the President of Chile, Lars Holm. => who=Minister Ana Souza; host=President Karl Brandt; guests=President of Chile, Lars Holm
  never Minister Ana Souza accompanied President Karl Brandt in meetings with business leaders from Chile and Peru.

# "President A held bilateral meetings with representatives from Peru, Chile and Spain": a
# meeting with each country's delegation, its sides each of them (and the host's country, from
# the host). "Minister B accompanied President A in bilateral meetings with ...": both attend.
pattern bilateral-meetings-with-representatives-of
  match ( {who:OFFICIAL} ~3!OFFICIAL accompanied {host:OFFICIAL} ( in | at | to ) | {host:OFFICIAL} ~3!OFFICIAL ( held | had | "will hold" | "is to hold" ) ) ( his | her | the )? ( separate | bilateral | individual ) meetings with ~12 ( representatives | delegations | delegates ) ( from | of ) ( the )? {sides:COUNTRY+}
  each sides
  make meeting talks "bilateral meeting with representatives from {sides}"
  emit sides participant event
  emit who attended event
  emit host attended event
  example President Ana Souza held bilateral meetings with representatives from Peru, Chile and Spain. => host=President Ana Souza; sides=Peru; sides=Chile; sides=Spain
  example Minister Karl Brandt accompanied President Ana Souza in bilateral meetings with King Olu Adeyemi of Nigeria and with representatives from Peru and Chile. => who=Minister Karl Brandt; host=President Ana Souza; sides=Peru; sides=Chile
  never President Ana Souza held a meeting with business representatives from Peru and Chile.

# "Minister A held bilateral meetings with B and C": a meeting with each.
pattern held-meetings-with-each
  match {host:OFFICIAL} ~3!OFFICIAL ( held | had | "will hold" | "is to hold" ) ( separate | bilateral | individual | several )? meetings ~3 with {guests:OFFICIAL+}
  each guests
  make meeting talks "{host}'s meeting with {guests}"
  emit host attended event
  emit guests attended event
  example Minister Ana Souza held bilateral meetings with Foreign Minister Karl Brandt and Trade Minister Olu Adeyemi. => host=Minister Ana Souza; guests=Foreign Minister Karl Brandt; guests=Trade Minister Olu Adeyemi

# "In the evening, President A hosted a reception at the Coral Palace on the occasion of the
# National Day", "King B gave a state banquet at the palace": an occasion the host gives with no
# guest named by name is a meeting of its own, which the host chairs (as one who hosts for the
# host side), held where the clause says, not a role at the visit in focus. A guest named later
# in the sentence is `held-occasion-for`'s, so no official may follow before the sentence ends.
pattern host-held-occasion
  match {host:OFFICIAL} ~3!OFFICIAL ( hosted | gave | offered | held | "will host" | "will give" | "will offer" | "will hold" | hosts | gives ) ( a | an ) {what: ( state | official | farewell | welcome | working | gala | private )? ( banquet | dinner | lunch | luncheon | reception | breakfast ) } ( ( at | in ) ( the )? {place:PLACE} )? ~12!OFFICIAL ( "." | ";" )
  make meeting occasion "{what} hosted by {host}"
  emit host chaired event
  emit event held_in place
  example In the evening, President Rosa Vela hosted a reception at the Coral Palace on the occasion of the National Day. => host=President Rosa Vela; what=reception; place=Coral Palace
  example King Karl Brandt gave a state banquet in honour of the visiting delegation. => host=King Karl Brandt; what=state banquet
  never President Ana Souza hosted a farewell lunch for Ambassador Karl Brandt.
  never President Ana Souza hosted a meeting of the cabinet at the Coral Palace.

# "Vice-President B and Minister C attended the reception", "The banquet was attended by B": the
# definite noun refers back to the occasion the story told of before (`host-held-occasion`,
# `held-occasion-for`, ...), as "the meeting" refers to the meeting in focus; those named attend
# it, not the visit in focus. With no such occasion told before, nothing.
pattern attended-the-occasion
  match {guests:OFFICIAL+} ~3!OFFICIAL ( attended | "also attended" | "were present at" | "was present at" | "were also present at" | joined | "also joined" ) the {what: ( banquet | dinner | lunch | luncheon | reception | breakfast ) }
  match the {what: ( banquet | dinner | lunch | luncheon | reception | breakfast ) } ( was | "had been" ) ( also )? attended by {guests:OFFICIAL+}
  emit guests attended earlier-meeting:what
  example Vice-President Tomas Mora and Minister Ilze Kalnina attended the reception. => guests=Vice-President Tomas Mora; guests=Minister Ilze Kalnina; what=reception
  example The banquet was attended by Prime Minister Karl Brandt. => what=banquet; guests=Prime Minister Karl Brandt
  never Vice-President Tomas Mora attended the talks.

# "President A held a farewell dinner at the palace for Ambassador B": the host chairs the
# occasion held in the guest's honour.
pattern held-occasion-for
  match {host:OFFICIAL} ~3!OFFICIAL ( held | hosted | gave | offered | "will host" | "will hold" | "will give" | hosts | holds ) ( a | an )? {what: ( state | official | farewell | welcome | working )? ( banquet | dinner | lunch | luncheon | reception | event | ceremony | breakfast ) } ( at ( the )? {place:PLACE} )? ~6!OFFICIAL ( for | "in honour of" | "in honor of" ) ( COUNTRY 's )? ( TITLE ( to ( COUNTRY | PLACE ) )? "," )? HONORIFIC? {guest:OFFICIAL+}
  make meeting occasion "{what} hosted by {host} for {guest}"
  emit host chaired event
  emit guest attended event
  emit event held_in place
  example President Ana Souza hosted a farewell reception at the Belem Palace in Lisbon for Ambassador Karl Brandt. => host=President Ana Souza; what=farewell reception; place=Belem Palace; guest=Ambassador Karl Brandt
  example President Ana Souza hosted a farewell lunch for Ambassador Karl Brandt. => host=President Ana Souza; what=farewell lunch; guest=Ambassador Karl Brandt
  example King Karl Brandt gave a state banquet in honour of President Ana Souza. => host=King Karl Brandt; what=state banquet; guest=President Ana Souza
  never President Ana Souza held a press conference for reporters after Minister Karl Brandt left.

# "Ambassador A presented her Letters of Credence to President B", "the presentation of
# credentials by A to B": the head of state receiving them chairs the ceremony.
pattern presented-credentials
  match {envoy:OFFICIAL+} ~8!OFFICIAL ( presented | presents | "will present" | "has presented" | "had presented" ) ( his | her | their | the )? ( copies of ( his | her | their | the )? )? {what: ( letters | letter | credentials ) ( of credence )? } to ( ( the )? ( then - )? HONORIFIC? | ( the )? TITLE ( of ( the )? ( COUNTRY | ORG ) )? "," HONORIFIC? ) {head:OFFICIAL} ( ","? ( in ( a | the ) ceremony )? ( at | in ) ( the )? {place:PLACE} )?
  match {what: presentation of ( his | her | their | the )? ( letters | letter | credentials ) ( of credence )? } by {envoy:OFFICIAL} to ( then - )? HONORIFIC? {head:OFFICIAL} ( ","? ( at | in ) ( the )? {place:PLACE} )?
  make meeting ceremony "presentation of credentials by {envoy} to {head}"
  emit envoy attended event
  emit head chaired event
  emit event held_in place
  example Ambassador Ana Souza presented her Letters of Credence to President Karl Brandt on Tuesday. => envoy=Ambassador Ana Souza; head=President Karl Brandt
  example Ambassador Karl Brandt presented his credentials to President Ana Souza, at the Belem Palace, on Tuesday. => head=President Ana Souza; place=Belem Palace
  example The presentation of credentials by Ambassador Karl Brandt to President Ana Souza took place at noon. => envoy=Ambassador Karl Brandt; head=President Ana Souza
  example Ambassador Lena Berg presented her Letters of Credence to the President of the Republic of Peru, Karl Brandt, in a ceremony at the Torre Tagle Palace on Monday. => head=President of the Republic of Peru, Karl Brandt; place=Torre Tagle Palace
  never Minister Karl Brandt presented the report to President Ana Souza.

# "She presented her Letters of Credence to President A": the envoy is the official the story
# follows (`subject`); the clause must open with the pronoun.
pattern subject-presented-credentials
  match ^ ~3 ( he | she ) ( formally | also | had | has | then )? ( presented | "will present" | "had presented" | "has presented" ) ( his | her ) {what: ( letters | letter | credentials ) ( of credence )? } to ( then - )? HONORIFIC? {head:OFFICIAL}
  make meeting ceremony "presentation of {what} to {head}"
  emit subject attended event
  emit head chaired event
  example She formally presented her Letters of Credence to then-President Karl Brandt, early in her mission. => what=Letters of Credence; head=President Karl Brandt
  never He presented his report to President Karl Brandt.

# "President A will welcome the King and his wife, Queen C, with military honours at the Palace
# Gate": a welcome ceremony at a place, named after it, which the officials among its guests
# attend (the same people as `welcome-with-honours` below make one meeting).
pattern welcome-with-honours-at
  match {host:OFFICIAL} ~4!OFFICIAL ( welcome | welcomed | welcomes | "will welcome" | greeted | greets | "will greet" ) {guest: ~10!OFFICIAL OFFICIAL+ ( ~6!OFFICIAL OFFICIAL+ )? } ","? with {what: ( full )? ( "military honours" | "military honors" ) } at ( the )? {place:PLACE}
  make meeting ceremony "welcome with {what} at {place}"
  emit host chaired event
  emit guest attended event
  emit event held_in place
  example President Ana Souza will welcome the King and his wife, Queen Consort Lena Berg, with military honours at the Palace Gate. => host=President Ana Souza; guest=the King and his wife, Queen Consort Lena Berg; place=Palace Gate
  example President Ana Souza welcomed King Karl Brandt with military honours at the Belem Palace. => guest=King Karl Brandt; place=Belem Palace
  example President Ana Souza will welcome King Karl Brandt and his wife, Queen Consort Lena Berg, with military honours at the Palace Gate. => guest=King Karl Brandt and his wife, Queen Consort Lena Berg; place=Palace Gate
  never President Ana Souza welcomed the King and his wife with military honours at the Palace Gate.

# "the royal pair will be guests of honour at a gala dinner in the Belem Palace": an
# occasion named by its place.
pattern guests-of-honour-at
  match ( "guest of honour" | "guests of honour" | "guest of honor" | "guests of honor" ) at ( a | an | the ) {what: ( state | official | gala )? ( banquet | dinner | luncheon | lunch | reception ) } ( at | in ) ( the )? {place:PLACE}
  make meeting occasion "{what} at {place}"
  emit event held_in place
  example The royal pair will be guests of honour at a gala dinner in the Belem Palace. => what=gala dinner; place=Belem Palace
  never The couple are to be guests of honour at a dinner hosted by friends.

# "President A welcomed King B with military honours at the palace": a welcome ceremony the
# host chairs.
pattern welcome-with-honours
  match {host:OFFICIAL} ~4!OFFICIAL ( welcome | welcomed | welcomes | "will welcome" | greeted | greets | "will greet" ) {guest:OFFICIAL+} ~8!OFFICIAL with {what: ( full )? ( "military honours" | "military honors" | "a guard of honour" | "a guard of honor" | "a ceremonial welcome" | "a state welcome" ) } ( at ( the )? {place:PLACE} )?
  make meeting ceremony "welcome with military honours for {guest}"
  emit host chaired event
  emit guest attended event
  emit event held_in place
  example President Ana Souza will welcome King Karl Brandt with military honours at the Belem Palace on Monday. => host=President Ana Souza; guest=King Karl Brandt; place=Belem Palace
  never President Ana Souza welcomed King Karl Brandt's remarks with warm words.

# "the meeting of Secretary A with Minister B", "the bilateral meeting of President A with King B"
pattern meeting-of-with
  match {what: ( bilateral | official | private )? ( meeting | talks | conversation ) } of {a:OFFICIAL} with HONORIFIC? {b:OFFICIAL+}
  make meeting talks "{what} of {a} with {b}"
  emit a attended event
  emit b attended event
  example The meeting of Secretary Ana Souza with Minister Karl Brandt lasted two hours. => a=Secretary Ana Souza; b=Minister Karl Brandt
  never The meeting of the ministers with the press was short.

# "an official reception ceremony for President A was held at the palace", "the welcome
# ceremony for King A": a ceremony in the guest's honour, which the guest attends.
pattern ceremony-for
  match {what: ( official | state | formal )? ( reception | welcome | welcoming | farewell ) ceremony } ( for | "in honour of" | "in honor of" ) {guest:OFFICIAL+} ( ( "was held" | "were held" | "will be held" | "is held" | held )? ( at | in ) ( the )? {place:PLACE} )?
  make meeting ceremony "{what} for {guest}"
  emit guest attended event
  emit event held_in place
  example An official reception ceremony for President Ana Souza was held at the Ajuda Palace on Monday. => what=official reception ceremony; guest=President Ana Souza; place=Ajuda Palace
  example The welcome ceremony for King Karl Brandt will begin at noon. => guest=King Karl Brandt
  never The ceremony for the victims was attended by President Ana Souza.

# "With Minister A, he discussed trade and energy": in a readout of the day's meetings, the
# official the story follows (`subject`) met A.
pattern with-official-subject-discussed
  match ^ ~3 with {other:OFFICIAL+} ~24!OFFICIAL "," ( he | she ) ( also )? ( discussed | reviewed | explored | "held talks on" | "exchanged views on" | "went over" )
  make meeting talks "meeting with {other}"
  emit subject attended event
  emit other attended event
  example With Karl Brandt, the Minister of Trade of Germany, she discussed energy and shipping. => other=Karl Brandt, the Minister of Trade of Germany
  example With Karl Brandt, Vice-Minister for Trade at the Ministry of Economy, Trade and Industry, Germany, he discussed shipping. => other=Karl Brandt
  never With trade growing, she discussed energy with the press.

# "President A, who arrived on Monday for a state visit, was received on Monday evening by King
# B", "Minister A was received on Wednesday at the Foreign Ministry by Minister B": the same
# reception with the day, or the building, told between the verb and "by"; the host chairs. A
# building in `arrival_venue_word` is a greeting, no meeting, and "by B at ..." is left to the venue patterns.
pattern guest-received-later-by
  match ^ ( the )? {guest:OFFICIAL} ~30!OFFICIAL ( was | were | "will be" | "is to be" ) ( received | hosted ) ( on [cap] ( morning | evening | afternoon )? | [date] )? ( at ( the )? ( [cap] <!@arrival_venue_word | [lower] <!@arrival_venue_word <!by | "," <!, )+ )? by ( the )? {host:OFFICIAL} !at
  make meeting talks "{host}'s meeting with {guest}"
  emit host chaired event
  emit guest attended event
  example President Ana Souza, who arrived on Monday for a two-day state visit, was received on Monday evening by King Karl Brandt. => guest=President Ana Souza; host=King Karl Brandt
  example The Peruvian Minister of Trade, Ana Souza, was received on Wednesday at the Ministry of Foreign Affairs by the Minister of Foreign Affairs, Karl Brandt. => guest=Peruvian Minister of Trade, Ana Souza; host=Minister of Foreign Affairs, Karl Brandt
  never President Ana Souza was received on Monday at Valdor International Airport by Minister Karl Brandt.
  never President Ana Souza was received on Monday by Minister Karl Brandt at Merrow Air Base.

# "A and B on Tuesday signed a declaration ..., at the end of their talks in Valletta": the
# officials the sentence opens with met for talks, which its place and day locate.
pattern pair-signed-at-end-of-their-talks
  match ^ {who:OFFICIAL+} ~40!OFFICIAL ( "at the end of" | "at the close of" | after | following | during ) their {what: ( talks | meeting | summit | discussions ) } ( at ( the )? {place:PLACE} | at ~6 in {place:PLACE} | in {place:PLACE} )?
  make meeting talks "{what} between {who}"
  emit who attended event
  emit event held_in place
  example President Ana Souza and Chancellor Karl Brandt on Tuesday signed a declaration on trade, at the end of their talks at the Coral House in Lisbon. => who=President Ana Souza; what=talks; place=Coral House
  never President Ana Souza said the talks in Lisbon had ended.

# "President A received the Secretary-General at the River Palace on Thursday", "King B received
# her at the Coral Palace": a guest named by office alone or by a pronoun is the official the story
# follows (`subject`), the visitor whose trip it tells.
pattern host-received-subject-at-venue
  match ^ ~4!OFFICIAL {host:OFFICIAL} ~3!OFFICIAL <!@negating_word ( received | receives | "will receive" | "is to receive" ) ( the )? {guest: ( TITLE | him | her ) } at ( the )? {place:PLACE} <!@arrival_venue_word
  make meeting talks "reception by {host} at {place}"
  emit host chaired event
  emit subject attended event
  emit event held_in place
  example President Ana Souza received the Secretary-General at the River Palace on Thursday morning. => host=President Ana Souza; guest=Secretary-General; place=River Palace
  example On Friday King Karl Brandt received her at the Coral Palace. => host=King Karl Brandt; guest=her; place=Coral Palace
  never President Ana Souza received the Secretary-General at Valdor International Airport.
  never President Ana Souza received the Secretary-General's letter at the River Palace.

# "Ambassador Ana Souza paid a courtesy call on Foreign Minister Karl Brandt": an envoy's or a
# visitor's formal call on an office holder is a meeting of the two.
pattern courtesy-call
  match {a:OFFICIAL} ~8!OFFICIAL ( paid | pays | "will pay" | "is to pay" | made | makes | "will make" ) ( a | an )? {what: courtesy ( call | visit ) } ( on | to ) ~8!OFFICIAL {b:OFFICIAL+}
  make meeting talks "{what} by {a} on {b}"
  emit a attended event
  emit b attended event
  example Ambassador Ana Souza paid a courtesy call on the Minister of Fisheries, Hon. Karl Brandt, on Monday. => a=Ambassador Ana Souza; what=courtesy call; b=Hon. Karl Brandt
  never Ambassador Ana Souza said that a courtesy call was not planned.

# "On Monday, she paid a courtesy call on Minister Karl Brandt": the official the story follows.
# (A bare title, "the Ambassador", is not read as that official: the story may have moved on.)
pattern subject-courtesy-call
  match ^ ~4 ( he | she ) ( also | later | then )? ( paid | pays | "will pay" | "is to pay" | made | makes | "will make" ) ( a | an )? {what: courtesy ( call | visit ) } ( on | to ) ~8!OFFICIAL {b:OFFICIAL+}
  make meeting talks "{what} on {b}"
  emit subject attended event
  emit b attended event
  example On 3 May, she paid a courtesy call on the Deputy Prime Minister and Minister of Trade, Karl Brandt. => what=courtesy call; b=Deputy Prime Minister and Minister of Trade, Karl Brandt
  never On 3 May, the Ambassador paid a courtesy call on the Minister of Trade, Karl Brandt.

# "Ambassador Ana Souza paid courtesy calls on President A, Minister B and Minister C": calls on
# several office holders are one call each (each has its own participants), attended by the
# visitor and that office holder. A single call on two people ("a courtesy call on A and B") stays
# one meeting of the three (`courtesy-call`).
pattern courtesy-calls-each
  match {a:OFFICIAL} ~8!OFFICIAL ( paid | pays | "will pay" | "is to pay" | made | makes | "will make" ) {what: courtesy ( calls | visits ) } ( on | to ) ~8!OFFICIAL {b:OFFICIAL+}
  each b
  make meeting talks "courtesy call by {a} on {b}"
  emit a attended event
  emit b attended event
  example Ambassador Ana Souza paid courtesy calls on President Karl Brandt, Prime Minister Lars Holm and Foreign Minister Eva Lind. => a=Ambassador Ana Souza; what=courtesy calls
  never Ambassador Ana Souza said that courtesy calls were not planned.

# "On Tuesday, she paid courtesy calls on A, B and C": the same, by the official the story follows.
pattern subject-courtesy-calls-each
  match ^ ~4 ( he | she ) ( also | later | then )? ( paid | pays | "will pay" | "is to pay" | made | makes | "will make" ) {what: courtesy ( calls | visits ) } ( on | to ) ~8!OFFICIAL {b:OFFICIAL+}
  each b
  make meeting talks "courtesy call on {b}"
  emit subject attended event
  emit b attended event
  example On Tuesday, she paid courtesy calls on President Karl Brandt and Prime Minister Lars Holm. => what=courtesy calls
  never On Tuesday, the Ambassador paid courtesy calls on President Karl Brandt and Prime Minister Lars Holm.

# "the inauguration ceremony at which President A was sworn in", "once A is inaugurated at a
# ceremony in the capital": the ceremony that installs an office holder, who attends it; so does
# the subject of a clause that a comma ends on "at the ceremony at which ..." ("B took up his post
# today, at the ceremony at which A was sworn in").
pattern ceremony-took-office
  match ( ceremony | investiture | inauguration ) ~6!OFFICIAL ( "at which" | "in which" | where ) ( the )? {who:OFFICIAL} {how: ( "was sworn in" | "is sworn in" | "will be sworn in" | "took office" | "takes office" | "will take office" | "was inaugurated" | "is inaugurated" | "will be inaugurated" ) }
  match {who:OFFICIAL} {how: ( "was sworn in" | "is sworn in" | "will be sworn in" | "took office" | "takes office" | "will take office" | "was inaugurated" | "is inaugurated" | "will be inaugurated" ) } ~3!OFFICIAL ( at | during ) ( a | an | the ) ~3 ceremony
  match {guest:OFFICIAL} ~16!OFFICIAL "," ( at | during ) the ( ceremony | investiture | inauguration ) ~6!OFFICIAL ( "at which" | "in which" | where ) ( the )? {who:OFFICIAL} {how: ( "was sworn in" | "is sworn in" | "will be sworn in" | "took office" | "takes office" | "will take office" | "was inaugurated" | "is inaugurated" | "will be inaugurated" ) }
  make meeting ceremony "ceremony at which {who} {how}"
  emit who attended event
  emit guest attended event
  example Karl Brandt became Peru's Minister of Trade on Monday, at the ceremony of investiture at which President Ana Souza was sworn in. => guest=Karl Brandt; who=President Ana Souza; how=was sworn in
  example Minister Karl Brandt spoke after the ceremony of investiture at which President Ana Souza was sworn in. => who=President Ana Souza; how=was sworn in
  example The new cycle begins on 4 May, when Prime Minister Ana Souza of Peru is sworn in at a ceremony in the capital. => who=Prime Minister Ana Souza of Peru; how=is sworn in
  never President Ana Souza, who took office in May, spoke at the ceremony.

# "the state reception that King A gave for the visiting delegations", "a dinner which
# King A hosted": the host chairs it; a place just before it ("drove to the Ajuda Palace for the
# reception that ...") is where it was held.
pattern occasion-that-host-gave
  match ( ( to | at ) ( the )? {place:PLACE} ~6!PLACE )? {what: ( state | official | farewell | welcome | working | private )? ( banquet | dinner | lunch | luncheon | reception | breakfast ) } ( that | which ) {host:OFFICIAL} ( also )? ( gave | offered | hosted | held | "had given" | "had offered" | "had hosted" | "will give" | "will offer" | "will host" | "will hold" | gives | offers | hosts )
  make meeting occasion "{what} offered by {host}"
  emit host chaired event
  emit event held_in place
  example The minister later drove to the Ajuda Palace for the state reception which President Ana Souza offered to the visiting delegations. => place=Ajuda Palace; what=state reception; host=President Ana Souza
  example A state banquet which King Karl Brandt hosted closed the visit. => what=state banquet; host=King Karl Brandt
  never The reception that followed was attended by President Ana Souza.

# "President A hosted Chancellor B for a working dinner at the palace", "A invited B to lunch":
# a meal the host gives the guest, held where the clause says.
pattern hosted-guest-for-meal
  match {host:OFFICIAL} ~3!OFFICIAL ( hosted | hosts | "will host" | "is hosting" | invited | invites | "will invite" ) HONORIFIC? {guest:OFFICIAL+} ( for | to ) ( a | an )? {what: ( state | official | working | private | farewell )? ( banquet | dinner | lunch | luncheon | breakfast | reception ) } ( ( at | in ) ( the )? {place:PLACE} )?
  make meeting occasion "{what} hosted by {host} for {guest}"
  emit host chaired event
  emit guest attended event
  emit event held_in place
  example The night before, President Ana Souza hosted Chancellor Karl Brandt for a working dinner at the Belem Palace. => host=President Ana Souza; guest=Chancellor Karl Brandt; what=working dinner; place=Belem Palace
  example King Karl Brandt invited President Ana Souza to a private lunch on Sunday. => host=King Karl Brandt; guest=President Ana Souza; what=private lunch
  never President Ana Souza hosted Chancellor Karl Brandt for talks at the Belem Palace.

# "A, who landed in Peru late on Sunday for a tour that takes him on to Chile and Bolivia": one
# tour of all the countries named.
pattern arrived-on-tour-that-takes
  match {visitor:OFFICIAL} ","? ( who )? ( reached | "arrived in" | "arrives in" | "will arrive in" | "has arrived in" | "had arrived in" | "landed in" ) ( the )? {first:COUNTRY/PLACE} ~4!OFFICIAL ( on | for ) ( a | an | his | her ) {what: ~3 ( tour | trip | journey ) } ( that | which ) ( also )? ( takes | took ) ( him | her ) ( on )? ( to | through ) ( the )? {dest:COUNTRY/PLACE+}
  make meeting visit "{visitor}'s tour of {first}, {dest}"
  emit visitor attended event
  emit event held_in first
  emit event held_in dest
  example Minister Karl Brandt, who landed in Peru late on Sunday for a tour that takes him on to Chile and Bolivia, met students. => visitor=Minister Karl Brandt; first=Peru; dest=Chile; dest=Bolivia
  never Minister Karl Brandt, who landed in Peru late on Sunday, said a tour of Chile was planned.
