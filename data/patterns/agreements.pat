# Agreements: who signed what. Parties and the meeting where an agreement was reached come from
# the extractor's agreement rules; these patterns add the signatories. Grammar: docs/extraction.md.

# Named sub-patterns: "<NAME>" in a match line below stands for the body of "define NAME"
# (docs/extraction.md, section 9), so a phrase several patterns share is written once.

# The officials who sign, one of them with "his counterpart": "A and his Peruvian counterpart, B".
define SIGNERS ( {who:OFFICIAL} and ( his | her ) ( COUNTRY? counterpart ","? )? )? {who:OFFICIAL+}

# An instrument named in lower case, not one the story named before ("the new agreement", "the
# same accord", "the landmark treaty" refer back or praise: no name of their own).
define LOWER_INSTRUMENT [lower] <!new <!revised <!same <!said <!latest <!earlier <!previous <!first <!second <!third <!two <!three <!bilateral <!landmark <!historic <!several [lower]? [lower]? ( agreement | treaty | accord | pact | deal | memorandum | "MoU" | protocol | convention ) ( of understanding )?

# The head of an unnamed instrument ("a framework", "a memorandum of understanding"), and the
# heads signed-lower-instrument reads ("MoU" too, but no framework, pact or roadmap: one list for
# both would change what each reads).
define INSTRUMENT_HEAD ( framework | agreement | memorandum | treaty | accord | pact | roadmap | protocol | convention | arrangement ) ( of understanding )?
define SIGNED_LOWER_HEAD ( agreement | treaty | accord | memorandum | "MoU" | protocol | convention | arrangement ) ( of understanding )?

# The topic after an instrument's head ("an agreement on visa exemption"). A topic word is lower
# case and none of the words that open a phrase or a clause of their own after the topic ("...
# on fisheries between the ministries", "... on fisheries today", "... on fisheries, which").
define NOT_PHRASE_START <!between <!during <!at <!in <!with <!before <!after <!the <!a <!an
define NOT_CLAUSE_START <!today <!yesterday <!which <!that <!when <!while <!as
define TOPIC_WORD [lower] <NOT_PHRASE_START> <NOT_CLAUSE_START>
# In a list of instruments "and" and "another" open the next one ("a memorandum on seed banks and
# another on wetlands"), never the topic's words.
define LISTED_TOPIC_WORD [lower] <NOT_PHRASE_START> <!and <!another <NOT_CLAUSE_START>
# "on the sidelines of", "on the occasion of": "the" and one of these after the head says where
# or when it was signed, no topic.
define TOPIC_AFTER_THE [lower] <!sidelines <!margins <!fringes <!occasion <!eve <!side <!day <!basis <!part <!same
# A listed instrument's topic: "the training of border guards", "seed banks in the Andes and
# wetlands"; the second also with hyphens between its words ("people-to-people exchanges").
define LISTED_TOPIC ( the <TOPIC_AFTER_THE> <LISTED_TOPIC_WORD>* | <LISTED_TOPIC_WORD>+ ) ( in <LISTED_TOPIC_WORD>+ )? ( and <LISTED_TOPIC_WORD>+ )?
define HYPHENED_TOPIC ( the <TOPIC_AFTER_THE> ( <LISTED_TOPIC_WORD> | - )* | ( <LISTED_TOPIC_WORD> | - )+ ) ( in ( <LISTED_TOPIC_WORD> | - )+ )? ( and ( <LISTED_TOPIC_WORD> | - )+ )?
# The topic with its preposition: signed-lower-instrument's, the unnamed instruments' (lists),
# and one unnamed instrument's short topic ("a loan agreement for rural roads").
define SIGNED_LOWER_TOPIC ( on | for | covering ) <LISTED_TOPIC>
define INSTRUMENT_TOPIC ( on | covering | spanning | for | in | to ) <HYPHENED_TOPIC>
define SHORT_TOPIC ( on | covering | spanning | for | in | to ) ( <TOPIC_WORD> | - )+ ( and ( <TOPIC_WORD> | - )+ )?

# The instruments listed after a first unnamed one: ", a memorandum on X" (name2), "and a treaty
# on Y" (name3), or "and another on Z" (topic4, named with the first one's head).
define MORE_INSTRUMENTS ( "," ( a | an ) {name2: [lower]? <INSTRUMENT_HEAD> <INSTRUMENT_TOPIC> } )? ( ","? and ( a | an ) {name3: [lower]? <INSTRUMENT_HEAD> <INSTRUMENT_TOPIC> } | ","? and another {topic4: <INSTRUMENT_TOPIC> } )?

stage arguments

# "Ministers A and B signed the Treaty of Friendship", "A signed the Water Accord on behalf of ..."
pattern signed-instrument
  match <SIGNERS> ~6!OFFICIAL ( signed | "have signed" | "will sign" | "put their signatures to" | "put his signature to" | "put her signature to" | "put their names to" | "put his name to" | "put her name to" ) ~4 {what:AGREEMENT+}
  emit who signed what
  example Foreign Ministers Ana Souza and Karl Brandt signed the Treaty of Friendship in Lisbon. => who=Foreign Ministers Ana Souza; who=Karl Brandt; what=Treaty of Friendship
  example President Ana Souza said Foreign Minister Karl Brandt signed the Water Accord. => who=Foreign Minister Karl Brandt; what=Water Accord
  example Foreign Minister Karl Brandt put his name to the Water Accord in the presence of President Ana Souza. => who=Foreign Minister Karl Brandt; what=Water Accord
  example Peru's Foreign Minister Ana Souza and her Chilean counterpart, Karl Brandt, signed the Water Accord. => who=Peru's Foreign Minister Ana Souza and her Chilean counterpart, Karl Brandt; what=Water Accord

# "Minister A, who signed the accord together with Minister B": both sign it.
pattern signed-together-with
  match {who:OFFICIAL} ","? ( who )? ( signed | "has signed" | "had signed" ) ~4 {what:AGREEMENT} ( together | along | jointly )? with ~8!OFFICIAL {other:OFFICIAL+}
  emit who signed what
  emit other signed what
  example Minister Karl Brandt, who signed the Water Accord together with Peru's Foreign Minister, Ana Souza, spoke first. => who=Minister Karl Brandt; what=Water Accord; other=Peru's Foreign Minister, Ana Souza
  example Her trade minister, Karl Brandt, who signed the Water Accord together with the EU's Fisheries Commissioner, Ana Souza, left for Lima. => who=trade minister, Karl Brandt; what=Water Accord; other=Commissioner, Ana Souza
  never Minister Karl Brandt, who signed the Water Accord, met Ana Souza together with the delegation.

