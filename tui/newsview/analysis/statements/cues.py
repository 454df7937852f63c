"""Word lists by which statements are found: verbs, nouns and adjectives of saying, thinking and stance, with
the complements each takes. Lemmas, lower case; the counts behind some of them are over PolNeAR's train split.
"""

from __future__ import annotations

# Verbs of saying and thinking, whose clause or quote is what their subject said or holds.
SPEECH = {
    "say", "tell", "add", "warn", "confirm", "announce", "claim", "state", "insist", "argue", "note", "explain",
    "report", "deny", "acknowledge", "admit", "declare", "suggest", "write", "tweet", "reply", "respond",
    "reiterate", "predict", "promise", "vow", "pledge", "urge", "remark", "comment", "observe", "stress",
    "emphasize", "emphasise", "assert", "contend", "maintain", "allege", "estimate", "recall", "concede",
    "complain", "continue", "believe", "think", "ask", "answer", "describe", "call", "predict", "indicate",
    "show", "reveal", "disclose", "boast", "joke", "quip", "scoff", "caution", "signal", "testify", "conclude",
    "agree", "recommend", "propose", "threaten", "charge", "accuse", "concur", "proclaim", "admit", "lament",
    "acknowledge", "point", "counter", "retort", "hint", "mention", "relate", "tout", "predict", "forecast",
    "speculate", "wonder", "fear", "hope", "expect", "worry", "know", "feel", "issue", "release", "read",
    "post", "assure", "remind", "repeat", "shout", "chant", "yell", "rule", "recite", "rebut", "underscore",
    "recount", "remember", "recognize", "notice", "realize", "doubt", "guess", "imagine", "suspect", "assume",
    "interject", "muse", "exclaim", "marvel", "gush", "sneer", "scream", "bark", "fume", "snap", "growl",
    "whisper", "murmur", "mutter", "holler", "crow", "gripe", "grumble", "chime", "interrupt", "thunder",
    "elaborate", "react", "imply", "demonstrate", "learn", "convince", "cry", "exhort", "surmise", "riff",
    "sigh", "gasp", "intone", "opine", "posit", "bellow", "roar", "howl", "sniff", "drawl", "question",
}
# Verbs that report a stance on a thing rather than a clause ("questioned the decision").
STANCE = {"question", "criticize", "criticise", "condemn", "praise", "reject", "dismiss", "welcome", "blame",
          "defend", "deny", "applaud", "slam", "decry", "denounce", "hail", "attack", "call", "blast", "mock",
          "accuse", "tout", "challenge", "echo", "portray", "thank", "lambaste", "ridicule", "chide", "rebuke"}
# Verbs of thinking carry a quote only with nothing else to be about; say-like verbs take a quote alone.
CLAUSE_ONLY = {"believe", "think", "know", "feel", "hope", "expect", "fear", "worry", "wonder", "show",
               "indicate", "continue", "read", "issue", "release", "describe", "call", "point", "charge", "agree",
               "remember", "recognize", "notice", "realize", "doubt", "guess", "imagine", "suspect", "assume",
               "rule", "learn", "demonstrate", "convince"}
# Verbs of intent and stance whose infinitive carries the attributed content ("vowed to repeal the law"); the last
# ones from counts over PolNeAR's train split (annotated so at least about three times in five).
INTENT = {"want", "plan", "promise", "pledge", "vow", "refuse", "decline", "agree", "intend", "hope", "expect",
          "threaten", "urge", "seek", "aim", "offer", "propose", "demand", "ask", "call", "push", "wish", "prefer",
          "vote", "decide", "choose", "look", "encourage", "order", "persuade", "convince", "like"}
# Verbs of telling someone to act, whose object and infinitive carry what was asked ("told Bush to quiet down",
# "pressed Kiev to sign the pact"), besides those of INTENT that may also go without an object ("urged to act").
DIRECTIVES = {"tell", "press", "advise", "instruct", "implore", "beg", "challenge", "invite", "dare", "warn",
              "remind", "lobby", "direct", "pressure"}
# Verbs whose object does what their infinitive says ("led the chairwoman to announce", "forced him to concede"),
# as against those whose subject does ("used the speech to call for", "has a chance to show").
OBJECT_CONTROL = {"lead", "force", "cause", "prompt", "push", "drive", "compel", "allow", "enable", "encourage",
                  "persuade", "convince", "ask", "urge", "tell", "require", "get", "inspire", "move", "spur",
                  "pressure", "invite", "expect", "want", "need", "press", "prod", "provoke", "oblige", "leave", "help"}
