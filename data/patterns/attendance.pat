# Attendance: phrasings that say an official was at a named meeting without a role verb of the
# lexicon (data/lexicon/lexicon.tsv, `role`). Grammar and how to add a pattern:
# docs/extraction.md, "Pattern files". Every example and never line is a test
# (tests/pattern_test.cpp); the sentences are our own.

stage events

# "On the sidelines of the 5th Andean Summit in Lima, President A and Prime Minister B signed
# ...": what officials did on a meeting's margins, they did there, as its attendees. A date in
# figures in brackets may stand before the comma ("in Lima today (11.09.25),").
pattern fronted-sidelines-of-meeting
  match ^ ( on | in | at ) the ( sidelines | margins | sideline | margin ) of ( the | this )? {m:MEETING} ~14!OFFICIAL ( "(" ( [num] | "." | "/" | "-" )+ ")" )? "," {who:OFFICIAL+}
  emit who attended m
  example On the sidelines of the 5th Andean Leaders' Summit in Lima on Monday, President Ana Souza and Prime Minister Karl Brandt signed a trade pact. => m=5th Andean Leaders' Summit; who=President Ana Souza; who=Prime Minister Karl Brandt
  example On the margins of the 5th Andean Leaders' Summit in Lima today (11.09.25), Prime Minister Ana Souza and Prime Minister Karl Brandt signed two agreements. => m=5th Andean Leaders' Summit; who=Prime Minister Ana Souza; who=Prime Minister Karl Brandt
  never On the sidelines of the 5th Andean Leaders' Summit, trade deals worth millions were signed.

# "President A met Prime Minister B on the sidelines of the 5th Andean Summit": both were at it.
pattern met-on-sidelines-of-meeting
  match {a:OFFICIAL} ~4!OFFICIAL ( met | "met with" | "held talks with" | "held a meeting with" | "had talks with" | "had a meeting with" | "will meet" | "is to meet" ) HONORIFIC? {b:OFFICIAL+} ~8!OFFICIAL ( on | in | at ) the ( sidelines | margins | sideline | margin ) of ( the | this )? {m:MEETING}
  emit a attended m
  emit b attended m
  example President Ana Souza met Prime Minister Karl Brandt on the sidelines of the 5th Andean Leaders' Summit in Lima. => a=President Ana Souza; b=Prime Minister Karl Brandt; m=5th Andean Leaders' Summit
  never President Ana Souza met reporters on the sidelines of the 5th Andean Leaders' Summit.

# "Also speaking during the summit, Commission President A praised the pact": who spoke at a
# meeting was at it.
pattern speaking-at-meeting
  match ^ ( also )? ( speaking | "addressing it" | "addressing the gathering" ) ( at | during ) ( the | this )? {m:MEETING/MEETING_REF} "," {who:OFFICIAL+}
  emit who attended m
  example Speaking at the 5th Andean Leaders' Summit, President Ana Souza called for closer ties. => m=5th Andean Leaders' Summit; who=President Ana Souza
  never Speaking at the 5th Andean Leaders' Summit, the ministry said trade would grow.

# "The two leaders signed the treaty while Commission President A and other guests looked on":
# those who look on at a ceremony witness it, and attend it.
pattern officials-look-on
  match ( while | as ) {who:OFFICIAL+} ~8!OFFICIAL ( "look on" | "looked on" | "looks on" | "were looking on" | "looking on" ) !the
  emit who attended focus
  example The two leaders signed the treaty in Lima while Commission President Ana Souza and other guests looked on. => who=Commission President Ana Souza
  never The two leaders signed the treaty while Commission President Ana Souza looked on the bright side.

# "A, the Foreign Minister of Chile, arrived at 9.50 am", "B had landed before, at 6.45 am": in
# reporting of arrivals for a meeting, an official whose arrival is timed to the clock is there
# for the meeting in focus (an arrival in a named place is a visit: events.pat).
pattern arrived-at-clock-time
  match {who:OFFICIAL} ( "," ~14!OFFICIAL "," | "," )? ( arrived | "had arrived" | "has arrived" | landed | "had landed" | "has landed" | came ) ~12!OFFICIAL at [num] ( "." [num] )? ( am | pm | "a.m" | "p.m" | hours | hrs )
  emit who attended focus
  example Lena Berg, the Foreign Minister of Chile, arrived at 9.50 am today. => who=Lena Berg, the Foreign Minister of Chile
  example Secretary-General Karl Brandt landed at Lima airport at 1.18 pm. => who=Secretary-General Karl Brandt
  example Minister Ana Souza had arrived some time before, at 6.45 am. => who=Minister Ana Souza
  never Minister Ana Souza arrived at the conclusion that talks had failed.
  never The ship carrying Minister Ana Souza's letter arrived at 10 am.