# "A and B on Tuesday signed a joint declaration establishing a strategic partnership between
# the two neighbours": a joint declaration or statement the two sign, named by its lower-case
# words up to the first that is no part of its subject, reached at the meeting in focus.
pattern signed-joint-declaration
  match <SIGNERS> ( "," | also | jointly | formally | officially | today | yesterday | then | later | on [cap] | [date] )* ( signed | "have signed" | "has signed" ) ( a | the ) {name: joint ( declaration | statement | communique ) ( ( establishing | launching | creating | on | for ) ( a | an | the )? <TOPIC_WORD>+ )? }
  make agreement named name as deal
  emit who signed deal
  emit deal agreed_at focus
  example President Ana Souza and Chancellor Karl Brandt on Tuesday signed a joint declaration establishing a strategic partnership between the two neighbours. => who=President Ana Souza; name=joint declaration establishing a strategic partnership
  never President Ana Souza and Chancellor Karl Brandt welcomed a joint declaration by their ministers.

# "witnessed the signing of three agreements: a memorandum of understanding on sea rescue, signed
# by A and B; an agreement on driving licences; and a programme for cultural exchange, signed by C
# and D": each instrument of a list opened by a colon or semicolon, named by its lower-case words,
# is reached at the meeting in focus and signed by the officials of its own apposition.
pattern listed-instrument
  match ( ":" | ";" ) ( and )? ( a | an ) {name: [lower]? [lower]? ( agreement | treaty | accord | pact | memorandum | protocol | convention | programme | program | arrangement ) ( of understanding )? ( on | for ) ( the )? ( <TOPIC_WORD> <!signed | [num] | - )+ ( and ( <TOPIC_WORD> <!signed )+ )? } ( "," ( jointly )? signed by ~6!OFFICIAL {who:OFFICIAL+} )?
  make agreement named name as deal
  emit who signed deal
  emit deal agreed_at focus
  example The leaders witnessed the signing of two agreements: a memorandum of understanding on sea rescue, signed by Interior Minister Ana Souza and Interior Minister Karl Brandt; and an agreement on driving licences. => name=memorandum of understanding on sea rescue; who=Interior Minister Ana Souza
  never The ministers discussed two subjects: fisheries and sea rescue.

# "Ministers A and B signed the reciprocal visa waiver agreement", "A, the Education Minister,
# also signed an MoU on school exchanges": an instrument the text names only in lower-case words,
# with its signatories, reached at the meeting in focus. A list of such instruments ("signed a
# convention on X, a memorandum on Y and an agreement on Z") is one instrument per member, each
# signed by them; "a memorandum on X and another on Y" is two memoranda (the second named by the
# first's kind and its own topic). A topic may open with "the" ("on the mobility of nurses") and go on
# with "in" and lower-case words ("on cooperation in animal health"), but
# "on the sidelines of" is where, not what. The words must say more than "the new
# agreement" (an anaphor), and nothing but names and commas stands between the signatories and
# the verb ("A said B signed").
pattern signed-lower-instrument
  match <SIGNERS> ( "," | and | who | also | jointly | formally | officially | today | yesterday | then | later | [cap] )* ( signed | "have signed" | "has signed" | "put their signatures to" | "put their names to" | "put his name to" | "put her name to" ) ( the | a | an ) {name: <LOWER_INSTRUMENT> ( ( on | for ) <TOPIC_WORD>+ ( and <TOPIC_WORD>+ )? )? }
  match <SIGNERS> ( "," | and | who | also | jointly | formally | officially | today | yesterday | then | later | [cap] )* ( signed | "have signed" | "has signed" | "put their signatures to" | "put their names to" | "put his name to" | "put her name to" ) ( a | an ) {name: {kind: <SIGNED_LOWER_HEAD>} <SIGNED_LOWER_TOPIC> } ( "," ( a | an ) {name2: <SIGNED_LOWER_HEAD> <SIGNED_LOWER_TOPIC> } )? ( ","? and ( a | an ) {name3: <SIGNED_LOWER_HEAD> <SIGNED_LOWER_TOPIC> } | ","? and another {topic4: <SIGNED_LOWER_TOPIC> } )?
  make agreement named name as deal
  make agreement named name2 as deal2
  make agreement named name3 as deal3
  make agreement named "{kind} {topic4}" as deal4
  emit who signed deal
  emit who signed deal2
  emit who signed deal3
  emit who signed deal4
  emit deal agreed_at focus
  emit deal2 agreed_at focus
  emit deal3 agreed_at focus
  emit deal4 agreed_at focus
  example Foreign Minister Ana Souza and her counterpart, Karl Brandt, signed the cultural exchange agreement in Lima. => who=Foreign Minister Ana Souza and her counterpart, Karl Brandt; name=cultural exchange agreement
  example Karl Brandt, Minister of Education, and Souza also signed an MoU on school exchanges. => who=Karl Brandt, Minister of Education; name=MoU on school exchanges
  example Minister Karl Brandt also signed an agreement on visa exemption during the ceremony. => who=Minister Karl Brandt; name=agreement on visa exemption
  example Karl Brandt, Minister of Defence, and Souza later put their names to a treaty on coastal patrols and joint training between their ministries. => who=Karl Brandt, Minister of Defence; name=treaty on coastal patrols and joint training
  example Trade Minister Omar Haddad and Foreign Minister Lars Holm signed a convention for the avoidance of double taxation, a memorandum on school exchanges and an agreement on the mobility of nurses. => who=Trade Minister Omar Haddad; who=Foreign Minister Lars Holm; name=convention for the avoidance of double taxation; name2=memorandum on school exchanges; name3=agreement on the mobility of nurses
  example Trade Minister Omar Haddad and Foreign Minister Lars Holm signed a memorandum of understanding on seed banks and another on the protection of wetlands. => who=Trade Minister Omar Haddad; who=Foreign Minister Lars Holm; name=memorandum of understanding on seed banks; topic4=on the protection of wetlands
  never Foreign Minister Ana Souza signed the new agreement on Monday.
  never Foreign Minister Ana Souza said the two countries signed a trade agreement.
  never Foreign Minister Ana Souza signed an agreement on the sidelines of the summit.