# Verbs whose object is what the source said or holds ("cited the report", "a poll shows Smith ahead"); the later
# ones are those whose object PolNeAR's train split annotates as content at least about half the time.
OBJECT_CUES = {"cite", "support", "oppose", "propose", "mention", "discuss", "describe", "demand",
               "predict", "promise", "announce", "unveil", "outline", "express", "voice", "endorse",
               "show", "reveal", "list", "recall", "request", "reiterate", "acknowledge", "admit", "confirm",
               "highlight", "advocate", "emphasize", "emphasise", "stress", "deem", "label", "dub", "characterize",
               "identify", "name", "quote", "credit", "invoke", "reference", "congratulate", "deride", "attribute",
               "document", "recount", "rebut", "repeat", "underscore", "claim", "tweet", "retweet", "disclose",
               "concede", "see", "view", "regard", "consider", "perceive", "want", "report", "explain", "declare",
               "note", "suggest", "fear", "lament", "state", "recite", "signal", "disavow", "assail", "repudiate",
               "insult", "order", "relish", "lambast", "liken", "say", "prefer", "argue", "assert", "dispute",
               "reaffirm", "bemoan", "clarify", "articulate", "contemplate", "detail", "urge", "cast", "remember",
               "recognize", "expect"}
# Verbs that name a thing only with the name they give it ("called the plan a disgrace", not "called a friend").
NAMING = {"call", "dub", "label", "deem", "brand", "characterize", "portray", "identify", "name", "see", "view",
          "regard", "consider", "perceive", "cast"}
# Verbs whose findings may stand as a bare noun phrase the parser calls a clause ("the poll shows Smith ahead").
FINDINGS = {"show", "find", "reveal", "indicate", "suggest", "predict", "estimate", "project"}
# Verbs whose prepositional object is what the source spoke of ("talked about taxes", "called for a ban"); the
# last lines from counts over PolNeAR's train split, as for OBJECT_CUES.
PREP_CUES = {
    "talk": {"about"}, "speak": {"about", "of"}, "ask": {"about", "for"}, "call": {"for", "on"},
    "push": {"for"}, "press": {"for", "about"}, "argue": {"for", "against"}, "refer": {"to"}, "point": {"to"},
    "comment": {"on"}, "complain": {"about", "of"}, "worry": {"about"}, "warn": {"about", "of", "against"},
    "testify": {"about", "on"}, "write": {"about", "of"}, "boast": {"about", "of"}, "brag": {"about"},
    "joke": {"about"}, "advocate": {"for"}, "lobby": {"for", "against"}, "insist": {"on"},
    "rail": {"against"}, "plead": {"for"}, "apologize": {"for"}, "apologise": {"for"}, "hint": {"at"},
    "vote": {"for", "against"}, "think": {"about", "of"}, "agree": {"on", "with"}, "weigh": {"on"}, "touch": {"on"},
    "lash": {"at"}, "side": {"with", "against"}, "disagree": {"with"}, "vouch": {"for"}, "campaign": {"for", "against"},
    "hope": {"for"}, "believe": {"in"}, "blame": {"on"}, "paint": {"as"}, "distance": {"from"}, "open": {"about"},
    "balk": {"at"}, "allude": {"to"}, "caution": {"against"}, "dwell": {"on"},
}
# Verbs whose addressee may stand between them and the preposition ("asked the senator about taxes").
ADDRESSING = {"ask", "question", "press", "quiz", "warn", "remind", "lobby"}
# Verbs of sending or speaking to someone, whose participle after the one addressed is the sender's words ("sent an
# e-mail to RNC members saying ...", "turned to reporters saying ...").
SENDING = {"send", "write", "speak", "talk", "email", "e-mail", "mail", "forward", "deliver", "submit", "turn", "post",
           "tweet", "text", "wire", "address"}  # not "respond": in "did not respond to queries seeking ..." they seek
# Nouns that carry what their owner said, holds or wants ("Smith's claim that ...", "his call for a ban").
NOUN_CUES = {"claim", "assertion", "allegation", "accusation", "complaint", "suggestion", "promise", "pledge", "vow",
             "hope", "request", "demand", "call", "plan", "proposal", "view", "belief", "argument", "warning",
             "threat", "insistence", "statement", "remark", "comment", "admission", "denial", "prediction", "fear",
             "concern", "criticism", "opposition", "support", "endorsement", "praise", "condemnation", "defense",
             "defence", "stance", "position", "insinuation", "contention", "charge", "objection", "wish", "desire",
             "speech", "decision", "doubt", "confidence", "vision", "message", "case", "point", "secret", "critique",
             "rejection", "opinion", "anxiety", "joke", "impression", "advice", "goal", "aim", "attack", "question",
             "reference", "mention", "assessment"}
NOUN_PREPS = {"for", "of", "to", "on", "about", "against"}
# Nouns of address, whose "to" names the hearer ("a speech to the convention", "remarks to reporters").
ADDRESSED = {"speech", "remark", "comment", "statement", "message", "advice", "joke", "warning"}
# Verbs by which a subject voices such a noun ("made a promise to ...", "renewed his call for ...").
VOICING = {"make", "issue", "express", "voice", "repeat", "reiterate", "renew", "offer", "deliver", "level",
           "raise", "file", "lodge", "publish", "post", "release", "send", "state", "air", "double", "have", "give",
           "share", "hold", "cite"}
