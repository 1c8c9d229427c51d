"""Speakers that are not the person or party their words name: a campaign named after
its candidate, members of a party, qualified descriptions ("the Ohio governor")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

import pytest
from spacy.tokens import Doc

from dyadwatch.resolve.actors import ActorResolver
from dyadwatch.resolve.speaker_names import description_modifiers, names_a_body, names_members
from dyadwatch.resolve.speakers import SpeakerResolver
from dyadwatch.types import Actor
from tests.unit.test_quote_rules import FakeActors, build

STORY = """
Ohio PROPN NNP compound 1 Ohio
Governor PROPN NNP compound 3 Governor
Omar PROPN NNP compound 3 Omar
Vale PROPN NNP nsubj 4 Vale
met VERB VBD ROOT 4 meet
Dana PROPN NNP compound 6 Dana
Kerr PROPN NNP dobj 4 Kerr
. PUNCT . punct 4 .
The DET DT det 10 the
Kerr PROPN NNP compound 10 Kerr
campaign NOUN NN nsubj 11 campaign
said VERB VBD ROOT 11 say
so ADV RB advmod 11 so
. PUNCT . punct 11 .
Republicans PROPN NNPS nsubj 15 Republicans
said VERB VBD ROOT 15 say
so ADV RB advmod 15 so
. PUNCT . punct 15 .
The DET DT det 20 the
Ohio PROPN NNP compound 20 Ohio
governor NOUN NN nsubj 21 governor
said VERB VBD ROOT 21 say
so ADV RB advmod 21 so
. PUNCT . punct 21 .
The DET DT det 26 the
Texas PROPN NNP compound 26 Texas
governor NOUN NN nsubj 27 governor
said VERB VBD ROOT 27 say
so ADV RB advmod 27 so
. PUNCT . punct 27 .
The DET DT det 32 the
Republican PROPN NNP compound 32 Republican
Party PROPN NNP nsubj 33 Party
said VERB VBD ROOT 33 say
so ADV RB advmod 33 so
. PUNCT . punct 33 .
"""
ENTS = ((2, 4, "PERSON"), (5, 7, "PERSON"), (14, 15, "NORP"), (19, 20, "GPE"),
        (25, 26, "GPE"), (31, 33, "ORG"))


@dataclass
class PartyActors(FakeActors):
    """Knows one party, by its name and by its members' name."""

    def resolve_text(self, text: str, when: str | None = None) -> Actor | None:
        if text.strip().lower() in ("republicans", "the republican party", "republican party"):
            return Actor(text=text, name="Republican Party", country="USA", kind="organisation")
        return super().resolve_text(text, when)


@pytest.fixture()
def story() -> tuple[SpeakerResolver, Doc]:
    doc = build(STORY, ents=ENTS)
    actors = cast(ActorResolver, PartyActors({}))
    return SpeakerResolver.build(doc, actors, "2024-07"), doc


def test_a_campaign_named_after_a_candidate_is_not_the_candidate(
        story: tuple[SpeakerResolver, Doc]) -> None:
    resolver, doc = story
    assert names_a_body(doc[8:11])
    speaker = resolver.resolve(doc[8:11])
    assert speaker.name is None and speaker.kind == "organisation"


def test_party_members_are_not_the_party(story: tuple[SpeakerResolver, Doc]) -> None:
    resolver, doc = story
    assert names_members(doc[14:15])
    speaker = resolver.resolve(doc[14:15])
    assert (speaker.name, speaker.country, speaker.kind) == (None, "USA", "group")


def test_the_party_itself_keeps_its_name(story: tuple[SpeakerResolver, Doc]) -> None:
    resolver, doc = story
    assert not names_members(doc[30:33])
    assert resolver.resolve(doc[30:33]).name == "Republican Party"


def test_a_qualified_description_needs_a_title_with_its_qualifier(
        story: tuple[SpeakerResolver, Doc]) -> None:
    resolver, doc = story
    assert description_modifiers(doc[18:21]) == ["ohio"]
    assert resolver.resolve(doc[18:21]).name == "Omar Vale"
    texas = resolver.resolve(doc[24:27])
    assert texas.name is None and texas.kind != "person"
