"""ActorResolver rules on strings and on hand-built Docs (no model loaded)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dyadwatch.resolve.actors import ActorResolver
from dyadwatch.types import Actor


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.from_package()


def _cs(actor: Actor | None) -> tuple[str | None, str | None] | None:
    return None if actor is None else (actor.country, actor.sector)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia", ("RUS", "GOV")),
        ("the Republic of Korea", ("KOR", "GOV")),
        ("ROK", ("KOR", "GOV")),
        ("DPRK", ("PRK", "GOV")),
        ("Russian Federation", ("RUS", "GOV")),
        ("South Korean", ("KOR", None)),
        ("Seoul", ("KOR", "GOV")),
        ("the Kremlin", ("RUS", "GOV")),
        ("Kiev", ("UKR", "GOV")),
        ("Kyiv", ("UKR", "GOV")),
        ("Downing Street", ("GBR", "GOV")),
        ("Nairobi", ("KEN", "GOV")),  # a capital from the data file
        ("Lusaka", ("ZMB", "GOV")),
        ("the Kiev regime", ("UKR", "GOV")),
        ("NATO", ("IGO", "IGO")),
        ("NATO forces", ("IGO", "MIL")),
        ("the UN Security Council", ("IGO", "IGO")),
        ("ASEAN", ("IGO", "IGO")),
        ("the Russian Foreign Ministry", ("RUS", "GOV")),
        ("Ministry of Foreign Affairs of the Russian Federation", ("RUS", "GOV")),
        ("the South Korean military", ("KOR", "MIL")),
        ("Russian diplomats", ("RUS", "DIP")),
        ("South Korean officials", ("KOR", "GOV")),
        ("Chinese troops", ("CHN", "MIL")),
        ("Israeli police", ("ISR", None)),
        ("Iraqi rebels", ("IRQ", None)),
        ("Japanese lawmakers", ("JPN", "LEG")),
        ("the government of Iran", ("IRN", "GOV")),
        ("State Duma", ("RUS", "LEG")),
        ("South Korean companies", ("KOR", "BUS")),
        ("RASPP", ("RUS", "BUS")),
        ("Russian-Asian Union of Industrialists and Entrepreneurs", ("RUS", "BUS")),
        ("Russia's ambassador to South Korea, Georgy Zinoviev", ("RUS", "DIP")),
        ("Lee Do-hoon, the ROK ambassador in Moscow", ("KOR", "DIP")),
    ],
)
def test_resolve_text_country_and_sector(
    resolver: ActorResolver, text: str, expected: tuple[str, str | None]
) -> None:
    assert _cs(resolver.resolve_text(text, "2024-07-13")) == expected


@pytest.mark.parametrize(
    "text",
    ["in Seoul", "North Military District", "the Russian Northern Military District",
     "analysts", "South Korean experts", "the West", "us", "observers", "Tuesday",
     "the Korean Peninsula", "the Sea of Japan", "North America", "Russian airspace"],
)
def test_non_actors_resolve_to_none(resolver: ActorResolver, text: str) -> None:
    assert resolver.resolve_text(text) is None


def test_role_appositive_names_an_unknown_person(resolver: ActorResolver) -> None:
    actor = resolver.resolve_text("Mongolian Foreign Minister Batmunkh Battsetseg")
    assert actor is not None
    assert (actor.name, actor.country, actor.sector, actor.kind) == (
        "Batmunkh Battsetseg", "MNG", "GOV", "person")


def test_dictionary_person_with_role_in_text(resolver: ActorResolver) -> None:
    actor = resolver.resolve_text("South Korean Foreign Minister Cho Tae-yul", "2024-07-13")
    assert actor is not None
    assert (actor.name, actor.country, actor.sector, actor.role) == (
        "Cho Tae-yul", "KOR", "GOV", "foreign minister")


def test_person_counts_as_gov_only_while_in_office(resolver: ActorResolver) -> None:
    in_office = resolver.person("Moon Jae-in", when="2019-08")
    after = resolver.person("Moon Jae-in", when="2023")
    assert _cs(in_office) == ("KOR", "GOV")
    assert _cs(after) == ("KOR", None)


def test_former_role_gives_no_sector(resolver: ActorResolver) -> None:
    actor = resolver.resolve_text("former South Korean President Moon Jae-in", "2019-08")
    assert actor is not None and (actor.name, actor.country, actor.sector) == (
        "Moon Jae-in", "KOR", None)
    unknown = resolver.resolve_text("former Mongolian Foreign Minister Batmunkh Battsetseg")
    assert unknown is not None and (unknown.country, unknown.sector) == ("MNG", None)


def test_person_takes_the_role_held_at_the_date(resolver: ActorResolver) -> None:
    assert _cs(resolver.person("Sergey Lavrov", when="2000")) == ("RUS", "DIP")
    assert _cs(resolver.person("Sergey Lavrov", when="2021-10-27")) == ("RUS", "GOV")
    ban = resolver.person("Ban Ki-moon", when="2010")
    assert _cs(ban) == ("IGO", "IGO")


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [("Zinovyev", "Georgy Zinoviev"), ("Lee Do-Hoon", "Lee Do-hoon"), ("Lavrov", "Sergey Lavrov"),
     ("Yoon", "Yoon Suk-yeol"), ("VASSILY NEBENZIA", "Vasily Nebenzya")],
)
def test_person_by_variant_or_unambiguous_surname(
    resolver: ActorResolver, variant: str, canonical: str
) -> None:
    actor = resolver.person(variant)
    assert actor is not None and actor.name == canonical


def test_ambiguous_surname_is_not_guessed(resolver: ActorResolver) -> None:
    assert resolver.person("Kim") is None
    assert resolver.person("Ivanov") is None


def test_gender(resolver: ActorResolver) -> None:
    assert resolver.gender("Maria Zakharova") == "f"
    assert resolver.gender("Zakharova") == "f"
    assert resolver.gender("Andrey Rudenko") == "m"
    assert resolver.gender("Nobody Known") is None


def _doc(words: list[str], ents: list[str] | None = None) -> Doc:
    spaces = [not (i + 1 < len(words) and words[i + 1] in {",", ".", "'s"})
              for i in range(len(words))]
    starts: list[bool | int | None] = [i == 0 for i in range(len(words))]
    return Doc(Vocab(), words=words, spaces=spaces, sent_starts=starts, ents=ents)


def test_resolve_span_city_after_place_preposition_is_no_actor(resolver: ActorResolver) -> None:
    doc = _doc(["Putin", "arrived", "in", "Pyongyang", "and", "Seoul", "protested", "."])
    assert resolver.resolve_span(doc[3:4]) is None
    seoul = resolver.resolve_span(doc[5:6])
    assert seoul is not None and seoul.country == "KOR"
    assert (seoul.start, seoul.end) == (doc.text.index("Seoul"), doc.text.index("Seoul") + 5)


def test_resolve_span_country_after_to_stays_an_actor(resolver: ActorResolver) -> None:
    doc = _doc(["the", "visit", "of", "Putin", "to", "the", "DPRK", "and", "his", "trip", "to",
                "Pyongyang"])
    assert _cs(resolver.resolve_span(doc[6:7])) == ("PRK", "GOV")
    assert resolver.resolve_span(doc[11:12]) is None


def test_mentions_joins_role_appositives(resolver: ActorResolver) -> None:
    words = ["On", "June", "26", "Andrey", "Rudenko", ",", "Deputy", "Minister", "of", "Foreign",
             "Affairs", "of", "the", "Russian", "Federation", ",", "met", "the", "Ambassador",
             "of", "the", "Republic", "of", "Korea", "in", "Moscow", ",", "Lee", "Do-Hoon", "."]
    ents = ["O"] * 3 + ["B-PERSON", "I-PERSON"] + ["O"] * 22 + ["B-PERSON", "I-PERSON", "O"]
    mentions = resolver.mentions(_doc(words, ents), when="2024-06-26")
    found = [(m.name, m.country, m.sector) for m in mentions]
    assert found == [("Andrey Rudenko", "RUS", "GOV"), ("Lee Do-hoon", "KOR", "DIP")]
    doc_text = _doc(words).text
    assert doc_text[mentions[1].start:mentions[1].end].endswith("Lee Do-Hoon")


def test_mentions_keeps_coordinated_countries_apart(resolver: ActorResolver) -> None:
    words = ["relations", "between", "Moscow", "and", "Seoul", "on", "the", "Korean", "Peninsula",
             "after", "the", "North", "Military", "District"]
    mentions = resolver.mentions(_doc(words))
    assert [(m.text, m.country) for m in mentions] == [("Moscow", "RUS"), ("Seoul", "KOR")]


def test_mentions_skip_places_and_unknown_persons(resolver: ActorResolver) -> None:
    words = ["Jane", "Roe", "said", "in", "Tokyo", "that", "Chinese", "troops", "moved", "."]
    ents = ["B-PERSON", "I-PERSON"] + ["O"] * 8
    mentions = resolver.mentions(_doc(words, ents))
    assert [(m.text, m.country, m.sector, m.kind) for m in mentions] == [
        ("Chinese troops", "CHN", "MIL", "group")]


def test_ambiguous_body_takes_the_country_the_document_mentions_most(
    resolver: ActorResolver,
) -> None:
    words = ["Seoul", "and", "South", "Korea", "'s", "allies", "met", "France", ".", "The",
             "National", "Assembly", "voted", "."]
    doc = Doc(Vocab(), words=words, sent_starts=[i in (0, 9) for i in range(len(words))])
    assembly = [m for m in resolver.mentions(doc) if m.name == "National Assembly"]
    assert [(m.country, m.sector) for m in assembly] == [("KOR", "LEG")]
    assert _cs(resolver.resolve_text("the National Assembly")) == (None, "LEG")


def test_party_sector_follows_who_holds_power(resolver: ActorResolver) -> None:
    assert _cs(resolver.resolve_text("the Democratic Party of Korea", "2019-08")) == ("KOR", "GOV")
    assert _cs(resolver.resolve_text("the Democratic Party of Korea", "2024-07")) == ("KOR", "OPP")
    assert _cs(resolver.resolve_text("Republicans", "2016-09")) == ("USA", "OPP")
    assert _cs(resolver.resolve_text("Republican senators", "2018")) == ("USA", "LEG")


def test_when_may_be_an_interval_from_a_date_estimate(resolver: ActorResolver) -> None:
    # Bolton left office in September 2019: an estimate ending in December still overlaps.
    assert _cs(resolver.person("John Bolton", when="2019-12")) == ("USA", None)
    assert _cs(resolver.person("John Bolton", when="2017-05/2019-12")) == ("USA", "GOV")
