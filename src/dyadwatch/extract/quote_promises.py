"""What a verb of commitment reports when it takes no clause: its infinitive ("vowed to
crack down on hackers", "promised to cut taxes").

Only the infinitive: the noun-phrase objects of speech verbs ("announced new rules",
"accused Clinton of lying") are attributions in PolNeAR but not quotes in GGT, and taking
them cost more on GGT than they gained on PolNeAR (see training/quotes/NOTES.md).
The rule reads only the dependency parse, so it can be tested on Docs built by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["promised_action"]

# Verbs whose to-infinitive is the thing promised or claimed.
_COMMITMENT_VERBS: frozenset[str] = frozenset({"promise", "pledge", "vow", "claim"})
_MIN_WORDS = 2


def promised_action(verb: Token) -> Span | None:
    """ "vowed to crack down": the infinitive phrase (with "to"), if the verb commits to one."""
    if verb.lemma_.lower() not in _COMMITMENT_VERBS:
        return None
    for child in verb.children:
        if child.i > verb.i and child.dep_ == "xcomp" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            span = verb.doc[child.left_edge.i:child.right_edge.i + 1]
            words = [t for t in span if not (t.is_punct or t.is_space)]
            if len(words) >= _MIN_WORDS and "\n" not in span.text:
                return span
    return None
