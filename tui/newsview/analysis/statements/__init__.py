"""Who said what: direct, mixed and indirect speech and block statements, from one parsed article.

Attribution comes from the dependency parse (the subject of a reporting verb,
the owner of a noun of saying, the object of "according to") or from the
layout of quotes (a name before a colon or after a dash), never from word
lists of names, so it carries over to any English news text. Pronouns and
descriptions ("he", "the statement") are resolved to the latest fitting speaker
or person before them; a date or time is never a speaker. Content is bounded as
annotators of reported speech bound it (PolNeAR's conventions): quotes of one
paragraph carried by one verb are one statement, and trailing asides ("...,
according to X", ", which ...") are left out.

The modules, in the order a statement is made:
  cues.py       the words of saying, thinking and stance, and what each takes
  clauses.py    what the parse says around one such word (functions of tokens)
  article.py    the parsed article the readers share: tokens, names, quotes, what is found
  speakers.py   who a subject, pronoun or description stands for
  reported.py   statements a word of saying carries ("said that", "according to", "her claim that")
  quoted.py     quotes, and who speaks them by the layout around them (a name after, a dash, a colon)
  extractor.py  all readings in text order, quotes of one speaker joined
"""