# "Prime Minister A was accompanied by his trade minister, B", "A, accompanied by her defence
# minister B, ...": an official named through the possessive of the one accompanied serves that
# official's country (unless the text gives B's own: "his Peruvian counterpart"). Both attend
# through the role lexicon's "accompanied by".
pattern accompanied-by-own-official
  match {a:OFFICIAL} ~8!OFFICIAL "accompanied by" ( his | her ) {b:OFFICIAL}
  emit b represents country-of:a
  example Prime Minister Ana Souza of Peru was accompanied by her trade minister, Karl Brandt, at the signing. => a=Prime Minister Ana Souza of Peru; b=trade minister, Karl Brandt
  example President Olu Adeyemi of Nigeria, accompanied by his foreign minister, Lena Berg, toured the port. => b=foreign minister, Lena Berg
  never Prime Minister Ana Souza was accompanied by a delegation of business leaders.


# "President A addressed the 5th Andean Summit", "B delivered remarks at the ceremony": who
# speaks at a meeting is at it.
pattern addressed-meeting
  match {who:OFFICIAL+} ~6!OFFICIAL <!@negating_word ( addressed | addresses | "will address" | "is to address" | "delivered remarks at" | "delivered a speech at" | "delivered an address at" | "delivered a keynote address at" | "delivered the keynote address at" | "gave a speech at" | "gave an address at" | "spoke at" | "will speak at" ) ( the | this | its )? {m:MEETING/MEETING_REF}
  emit who attended m
  example President Ana Souza addressed the 5th Andean Leaders' Summit in Lima on Monday. => who=President Ana Souza; m=5th Andean Leaders' Summit
  example Foreign Minister Karl Brandt delivered remarks at the Peru-Chile Trade Ministerial Meeting. => who=Foreign Minister Karl Brandt
  never President Ana Souza addressed a letter to the organisers of the 5th Andean Leaders' Summit.

# "Speeches at the closing plenary were given by A; by B; and by C": sessions of a meeting
# are part of it (GUIDELINES), so the speakers are at the meeting in focus.
pattern addresses-delivered-by
  match ( addresses | remarks | speeches | statements ) ( to | at ) ( the | its )? ( opening | closing | inaugural | plenary )? ( session | ceremony | plenary | MEETING_REF ) ( was | were ) ( delivered | given | made ) by ( the )? {who:OFFICIAL+}
  emit who attended focus
  example Remarks at the inaugural ceremony were delivered by Secretary-General Karl Brandt and President Ana Souza. => who=Secretary-General Karl Brandt; who=President Ana Souza
  example Speeches at the closing plenary were given by President Ana Souza. => who=President Ana Souza
  never Addresses to the nation were delivered by President Ana Souza.

# "Also speaking during the summit, A praised the pact, and B noted that ...": the official of the
# sentence's second clause spoke there too.
pattern speaking-at-meeting-second-speaker
  match ^ ( also )? ( speaking | "addressing it" | "addressing the gathering" ) ( at | during ) ( the | this )? {m:MEETING/MEETING_REF} "," OFFICIAL ~30!OFFICIAL "," and {who:OFFICIAL} ( said | says | noted | notes | added | stressed | remarked | underlined | emphasised | emphasized | observed | praised | called | recalled )
  emit who attended m
  example Also speaking at the 5th Andean Leaders' Summit, President Ana Souza praised the pact, and Prime Minister Karl Brandt noted that trade would grow. => m=5th Andean Leaders' Summit; who=Prime Minister Karl Brandt
  never Also speaking at the 5th Andean Leaders' Summit, President Ana Souza praised the pact, and Prime Minister Karl Brandt's office issued a statement.

# "Speaking alongside A at a press conference after their annual summit, B said ...": both were
# at the meeting named.
pattern speaking-alongside-at-meeting
  match ^ ( speaking | appearing ) ( alongside | beside | with ) {a:OFFICIAL} ( at | after | following ) ~10!OFFICIAL {m:MEETING} ~10!OFFICIAL "," {b:OFFICIAL}
  emit a attended m
  emit b attended m
  example Speaking alongside President Ana Souza at a press conference after the 5th Andean Leaders' Summit, Prime Minister Karl Brandt said ties were strong. => a=President Ana Souza; m=5th Andean Leaders' Summit; b=Prime Minister Karl Brandt
  never Speaking alongside President Ana Souza at a press conference, Prime Minister Karl Brandt said the 5th Andean Leaders' Summit would be in May.