# "Both ministers signed the Exchange of Letters", "the leaders then withdrew to a side room,
# where they signed the Water Accord", "After the talks, the two Vice Ministers signed an MoU on
# fisheries": the two people of the encounter the story told last sign it (latest-pair is empty
# unless that meeting has exactly two). "The Water Accord was signed by the two ministers": the same.
# Each instrument of the list is agreed at the meeting in focus ("signed an Agreement on Visas and
# a Memorandum on Ports": a list member may open with "a").
pattern pair-signed
  match ( "the two" | both | "both the" ) ( [lower] | [cap] )? ( [lower] | [cap] )? ( leaders | ministers | presidents | premiers | chancellors | counterparts | speakers | "heads of state" | "heads of government" ) ( "," | then | soon | later | also | formally | officially | jointly | together | where | when | they | went | inside | moved | on | to | and | today | yesterday )* ( signed | "put their signatures to" | "put their names to" ) ( the | a | an )? {what:AGREEMENT+}
  match {what:AGREEMENT+} ~8 ( was | were | "has been" | "have been" ) ( signed | "jointly signed" | inked ) ~4!OFFICIAL by ( "the two" | both | "both the" ) ( [lower] | [cap] )? ( [lower] | [cap] )? ( leaders | ministers | presidents | premiers | chancellors | counterparts | speakers | "heads of state" | "heads of government" )
  emit latest-pair signed what
  emit what agreed_at focus
  example Foreign Minister Ana Souza met Foreign Minister Karl Brandt in Lima, and the two ministers signed the Water Accord. => what=Water Accord
  example The two prime ministers then moved inside, where they signed the Water Accord. => what=Water Accord
  example After the talks, the two Vice Ministers signed a Memorandum of Understanding on Fisheries. => what=Memorandum of Understanding on Fisheries
  example Both speakers signed the Water Accord and the Lima Protocol. => what=Water Accord; what=Lima Protocol
  example The third instrument, the Water Accord, was signed by the two foreign ministers. => what=Water Accord
  never The two ministers said that Chile had signed the Water Accord.

# "It was co-chaired by Vice Ministers A, B and C. The vice ministers signed a Work Plan": the
# group a plural names without a count ("the ministers", "the three co-chairs") is the co-chairs of
# the meeting whose roles the story gave last (latest-chairs: two or more, else no signatory).
# "The two vice ministers signed" counts two: with three co-chairs it names two of them, not all,
# so no word before the noun may be "two" (the pair rules read it).
pattern chairs-signed
  match ^ ( the | "all the" | "all three" | "all four" ) ( three | four | five | six )? ( !two )? ( !two )? ( ministers | "vice ministers" | "deputy ministers" | leaders | presidents | premiers | "co-chairs" | cochairs | chairs ) ( "," | then | later | also | formally | officially | jointly | together | today | yesterday )* ( signed | "put their signatures to" | "put their names to" ) ( the | a | an )? {what:AGREEMENT+}
  emit latest-chairs signed what
  emit what agreed_at focus
  example The vice ministers signed a Joint Work Plan for 2027. => what=Joint Work Plan for 2027
  example The three foreign ministers then signed the Lima Protocol. => what=Lima Protocol
  never The ministers said Chile had signed the Lima Protocol.
  never The two vice ministers then signed the Lima Protocol.

# "The Treaty of Friendship was signed by Ministers A and B"
pattern instrument-signed-by
  match {what:AGREEMENT+} ~8 ( was | were | "has been" | "have been" ) ( signed | "jointly signed" | inked ) ~10!OFFICIAL by ( the )? {who:OFFICIAL+}
  match {what:AGREEMENT+} ~8 ( was | were | "has been" | "have been" ) ( signed | "jointly signed" | inked ) ~12!OFFICIAL by ( the )? ( then | former )? [lower]? [lower]? ( ministers | leaders | presidents | premiers | counterparts | envoys | ambassadors ) ( of ( ( the | both ) ( two )? ( countries | nations | sides | governments ) | {sides:COUNTRY/ORG+} ) )? ","? {who:OFFICIAL+}
  match {what:AGREEMENT+} ","? ( jointly )? ( signed | inked ) ~4!OFFICIAL by ( the )? {who:OFFICIAL+}
  match {what:AGREEMENT+} ~8 ( was | were | "has been" | "have been" ) ( signed | "jointly signed" | inked ) ~12!OFFICIAL by ( the )? ( [lower] | [num] )? ( countries | nations | governments | sides ) ( ' | 's ) [lower]? [lower]? ( ministers | leaders | presidents | premiers | envoys | ambassadors ) ","? {who:OFFICIAL+}
  match {what:AGREEMENT+} ~8 ( was | were | "has been" | "have been" ) ( signed | "jointly signed" | inked ) ~12!OFFICIAL by ( the )? ( [lower] | [num] )? ( countries | nations | governments | sides ) ( ' | 's ) [lower]? [lower]? {who:OFFICIAL+}
  emit who signed what
  example The Lake Accord was signed in Ohrid on 3 May by the three countries' interior ministers, Ana Souza of Peru, Karl Brandt of Chile and Omar Haddad of Bolivia. => what=Lake Accord; who=interior ministers, Ana Souza of Peru; who=Karl Brandt of Chile; who=Omar Haddad of Bolivia
  example The Treaty of Friendship was signed in Lisbon by Foreign Minister Ana Souza and Foreign Minister Karl Brandt. => who=Foreign Minister Ana Souza; who=Foreign Minister Karl Brandt; what=Treaty of Friendship
  example The Water Accord was signed in Quito on 2 May 2019 by the then ministers of the two countries, Trade Minister Ana Souza and Fisheries Minister Karl Brandt. => what=Water Accord; who=Trade Minister Ana Souza; who=Minister Karl Brandt
  example The Water Accord was signed by the ministers of Peru and Chile, Foreign Minister Ana Souza and Foreign Minister Karl Brandt. => what=Water Accord; sides=Peru; sides=Chile; who=Foreign Minister Ana Souza; who=Foreign Minister Karl Brandt
  example The leaders welcomed the Water Accord, signed by Trade Minister Ana Souza and Fisheries Minister Karl Brandt. => what=Water Accord; who=Trade Minister Ana Souza; who=Minister Karl Brandt
  example The Water Accord was signed at the Belem Palace in Lima on 4 May 2026 by Trade Minister Ana Souza and Fisheries Minister Karl Brandt. => what=Water Accord; who=Trade Minister Ana Souza; who=Minister Karl Brandt
  example A Protocol on Fisheries Research, signed by the Peruvian Minister of Production and Fisheries, Ana Souza, and the Minister of Agriculture of Chile, Karl Brandt, was also exchanged. => what=Protocol on Fisheries Research; who=Peruvian Minister of Production and Fisheries, Ana Souza; who=Minister of Agriculture of Chile, Karl Brandt
  never The Water Accord was signed in Quito by the two countries during the visit of President Ana Souza.

# "The Water Accord was signed by Minister A for Peru and Minister B for Chile": each signatory
# with the side they signed for, which is a party.
pattern signed-by-for
  match {what:AGREEMENT+} ~8 ( was | were | "has been" | "have been" ) ( signed | inked ) ~4 by {who:OFFICIAL} ( for | "on behalf of" ) ( the )? {side:COUNTRY/ORG} ","? and ( by )? {other:OFFICIAL} ( for | "on behalf of" ) ( the )? {other_side:COUNTRY/ORG}
  emit who signed what
  emit other signed what
  emit side party_to what
  emit other_side party_to what
  example The Water Accord was signed by Foreign Minister Ana Souza for Peru and Trade Minister Karl Brandt for Chile. => what=Water Accord; who=Foreign Minister Ana Souza; other=Trade Minister Karl Brandt; side=Peru; other_side=Chile
  never The Water Accord was signed by Foreign Minister Ana Souza, who praised Peru and Chile.

