# Headline meetings: a headline names the story's meeting with the people or countries who open
# or hold it and the place ("A and B open 12th Peru-Chile Joint Council in Cusco"). The body
# names the same meeting again, so the headline adds who was there and where, not a new meeting:
# a numbered session of a body is the same round the body's sentences make (`round`), a named
# meeting the same node. Grammar: docs/extraction.md.

stage headline

# "A and B open 12th Peru-Chile Joint Council in Cusco": the officials attend that round of the
# body's series, held there.
pattern headline-open-nth-body
  match {who:OFFICIAL+} ( open | opens | attend | attends | "take part in" | "takes part in" | join | joins ) ( the | their )? {what: {n:[ord]} {series:ORG} ( meeting | session | summit | ministerial )? } ( in | at ) ( the )? {place:PLACE}
  round what series n
  emit who attended event
  emit event held_in place
  example Presidents Ana Ruiz and Bola Okafor open 12th Peru-Nigeria Joint Council in Cusco => who=Presidents Ana Ruiz; who=Bola Okafor; n=12th; series=Peru-Nigeria Joint Council; place=Cusco
  never Presidents Ana Ruiz and Bola Okafor praise 12th Peru-Nigeria Joint Council in Cusco

