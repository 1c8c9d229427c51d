"""A person's surname that the tagger labelled as something else ("Poole", "Tessier").

The small NER model often tags a lone surname as a place or an organisation ("Poole, 28,
was released …" → GPE). When the word is the last name of a person named earlier and
stands as a clause's subject, it is that person again: a mention a later "he said" may
point back to.

    found = surname_subjects(doc, earlier_names)   # [(offset, full name, main clause?)]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from dyadwatch.resolve.speaker_names import surname_key

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["surname_subjects"]

_OTHER_LABELS = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", ""})


def surname_subjects(doc: Doc, people: Iterable[tuple[int, str]]) -> list[tuple[int, str, bool]]:
    """Subjects that are a lone capitalised word equal to the surname of a person named
    before them (`people`: (offset, full name) of each person mention, any order), as
    (offset, full name, subject of the main clause)."""
    named = sorted((start, name) for start, name in people if len(name.split()) > 1)
    found: list[tuple[int, str, bool]] = []
    for token in doc:
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ != "PROPN":
            continue
        if token.ent_type_ not in _OTHER_LABELS or not token.is_title:
            continue
        if any(c.dep_ == "compound" for c in token.children) or token.dep_ == "compound":
            continue  # part of a longer name, not a lone surname
        key = token.lower_
        earlier = [name for start, name in named
                   if start < token.idx and surname_key(name) == key]
        if earlier:
            found.append((token.idx, earlier[-1], token.head.dep_ == "ROOT"))
    return found