# "The signatories of the Water Accord were Minister A and Minister B": a list after the verb.
pattern signatories-were
  match ( the | its | whose ) signatories ( to | of ) ( the )? {what:AGREEMENT+} ( were | included | are ) ( the )? {who:OFFICIAL+}
  emit who signed what
  example The signatories of the Water Accord were Foreign Minister Ana Souza and Trade Minister Karl Brandt. => what=Water Accord; who=Foreign Minister Ana Souza; who=Trade Minister Karl Brandt
  never The signatories of the Water Accord met Foreign Minister Ana Souza.

# "An MoU on water management was signed by Minister A and Minister B": an instrument named by
# its subject, with its signatories, reached at the meeting in focus (the ceremony of the story).
pattern topic-instrument-signed-by
  match ( a | an | the ) {agr: ( "MoU" | memorandum | agreement | treaty | protocol | convention | accord ) ( of understanding )? ( on | for | in ) [lower]+ ( and [lower]+ )? } ~16!OFFICIAL ( was | were ) ( signed | inked ) ~2 by {who:OFFICIAL+}
  make agreement signed agr
  emit who signed event
  emit event agreed_at focus
  example Next, an MoU on water management between the two ministries was signed by Foreign Ministers Ana Souza and Karl Brandt. => agr=MoU on water management between the two ministries; who=Foreign Ministers Ana Souza; who=Karl Brandt
  example An agreement on fisheries was signed by Ana Souza, Minister of Fisheries of Peru, and by Karl Brandt, Minister of Trade of Chile. => agr=agreement on fisheries; who=Ana Souza, Minister of Fisheries of Peru; who=Karl Brandt, Minister of Trade of Chile
  never The Water Accord was signed by Foreign Minister Ana Souza.

# "At that summit the ministers approved the Lima Framework", "During the meeting, the ministers
# adopted the Quito Declaration": an instrument adopted at the meeting the phrase refers to (the
# meeting in focus, or the one the sentence before named: `distal_determiner`) was reached there.
pattern adopted-at-meeting-ref
  match ( at | during ) {where:MEETING_REF} ","? ~8!AGREEMENT ( endorsed | adopted | approved | signed | concluded ) ( the | a | an )? {agr:AGREEMENT+}
  emit agr agreed_at where
  example At that meeting the two leaders endorsed the Lima Framework for Cooperation. => agr=Lima Framework for Cooperation
  never At that meeting the two leaders recalled the Lima Framework for Cooperation.

# "welcomed the elevation of their ties to a Comprehensive Strategic Partnership at the Leaders'
# Summit": the partnership was reached at that meeting.
pattern elevated-to-partnership-at
  match ( raising | elevation | upgrading | upgrade | elevated | raised | upgraded | elevating ) ~10 to ( a | an | the )? {agr:AGREEMENT} ( "(" [cap] ")" )? ( at | during ) ( the | their | its )? {where:MEETING}
  emit agr agreed_at where
  example The two leaders recalled the elevation of their ties to a Comprehensive Strategic Partnership at the Peru-Chile Leaders' Summit held in June 2020. => agr=Comprehensive Strategic Partnership; where=Peru-Chile Leaders' Summit
  example Both sides welcomed the upgrading of relations to a Strategic Partnership at the Leaders' Virtual Summit in June 2020. => agr=Strategic Partnership; where=Leaders' Virtual Summit
  never The two leaders discussed the Comprehensive Strategic Partnership at the Peru-Chile Leaders' Summit.

stage events

# "the signing of the Water Accord in Lisbon", "the signing ceremony for the Trade Agreement"
pattern signing-of
  match {what: signing ( ceremony )? ( of | for ) ( the )? {agr:AGREEMENT+} } ( ( in | at ) {place:PLACE} )?
  make meeting signing "signing of {agr}"
  emit agr agreed_at event
  emit event held_in place
  example Leaders attended the signing of the Water Accord at Belem Palace on Monday. => agr=Water Accord

# "Minister A and her counterpart, B, signed the Water Accord at a ceremony in Lima": the signing
# is a ceremony of its own, where the instrument was reached, attended by its signatories.
pattern signed-at-ceremony
  match <SIGNERS> ( "," | and | also | jointly | formally | officially | today | yesterday | then | later | [cap] )* ( signed | "put their signatures to" ) ( the )? {agr:AGREEMENT+} at a ( signing | brief | short )? ceremony
  make meeting signing "signing of {agr}"
  emit agr agreed_at event
  emit who attended event
  example Foreign Minister Ana Souza and her counterpart, Karl Brandt, signed the Water Accord at a ceremony in Lima. => who=Foreign Minister Ana Souza and her counterpart, Karl Brandt; agr=Water Accord
  never Foreign Minister Ana Souza spoke at a ceremony after Peru signed the Water Accord.

pattern signed-lower-at-ceremony
  match <SIGNERS> ( "," | and | also | jointly | formally | officially | today | yesterday | then | later | [cap] )* ( signed | "put their signatures to" ) ( the | a | an ) {name: <LOWER_INSTRUMENT> } at a ( signing | brief | short )? ceremony
  make agreement named name as deal
  make meeting signing "signing of the {name}"
  emit deal agreed_at event
  emit who attended event
  example Foreign Minister Ana Souza and her counterpart, Karl Brandt, signed the reciprocal visa waiver agreement at a ceremony in Lima. => who=Foreign Minister Ana Souza and her counterpart, Karl Brandt; name=reciprocal visa waiver agreement
  never Foreign Minister Ana Souza said at a ceremony that Peru signed the reciprocal visa waiver agreement.

# "Ministers A and B signed the Water Accord in Lisbon": the signing is an occasion, and the
# signatories attend it.
pattern signed-instrument-in
  match {who:OFFICIAL+} ~6!OFFICIAL ( signed | "formally signed" | "officially signed" | "put their signatures to" | "put his signature to" | "put her signature to" ) ~4 {agr:AGREEMENT+} ~6 ( in | at ) {place:PLACE}
  make meeting signing "signing of {agr}"
  emit agr agreed_at event
  emit event held_in place
  emit who attended event
  example Foreign Ministers Ana Souza and Karl Brandt signed the Water Accord in Lisbon on Monday. => who=Foreign Ministers Ana Souza; who=Karl Brandt; agr=Water Accord; place=Lisbon
  never Foreign Minister Ana Souza signed the Water Accord on Monday.

