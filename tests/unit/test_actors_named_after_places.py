"""Organisations named after a place ("Air Canada") and number words that are no names."""

from __future__ import annotations

import pytest

from dyadwatch.resolve.actors import ActorResolver


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.from_package()


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Air Canada", "Air Canada", "BUS"),
        ("Health Canada", "Health Canada", None),
        ("Statistics Canada", "Statistics Canada", None),
        ("Canada Post", "Canada Post", None),
        ("Royal Bank of Canada", "Royal Bank of Canada", "BUS"),
        ("Bank of Canada", "Bank of Canada", None),
        ("Hydro-Quebec", "Hydro-Quebec", None),
    ],
)
def test_place_name_with_other_capitalised_words_is_an_organisation(
        resolver: ActorResolver, text: str, name: str, sector: str | None) -> None:
    actor = resolver.resolve_text(text, "2019-05-01")
    assert actor is not None
    assert (actor.kind, actor.name, actor.country, actor.sector) == (
        "organisation", name, "CAN", sector)


@pytest.mark.parametrize(
    ("text", "kind", "country"),
    [
        ("Canada", "country", "CAN"),
        ("Quebec City", "country", "CAN"),  # a place name, not an organisation
        ("Gaza Strip", "country", "PSE"),
        ("the Canadian government", "organisation", "CAN"),
        ("Government of Canada", "organisation", "CAN"),
        ("Russian Foreign Ministry", "organisation", "RUS"),
    ],
)
def test_places_and_state_bodies_keep_their_reading(
        resolver: ActorResolver, text: str, kind: str, country: str) -> None:
    actor = resolver.resolve_text(text, "2019-05-01")
    assert actor is not None
    assert (actor.kind, actor.name, actor.country) == (kind, None, country)


def test_title_before_a_name_is_unchanged(resolver: ActorResolver) -> None:
    actor = resolver.resolve_text("Canadian Prime Minister Justin Trudeau", "2019-05-01")
    assert actor is not None
    assert (actor.name, actor.country, actor.kind) == ("Justin Trudeau", "CAN", "person")


def test_spokesperson_of_a_company_named_after_a_country(resolver: ActorResolver) -> None:
    actor = resolver.resolve_text("Air Canada spokesperson Peter Fitzpatrick", "2019-05-01")
    assert actor is not None
    assert (actor.name, actor.country, actor.sector) == ("Peter Fitzpatrick", "CAN", "BUS")


@pytest.mark.parametrize("text", ["One California delegate", "Two Ohio delegates",
                                  "Another Texas official"])
def test_number_words_and_determiners_are_not_names(resolver: ActorResolver, text: str) -> None:
    actor = resolver.resolve_text(text, "2016-07-20")
    assert actor is not None
    assert actor.name is None
    assert actor.country == "USA"


def test_personal_name_with_a_place_name_is_no_organisation(resolver: ActorResolver) -> None:
    actor = resolver.resolve_text("Michael Jordan", "2019-05-01")
    assert actor is None or actor.kind != "organisation"
