"""Rules for the words right after a closing quotation mark, on the parse only.

    bare_attribution(doc, first)        # "“…missing.” Trump said."
    reports_a_clause(verb)              # "On “Face the Nation,” Ryan said the …": no quote
    names_a_speaker(tokens)             # "“…” for Clinton, said Kunin"
    attribution_after(verb, words, …)   # "“…,” Ramos, 58, told AFP"
    subject_after(verb, at)             # "“A, B,” Robert Shrum said" (two subjects)

Split from extract.quotes (which calls them from its tail-cue search); testable on Docs
built by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dyadwatch.extract.quote_cue_words import SPEECH_VERBS
from dyadwatch.extract.quote_marks import DOUBLE_MARKS, SENTENCE_END
from dyadwatch.extract.quote_subjects import own_subject, speaker_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from dyadwatch.extract.quote_marks import MarkedSpan

__all__ = ["attribution_after", "bare_attribution", "names_a_speaker", "reports_a_clause",
           "subject_after"]


def bare_attribution(doc: Doc, first: int) -> tuple[Token, Span | None] | None:
    """ "Trump said." / "she added Tuesday." standing alone after a finished quote: a name
    or pronoun and a speech verb that takes nothing else, then the sentence ends."""
    words: list[Token] = []
    for token in doc[first:first + 6]:
        if token.text in SENTENCE_END:
            break
        if "\n" in token.text or token.text in DOUBLE_MARKS:
            return None
        words.append(token)
    else:
        return None
    verbs = [t for t in words if t.lemma_.lower() in SPEECH_VERBS and t.tag_ in ("VBD", "VBZ")]
    if len(verbs) != 1:
        return None
    verb = verbs[0]
    subject = own_subject(verb)
    if subject is None or not (subject.pos_ == "PROPN" or subject.lower_ in ("he", "she")) or any(
            c.dep_ in ("ccomp", "dobj", "xcomp", "dative") for c in verb.children):
        return None
    return verb, speaker_span(subject)


def reports_a_clause(verb: Token) -> bool:
    """ "On “Face the Nation,” Ryan said the protests demand …": the verb after the mark
    reports an unquoted clause of its own, so the quoted words (a title, a phrase: the
    caller asks only for short ones) are not what was said."""
    doc = verb.doc
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i > verb.i and not any(
                t.text in DOUBLE_MARKS or t.tag_ in ("``", "''") or "''" in t.text
                for t in doc[verb.i + 1:child.left_edge.i + 1]):
            return True
    return False


def names_a_speaker(tokens: list[Token]) -> bool:
    """ "said Kunin" / "Zuckoff said" / "the senator said": a speech verb, alone or after a
    short noun phrase, opens the words."""
    for k, token in enumerate(tokens[:6]):
        if token.lemma_.lower() in SPEECH_VERBS and token.tag_.startswith("VB"):
            return True
        if token.pos_ not in ("PROPN", "NOUN", "DET", "ADJ") or k == 5:
            return False
    return False


def attribution_after(doc: Doc, verb: Token, words: list[Token], mark: MarkedSpan) -> bool:
    """ "“…,” Ramos, 58, told AFP" / "“…,” said Jane Roe": a quote closed on a comma, then a
    finite speech verb with a name next to it, not "“…,” telling reporters …"."""
    inner = doc.char_span(mark.start, mark.end, alignment_mode="expand")
    if inner is None or not len(inner) or inner[-1].text != "," or verb.tag_ == "VBG":
        return False  # (no doc.text here: spaCy rebuilds it on every access)
    if words:
        return any(t.pos_ == "PROPN" for t in words) and all(
            t.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "NUM", "PART") for t in words)
    following = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return following is not None and following.pos_ == "PROPN"


def subject_after(verb: Token, at: int) -> Token | None:
    """A subject of `verb` after the character offset `at` (before or after the verb)."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                 and at <= c.idx and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