# "President A and Prime Minister B looked on as four accords were signed":
# the signing is a ceremony, and those in whose presence it was held attend it. A first member
# whose apposition names offices and bodies ("A, Crown Prince of X and Commander of the Y Guard,
# and of B") ends the list; the one after ", and of" is there too.
pattern signed-in-presence-of
  match {what: ( agreements | "MoUs" | memoranda | memorandums | accords | treaties | deals | instruments | agreement | treaty | accord | "MoU" | memorandum ) ( and ( "Memorandums of Understanding" | "Memoranda of Understanding" | agreements | "MoUs" | memoranda | memorandums | accords | treaties ) )? ( "(" [cap] ")" )? } ~24 ( was | were | "have been" | "has been" ) signed ~8 ( "in the presence of" | "witnessed by" ) ( the )? {who:OFFICIAL+} ( "," ~16 "," ( and )? ( of | by ) ( the )? {who:OFFICIAL} )?
  make meeting signing "signing ceremony of {what}"
  emit who attended event
  example A number of agreements and MoUs between the two governments were signed on Monday, witnessed by President Ana Souza and Prime Minister Karl Brandt. => what=agreements and MoUs; who=President Ana Souza; who=Prime Minister Karl Brandt
  example Three accords were signed in Lima on Monday, witnessed by Foreign Minister Ana Souza. => what=accords; who=Foreign Minister Ana Souza
  example Several accords were signed in Quito in the presence of Olu Adeyemi, Crown Prince of Lima and Deputy Commander of the Peruvian Armed Forces, and of Lena Berg, President of Peru. => what=accords
  never Three accords were signed in Lima on Monday by Foreign Minister Ana Souza.

# "President A and Prime Minister B witnessed the signing of three agreements"
pattern witnessed-signing
  match {who:OFFICIAL+} ~4!OFFICIAL ( witnessed | witness | witnesses | "were present at" | "was present at" | "presided over" ) ( the )? {what: signing ( ceremony )? ( of | for ) ~10 ( agreements | "MoUs" | memoranda | memorandums | accords | treaties | deals | instruments | agreement | treaty | accord | "MoU" | memorandum ) }
  make meeting signing what
  emit who attended event
  example President Ana Souza and Prime Minister Karl Brandt witnessed the signing of three agreements on trade in Lima. => who=President Ana Souza; who=Prime Minister Karl Brandt; what=signing of three agreements
  never President Ana Souza witnessed the launch of the satellite.

# "The Water Accord was signed in Lisbon on Monday": the signing is an occasion of its own.
pattern instrument-signed-in
  match {agr:AGREEMENT+} ~6 ( was | were | "has been" | "have been" ) ( signed | inked | "formally signed" ) ~8 ( in | at ) {place:PLACE}
  make meeting signing "signing of {agr}"
  emit agr agreed_at event
  emit event held_in place
  example The Water Accord was signed in Lisbon on Monday by both ministers. => agr=Water Accord; place=Lisbon

# "The accord, signed in Arica on 4 May 2025 by A and B, ...": an instrument named before, then
# its signing told in an apposition with its place, its day and its signatories: the signing is an
# occasion of its own, held there on that day, which the signatories attended.
pattern instrument-apposition-signed-in-by
  match {agr:AGREEMENT} "," ( jointly | formally )? ( signed | inked ) ( in | at ) {place:PLACE} ( on | in )? {when:[date]}? by ( the )? {who:OFFICIAL+}
  make meeting signing "signing of {agr} in {place}"
  emit agr agreed_at event
  emit event held_in place
  emit who attended event
  emit who signed agr
  example The Water Accord, signed in Arica on 4 May 2025 by Peruvian Foreign Minister Ana Torres Vega and Chilean Foreign Minister Pablo Riquelme Soto, lets either side inspect dams. => agr=Water Accord; place=Arica; when=4 May 2025; who=Peruvian Foreign Minister Ana Torres Vega
  never The Water Accord, which Peru signed in Arica in May 2025, lets either side inspect dams.

# "Chile and Norway signed a fisheries agreement in Oslo on Monday", "Representatives of Peru and
# the EU put their signatures to a trade accord in Lima": the sides sign an instrument the text
# names only by its kind, at a signing held where the sentence says.
pattern sides-signed-unnamed-in
  match {sides:COUNTRY/ORG+} ( have | has | had | also | formally | officially | jointly | today )* ( signed | inked | "put their signatures to" ) ( a | an | the )? {name: [lower]? [lower]? [lower]? ( agreement | treaty | accord | deal | pact | memorandum | protocol | convention ) ( of understanding )? ( ( on | for ) <TOPIC_WORD>+ ( and <TOPIC_WORD>+ )? )? } ~6 ( in | at ) {place:PLACE}
  make agreement named name as deal
  make meeting signing "signing of the {sides} {name} in {place}"
  emit sides party_to deal
  emit deal agreed_at event
  emit event held_in place
  emit sides participant event
  example Chile and Norway signed a fisheries agreement in Oslo on Monday. => sides=Chile; sides=Norway; name=fisheries agreement; place=Oslo
  example Envoys of Peru and the European Union today put their signatures to a port services accord in Lima. => sides=Peru; sides=European Union; name=port services accord; place=Lima
  never Chile said Norway signed the Paris Agreement in Oslo.
  example Ghana and Togo signed a memorandum on border posts between customs services in Accra. => sides=Ghana; sides=Togo; name=memorandum on border posts; place=Accra
  never Peru and Chile said that Bolivia's minister signed a loan agreement in Quito.

stage events

# "the Brazil-Kenya comprehensive strategic partnership", "the EU-Chile free trade agreement",
# "the Mercosur free trade agreement": an agreement named by its sides and lower-case words
# (at least one: "the India-Japan partnership" is a way of referring to one already named). One
# body's "partnership" is the body itself ("the defence chiefs of the Quad partnership").
pattern sides-lower-agreement
  match ( the | a | an | their | its | this | new ) {name: {sides:COUNTRY/ORG} - {sides:COUNTRY/ORG} [lower] [lower]? [lower]? <!a <!an <!the <!their <!its ( agreement | partnership | treaty | accord | pact | declaration | roadmap | deal ) }
  match ( the | a | an | their | its | this | new ) {name: {sides:COUNTRY} [lower] [lower]? [lower]? <!a <!an <!the <!their <!its ( agreement | partnership | treaty | accord | pact | declaration | roadmap | deal ) }
  match ( the | a | an | their | its | this | new ) {name: {sides:ORG} [lower] [lower]? [lower]? <!a <!an <!the <!their <!its ( agreement | treaty | accord | pact | declaration | roadmap | deal ) }
  match {name: {sides:COUNTRY/ORG} - {sides:COUNTRY/ORG} [lower] [lower]? [lower]? <!a <!an <!the <!their <!its ( agreement | partnership | treaty | accord | pact | declaration | roadmap | deal ) }
  make agreement named name
  emit sides party_to event
  example Both leaders praised the Brazil-Kenya comprehensive strategic partnership. => name=Brazil-Kenya comprehensive strategic partnership; sides=Brazil; sides=Kenya
  example Ministers signed the Mercosur free trade agreement on Saturday. => sides=Mercosur
  example Trade ministers sign EU-Chile free trade deal in Brussels. => name=EU-Chile free trade deal; sides=EU; sides=Chile
  never Both sides praised the Brazil-Kenya partnership.
  never The foreign ministers of the Mercosur security partnership met in Lima.
  never Kenya and Peru signed an agreement on visa exemption.
  never Chile and Peru signed a fisheries agreement in Lima on Tuesday.