# "A, in Lima for talks, is due at the closing session of the 5th Andean Summit", "and later
# he is to join the emergency meeting of the ministers": who is due at or joins a meeting
# attends it.
pattern due-at-or-joins-meeting
  match {who:OFFICIAL+} ~12!OFFICIAL ( "is due at" | "are due at" | "was due at" | "were due at" | "will join" | "is to join" | "are to join" | "will also join" | "is due to join" | "is expected at" | "are expected at" ) ( the | this )? ( ( opening | closing ) ( ceremony | session ) of ( the )? )? [lower]? {m:MEETING}
  emit who attended m
  example President Ana Souza, in Chile since Sunday, is due at the closing session of the 5th Andean Leaders' Summit. => who=President Ana Souza; m=5th Andean Leaders' Summit
  example Foreign Minister Karl Brandt will join the 3rd Peru-Chile Trade Ministerial Meeting in Lima. => who=Foreign Minister Karl Brandt
  never Foreign Minister Karl Brandt will join President Ana Souza at the 3rd Peru-Chile Trade Ministerial Meeting.

# The same said of the official by "he"/"she" later in the sentence ("A is visiting X and Y,
# and later he is to join ...").
pattern official-then-he-joins-meeting
  match {who:OFFICIAL} ~20!OFFICIAL ( he | she ) ( also )? ( "is due at" | "was due at" | "will join" | "is to join" | "will also join" | "is due to join" | "is expected at" ) ( the | this )? ( ( opening | closing ) ( ceremony | session ) of ( the )? )? [lower]? {m:MEETING}
  emit who attended m
  example Minister Karl Brandt is visiting Peru and Chile, and later he is to join the emergency meeting of G20 Trade Ministers in Quito. => who=Minister Karl Brandt; m=meeting of G20 Trade Ministers
  never Minister Karl Brandt is visiting Peru, and later he will join his family.

# A sentence opening with "he"/"she": the official the story follows (`subject`).
pattern subject-due-at-or-joins-meeting
  match ^ ( he | she ) ( also )? ( "is due at" | "was due at" | "will join" | "is to join" | "will also join" | "is due to join" | "is expected at" ) ( the | this )? ( ( opening | closing ) ( ceremony | session ) of ( the )? )? [lower]? {m:MEETING}
  emit subject attended m
  example He will join the emergency meeting of G20 Trade Ministers in Quito on Friday. => m=meeting of G20 Trade Ministers
  never He will join his family in Quito on Friday.

# "Joint Statement on the Third Peru-Chile 2+2 Meeting, issued by Minister A; Minister B; and
# Minister C": those who issue the statement of a meeting took part in it (the meeting in focus;
# when the statement opens the story, the one the story goes on to name).
pattern statement-issued-by
  match ^ ( the )? AGREEMENT "," ( issued | released | "jointly issued" ) by ( the )? {who:OFFICIAL+} ( ";" ( and )? ~8!OFFICIAL {who:OFFICIAL} )*
  emit who attended focus
  example Joint Statement on the Third Peru-Chile 2+2 Meeting, issued by Foreign Minister Ana Souza; Defence Minister Karl Brandt; and His Excellency Admiral (retired) Olu Adeyemi, Minister of Defence.
  never Joint Statement on the Third Peru-Chile 2+2 Meeting, as published by the ministry.

# "the two representatives of President A of Peru, Foreign Minister B and Finance Minister C":
# those who represent an official serve that official's country.
pattern representatives-of-official
  match representatives of {a:OFFICIAL} "," {b:OFFICIAL+}
  emit b represents country-of:a
  example Talks will be held with the two representatives of President Ana Souza of Peru, Foreign Minister Karl Brandt and Finance Minister Lena Berg. => a=President Ana Souza of Peru; b=Foreign Minister Karl Brandt; b=Finance Minister Lena Berg
  never Talks will be held with representatives of President Ana Souza's government.

# "President A said he looked forward to receiving Prime Minister B in Lima in May for the 5th
# Andean Summit": the one who receives a guest for a meeting and the guest are both at it.
pattern receive-guest-for-meeting
  match {a:OFFICIAL} ~16!OFFICIAL ( receive | receiving | welcome | welcoming ) HONORIFIC? {b:OFFICIAL} ~8!OFFICIAL for ( the | their )? {m:MEETING}
  emit a attended m
  emit b attended m
  example President Ana Souza told reporters that she looked forward to receiving Prime Minister Karl Brandt in Lima in May for the 5th Andean Leaders' Summit. => a=President Ana Souza; b=Prime Minister Karl Brandt; m=5th Andean Leaders' Summit
  never President Ana Souza will receive Prime Minister Karl Brandt's letter before the 5th Andean Leaders' Summit.

