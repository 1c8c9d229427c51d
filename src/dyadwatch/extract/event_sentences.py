"""Reading a parsed document sentence by sentence for events: evidence spans,
dates, and who is speaking ("we" in a quote, "he" after a named minister).

Sentences are the pipeline's (a line break starts a sentence, see
nlp/components.py); the evidence index is the sentence's number as the
Processor numbers sentences.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dyadwatch.extract.dates import DateExpression, DateTracker
from dyadwatch.extract.event_actors import ActorFinder, PronounContext, phrase_span
from dyadwatch.extract.event_roles import subjects
from dyadwatch.nlp.sentences import nonblank_sentences
from dyadwatch.types import Actor, Evidence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from dyadwatch.types import Quote

__all__ = [
    "SentenceInfo", "date_tracker", "note_last_person", "note_speakers", "sentence_infos",
    "sentence_of",
]

_FIRST_PERSON = frozenset({"i", "we", "us", "me", "our", "my"})


@dataclass(frozen=True)
class SentenceInfo:
    span: Span
    evidence: Evidence
    date: str | None
    precision: Any  # "day" | "month" | "year" | None
    # Date expressions in the sentence (offsets relative to `span`), for a date that
    # modifies an event noun: "the June 18-19 state visit".
    expressions: tuple[DateExpression, ...] = ()

    def date_inside(self, start_char: int, end_char: int) -> tuple[str, str] | None:
        """(date, precision) of a date expression within the given document offsets."""
        base = self.span.start_char
        for expression in self.expressions:
            inside = start_char <= base + expression.start and base + expression.end <= end_char
            if inside and expression.date and expression.precision:
                return expression.date, expression.precision
        return None


def sentence_of(infos: Sequence[SentenceInfo], offset: int) -> SentenceInfo | None:
    """The sentence holding a character offset (the last one starting before it)."""
    found = None
    for info in infos:
        if info.evidence.start > offset:
            break
        found = info
    return found


def sentence_infos(
    doc: Doc, doc_id: str, tracker: DateTracker | None
) -> Iterator[SentenceInfo]:
    """Non-blank sentences with their evidence (numbered as the Processor numbers them)."""
    for index, (sent, start, text) in enumerate(nonblank_sentences(doc)):
        date: str | None = None
        precision: str | None = None
        expressions: tuple[DateExpression, ...] = ()
        if tracker is not None:
            date, precision = tracker.date_for(sent)
            expressions = tuple(tracker.dates_in(sent))
        evidence = Evidence(doc_id, start, start + len(text), text, index)
        yield SentenceInfo(sent, evidence, date, precision, expressions)


def date_tracker(reference_date: str | None) -> DateTracker:
    """Event dates of successive sentences, anchored on the document's date."""
    return DateTracker(reference_date)


def note_speakers(
    sent: Span, quotes: Sequence[Quote], finder: ActorFinder, pronouns: PronounContext
) -> None:
    """Map first-person pronouns in the sentence to who is speaking: the quote's
    speaker, else the subject of the verb of saying that governs the clause."""
    pronouns.speakers.clear()
    for token in sent:
        if token.lower_ not in _FIRST_PERSON:
            continue
        speaker = _quote_speaker(token, quotes) or _clause_speaker(token, finder, pronouns)
        if speaker is not None:
            pronouns.speakers[token.i] = speaker


def _quote_speaker(token: Token, quotes: Sequence[Quote]) -> Actor | None:
    for quote in quotes:
        if quote.start <= token.idx < quote.end and quote.speaker and quote.speaker.country:
            return quote.speaker
    return None


def _clause_speaker(token: Token, finder: ActorFinder, pronouns: PronounContext) -> Actor | None:
    for ancestor in token.ancestors:
        if ancestor.pos_ == "VERB" and ancestor.lemma_.lower() in _SAYING:
            for slot in subjects(ancestor):
                for subject in slot:
                    if subject.lower_ not in _FIRST_PERSON:
                        return finder.actor(subject, pronouns)
    return None


_SAYING = frozenset({"say", "tell", "add", "note", "state", "stress", "emphasize", "declare",
                     "announce", "insist", "write", "reiterate", "point", "warn"})


def note_last_person(sent: Span, finder: ActorFinder, pronouns: PronounContext) -> None:
    """Remember the last named person with a known country, for "he"/"she"/"the minister"
    (a name the tagger took for an organisation counts when the resolver knows the person)."""
    for ent in finder.entities(sent.doc).within(sent.start, sent.end):
        if ent.label_ not in {"PERSON", "ORG", "GPE", "NORP"}:
            continue
        actor = finder.actor(phrase_span(ent.root).root, None)
        if actor is None or not actor.country:
            continue
        if actor.country != "IGO":
            pronouns.note_country(actor.country)
        if ent.label_ == "PERSON" or actor.kind == "person":
            pronouns.last_person = actor
