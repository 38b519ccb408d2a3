# Parties to agreements named by the words around an instrument (ONTOLOGY party_to). Grammar and
# how to add a pattern: docs/extraction.md, "Pattern files". Every example and never line is a
# test (tests/pattern_test.cpp); the sentences are our own.

stage arguments

# "the defence treaty with Chile and Peru.", "the trade deal with Peru, which ...":
# the countries named after "with" are parties to the instrument (the clause ends after them; not
# "the treaty with Chile's approval").
pattern instrument-with-countries
  match {deal:AGREEMENT} with ( the )? {sides:COUNTRY+} ( "." | "," | ";" | that | which )
  emit sides party_to deal
  example Ecuador's navy already trains under the Quito Defence Treaty with Chile and Peru. => deal=Quito Defence Treaty; sides=Peru
  never The Quito Defence Treaty with Chile's approval came into force.
