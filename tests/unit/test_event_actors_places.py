"""ActorFinder on hand-built parses (no model): actors named without a country take
the country where the sentence places them (`LocalCountries`), and a country word
naming a side taken ("pro-Russian", "Iranian-backed") is not the actor's country."""

from __future__ import annotations

from dataclasses import dataclass, replace

import spacy
from spacy.tokens import Doc, Span

from dyadwatch.extract.event_actors import ActorFinder
from dyadwatch.resolve.local_country import LocalCountries
from dyadwatch.types import Actor

VOCAB = spacy.blank("en").vocab

KNOWN: dict[str, Actor] = {
    "police": Actor(text="police", role="police", kind="organisation"),
    "nairobi": Actor(text="Nairobi", country="KEN", kind="capital"),
    "kenya": Actor(text="Kenya", country="KEN", kind="country"),
    "uganda": Actor(text="Uganda", country="UGA", kind="country"),
    "russian": Actor(text="Russian", country="RUS", kind="demonym"),
    "iranian": Actor(text="Iranian", country="IRN", kind="demonym"),
    "separatists": Actor(text="separatists", role="armed group", kind="group"),
    "militias": Actor(text="militias", role="armed group", kind="group"),
}

# (word, head index, dep, pos, entity label or "", space after)
Row = tuple[str, int, str, str, str, bool]


@dataclass
class PlaceResolver:
    """Names and places by their text; counts calls to `local_countries`."""

    built: int = 0

    def resolve_text(self, text: str, when: str | None = None) -> Actor | None:
        found = KNOWN.get(text.lower().removeprefix("the ").strip())
        return replace(found, text=text) if found else None

    def resolve_span(self, span: Span, when: str | None = None) -> Actor | None:
        actor = self.resolve_text(span.text, when)
        return replace(actor, start=span.start_char, end=span.end_char) if actor else None

    def mentions(self, doc: Doc, when: str | None = None) -> list[Actor]:
        return []

    def local_countries(self, doc: Doc, when: str | None = None) -> LocalCountries:
        self.built += 1
        return LocalCountries.build(doc, self, when)  # type: ignore[arg-type]


def make_doc(rows: list[Row]) -> Doc:
    return Doc(
        VOCAB, words=[r[0] for r in rows], spaces=[r[5] for r in rows],
        heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows],
        ents=[f"B-{r[4]}" if r[4] else "O" for r in rows],
    )


def finder(resolver: PlaceResolver) -> ActorFinder:
    return ActorFinder(resolver, "2024-07-01")  # type: ignore[arg-type]


# "Police fired tear gas in Nairobi ."
POLICE_IN_NAIROBI: list[Row] = [
    ("Police", 1, "nsubj", "NOUN", "", True), ("fired", 1, "ROOT", "VERB", "", True),
    ("tear", 3, "compound", "NOUN", "", True), ("gas", 1, "dobj", "NOUN", "", True),
    ("in", 1, "prep", "ADP", "", True), ("Nairobi", 4, "pobj", "PROPN", "GPE", False),
    (".", 1, "punct", "PUNCT", "", False),
]


def test_police_take_the_country_of_the_place_the_sentence_names() -> None:
    doc = make_doc(POLICE_IN_NAIROBI)
    resolver = PlaceResolver()
    found = finder(resolver).actor(doc[0])
    assert found is not None and found.text == "Police"
    assert found.country == "KEN"


def test_places_are_read_once_per_document() -> None:
    doc = make_doc(POLICE_IN_NAIROBI)
    resolver = PlaceResolver()
    actors = finder(resolver)
    actors.actor(doc[0])
    actors.actor(doc[0])
    assert resolver.built == 1
    actors.actor(make_doc(POLICE_IN_NAIROBI)[0])  # another document: read again
    assert resolver.built == 2


def test_police_stay_stateless_when_two_countries_are_named_as_places() -> None:
    # "Police fired tear gas in Kenya and in Uganda ."
    rows: list[Row] = [
        ("Police", 1, "nsubj", "NOUN", "", True), ("fired", 1, "ROOT", "VERB", "", True),
        ("tear", 3, "compound", "NOUN", "", True), ("gas", 1, "dobj", "NOUN", "", True),
        ("in", 1, "prep", "ADP", "", True), ("Kenya", 4, "pobj", "PROPN", "GPE", True),
        ("and", 4, "cc", "CCONJ", "", True), ("in", 4, "conj", "ADP", "", True),
        ("Uganda", 7, "pobj", "PROPN", "GPE", False), (".", 1, "punct", "PUNCT", "", False),
    ]
    found = finder(PlaceResolver()).actor(make_doc(rows)[0])
    assert found is not None and found.role == "police"
    assert found.country is None


def test_a_country_named_in_the_phrase_is_not_replaced() -> None:
    # "Kenya fired ... in Uganda": a state keeps its own country
    rows = list(POLICE_IN_NAIROBI)
    rows[0] = ("Kenya", 1, "nsubj", "PROPN", "GPE", True)
    rows[5] = ("Uganda", 4, "pobj", "PROPN", "GPE", False)
    found = finder(PlaceResolver()).actor(make_doc(rows)[0])
    assert found is not None and found.country == "KEN"


def _side_doc(first: str, second: str, third: str, side_first: bool) -> Doc:
    """"pro-Russian separatists attacked ." / "Iranian-backed militias attacked ."."""
    side = 2 if side_first else 0  # the country word's index
    rows: list[Row] = [
        (first, 3 if side_first else 2, "amod" if side_first else "npadvmod",
         "ADJ", "NORP" if not side_first else "", False),
        (second, 2 if side_first else 2, "punct", "PUNCT", "", False),
        (third, 3, "amod", "ADJ" if side_first else "VERB", "NORP" if side_first else "", True),
        ("separatists" if side_first else "militias", 4, "nsubj", "NOUN", "", True),
        ("attacked", 4, "ROOT", "VERB", "", False), (".", 4, "punct", "PUNCT", "", False),
    ]
    doc = make_doc(rows)
    assert doc[side].ent_type_ == "NORP"
    return doc


def test_pro_country_names_a_side_not_the_owner() -> None:
    doc = _side_doc("pro", "-", "Russian", side_first=True)
    found = finder(PlaceResolver()).actor(doc[3])
    assert found is not None and found.role == "armed group"
    assert found.country is None


def test_country_backed_names_a_sponsor_not_the_owner() -> None:
    doc = _side_doc("Iranian", "-", "backed", side_first=False)
    found = finder(PlaceResolver()).actor(doc[3])
    assert found is not None and found.role == "armed group"
    assert found.country is None


def test_a_plain_country_adjective_still_gives_the_country() -> None:
    # "Russian separatists attacked ."
    rows: list[Row] = [
        ("Russian", 1, "amod", "ADJ", "NORP", True), ("separatists", 2, "nsubj", "NOUN", "", True),
        ("attacked", 2, "ROOT", "VERB", "", False), (".", 2, "punct", "PUNCT", "", False),
    ]
    found = finder(PlaceResolver()).actor(make_doc(rows)[1])
    assert found is not None and found.country == "RUS"
