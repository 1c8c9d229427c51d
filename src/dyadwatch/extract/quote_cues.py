"""Speech cues in a parsed Doc: the verb (or phrase), who speaks, and what is reported.

Works on the dependency parse only, so every rule can be tested on a Doc built by
hand. Patterns:

- X said/noted/stressed/warned/added (that) CLAUSE         verb + ccomp
- CLAUSE, X said                                           the ccomp is to the left
- X urged/called on Y to ACT; X called for Z               xcomp / "for" object
- X described/characterized Y as Z; X called Y Z           naming verbs
- according to X, CLAUSE; as noted in X, CLAUSE            the speaker is in a phrase
- This stance was conveyed by X                            the content is the sentence before
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from dyadwatch.resolve.speakers import span_ents

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["MEDIA_NOUNS", "NAMING_VERBS", "SPEECH_VERBS", "TAIL_ONLY_VERBS", "Cue", "cue_phrase",
           "draws_attention",
           "find_cues", "speaker_span", "subject_of"]

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
_ANAPHORIC_SUBJECTS: frozenset[str] = frozenset({
    "stance", "assessment", "view", "position", "opinion", "statement", "remark", "comment",
    "message", "point", "this", "that", "idea", "argument", "conclusion", "claim", "warning",
})
_MARKS = frozenset({'"', "“", "”", "«", "»", "„"})
_CLAUSE_DEPS = ("ccomp",)
# Words that, after a comma, start the writer's aside rather than the reported words.
_AUTHOR_ASIDES = frozenset({"which", "who", "although", "though", "whereas", "despite"})
# Sources that are texts, not people: "according to the post", "the article says".
MEDIA_NOUNS: frozenset[str] = frozenset({
    "channel", "post", "article", "report", "newspaper", "agency", "statement", "interview",
    "broadcast", "account", "blog", "website", "outlet", "magazine", "publication", "release",
    "telegram", "paper", "daily", "communique", "readout",
})
# Writings a clause can be reported in ("wrote in a letter that …"), besides MEDIA_NOUNS.
_WRITINGS: frozenset[str] = frozenset({"letter", "email", "e-mail", "tweet", "memo", "op-ed",
                                       "speech", "note", "filing", "message", "editorial"})
# Verbs that hand over a view named by the subject ("This stance was conveyed by X").
_ANAPHORIC_VERBS: frozenset[str] = SPEECH_VERBS | {"convey", "offer", "express", "voice",
                                                  "give", "share", "make", "present", "outline"}


@dataclass(frozen=True)
class Cue:
    """One speech act found in the parse; `content` is None when the cue takes a
    direct quote or nothing (the caller pairs it with quotation marks)."""

    verb: Token
    phrase: str  # e.g. "pointed out", "according to"
    speaker: Span | None
    content: Span | None
    kind: str  # clause | naming | according | anaphoric | request


def cue_phrase(verb: Token) -> str:
    """The verb with its particle ("pointed out", "called on")."""
    parts = [verb.text]
    for child in verb.children:
        if child.dep_ == "prt" or (child.dep_ == "prep" and child.lower_ in ("on", "upon")
                                   and verb.lemma_ in ("call", "touch")):
            parts.append(child.text)
    return " ".join(parts)


def subject_of(verb: Token) -> Token | None:
    """The speaking subject: own subject, passive agent, or the subject of the verb it
    is coordinated with or attached to ("X commented ... and pointed out", "X said, noting",
    "X is inclined to believe"); a relative pronoun stands for its antecedent."""
    token: Token | None = verb
    for _ in range(4):
        if token is None:
            return None
        found = _own_subject(token)
        if found is not None:
            if found.lower_ in ("who", "that", "which") and token.dep_ == "relcl":
                return token.head
            return found
        if token.dep_ in ("conj", "advcl", "xcomp", "acomp") and token.head is not token:
            token = token.head
            continue
        return None
    return None


def _own_subject(token: Token) -> Token | None:
    """A passive agent ("conveyed by X") first, then the grammatical subject."""
    for child in token.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    for child in token.children:
        if not _can_speak(child):
            continue
        if child.dep_ in ("nsubj", "csubj") and child.pos_ in ("NOUN", "PROPN", "PRON", "NUM",
                                                                "X", "ADJ", "DET"):
            return child
        if child.dep_ == "nsubjpass" and token.lemma_ not in _ANAPHORIC_VERBS:
            return child
    return None


def _can_speak(subject: Token) -> bool:
    """Not a time ("5:45 p.m. …") and not a bare demonstrative ("That suggests …"): such
    a subject states nothing, so the verb is no speech cue."""
    if subject.ent_type_ in ("DATE", "TIME"):
        return False
    return not (subject.lower_ in ("that", "this", "these", "those")
                and subject.pos_ in ("PRON", "DET") and not list(subject.children))


def speaker_span(token: Token) -> Span:
    """The noun phrase of a subject token, without relative clauses and trailing punctuation;
    a title with the name after it ("Russia's envoy to the UN Vasily Nebenzya") keeps the name."""
    doc = token.doc
    left = token.left_edge.i
    right = token.i
    for child in token.rights:
        if child.dep_ in ("relcl", "punct", "acl", "cc", "conj", "appos", "prep"):
            break
        right = child.right_edge.i
    for i in range(left, token.i):
        if "\n" in doc[i].text:
            left = i + 1  # a parse that ran over a line break (a title above)
    while left < token.i and doc[left].is_punct:
        left += 1
    if token.ent_type_ != "PERSON":
        for ent in span_ents(doc[token.i:token.right_edge.i + 1]):
            if ent.label_ == "PERSON" and _attached_to(ent.root, token):
                return doc[left:ent.end]
    return doc[left:right + 1]


def _attached_to(token: Token, head: Token) -> bool:
    """Is `token` a name for `head` (apposition, compound), not an owner ("Putin's aide")?"""
    for _ in range(4):
        if token.dep_ in ("poss", "relcl", "acl"):
            return False
        if token.head is head:
            return token.dep_ in ("appos", "compound", "pobj", "npadvmod")
        token = token.head
    return False


def find_cues(doc: Doc) -> list[Cue]:
    """Every speech cue in the document, in order."""
    cues: list[Cue] = []
    for token in doc:
        cue = _verb_cue(token) if token.pos_ in ("VERB", "AUX") else None
        if cue is None and token.lower_ == "according":
            cue = _according_cue(token)
        if cue is not None:
            cues.extend(_within_paragraph(c) for c in _with_right_part(cue))
    return cues


def _within_paragraph(cue: Cue) -> Cue:
    """The parser may run a sentence over a line break (a title, the next paragraph): the
    reported words stop at the break on the cue's side."""
    content = cue.content
    if content is None:
        return cue
    doc = content.doc
    lo, hi = sorted((cue.verb.i, content.start if content.start > cue.verb.i else content.end))
    if any("\n" in t.text for t in doc[lo:hi]):
        return Cue(cue.verb, cue.phrase, cue.speaker, None, cue.kind)  # across a paragraph
    if "\n" not in content.text:
        return cue
    breaks = [t.i for t in content if "\n" in t.text]
    anchor = cue.verb.i
    before = [b for b in breaks if b < anchor]
    after = [b for b in breaks if b > anchor]
    start = before[-1] + 1 if before else content.start
    end = after[0] if after else content.end
    if end - start < 2:
        return Cue(cue.verb, cue.phrase, cue.speaker, None, cue.kind)
    return Cue(cue.verb, cue.phrase, cue.speaker, _trim(doc[start:end]), cue.kind)