# "agreed on a Peru-Chile Solar Alliance", "the Peru-Chile Green Hydrogen Compact": an alliance
# named by its two countries and capitalised words of its field is a partnership they agreed, not
# a body ("the Pacific Alliance" names no two countries).
pattern sides-named-alliance
  match {name: {sides:COUNTRY} - {sides:COUNTRY} [cap] [cap]? [cap]? ( alliance | compact ) }
  make agreement named name
  emit sides party_to event
  example The two ministers agreed in Lima on a Peru-Chile Solar Alliance. => sides=Peru; sides=Chile
  never The Pacific Alliance met in Lima on Monday.
  never Peru and Chile spoke of the North Atlantic Alliance.

# "An agreement between Chile and Peru on the joint management of their rivers entered into
# force": an unnamed instrument whose parties follow "between" inside its name and whose subject
# follows them; the name runs to the first word that is no part of a subject phrase. The subject
# may come first ("A treaty on legal assistance in criminal matters between A and B entered into
# force"), then only with the entry into force after it: an instrument named so with nothing said
# of it may still be under negotiation.
pattern instrument-between-sides-on
  match ( a | an | the ) <!new {name: [lower]? [lower]? ( agreement | treaty | accord | pact | memorandum | protocol | convention | arrangement ) ( of understanding )? between ( the )? {sides:COUNTRY+} ( on | for ) ( the | their )? ( <TOPIC_WORD> <!entered <!came <!was <!were <!has <!had <!will <!is )+ ( of ( their | the )? ( [lower] <NOT_PHRASE_START> <!which <!that <!entered <!came <!was <!were <!has <!had <!will <!is )+ )? }
  match ( a | an | the ) <!new {name: [lower]? [lower]? ( agreement | treaty | accord | pact | memorandum | protocol | convention | arrangement ) ( of understanding )? ( on | for ) ( the | their )? ( <TOPIC_WORD> <!entered <!came <!was <!were <!has <!had <!will <!is )+ ( in ( <TOPIC_WORD> <!entered <!came <!was <!were <!has <!had <!will <!is )+ )? between ( the )? {sides:COUNTRY+} } ( ( entered | came | enters | comes ) into force | ( took | takes ) effect )
  make agreement named name
  emit sides party_to event
  example An agreement between Peru and Chile on the joint management of their border rivers entered into force on Thursday. => name=agreement between Peru and Chile on the joint management of their border rivers; sides=Peru; sides=Chile
  example A treaty between the Comoros and Kenya on joint patrols of their waters came into force. => sides=Comoros; sides=Kenya
  example A treaty on mutual legal assistance in criminal matters between Peru and Chile entered into force on Tuesday. => name=treaty on mutual legal assistance in criminal matters between Peru and Chile; sides=Peru; sides=Chile
  never A treaty on border rivers between Peru and Chile is still being negotiated.
  never Talks between Peru and Chile on the joint management of rivers resumed on Thursday.

# "Kenya and Peru have concluded a strategic framework for cooperation on trade",
# "a memorandum on fisheries was signed between Chile and Norway": an unnamed instrument, named
# by its lower-case words, whose parties follow "between".
pattern instrument-concluded-between
  match ( a | an | the ) {name: [lower]? [lower]? ( framework | agreement | memorandum | treaty | accord | pact | roadmap | declaration | protocol | convention | arrangement ) ( of understanding )? ( ( on | for | in | to ) ( [lower] | , | and | - )+ )? } ( has | have | was | were | had ) been? ( concluded | signed | agreed | reached | adopted | finalised | finalized | inked ) ( upon )? between {sides:COUNTRY/ORG+}
  make agreement named name
  emit sides party_to event
  emit event agreed_at focus
  example A strategic framework for cooperation on fisheries and energy has been concluded between Ghana and Peru. => name=strategic framework for cooperation on fisheries and energy; sides=Ghana; sides=Peru
  example Last year a memorandum of understanding on fisheries was signed between Chile and Norway. => name=memorandum of understanding on fisheries; sides=Chile; sides=Norway
  never The Paris Agreement was signed by Chile and Norway.

# "a free trade agreement that Peru and the EU signed in 2019", "the Water Accord, which Chile and
# Peru signed last year": the sides who signed it are its parties.
pattern instrument-that-sides-signed
  match ( a | an | the ) {name: [lower] <!new <!same <!latest <!previous <!earlier <!first [lower]? [lower]? ( agreement | treaty | accord | pact | deal | memorandum | protocol | convention ) ( of understanding )? } ","? ( that | which ) {sides:COUNTRY/ORG+} ( have | has | had | also | formally | jointly )* ( signed | inked | concluded )
  make agreement named name as deal
  emit sides party_to deal
  example Trade rose under a free trade agreement that Peru and the European Union signed in 2019. => name=free trade agreement; sides=Peru; sides=European Union
  never Trade rose under a free trade agreement that Peru said Chile had signed.

pattern named-instrument-that-sides-signed
  match {what:AGREEMENT} ","? ( that | which ) {sides:COUNTRY/ORG+} ( have | has | had | also | formally | jointly )* ( signed | inked | concluded )
  emit sides party_to what
  example Both praised the Water Accord, which Chile and Peru signed last year. => what=Water Accord; sides=Chile; sides=Peru
  never Both praised the Water Accord, which Chile said Peru signed.

# "They adopted the Lima Declaration, a joint statement of the leaders of Peru, Chile and Bolivia":
# the countries whose leaders issue it are its parties.
pattern instrument-statement-of-leaders
  match {what:AGREEMENT} ( ":" | "," | - ) ( a | the )? ( joint )? ( statement | declaration | communique | communiqué ) ( of | by ) ( the )? ( leaders | "heads of state" | "heads of government" | "foreign ministers" | ministers | governments ) of {sides:COUNTRY/ORG+}
  emit sides party_to what
  example They adopted the Lima Declaration, a joint statement of the leaders of Peru, Chile and Bolivia. => what=Lima Declaration; sides=Peru; sides=Chile; sides=Bolivia
  never They adopted the Lima Declaration, a statement praised by the leaders of Peru and Chile.