# Things made to speak for whoever issues them, and verbs by which one issues them: in "the council passed a resolution
# condemning X" and "Smith released an ad that says X" the council and Smith speak, not the resolution or the ad.
PUBLISHED = {"statement", "release", "letter", "communique", "communiqué", "report", "post", "tweet", "ad",
             "advertisement", "video", "resolution", "petition", "response", "spot", "commercial", "documentary",
             "memo", "email", "op-ed", "column", "editorial", "article", "essay", "book", "bill", "legislation",
             "lawsuit", "complaint", "motion", "message", "proclamation", "announcement", "order", "brief", "filing",
             "mailer", "flyer"}
PUBLISHING = VOICING | {"launch", "run", "approve", "pass", "adopt", "unveil", "unleash", "file", "write", "sign",
                        "produce", "plant", "put", "fire", "draft", "tweet", "email", "introduce", "distribute",
                        "circulate", "broadcast", "pen", "author", "begin", "start", "air", "submit"}
# Nouns of a view others take of someone, and verbs by which the one viewed meets it: "the plan drew criticism from
# both parties", "she won the support of most delegates", "he came under fire": the subject is what is viewed.
RECEIVED = {"criticism", "praise", "support", "endorsement", "backlash", "condemnation", "fire", "scrutiny", "applause",
            "boo", "rebuke", "ridicule", "approval", "attack", "complaint", "objection", "protest", "acclaim", "heat",
            "flak"}
RECEIVING = {"draw", "receive", "face", "earn", "win", "get", "garner", "attract", "come", "meet", "take"}
# Verbs of impression: "X seems to fail", "it appears that ..." report how things look to the writer, who is the
# source. Over PolNeAR's train split seem and appear with a complement are annotated cues about two times in three.
IMPRESSIONS = {"seem", "appear"}
IMPRESSION_COMPLEMENTS = {"xcomp", "ccomp", "acomp", "attr", "oprd"}
# Verbs whose passive reports a view of its subject held by others, named by "by" or by no one: "Smith is expected
# to win", "he is known for his temper", "the plan was seen as a retreat", "Roe was accused of fraud". Those
# whose passive subject PolNeAR's train split annotates as content at least about half the time.
PASSIVE_VIEWS = {"expect", "know", "see", "consider", "regard", "view", "believe", "think", "rumor", "criticize",
                 "criticise", "accuse", "praise", "condemn", "blame", "mention", "describe", "deem",
                 "predict", "project", "echo", "support", "remember", "nominate", "declare", "confirm", "report",
                 "show", "endorse", "announce", "say"}
# Prepositions that join such a passive to what it holds of the subject ("seen as", "known for", "accused of").
PASSIVE_PREPS = {"as", "for", "of"}
# Verbs whose object or passive subject is what their source holds a view of ("opposed the bill").
HELD = STANCE | OBJECT_CUES
CUES = SPEECH | STANCE | INTENT | DIRECTIVES | OBJECT_CUES | FINDINGS | set(PREP_CUES) | PASSIVE_VIEWS
# Adjectives of attitude whose complement is what their holder thinks or wants ("is skeptical of the deal",
# "was eager to debate", "is confident that ..."): those annotated as cues in PolNeAR's train split at least
# half the time they take a complement, with a few synonyms of them.
ATTITUDES = {"eager", "keen", "reluctant", "glad", "happy", "unhappy", "hopeful", "critical", "hostile", "enamored",
             "worried", "concerned", "skeptical", "sceptical", "supportive", "angry", "furious", "upset", "confident",
             "optimistic", "pessimistic", "upbeat", "comfortable", "uncomfortable", "divided", "inclined", "surprised",
             "delighted", "disappointed", "frustrated", "wary", "fearful", "afraid", "adamant", "unapologetic",
             "determined", "convinced", "opposed", "grateful", "doubtful", "quick", "interested", "aware", "proud"}
# Sources a headline or a list item may name before a colon ("Poll: Smith leads", "From the report: ...").
FINDING_NOUNS = {"poll", "survey", "study", "report", "analysis", "memo", "ruling", "audit", "average"}
# Plain verbs of saying, whose report annotators mark whole, over any stance reported inside it.
SAYING = {"say", "tell", "add", "write", "tweet", "report", "note", "explain", "argue", "claim", "insist", "state",
          "announce", "warn", "acknowledge", "contend", "assert", "suggest", "believe", "think"}
# Past forms of saying by which a quote's trailing speaker is known when the parser misreads the clause.
SAID = {"said", "says", "wrote", "writes", "added", "adds", "read", "reads", "tweeted", "told", "explained", "noted",
        "continued", "replied", "asked", "argued", "insisted", "declared", "recalled", "responded"}