def _with_right_part(cue: Cue) -> list[Cue]:
    """A cue inside the reported sentence ("Lenox was a juggernaut, Mr. Clarke said, until it
    went bankrupt"): the words after it are reported too. After "and"/"but" they are a
    second statement; otherwise the sentence is one statement (the span covers the cue)."""
    content, verb = cue.content, cue.verb
    if cue.kind != "clause" or content is None or content.end > verb.i:
        return [cue]
    doc = verb.doc
    cue_end = verb.i
    for child in verb.children:
        if child.i > verb.i and (child.dep_ in ("nsubj", "prt", "dobj") or child == cue.speaker):
            cue_end = max(cue_end, child.right_edge.i)
    last = verb.sent.end - 1
    while last > cue_end and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    first = cue_end + 1
    if first >= last or doc[first].text != ",":
        return [cue]
    first += 1
    if doc[first].pos_ == "CCONJ":
        second = _trim(doc[first + 1:last + 1])
        return [cue, Cue(verb, cue.phrase, cue.speaker, second, cue.kind)] if len(second) > 2 \
            else [cue]
    return [Cue(verb, cue.phrase, cue.speaker, _trim(doc[content.start:last + 1]), cue.kind)]


def _verb_cue(verb: Token) -> Cue | None:
    lemma = verb.lemma_.lower()
    if draws_attention(verb):
        return _attention_cue(verb)
    if lemma == "be":
        return _copular_cue(verb)
    if lemma in _ANAPHORIC_VERBS and not _negated(verb):
        anaphoric = _anaphoric_cue(verb)
        if anaphoric is not None:
            return anaphoric
    if lemma not in SPEECH_VERBS or _negated(verb) or verb.dep_ in ("amod", "pcomp", "acl"):
        return None
    if verb.dep_ == "relcl" and not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that", "which")
                                        for c in verb.children):
        return None  # "the claims that Lohmar said are unrelated": the object is relativised
    if lemma in TAIL_ONLY_VERBS:
        return None  # "Story continues below": only after a quote ("…,” she continued)
    if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return None
    if _as_noted_in(verb):
        return _as_noted_cue(verb)
    subject = subject_of(verb)
    speaker = speaker_span(subject) if subject is not None else None
    content, kind = _content(verb)
    if lemma in OPINION_VERBS and (speaker is None or content is None or verb.tag_ == "VBG"
                                   or speaker.root.pos_ == "PRON"):
        return None
    return Cue(verb, cue_phrase(verb), speaker, content, kind)


