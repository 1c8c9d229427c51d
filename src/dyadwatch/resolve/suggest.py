"""Names the actor dictionaries do not know, most frequent first, with the words that
say who they are, so `people.yaml` and `organisations.yaml` can be kept current.

    for s in suggest_unresolved(nlp.pipe(texts), ActorResolver.from_package()):
        print(s.count, s.label, s.name, "|", s.context)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dyadwatch.resolve.phrases import match_phrases
from dyadwatch.resolve.tables import tokenize

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from dyadwatch.resolve.actors import ActorResolver

__all__ = ["RoleNoun", "Suggestion", "suggest_role_nouns", "suggest_unresolved"]

LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# Words shown before a name when it has no appositive.
_CONTEXT_WORDS = 6
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_TRAILING = re.compile(r"\s*['’]s?$")


@dataclass(frozen=True)
class Suggestion:
    name: str  # as written (most frequent spelling)
    label: str  # spaCy entity label seen most often
    count: int  # mentions across the documents
    context: str  # an appositive or the words before the name, preferring a role


def _clean(text: str) -> str:
    return _TRAILING.sub("", _LEADING.sub("", " ".join(text.split())))


def _known(resolver: ActorResolver, ent: Span, name: str) -> bool:
    """A dictionary person, or any phrase the resolver gives a country or name (a
    tagger's PERSON is often a country, "Mali", or a shared surname, "Assad")."""
    if ent.label_ == "PERSON" and resolver.person(name) is not None:
        return True
    actor = resolver.resolve_text(name)
    return actor is not None and (actor.country is not None or actor.name is not None
                                  or ent.label_ != "PERSON")


def _appositive(ent: Span) -> str | None:
    """'Jane Roe, the Ruritanian envoy' -> 'the Ruritanian envoy' (and the reverse)."""
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and not (ent.start <= child.i < ent.end):
            return ent.doc[child.left_edge.i:child.right_edge.i + 1].text
    if root.dep_ == "appos" and not (ent.start <= root.head.i < ent.end):
        head = root.head
        return ent.doc[head.left_edge.i:head.i + 1].text
    return None


def _words_before(ent: Span) -> str:
    sent_start = ent.sent.start if ent.doc.has_annotation("SENT_START") else 0
    start = max(sent_start, ent.start - _CONTEXT_WORDS)
    return ent.doc[start:ent.start].text


def _has_role(resolver: ActorResolver, text: str) -> bool:
    hits = match_phrases(tokenize(text), resolver.tables)
    return any(h.entry is not None and h.entry.kind in {"role", "organ"} for h in hits)


def suggest_unresolved(
    docs: Iterable[Doc], resolver: ActorResolver, limit: int = 30
) -> list[Suggestion]:
    """The `limit` most frequent PERSON/ORG/NORP/GPE names the resolver cannot resolve."""
    counts: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    labels: dict[str, Counter[str]] = {}
    contexts: dict[str, str] = {}
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ not in LABELS:
                continue
            name = _clean(ent.text)
            if len(name) < 2 or not any(c.isalpha() for c in name) or _known(resolver, ent, name):
                continue
            key = name.casefold()
            counts[key] += 1
            spellings.setdefault(key, Counter())[name] += 1
            labels.setdefault(key, Counter())[ent.label_] += 1
            context = _appositive(ent) or _words_before(ent)
            if key not in contexts or (_has_role(resolver, context)
                                       and not _has_role(resolver, contexts[key])):
                contexts[key] = " ".join(context.split())
    return [
        Suggestion(spellings[key].most_common(1)[0][0], labels[key].most_common(1)[0][0],
                   count, contexts.get(key, ""))
        for key, count in counts.most_common(limit)
    ]


# Dependencies of a noun that may name who acts or is acted on.
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "appos", "conj"})
# Prepositions whose object is an actor ("attacked by militants", "talks with rebels").
_ACTOR_PREPS = frozenset({"by", "with", "against", "between", "of"})


@dataclass(frozen=True)
class RoleNoun:
    lemma: str  # the head noun, lower-cased lemma
    count: int  # subject/object uses whose phrase resolves to no actor
    example: str  # the most frequent such phrase


def _is_argument(token: Token) -> bool:
    if token.pos_ != "NOUN":
        return False
    if token.dep_ in _ARGUMENT_DEPS:
        return True
    return token.dep_ == "pobj" and token.head.lower_ in _ACTOR_PREPS


def suggest_role_nouns(
    docs: Iterable[Doc], resolver: ActorResolver, limit: int = 30
) -> list[RoleNoun]:
    """The `limit` most frequent common nouns heading a subject or object phrase that the
    resolver does not know ("teachers", "nurses"): candidates for role nouns."""
    counts: Counter[str] = Counter()
    examples: dict[str, Counter[str]] = {}
    for doc in docs:
        for token in doc:
            if not _is_argument(token):
                continue
            phrase = doc[token.left_edge.i:token.i + 1].text
            if resolver.resolve_text(phrase) is not None:
                continue
            lemma = (token.lemma_ or token.text).lower()
            counts[lemma] += 1
            examples.setdefault(lemma, Counter())[" ".join(phrase.split())] += 1
    return [RoleNoun(lemma, count, examples[lemma].most_common(1)[0][0])
            for lemma, count in counts.most_common(limit)]
