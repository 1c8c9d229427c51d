"""What a speech cue reports: the clause, request or description a verb governs.

Besides the complement clause: "CLAUSE, X said" however the parser attached it, a clause
the parser took for an adverbial one ("said later he would …"), "X wrote in a statement
that …", what follows a dash or colon, requests ("urged Y to …", "called for …") and the
infinitive of a commitment ("vowed to …", quote_promises).

    span, kind = reported_content(verb)  # kind: clause | naming | request | direct

Dependency-parse rules only, testable on Docs built by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dyadwatch.extract.quote_cue_words import (
    AUTHOR_ASIDES,
    CLAUSE_DEPS,
    MARKS,
    MEDIA_NOUNS,
    NAMING_VERBS,
    OPINION_VERBS,
    SPEECH_VERBS,
    WRITINGS,
)
from dyadwatch.extract.quote_promises import promised_action
from dyadwatch.extract.quote_subjects import negated, own_subject

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["clause_span", "reported_content", "trim"]

_CLOSING_TAIL = 10  # words after a sentence-closing cue: its subject, a time, a place


def reported_content(verb: Token) -> tuple[Span | None, str]:
    """The reported clause of a speech verb, and which pattern found it."""
    doc = verb.doc
    clauses = [c for c in verb.children if c.dep_ in CLAUSE_DEPS and _reportable(c)]
    right = [c for c in clauses if c.i > verb.i]
    left = [c for c in clauses if c.i < verb.i and _left_clause_ok(c, verb)]
    if right:
        return _with_coordinated(verb, clause_span(right[0])), "clause"
    if left:
        return clause_span(left[0]), "clause"
    fronted = _fronted_clause(verb, [c for c in clauses if c.i < verb.i])
    if fronted is not None:
        return fronted, "clause"
    if verb.dep_ == "parataxis" and verb.head.i < verb.i:
        return _parenthetical_content(verb), "clause"
    if verb.dep_ == "parataxis" and verb.head.i > verb.i:
        return _inserted_cue_content(verb), "clause"
    in_medium = _clause_after_medium(verb)
    if in_medium is not None:
        return in_medium, "clause"
    closing = _before_closing_cue(verb)
    if closing is not None:
        return closing, "clause"
    unmarked = _unmarked_clause(verb)
    if unmarked is not None:
        return unmarked, "clause"
    lemma = verb.lemma_.lower()
    if lemma in NAMING_VERBS:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        predicates = [c for c in verb.children if c.dep_ in ("oprd", "prep") and (
            c.dep_ == "oprd" or c.lower_ == "as")]
        if objects and predicates:
            end = max(p.right_edge.i for p in predicates)
            span = doc[objects[0].left_edge.i:end + 1]
            if any(t.text in MARKS for t in span):
                return None, "direct"  # "called Russia a “strategic partner”": the fragment only
            return trim(span), "naming"
    after_dash = _after_dash(verb)
    if after_dash is not None:
        return after_dash, "clause"
    for child in verb.children:
        if child.dep_ == "xcomp" and lemma in ("urge", "call", "ask", "tell", "warn", "demand"):
            return clause_span(child), "request"
        marks = [c for c in child.children if c.dep_ == "mark" and c.lower_ == "for"]
        if child.dep_ == "advcl" and marks and lemma in ("call", "ask"):
            # "called for officials to publish …", parsed as a clause marked by "for"
            return trim(doc[marks[0].i + 1:child.right_edge.i + 1]), "request"
        if child.dep_ == "prep" and child.lower_ == "for" and lemma in ("call", "ask"):
            # "called for the ratification", "for reducing taxes", "for X to resign": all
            # that "for" governs (the parser may hang the infinitive on the object's head).
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                end = max(child.right_edge.i, objects[0].right_edge.i)
                tails = [c for c in verb.children if c.dep_ == "xcomp" and c.left_edge.i == end + 1]
                end = tails[0].right_edge.i if tails else end
                return trim(doc[objects[0].left_edge.i:end + 1]), "request"
    promised = promised_action(verb)
    if promised is not None and not any(t.text in MARKS for t in promised):
        return trim(promised), "request"
    return None, "direct"


def _clause_after_medium(verb: Token) -> Span | None:
    """ "X wrote in a statement that CLAUSE", "X said in an interview that CLAUSE": the
    parser hangs the clause on the medium; a relative clause ("the letter that he sent")
    has no "that" marker and is not taken."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for medium in prep.children:
            if medium.dep_ != "pobj" or medium.lemma_.lower() not in MEDIA_NOUNS | WRITINGS:
                continue
            for clause in medium.children:
                if clause.dep_ in ("acl", "ccomp", "relcl") and clause.i > medium.i and any(
                        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                    return clause_span(clause)
    return None


def _before_closing_cue(verb: Token) -> Span | None:
    """ "A, but B, another source said." / "…, said X on Friday.": a cue closing its
    sentence after a comma reports all before the comma, however the parser attached the
    clause (it often makes the cue a conjunct of the first verb)."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > verb.i for c in verb.children):
        return None
    subject = own_subject(verb)
    doc = verb.doc
    start = verb.i if subject is None or subject.i > verb.i else subject.left_edge.i
    sent = verb.sent
    comma = start - 1
    if comma - sent.start < 4 or doc[comma].text not in (",", "—", "–"):
        return None
    after = [t for t in doc[verb.i + 1:sent.end] if not (t.is_punct or t.is_space)]
    inside_subject = set() if subject is None else {t.i for t in subject.subtree}
    if len(after) > _CLOSING_TAIL or any(t.pos_ in ("VERB", "AUX") and t.i not in inside_subject
                                         for t in after):
        return None
    content = trim(doc[sent.start:comma])
    if not any(t.pos_ in ("VERB", "AUX") for t in content) or any(
            t.text in MARKS for t in content):
        return None
    return content


def _unmarked_clause(verb: Token) -> Span | None:
    """ "Trump said after the convention he would not accept …": a finite clause with its
    own subject and no subordinator ("if", "when", "because"), which the parser took for an
    adverbial clause, is what was said."""
    for child in verb.children:
        if child.dep_ != "advcl" or child.i < verb.i or child.tag_ in ("VBG", "VBN"):
            continue
        if any(c.dep_ in ("mark", "advmod") and c.i < child.i and c.lower_ not in ("that",)
               for c in child.children):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children):
            return clause_span(child)
    return None


def _after_dash(verb: Token) -> Span | None:
    """ "X noted one more thing — Y" / "X stressed one point: Y": what follows the dash."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return None
    doc = verb.doc
    i = objects[0].right_edge.i + 1
    last = verb.sent.end - 1
    if i >= last or doc[i].text not in ("—", "–", ":", "-"):
        return None
    content = trim(doc[i + 1:last + 1])
    return content if len(content) >= 3 else None


def _reportable(head: Token) -> bool:
    """A finite clause; not a relative clause misparsed as a complement ("which …"), not
    an absolute phrase ("…, eyes welling up"), not itself a speech act ("It is noted that X
    said that …": X's own cue reports it)."""
    first = head.left_edge
    if first.lower_ in ("which", "who", "whom", "whose") or _absolute(head):
        return False
    lemma = head.lemma_.lower()
    return not (lemma in SPEECH_VERBS and lemma not in OPINION_VERBS and not negated(head)
                and own_subject(head) is not None
                and any(c.dep_ in CLAUSE_DEPS for c in head.children))


def _with_coordinated(verb: Token, content: Span) -> Span:
    """ "X says A, but B": a clause coordinated to the cue verb after its complement
    continues the report (unless it is a speech act of its own)."""
    doc = verb.doc
    end = content.end
    for child in verb.children:
        if child.dep_ == "conj" and child.i >= end and child.lemma_.lower() not in SPEECH_VERBS \
                and own_subject(child) is not None \
                and not any(t.text == ";" for t in doc[content.end:child.left_edge.i]):
            end = max(end, child.right_edge.i + 1)
    return trim(doc[content.start:end]) if end > content.end else content


def _fronted_clause(verb: Token, clauses: list[Token]) -> Span | None:
    """ "CLAUSE, authorities said Saturday": everything before the comma that precedes the
    subject, when the parse left parts of the clause hanging off the verb."""
    subject = own_subject(verb)
    if not clauses or subject is None or subject.i > verb.i:
        return None
    doc = verb.doc
    comma = subject.left_edge.i - 1
    start = verb.sent.start
    if comma - start < 3 or doc[comma].text not in (",", "”", '"') or clauses[0].left_edge.i != (
            start):
        return None
    return trim(doc[start:comma])


def _absolute(head: Token) -> bool:
    """ "…, eyes welling up with tears": a participle with no auxiliary after the cue (a
    clause opened by "that" is finite, whatever the tagger made of its verb)."""
    return head.tag_ in ("VBG", "VBN") and not any(
        c.dep_ in ("aux", "auxpass", "mark") for c in head.children) and head.i > head.head.i


def _left_clause_ok(clause: Token, verb: Token) -> bool:
    """ "CLAUSE, X said": only a comma (or a closing mark) and the subject in between."""
    doc = verb.doc
    between = doc[clause.right_edge.i + 1:verb.i]
    subject = own_subject(verb)
    inside_subject = set() if subject is None else {t.i for t in subject.subtree}
    rest = [t for t in between if t.i not in inside_subject]
    return all(t.text in (",", "”", '"', "’", "»") for t in rest) and clause.left_edge.i == (
        clause.sent.start)


def _parenthetical_content(verb: Token) -> Span | None:
    """ "Macharia hid under desks, he said, but …": the words before the inserted cue."""
    doc = verb.doc
    subject = own_subject(verb)
    first = min(verb.i, subject.left_edge.i) if subject is not None else verb.i
    start = verb.sent.start
    if first - start < 3:
        return None
    return trim(doc[start:first])


def _inserted_cue_content(verb: Token) -> Span | None:
    """ "Back home, Mr. Clarke said, he decided to act": the sentence the cue interrupts
    (the span covers the cue, as a quote is one stretch of text). A sentence in double
    marks (“A,” he said, “B”) is left to the direct quotes."""
    head = verb.head
    span = trim(verb.doc[head.left_edge.i:head.right_edge.i + 1])
    if len(span) < 6 or span.start >= verb.i or _mostly_marked(span):
        return None
    doc = verb.doc
    before = sum(1 for t in doc[verb.sent.start:verb.i] if t.text in MARKS)
    after = next((t for t in doc[verb.i + 1:span.end] if not t.is_punct or t.text in MARKS),
                 None)
    if before % 2 or after is not None and after.text in MARKS:
        return None  # the cue interrupts a quote, or hands over to one (“…,” he said, “…”)
    return span


def _mostly_marked(span: Span) -> bool:
    """Are most words of the span inside quotation marks (a quote the cue interrupts),
    rather than a quoted phrase or two in the reporter's sentence?"""
    inside = False
    marked = 0
    for token in span:
        if token.text in MARKS:
            inside = not inside
        elif inside:
            marked += 1
    return marked * 2 >= len(span)


def clause_span(head: Token) -> Span:
    """The complement's words, without "that", and without a second speech act joined
    to it ("… and alleges that …") or a trailing comment (", which was a sure sign …")."""
    doc = head.doc
    left = head.left_edge.i
    while left < head.i and (doc[left].dep_ == "mark" and doc[left].lower_ in ("that",)
                             or doc[left].is_punct):
        left += 1
    right = head.right_edge.i
    for child in head.children:
        if child.dep_ == "conj" and child.i > head.i and child.lemma_.lower() in SPEECH_VERBS:
            right = min(right, _before_coordinator(child))
    for i in range(max(head.i + 1, left + 4), right):
        if doc[i].text == "," and (doc[i + 1].lower_ in AUTHOR_ASIDES and doc[i + 1].dep_ != "det"
                                   or _speech_participle(doc[i + 1])):
            right = i - 1  # ", which was a sure sign …", ", although …", ", adding that …"
            break
    semicolons = [i for i in range(left + 3, right) if doc[i].text == ";"]
    if semicolons:
        right = semicolons[0] - 1  # "X said A; B": B is the writer's again
    return trim(doc[left:right + 1])


def _speech_participle(token: Token) -> bool:
    """ "…, arguing that …", "…, adding …": the speaker's next statement (a cue of its
    own), not part of the clause before it."""
    return token.tag_ == "VBG" and token.lemma_.lower() in SPEECH_VERBS \
        and token.dep_ in ("advcl", "xcomp", "conj", "acl")


def _before_coordinator(conj: Token) -> int:
    """The last token before a conjunct and its "and"/"but"."""
    i = conj.left_edge.i - 1
    doc = conj.doc
    while i > 0 and (doc[i].dep_ == "cc" or doc[i].is_punct):
        i -= 1
    return i


def trim(span: Span) -> Span:
    doc = span.doc
    start, end = span.start, span.end
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start:end]