def draws_attention(verb: Token) -> bool:
    """ "X drew (the) attention (of Y) to …": a way of stating something."""
    return verb.lemma_.lower() == "draw" and any(
        c.lemma_.lower() == "attention" and c.dep_ in ("dobj", "nsubjpass") for c in verb.children)


def _attention_cue(verb: Token) -> Cue | None:
    """ "X drew attention to the fact that CLAUSE": the clause; the speaker is X (an
    agentless passive has none, and the caller then skips it)."""
    subject = subject_of(verb)
    if subject is not None and subject.lemma_.lower() == "attention":
        subject = None
    content = None
    for token in verb.subtree:
        if token.lemma_.lower() == "fact":
            clauses = [c for c in token.children if c.dep_ in ("acl", "ccomp", "relcl")]
            if clauses:
                content = _clause_span(clauses[0])
            break
    speaker = speaker_span(subject) if subject is not None else None
    return Cue(verb, "drew attention to", speaker, content, "clause")


def _copular_cue(verb: Token) -> Cue | None:
    """ "His main argument is X": the possessor states X."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"
                and c.lemma_.lower() in _ANAPHORIC_SUBJECTS]
    attributes = [c for c in verb.children if c.dep_ in ("attr", "ccomp")]
    if not subjects or not attributes:
        return None
    owners = [c for c in subjects[0].children if c.dep_ == "poss"]
    if not owners:
        return None
    content = _clause_span(attributes[0])  # "… is that X" or "… is X"
    return Cue(verb, verb.text, speaker_span(owners[0]), content, "clause")


def _content(verb: Token) -> tuple[Span | None, str]:
    """The reported clause of a speech verb, and which pattern found it."""
    doc = verb.doc
    clauses = [c for c in verb.children if c.dep_ in _CLAUSE_DEPS and _reportable(c)]
    right = [c for c in clauses if c.i > verb.i]
    left = [c for c in clauses if c.i < verb.i and _left_clause_ok(c, verb)]
    if right:
        return _with_coordinated(verb, _clause_span(right[0])), "clause"
    if left:
        return _clause_span(left[0]), "clause"
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
    lemma = verb.lemma_.lower()
    if lemma in NAMING_VERBS:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        predicates = [c for c in verb.children if c.dep_ in ("oprd", "prep") and (
            c.dep_ == "oprd" or c.lower_ == "as")]
        if objects and predicates:
            end = max(p.right_edge.i for p in predicates)
            span = doc[objects[0].left_edge.i:end + 1]
            if any(t.text in _MARKS for t in span):
                return None, "direct"  # "called Russia a “strategic partner”": the fragment only
            return _trim(span), "naming"
    after_dash = _after_dash(verb)
    if after_dash is not None:
        return after_dash, "clause"
    for child in verb.children:
        if child.dep_ == "xcomp" and lemma in ("urge", "call", "ask", "tell", "warn", "demand"):
            return _clause_span(child), "request"
        marks = [c for c in child.children if c.dep_ == "mark" and c.lower_ == "for"]
        if child.dep_ == "advcl" and marks and lemma in ("call", "ask"):
            # "called for officials to publish …", parsed as a clause marked by "for"
            return _trim(doc[marks[0].i + 1:child.right_edge.i + 1]), "request"
        if child.dep_ == "prep" and child.lower_ == "for" and lemma in ("call", "ask"):
            # "called for the ratification", "for reducing taxes", "for X to resign": all
            # that "for" governs (the parser may hang the infinitive on the object's head).
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                end = max(child.right_edge.i, objects[0].right_edge.i)
                tails = [c for c in verb.children if c.dep_ == "xcomp" and c.left_edge.i == end + 1]
                end = tails[0].right_edge.i if tails else end
                return _trim(doc[objects[0].left_edge.i:end + 1]), "request"
    return None, "direct"


def _clause_after_medium(verb: Token) -> Span | None:
    """ "X wrote in a statement that CLAUSE", "X said in an interview that CLAUSE": the
    parser hangs the clause on the medium; a relative clause ("the letter that he sent")
    has no "that" marker and is not taken."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for medium in prep.children:
            if medium.dep_ != "pobj" or medium.lemma_.lower() not in MEDIA_NOUNS | _WRITINGS:
                continue
            for clause in medium.children:
                if clause.dep_ in ("acl", "ccomp", "relcl") and clause.i > medium.i and any(
                        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                    return _clause_span(clause)
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
    content = _trim(doc[i + 1:last + 1])
    return content if len(content) >= 3 else None


def _reportable(head: Token) -> bool:
    """A finite clause; not a relative clause misparsed as a complement ("which …"), not
    an absolute phrase ("…, eyes welling up"), not itself a speech act ("It is noted that X
    said that …": X's own cue reports it)."""
    first = head.left_edge
    if first.lower_ in ("which", "who", "whom", "whose") or _absolute(head):
        return False
    lemma = head.lemma_.lower()
    return not (lemma in SPEECH_VERBS and lemma not in OPINION_VERBS and not _negated(head)
                and _own_subject(head) is not None
                and any(c.dep_ in _CLAUSE_DEPS for c in head.children))


def _with_coordinated(verb: Token, content: Span) -> Span:
    """ "X says A, but B": a clause coordinated to the cue verb after its complement
    continues the report (unless it is a speech act of its own)."""
    doc = verb.doc
    end = content.end
    for child in verb.children:
        if child.dep_ == "conj" and child.i >= end and child.lemma_.lower() not in SPEECH_VERBS \
                and _own_subject(child) is not None \
                and not any(t.text == ";" for t in doc[content.end:child.left_edge.i]):
            end = max(end, child.right_edge.i + 1)
    return _trim(doc[content.start:end]) if end > content.end else content


def _fronted_clause(verb: Token, clauses: list[Token]) -> Span | None:
    """ "CLAUSE, authorities said Saturday": everything before the comma that precedes the
    subject, when the parse left parts of the clause hanging off the verb."""
    subject = _own_subject(verb)
    if not clauses or subject is None or subject.i > verb.i:
        return None
    doc = verb.doc
    comma = subject.left_edge.i - 1
    start = verb.sent.start
    if comma - start < 3 or doc[comma].text not in (",", "”", '"') or clauses[0].left_edge.i != (
            start):
        return None
    return _trim(doc[start:comma])


def _absolute(head: Token) -> bool:
    """ "…, eyes welling up with tears": a participle with no auxiliary after the cue (a
    clause opened by "that" is finite, whatever the tagger made of its verb)."""
    return head.tag_ in ("VBG", "VBN") and not any(
        c.dep_ in ("aux", "auxpass", "mark") for c in head.children) and head.i > head.head.i


def _left_clause_ok(clause: Token, verb: Token) -> bool:
    """ "CLAUSE, X said": only a comma (or a closing mark) and the subject in between."""
    doc = verb.doc
    between = doc[clause.right_edge.i + 1:verb.i]
    subject = _own_subject(verb)
    inside_subject = set() if subject is None else {t.i for t in subject.subtree}
    rest = [t for t in between if t.i not in inside_subject]
    return all(t.text in (",", "”", '"', "’", "»") for t in rest) and clause.left_edge.i == (
        clause.sent.start)


def _parenthetical_content(verb: Token) -> Span | None:
    """ "Macharia hid under desks, he said, but …": the words before the inserted cue."""
    doc = verb.doc
    subject = _own_subject(verb)
    first = min(verb.i, subject.left_edge.i) if subject is not None else verb.i
    start = verb.sent.start
    if first - start < 3:
        return None
    return _trim(doc[start:first])


def _inserted_cue_content(verb: Token) -> Span | None:
    """ "Back home, Mr. Clarke said, he decided to act": the sentence the cue interrupts
    (the span covers the cue, as a quote is one stretch of text). A sentence in double
    marks (“A,” he said, “B”) is left to the direct quotes."""
    head = verb.head
    span = _trim(verb.doc[head.left_edge.i:head.right_edge.i + 1])
    if len(span) < 6 or any(t.text in _MARKS for t in span) or span.start >= verb.i:
        return None
    return span


def _clause_span(head: Token) -> Span:
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
        if doc[i].text == "," and (doc[i + 1].lower_ in _AUTHOR_ASIDES and doc[i + 1].dep_ != "det"
                                   or _speech_participle(doc[i + 1])):
            right = i - 1  # ", which was a sure sign …", ", although …", ", adding that …"
            break
    semicolons = [i for i in range(left + 3, right) if doc[i].text == ";"]
    if semicolons:
        right = semicolons[0] - 1  # "X said A; B": B is the writer's again
    return _trim(doc[left:right + 1])


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


def _trim(span: Span) -> Span:
    doc = span.doc
    start, end = span.start, span.end
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start:end]


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _anaphoric_cue(verb: Token) -> Cue | None:
    """ "This stance was conveyed by X": the content is the sentence before."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    agents = [c for c in verb.children if c.dep_ == "agent"]
    if not subjects or not agents:
        return None
    subject = subjects[0]
    has_demonstrative = any(c.lower_ in ("this", "that", "these", "such") for c in subject.subtree)
    if subject.lemma_.lower() not in _ANAPHORIC_SUBJECTS or not has_demonstrative:
        return None
    speaker = subject_of(verb)
    sent = verb.sent
    if sent.start == 0 or speaker is None:
        return None
    previous = verb.doc[sent.start - 1].sent
    return Cue(verb, cue_phrase(verb), speaker_span(speaker), _trim(previous), "anaphoric")


def _as_noted_in(verb: Token) -> bool:
    return verb.dep_ == "advcl" and any(c.lower_ == "as" and c.dep_ == "mark"
                                        for c in verb.children)


def _as_noted_cue(verb: Token) -> Cue | None:
    """ "As noted in the post, CLAUSE": the speaker is the object of "in"/"by"."""
    source = None
    for child in verb.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in ("in", "by"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            source = objects[0] if objects else None
    if source is None:
        return None
    return Cue(verb, cue_phrase(verb), speaker_span(source), _main_clause_without(verb),
               "according")


def _according_cue(token: Token) -> Cue | None:
    """ "according to X, CLAUSE" (or CLAUSE, according to X)."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    if source is None:
        return None
    speaker = speaker_span(source)
    if source.lemma_.lower() in MEDIA_NOUNS:  # "the Telegram channel of the Baltic Council"
        speaker = _trim(token.doc[source.left_edge.i:source.right_edge.i + 1])
    content = _main_clause_without(token)
    if content is not None and any(
            (t.lemma_.lower() in SPEECH_VERBS or t.lemma_.lower() in NAMING_VERBS)
            and t.pos_ == "VERB" and _own_subject(t) is not None for t in content):
        content = None  # "X said Y, according to Z": X's cue carries it, Z is the channel
    return Cue(token, "according to", speaker, content, "according")


def _main_clause_without(phrase: Token) -> Span | None:
    """The sentence's main clause minus the attribution phrase (comma-bounded)."""
    sent = phrase.sent
    lo, hi = phrase.left_edge.i, phrase.right_edge.i
    doc = phrase.doc
    first, last = sent.start, sent.end - 1
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    while first < last and (doc[first].is_punct or doc[first].is_space):
        first += 1
    if lo - first <= 1:
        start, end = hi + 1, sent.end
    elif hi >= last:
        start, end = sent.start, lo
    elif doc[hi + 1].text == ",":
        start, end = hi + 2, last + 1  # "…, and, as noted by X, CLAUSE"
    else:
        return None
    if end - start < 3:
        return None
    return _trim(doc[start:end])
