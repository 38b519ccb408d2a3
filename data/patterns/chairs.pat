# Chairs: who hosts or chairs a meeting named in the sentence. The host side's officials chair
# it (GUIDELINES: chaired, "hosted it for the host side"); their guests attend. Grammar and how
# to add a pattern: docs/extraction.md, "Pattern files". Every example and never line is a test
# (tests/pattern_test.cpp); the sentences are our own.

stage events

# "Foreign Minister A received Foreign Secretary B for the inaugural Portugal-Brazil Dialogue",
# "Ministers A and B welcomed Ministers C and D to Lisbon for the first 2+2 Dialogue"
pattern hosts-welcomed-for-meeting
  match {hosts:OFFICIAL+} ~3!OFFICIAL ( welcomed | welcomes | "will welcome" | received | receives | "will receive" | hosted | hosts | "will host" ) ( the )? {guests:OFFICIAL+} ~5!OFFICIAL ( for | at ) ( the | their | this )? {m:MEETING}
  emit hosts chaired m
  emit guests attended m
  example Foreign Minister Ana Souza received the Brazilian Foreign Secretary, Karl Brandt, for the inaugural Portugal-Brazil Strategic Dialogue. => hosts=Foreign Minister Ana Souza; guests=Brazilian Foreign Secretary, Karl Brandt; m=inaugural Portugal-Brazil Strategic Dialogue
  example Ministers Ana Souza and Olu Adeyemi welcomed Minister Karl Brandt to Lisbon for the first Portugal-Brazil 2+2 Ministerial Dialogue. => hosts=Ministers Ana Souza; hosts=Olu Adeyemi; guests=Minister Karl Brandt; m=first Portugal-Brazil 2+2 Ministerial Dialogue
  never Foreign Minister Ana Souza received a letter from Minister Karl Brandt about the inaugural Portugal-Brazil Strategic Dialogue.

# "The fifth Portugal-Brazil 2+2 Dialogue took place in Lisbon, with Ministers A and B welcoming
# Ministers C and D": the hosts chair it.
pattern meeting-with-hosts-welcoming
  match {m:MEETING} ~14 with {hosts:OFFICIAL+} ( welcoming | receiving | hosting ) ( the )? {guests:OFFICIAL+}
  emit hosts chaired m
  emit guests attended m
  example The fifth Portugal-Brazil 2+2 Ministerial Dialogue took place in Lisbon on Monday, with Foreign Minister Ana Souza welcoming Foreign Minister Karl Brandt. => m=fifth Portugal-Brazil 2+2 Ministerial Dialogue; hosts=Foreign Minister Ana Souza; guests=Foreign Minister Karl Brandt