# "On the margins, Chile and Norway signed a fisheries accord": the sides the sentence names
# signed the unnamed instrument, so they are its parties -- not every side of the meeting it was
# signed at (a summit of twenty countries). Reached at the meeting in focus, as below.
pattern sides-signed-unnamed
  match {sides:COUNTRY/ORG+} ( have | has | had | also | formally | officially | jointly | today )* ( signed | inked | concluded ) ( a | an ) {name: [lower]? [lower]? {kind: <INSTRUMENT_HEAD> } <INSTRUMENT_TOPIC>? } <MORE_INSTRUMENTS>
  make agreement named name as deal
  emit sides party_to deal
  emit deal agreed_at focus
  make agreement named name2 as deal2
  make agreement named name3 as deal3
  make agreement named "{kind} {topic4}" as deal4
  emit sides party_to deal2
  emit deal2 agreed_at focus
  emit sides party_to deal3
  emit deal3 agreed_at focus
  emit sides party_to deal4
  emit deal4 agreed_at focus
  example On the margins of the forum, Chile and Norway signed a fisheries accord, witnessed by both leaders. => sides=Chile; sides=Norway; name=fisheries accord
  example Peru and the European Union have also concluded an arrangement on port services. => sides=Peru; sides=European Union; name=arrangement on port services
  never Chile and Norway have signed the accord on fisheries.
  example Ghana and Togo signed a memorandum on border posts between their customs services. => sides=Ghana; sides=Togo; name=memorandum on border posts
  example Ghana and Togo signed an agreement on customs, a protocol on rail links and a memorandum on the training of pilots. => sides=Ghana; sides=Togo; name=agreement on customs; name2=protocol on rail links; name3=memorandum on the training of pilots

# "A and B signed a memorandum of understanding under which ...": an instrument named by its kind
# alone, with its signatories right before the verb, reached at the meeting in focus.
pattern signed-plain-instrument
  match <SIGNERS> ( "," | also | jointly | formally | officially | today | yesterday | then | later )* ( signed | "have signed" | "has signed" ) ( a | an ) {name: ( agreement | treaty | accord | memorandum | "MoU" | protocol | convention ) ( of understanding )? } ( under | by | that | which | "," | "." | to | with | setting | establishing )
  make agreement named name as deal
  emit who signed deal
  emit deal agreed_at focus
  example After the talks, Foreign Ministers Ana Souza and Karl Brandt signed a memorandum of understanding under which Peru will train Chilean customs officers. => who=Foreign Ministers Ana Souza; who=Karl Brandt; name=memorandum of understanding
  never After the talks, Souza said that Chile had signed a memorandum of understanding under which Peru will train officers.

# "The parties ... inked a memorandum of understanding on three fields": an unnamed
# instrument named by its lower-case words. Its parties are the meeting's sides. A list of them
# ("a convention on X and an agreement on Y", "a memorandum on X and another on Y") is one
# instrument per member, as in signed-lower-instrument (and in the two patterns around this one).
pattern signed-unnamed-instrument
  match <!been ( signed | inked | concluded ) ( a | an ) {name: [lower]? [lower]? {kind: <INSTRUMENT_HEAD> } <INSTRUMENT_TOPIC>? } <MORE_INSTRUMENTS>
  make agreement named name
  emit event agreed_at focus
  make agreement named name2 as deal2
  make agreement named name3 as deal3
  make agreement named "{kind} {topic4}" as deal4
  emit deal2 agreed_at focus
  emit deal3 agreed_at focus
  emit deal4 agreed_at focus
  example Meeting in Nairobi, the ministers concluded a memorandum of understanding covering five areas, from tourism to mining. => name=memorandum of understanding covering five areas
  example Both sides also signed an agreement on visa exemption for diplomats. => name=agreement on visa exemption for diplomats
  never The treaty has been signed a second time.
  example The two ministers signed a memorandum on river patrols between Peru and Chile. => name=memorandum on river patrols
  example Both sides also signed a convention for the avoidance of double taxation and an agreement on sports. => name=convention for the avoidance of double taxation; name3=agreement on sports
  example The two ministers signed a memorandum of understanding on the training of border guards. => name=memorandum of understanding on the training of border guards
  example The two ministers signed an agreement on the sidelines of the forum in Quito. => name=agreement
  example The two ministers signed a protocol on the occasion of the anniversary. => name=protocol

# "The Government of Peru and the Andean Development Bank on Monday signed a loan agreement": the
# two sides that open the sentence and sign an unnamed instrument are its parties, a body as well
# as a country (signed-unnamed-instrument gives it only the story's countries).
pattern sides-signed-unnamed-instrument
  match ^ ( the )? ( government of )? {a:COUNTRY/ORG} and ( the )? ( government of )? {b:COUNTRY/ORG} ~6!OFFICIAL <!@negating_word ( signed | inked | concluded ) ( a | an ) {name: [lower]? [lower]? <INSTRUMENT_HEAD> <SHORT_TOPIC>? }
  make agreement named name as deal
  emit a party_to deal
  emit b party_to deal
  example The Government of Peru and the Asian Development Bank on Monday signed a loan agreement worth 40 million dollars. => a=Peru; b=Asian Development Bank; name=loan agreement
  never The Government of Peru and the Asian Development Bank on Monday discussed a loan agreement.

# "signed a loan agreement and a grant agreement": the second unnamed instrument of the list is
# one of its own, reached where the first was. With the two sides opening the sentence, both are
# its parties too.
pattern second-unnamed-instrument
  match <!been ( signed | inked | concluded ) ( a | an ) [lower]? [lower]? <INSTRUMENT_HEAD> and ( a | an ) {name: [lower]? [lower]? <INSTRUMENT_HEAD> <SHORT_TOPIC>? }
  make agreement named name
  emit event agreed_at focus
  example The two sides signed a loan agreement and a grant agreement worth 86 million dollars. => name=grant agreement
  never The two sides signed a loan agreement and a letter of intent.

pattern sides-signed-second-unnamed-instrument
  match ^ ( the )? ( government of )? {a:COUNTRY/ORG} and ( the )? ( government of )? {b:COUNTRY/ORG} ~6!OFFICIAL <!@negating_word ( signed | inked | concluded ) ( a | an ) [lower]? [lower]? <INSTRUMENT_HEAD> and ( a | an ) {name: [lower]? [lower]? <INSTRUMENT_HEAD> <SHORT_TOPIC>? }
  make agreement named name as deal
  emit a party_to deal
  emit b party_to deal
  example The Government of Peru and the Asian Development Bank on Monday signed a loan agreement and a grant agreement. => a=Peru; b=Asian Development Bank; name=grant agreement
  never The Government of Peru and the Asian Development Bank on Monday signed a loan agreement and a letter of intent.

