"""In-document event merging: one event per real-world event per document.

Two candidates are the same event when they have the same type, the same
source and target countries, compatible dates, and either share a sentence or
are referring mentions of one act: the same trigger word naming a material act
or an event noun ("the visit" ... "Putin's visit"). Speech acts (a second
"called on", a second "criticized") are kept apart, because officials repeat
them as separate acts on the same day.
The merged event keeps the first mention's evidence and lists the others in
`more_evidence`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from dyadwatch.types import Event

__all__ = ["Candidate", "dates_compatible", "merge_events"]

# Types whose repeated trigger in one document is most likely a new act.
_SPEECH_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT", "AGREE"})


@dataclass(frozen=True)
class Candidate:
    """An event before merging, with the trigger lemma that produced it."""

    event: Event
    trigger: str
    referential: bool = False  # an event noun, which can refer back to an earlier mention


def dates_compatible(a: str | None, b: str | None) -> bool:
    """True when neither is set or one date lies inside the other ("2024-06" ⊇ "2024-06-26")."""
    if a is None or b is None:
        return True
    return a.startswith(b) or b.startswith(a)


def _same_event(kept: Candidate, new: Candidate) -> bool:
    a, b = kept.event, new.event
    if a.type != b.type or a.flags != b.flags:
        return False
    # A back-reference ("the visit") takes its sentence's date, which may be a later one.
    if not (new.referential or dates_compatible(a.date, b.date)):
        return False
    if a.evidence.start == b.evidence.start:
        if (a.source.country, a.target.country) != (b.source.country, b.target.country):
            return False
        return (a.source.text, a.target.text) == (b.source.text, b.target.text) or (
            a.source.country is not None and a.target.country is not None
        )
    referring = kept.referential or new.referential or (
        kept.trigger == new.trigger and a.type not in _SPEECH_TYPES
    ) or (
        # A quote repeating what the same person was already reported to have said.
        new.trigger.startswith("quote:") and a.source.name is not None
        and a.source.name == b.source.name
    )
    # "The air strikes on Syria continued": a later mention may leave out an actor.
    return referring and _agree(a.source.country, b.source.country) and _agree(
        a.target.country, b.target.country) and bool(
        {a.source.country, a.target.country} & {b.source.country, b.target.country} - {None})


def _agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _merge(kept: Candidate, new: Candidate) -> Candidate:
    a, b = kept.event, new.event
    date, precision = a.date, a.date_precision
    if b.date and (date is None or len(b.date) > len(date)):
        date, precision = b.date, b.date_precision
    more = a.more_evidence
    if b.evidence.start != a.evidence.start and all(
        e.start != b.evidence.start for e in more
    ):
        more = (*more, b.evidence)
    event = replace(
        a, date=date, date_precision=precision, more_evidence=more,
        confidence=max(a.confidence, b.confidence),
        source=a.source if a.source.country else b.source,
        target=a.target if a.target.country else b.target,
    )
    return replace(kept, event=event, referential=kept.referential and new.referential)


def merge_events(candidates: Sequence[Candidate]) -> list[Event]:
    """Merge candidates (in document order) into one event per real-world event."""
    kept: list[Candidate] = []
    for candidate in candidates:
        for i, existing in enumerate(kept):
            if _same_event(existing, candidate):
                kept[i] = _merge(existing, candidate)
                break
        else:
            kept.append(candidate)
    return [c.event for c in kept]
