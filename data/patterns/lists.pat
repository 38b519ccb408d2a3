# Lists: the words that join the members of a list slot (OFFICIAL+, COUNTRY+), "A, B and C",
# "A as well as B". One separator a line, its words written as the tokenizer splits them, lower
# case; they are tried first to last at the end of each member, and the first after which a next
# member starts wins (so a longer separator comes before the shorter ones it begins with, where
# order matters). A member may open with a `list_article` of the lexicon ("Peru and the European
# Union"). Grammar: docs/extraction.md, "Pattern files".

separator , as well as
separator , along with
separator , together with
separator , and by
separator , and of
separator , and
# "with A, with B and with C"
separator , and with
separator ; and with
# "held meetings with A, Minister of X; with B, Envoy of Y; and with C"
separator ; with
# "delivered by A, Minister of X; by B; and by C"
separator ; and by
separator ; by
separator , with
separator and with
separator and by
# "in the presence of A and of B"
separator and of
separator as well as
separator along with
separator together with
separator ,
separator and
separator &
