"""Who issued a document that speaks: "the report says" -> the body that released it.

A document noun as a speaker ("the statement said", "the lawsuit alleges", "according to
the complaint") stands for whoever issued the document. The issuer is read from the
document's own noun phrase or from an earlier mention of the same document:

- "Amnesty International's report", "the RCMP statement": the owner or the name before it;
- "a report by the Halvorsen Institute", "the statement from the RCMP": the "by"/"from" phrase;
- "a report released by X": the agent of a participle attached to the noun;
- "X filed a lawsuit", "Researchers at Y published the study": the subject of the verb
  whose object the noun is (or the proper name inside a common-noun subject).

Pure functions over a parsed Doc; no state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["earlier_document", "issuer_of", "issuer_span"]

_ISSUING_PREPS = frozenset({"by", "from"})
_PROPER_ENTS = frozenset({"ORG", "PERSON", "NORP", "GPE", ""})
_ISSUER_PRONOUNS = frozenset({"he", "she", "they", "it", "his", "her", "their", "its"})
# Verbs whose subject issues the document they speak "in" ("said in a statement").
_STATING_VERBS = frozenset({"say", "write", "announce", "warn", "state", "note", "add", "argue",
                            "explain", "claim", "allege", "conclude", "find", "recommend",
                            "report", "acknowledge", "confirm", "deny", "urge", "call"})
# Nouns for a document's results, which stand for whichever document was named before.
GENERIC_DOCUMENT_NOUNS = frozenset({"finding", "findings", "result", "results", "research",
                                    "data", "analysis"})


def _is_issuer(token: Token) -> bool:
    """A name (proper noun or named entity) or a personal pronoun."""
    if token.pos_ == "PRON":
        return token.lower_ in _ISSUER_PRONOUNS
    return (token.pos_ == "PROPN" or token.ent_type_ in ("ORG", "PERSON")) and \
        token.ent_type_ in _PROPER_ENTS


def _name_inside(phrase_head: Token) -> Token | None:
    """ "Researchers at Dunmore University": the name inside a common-noun phrase."""
    if _is_issuer(phrase_head):
        return phrase_head
    for child in phrase_head.children:
        if child.dep_ == "prep" and child.lower_ in ("at", "from", "with", "of"):
            for obj in child.children:
                if obj.dep_ == "pobj" and _is_issuer(obj) and obj.pos_ != "PRON":
                    return obj
    return None


def issuer_of(noun: Token) -> Token | None:
    """The token naming who issued the document `noun` stands for, or None."""
    for child in noun.children:
        if child.dep_ == "poss" and _is_issuer(child):
            return child
        if child.dep_ == "compound" and child.i < noun.i and child.ent_type_ == "ORG":
            return child
        if child.dep_ == "prep" and child.lower_ in _ISSUING_PREPS:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ != "PRON" and _name_inside(obj) is not None:
                return _name_inside(obj)
        if child.dep_ in ("acl", "relcl"):
            for agent in (c for c in child.children if c.dep_ == "agent"):
                obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                if obj is not None and _name_inside(obj) is not None:
                    return _name_inside(obj)
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in ("in", "through") and verb.dep_ == "prep":
        verb = verb.head  # "X said in a statement", "In a report, X warned"
        if verb.lemma_.lower() not in _STATING_VERBS:
            return None  # "saw no evidence in the report": a reader, not the issuer
    elif noun.dep_ not in ("dobj", "obj"):
        return None
    if verb.pos_ in ("VERB", "AUX"):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return _name_inside(subject)
    return None


def issuer_span(token: Token) -> Span:
    """The whole name around an issuer token: its entity, else its proper-noun compound."""
    doc = token.doc
    if token.ent_type_ and token.ent_iob_ in ("B", "I"):
        start = token.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        end = token.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return doc[start:end]
    start = token.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" \
            and doc[start - 1].head.i == token.i:
        start -= 1
    return doc[start:token.i + 1]


def earlier_document(doc: Doc, lemma: str, before: int, reach: int,
                     document_nouns: frozenset[str]) -> Token | None:
    """The nearest earlier mention of the same document (token index < `before`, within
    `reach` characters) that names its issuer; for "the findings", any document noun."""
    limit = doc[before].idx - reach if before < len(doc) else 0
    generic = lemma in GENERIC_DOCUMENT_NOUNS
    for i in range(before - 1, -1, -1):
        token = doc[i]
        if token.idx < limit:
            break
        noun = token.lemma_.lower()
        if token.pos_ != "NOUN" or not (noun == lemma or generic and noun in document_nouns):
            continue
        if issuer_of(token) is not None:
            return token
    return None