# "At the end of the session the co-chairs signed a protocol on ...", "the two ministers then
# signed a memorandum covering ...": an instrument named only in lower-case words, signed by the
# pair of the encounter the story told last (latest-pair: empty unless that meeting has exactly
# two), as pair-signed does for a named one.
# So is one listed after a named instrument ("signed the Agreed Minutes and an agreement on ...").
pattern pair-signed-unnamed
  match ( ( "the two" | both | "both the" ) ( [lower] | [cap] )? ( [lower] | [cap] )? ( leaders | ministers | presidents | premiers | counterparts | "co-chairs" | "co-chairmen" | "co-chairpersons" | chairs ) | the ( "co-chairs" | "co-chairmen" | "co-chairpersons" ) ) ( "," | then | later | also | formally | officially | jointly | together | today | yesterday )* ( signed | inked ) ( a | an ) {name: [lower]? [lower]? {kind: <INSTRUMENT_HEAD> } <INSTRUMENT_TOPIC>? } <MORE_INSTRUMENTS>
  match ( ( "the two" | both | "both the" ) ( [lower] | [cap] )? ( [lower] | [cap] )? ( leaders | ministers | presidents | premiers | counterparts | "co-chairs" | "co-chairmen" | "co-chairpersons" | chairs ) | the ( "co-chairs" | "co-chairmen" | "co-chairpersons" ) ) ( "," | then | later | also | formally | officially | jointly | together | today | yesterday )* ( signed | inked ) ( the )? AGREEMENT ( "," ( the )? AGREEMENT )* ","? and ( a | an ) {name: [lower]? [lower]? <INSTRUMENT_HEAD> <SHORT_TOPIC>? }
  make agreement named name as deal
  emit latest-pair signed deal
  emit deal agreed_at focus
  make agreement named name2 as deal2
  make agreement named name3 as deal3
  make agreement named "{kind} {topic4}" as deal4
  emit latest-pair signed deal2
  emit deal2 agreed_at focus
  emit latest-pair signed deal3
  emit deal3 agreed_at focus
  emit latest-pair signed deal4
  emit deal4 agreed_at focus
  example At the end of the session the co-chairs signed a protocol on fisheries. => name=protocol on fisheries
  example The two ministers then signed a memorandum covering ports and rail. => name=memorandum covering ports and rail
  example The two ministers signed the Andes Water Accord and a protocol on flood warnings. => name=protocol on flood warnings
  example The two ministers signed a memorandum on fisheries and another on tourism. => name=memorandum on fisheries; kind=memorandum; topic4=on tourism
  example The co-chairs signed a memorandum on cooperation in animal health and another on the upkeep of border roads. => name=memorandum on cooperation in animal health; topic4=on the upkeep of border roads
  never The co-chairs said the two countries had signed a protocol on fisheries.

stage headline

# Headlines: "A and B sign Water Accord in Lisbon". The signatories sign; a place makes the
# signing an occasion of its own.
pattern headline-sign-in
  match {who:OFFICIAL+} ( sign | signs | "put their signatures to" | ink | inks ) ( the )? {agr:AGREEMENT+} ( in | at ) ( the )? {place:PLACE}
  make meeting signing "signing of {agr}"
  emit agr agreed_at event
  emit event held_in place
  emit who attended event
  emit who signed agr
  example Foreign Ministers Ana Souza and Karl Brandt sign Water Accord in Lisbon => who=Foreign Ministers Ana Souza; who=Karl Brandt; agr=Water Accord; place=Lisbon
  example Presidents Ana Souza and Karl Brandt put their signatures to the Water Accord in the Belem Palace => who=Presidents Ana Souza; who=Karl Brandt; agr=Water Accord; place=Belem Palace

# "In Lima, Peru and the EU sign a trade pact", "Chile and Peru sign fisheries agreement and
# water MoU in Santiago": the sides sign at a signing held there, named by every instrument the
# headline lists. The body names the instruments.
pattern headline-sides-sign-in
  match {sides:COUNTRY/ORG+} ( sign | signs | ink | inks | "put their signatures to" ) ( their | a | an | the | new )? {name: [lower]? [lower]? [lower]? ( agreement | agreements | treaty | accord | deal | pact | "MoU" | "MOU" | memorandum ) ( and ( [lower] | "MoU" | "MOU" | - )+ )? } ( in | at ) ( the )? {place:PLACE}
  make meeting signing "signing of the {sides} {name} in {place}"
  emit event held_in place
  emit sides participant event
  example Peru and the EU ink new fisheries pact in Lima => sides=Peru; sides=EU; name=fisheries pact; place=Lima
  example Chile and Peru sign fisheries agreement and water MoU in Santiago => sides=Chile; sides=Peru; name=fisheries agreement and water MoU; place=Santiago
  never Peru and Chile sign Water Accord in Lima

# "Ministers A and B seal Peru-Chile Solar Alliance": the alliance the body names, signed by them.
pattern headline-sign-alliance
  match {who:OFFICIAL+} ( sign | signs | seal | seals | ink | inks ) ( the | a | new )? {name: {sides:COUNTRY} - {sides:COUNTRY} [cap] [cap]? [cap]? ( alliance | compact ) }
  make agreement named name
  emit who signed event
  emit sides party_to event
  example Energy Ministers Ana Souza and Karl Brandt seal Peru-Chile Solar Alliance in Lima => who=Energy Ministers Ana Souza; who=Karl Brandt; sides=Peru; sides=Chile

pattern headline-sign
  match {who:OFFICIAL+} ( sign | signs | "put their signatures to" | ink | inks | seal | seals ) ( the )? {agr:AGREEMENT+}
  emit who signed agr
  example Foreign Ministers Ana Souza and Karl Brandt sign Water Accord => who=Foreign Ministers Ana Souza; who=Karl Brandt; agr=Water Accord

# "The Lima Declaration: joint statement of the leaders of Peru, Chile and Bolivia": the
# countries whose leaders issue the statement are its parties.
pattern headline-statement-of-leaders
  match {what:AGREEMENT} ( ":" | "," | - ) ( a | the )? ( joint )? ( statement | declaration | communique | communiqué ) ( of | by ) ( the )? ( leaders | "heads of state" | "heads of government" | "foreign ministers" | ministers | governments ) of {sides:COUNTRY/ORG+}
  emit sides party_to what
  example The Lima Declaration: joint statement of the leaders of Peru, Chile and Bolivia => what=Lima Declaration; sides=Peru; sides=Chile; sides=Bolivia
  never The Lima Declaration: Peru, Chile and Bolivia leaders meet
