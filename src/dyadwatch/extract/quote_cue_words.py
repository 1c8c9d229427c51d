"""Word lists of speech cues: verbs of saying, naming verbs, media and writing nouns.

Read by the cue finder (quote_cues) and its helpers; constants only, no state.
"""

from __future__ import annotations

__all__ = ["ANAPHORIC_SUBJECTS", "ANAPHORIC_VERBS", "AUTHOR_ASIDES", "CLAUSE_DEPS", "MARKS",
           "MEDIA_NOUNS", "NAMING_VERBS", "OPINION_VERBS", "SPEECH_VERBS", "TAIL_ONLY_VERBS",
           "WRITINGS"]

SPEECH_VERBS: frozenset[str] = frozenset({
    "say", "tell", "add", "note", "state", "argue", "claim", "ask", "write", "explain",
    "insist", "warn", "announce", "declare", "suggest", "acknowledge", "admit", "deny",
    "stress", "emphasize", "emphasise", "underline", "underscore", "call", "accuse", "urge",
    "describe", "report", "tweet", "reply", "respond", "answer", "comment", "recall",
    "recount", "repeat", "reiterate", "predict", "promise", "pledge", "vow", "assert",
    "contend", "maintain", "mention", "complain", "confirm", "reveal", "disclose", "concede",
    "allege", "testify", "assure", "inform", "demand", "counter", "retort", "remark",
    "observe", "joke", "quip", "boast", "brag", "lament", "exclaim", "proclaim", "affirm",
    "shout", "yell", "email", "point", "characterize", "characterise", "convey", "indicate",
    "tout", "caution", "charge", "concur", "agree", "conclude", "continue",
    "believe", "consider", "think",
})
# Speech verbs only after a closing mark, never with a reported clause.
TAIL_ONLY_VERBS: frozenset[str] = frozenset({"continue"})
# Verbs of opinion: reported speech only with a named or described subject.
OPINION_VERBS: frozenset[str] = frozenset({"believe", "consider", "think"})
# Verbs that name or describe their object: "called Russia a strategic partner".
NAMING_VERBS: frozenset[str] = frozenset({
    "call", "describe", "characterize", "characterise", "label", "dub", "term", "brand",
})
# Passive cues whose subject points back to the sentence before ("This stance was conveyed").
ANAPHORIC_SUBJECTS: frozenset[str] = frozenset({
    "stance", "assessment", "view", "position", "opinion", "statement", "remark", "comment",
    "message", "point", "this", "that", "idea", "argument", "conclusion", "claim", "warning",
})
MARKS = frozenset({'"', "“", "”", "«", "»", "„"})
CLAUSE_DEPS = ("ccomp",)
# Words that, after a comma, start the writer's aside rather than the reported words.
AUTHOR_ASIDES = frozenset({"which", "who", "although", "though", "whereas", "despite"})
# Sources that are texts, not people: "according to the post", "the article says".
MEDIA_NOUNS: frozenset[str] = frozenset({
    "channel", "post", "article", "report", "newspaper", "agency", "statement", "interview",
    "broadcast", "account", "blog", "website", "outlet", "magazine", "publication", "release",
    "telegram", "paper", "daily", "communique", "readout",
})
# Writings a clause can be reported in ("wrote in a letter that …"), besides MEDIA_NOUNS.
WRITINGS: frozenset[str] = frozenset({"letter", "email", "e-mail", "tweet", "memo", "op-ed",
                                       "speech", "note", "filing", "message", "editorial"})
# Verbs that hand over a view named by the subject ("This stance was conveyed by X").
ANAPHORIC_VERBS: frozenset[str] = SPEECH_VERBS | {"convey", "offer", "express", "voice",
                                                  "give", "share", "make", "present", "outline"}
