# Announcements: the meeting where a dialogue or an agreement was first announced, proposed,
# launched or decided (`announced_at`, GUIDELINES). The extractor's C++ rule reads the plain
# "X was first announced at Y" (lexicon `announce`); these patterns read the phrasings with words
# between, and the story's own meeting as the place of a decision. Grammar: docs/extraction.md.

stage arguments

# "Talks on the Andean Trade Agreement were launched in 2012 at the 21st Andean Summit in Lima",
# "the Dialogue on Energy was first proposed in May at the Lima summit": the words between the
# verb and the meeting may say when.
pattern launched-later-at
  match ( ( talks | negotiations ) ( on | for | toward | towards ) ( the | a | an )? )? {what:DIALOGUE/AGREEMENT} ( was | were | "had been" | "has been" ) ( first )? ( launched | started | begun | proposed | announced | agreed | decided ) ~6!MEETING ( at | during ) ( the )? {m:MEETING}
  emit what announced_at m
  example Talks on the Andean Trade Agreement were first launched at the 21st Andean Summit, held in Lima in 2014. => what=Andean Trade Agreement; m=21st Andean Summit
  example The Peru-Chile Dialogue on Energy was first proposed in May at the fifth Andean Summit. => what=Peru-Chile Dialogue on Energy; m=fifth Andean Summit
  never The Peru-Chile Dialogue on Energy was held in May at the Lima Convention Centre.

# "A Peru-Chile 2+2 Dialogue is to be set up, the governments announced on Monday": a dialogue that
# a story's meeting decides to set up was announced there. The words between are up to eight
# tokens that are no comma and no reporting verb (each "( !, <!said ... )": one token, none of
# those): "The Dialogue, which met in 2019, said a new fund will be established" is no set-up.
pattern to-be-set-up
  match {what:DIALOGUE} ( !, <!; <!. <!said <!says ( !, <!; <!. <!said <!says ( !, <!; <!. <!said <!says ( !, <!; <!. <!said <!says ( !, <!; <!. <!said <!says ( !, <!; <!. <!said <!says ( !, <!; <!. <!said <!says ( !, <!; <!. <!said <!says )? )? )? )? )? )? )? )? ( "is to be set up" | "will be set up" | "is to be established" | "will be established" | "is to be launched" | "will be launched" | "is to be created" | "will be created" )
  match ( "agreed to" | "decided to" | "agreed to set up" | "decided to set up" ) ( launch | establish | create | "set up" )? ( a | an | the )? ( new )? {what:DIALOGUE}
  emit what announced_at focus
  example A Peru-Chile 2+2 Ministerial Dialogue for their foreign and defence chiefs is to be set up, the governments announced on Monday. => what=Peru-Chile 2+2 Ministerial Dialogue
  example The two leaders agreed to launch a Peru-Chile Dialogue on Energy. => what=Peru-Chile Dialogue on Energy
  never The Peru-Chile Dialogue on Energy will be held in Lima next year.
  never The Peru-Chile Energy Dialogue, which first met in 2019, said a new fund will be established next year.

# "The dialogue was launched during a visit to Riga by Peru's Foreign Minister A in June 2023",
# "The forum was set up in 2019 during President A's state visit to Lima": the visit is a meeting
# of its own (the visitor attends it, held where the visitor went, dated by the sentence), and
# what was launched was announced there. The "by" or the possessive names the visitor; without
# one ("launched during a visit to Riga") nobody is known to have travelled, and nothing is made.
pattern launched-during-visit
  match {what:DIALOGUE/DIALOGUE_REF/AGREEMENT} ( was | were | "had been" | "has been" ) ( first | formally | jointly )? ( launched | started | proposed | announced | established | "set up" | created | agreed | inaugurated ) ( in [date] )? ( during | on ) ( a | an | the ) ( official | state | working | two - day | three - day | first | recent )? ( visit | trip ) to ( the )? {place:PLACE/CAPITAL/COUNTRY} by {visitor:OFFICIAL}
  match {what:DIALOGUE/DIALOGUE_REF/AGREEMENT} ( was | were | "had been" | "has been" ) ( first | formally | jointly )? ( launched | started | proposed | announced | established | "set up" | created | agreed | inaugurated ) ( in [date] )? ( during | on ) {visitor:OFFICIAL} 's ( official | state | working | two - day | three - day | first | recent )? ( visit | trip ) to ( the )? {place:PLACE/CAPITAL/COUNTRY}
  make meeting visit "{visitor}'s visit to {place}"
  emit visitor attended event
  emit event held_in place
  emit what announced_at event
  example The dialogue was launched during a visit to Riga by Peru's Foreign Minister Rosa Vela in June 2023. => what=The dialogue; place=Riga; visitor=Peru's Foreign Minister Rosa Vela
  example The Peru-Chile Energy Dialogue was set up in 2019 during President Ana Souza's state visit to Lima. => what=Peru-Chile Energy Dialogue; visitor=President Ana Souza; place=Lima
  never The dialogue was launched during a visit to Riga, the ministry said.
  never The dialogue was discussed during a visit to Riga by Foreign Minister Rosa Vela.
