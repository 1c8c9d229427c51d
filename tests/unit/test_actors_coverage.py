"""Coverage of actor noun phrases by class: demonyms of every country, historic names,
regions, IGOs and blocs, international NGOs, armed groups, titles with "of COUNTRY",
"of" phrases after a collective noun, groups "in COUNTRY" (strings and hand-built Docs)."""

from __future__ import annotations

import pytest
import yaml
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dyadwatch.resolve.actors import ActorResolver
from dyadwatch.resolve.tables import load_tables, tokenize
from dyadwatch.types import Actor

_Expected = tuple[str | None, str | None]


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.from_package()


def _cs(actor: Actor | None) -> _Expected | None:
    return None if actor is None else (actor.country, actor.sector)


def _check(resolver: ActorResolver, text: str, expected: _Expected | None) -> None:
    assert _cs(resolver.resolve_text(text, "2005-06")) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Nationality adjective + title + a name the dictionary does not hold.
        ("Gambian President Alieu Sanneh", ("GMB", "GOV")),
        ("the Malagasy government", ("MDG", "GOV")),
        ("Ivorian rebels", ("CIV", None)),
        ("Emirati officials", ("ARE", "GOV")),
        ("Filipino troops", ("PHL", "MIL")),
        ("Dutch diplomats", ("NLD", "DIP")),
        ("the Swiss embassy", ("CHE", "DIP")),
        ("Sri Lankan police", ("LKA", None)),
        ("the Thai army", ("THA", "MIL")),
        ("Venezuelan opposition", ("VEN", "OPP")),
        ("Israeli peace movement", ("ISR", "CVL")),
        ("Kosovar leaders", ("XKX", "GOV")),
        # Plural demonyms: derived and written.
        ("Zambians", ("ZMB", None)),
        ("Czechs", ("CZE", None)),
        ("Filipinos", ("PHL", None)),
        ("Bosnian Serbs", ("BIH", None)),
        ("South Koreans", ("KOR", None)),
    ],
)
def test_demonyms_and_adjectives(
    resolver: ActorResolver, text: str, expected: _Expected
) -> None:
    _check(resolver, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Burma", ("MMR", "GOV")),
        ("Zaire", ("COD", "GOV")),
        ("the Soviet Union", ("RUS", "GOV")),
        ("Yugoslavia", ("SRB", "GOV")),
        ("Czechoslovakia", ("CZE", "GOV")),
        ("Ceylon", ("LKA", "GOV")),
        ("Holland", ("NLD", "GOV")),
        ("Ivory Coast", ("CIV", "GOV")),
        ("East Timor", ("TLS", "GOV")),
        ("Swaziland", ("SWZ", "GOV")),
        ("Kosovo", ("XKX", "GOV")),
        ("Hong Kong", ("HKG", "GOV")),
        ("the Palestinian Authority", ("PSE", "GOV")),
        ("the PLO", ("PSE", None)),
        ("Palestinians", ("PSE", None)),
    ],
)
def test_historic_and_alternative_names(
    resolver: ActorResolver, text: str, expected: _Expected
) -> None:
    _check(resolver, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the European Community", ("IGO", "IGO")),
        ("EEC", ("IGO", "IGO")),
        ("European Community foreign ministers", ("IGO", "IGO")),
        ("UN peacekeepers", ("IGO", "MIL")),
        ("U.N. peacekeeping troops", ("IGO", "MIL")),
        ("the OAU", ("IGO", "IGO")),
        ("ECOWAS", ("IGO", "IGO")),
        ("the Quartet", ("IGO", "IGO")),
        ("G8", ("IGO", "IGO")),
        ("the International Labour Organization", ("IGO", "IGO")),
        ("the UN war crimes tribunal", ("IGO", "JUD")),
        # International NGOs: IGO country (the PLOVER gold's convention), no sector.
        ("the Red Cross", ("IGO", None)),
        ("the International Committee of the Red Cross", ("IGO", None)),
        ("Amnesty International", ("IGO", None)),
        ("Human Rights Watch", ("IGO", None)),
    ],
)
def test_igos_blocs_and_ngos(resolver: ActorResolver, text: str, expected: _Expected) -> None:
    _check(resolver, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("FARC", ("COL", None)),
        ("the PKK", ("TUR", None)),
        ("the Tamil Tigers", ("LKA", None)),
        ("LTTE", ("LKA", None)),
        ("the SPLA", ("SDN", None)),
        ("UNITA", ("AGO", None)),
        ("Hizbollah", ("LBN", None)),
        ("the Taleban", ("AFG", None)),
        ("al-Qaida", (None, None)),
        ("Boko Haram", ("NGA", None)),
        ("al-Shabaab", ("SOM", None)),
        # Rebels take the country of their adjective or region, else none.
        ("Chechen rebels", ("RUS", None)),
        ("Darfur rebels", ("SDN", None)),
        ("Tibetan activists", ("CHN", "CVL")),
        ("Rwandan rebel forces", ("RWA", None)),
        ("Burundian militiamen", ("BDI", None)),
        ("insurgents", (None, None)),
        ("Kurdish rebels", (None, None)),
    ],
)
def test_armed_groups(resolver: ActorResolver, text: str, expected: _Expected) -> None:
    _check(resolver, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("King Abdou Diallo of Senegal", ("SEN", "GOV")),
        ("the President of Gambia", ("GMB", "GOV")),
        ("Foreign Minister of Egypt", ("EGY", "GOV")),
        ("the Parliament speaker", (None, "LEG")),
        ("a group of Moroccan diplomats", ("MAR", "DIP")),
        ("members of the Iraqi parliament", ("IRQ", "LEG")),
        ("thousands of Palestinians", ("PSE", None)),
        ("a delegation of Chinese officials", ("CHN", "GOV")),
        # A local group takes the country it is in; envoys and troops do not.
        ("rebels in Mali", ("MLI", None)),
        ("opposition parties in Nepal", ("NPL", "OPP")),
        ("security forces in Chad", ("TCD", None)),
        ("diplomats in Beijing", (None, "DIP")),
        ("Russian troops in Syria", ("RUS", "MIL")),
        ("Scotland Yard", ("GBR", None)),
        ("the US State Department", ("USA", "GOV")),
        ("the Pentagon", ("USA", "GOV")),
    ],
)
def test_titles_of_phrases_and_local_groups(
    resolver: ActorResolver, text: str, expected: _Expected
) -> None:
    _check(resolver, text, expected)


@pytest.mark.parametrize("text", ["in Darfur", "in Northern Ireland", "the Persian Gulf"])
def test_regions_and_places_are_no_actors(resolver: ActorResolver, text: str) -> None:
    assert resolver.resolve_text(text) is None


def test_the_title_keeps_the_name_not_the_adjective(resolver: ActorResolver) -> None:
    actor = resolver.resolve_text("Zimbabwean Prime Minister Tendai Moyo")
    assert actor is not None
    assert (actor.name, actor.country, actor.kind) == ("Tendai Moyo", "ZWE", "person")


def test_every_listed_country_has_an_adjective_and_a_plural() -> None:
    """Every country of countries.yaml (each UN member) is known by an adjective, and all
    but the ones whose people have no -s plural (Swiss, Chinese) by a plural noun too."""
    from importlib import resources

    path = resources.files("dyadwatch") / "data" / "actors" / "countries.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    codes = set(data["countries"]) | set(data["capitals"])
    tables = load_tables()
    singular = {e.country for entries in tables.phrases.values() for e in entries
                if e.kind == "demonym" and not e.plural}
    plural = {e.country for entries in tables.phrases.values() for e in entries
              if e.kind == "demonym" and e.plural}
    no_adjective = codes - singular - {"DMA", "KIR", "VAT"}  # Dominican is DOM's
    assert not no_adjective
    assert len(codes - plural) < 30, sorted(codes - plural)


def test_no_demonym_is_claimed_by_two_countries() -> None:
    tables = load_tables()
    for key, entries in tables.phrases.items():
        countries = {e.country for e in entries if e.kind == "demonym"}
        assert len(countries) <= 1, (key, countries)


def _doc(words: list[str], heads: list[int] | None = None, deps: list[str] | None = None) -> Doc:
    spaces = [True] * len(words)
    starts: list[bool | int | None] = [i == 0 for i in range(len(words))]
    if heads is None:
        return Doc(Vocab(), words=words, spaces=spaces, sent_starts=starts)
    return Doc(Vocab(), words=words, spaces=spaces, heads=heads, deps=deps)


def test_resolve_span_reads_the_of_phrase_after_a_collective_noun(
    resolver: ActorResolver,
) -> None:
    words = ["A", "group", "of", "Moroccan", "diplomats", "met", "the", "press"]
    heads = [1, 5, 1, 4, 2, 5, 7, 5]
    deps = ["det", "nsubj", "prep", "amod", "pobj", "ROOT", "det", "dobj"]
    doc = _doc(words, heads, deps)
    actor = resolver.resolve_span(doc[0:2])
    assert _cs(actor) == ("MAR", "DIP")
    assert actor is not None and doc.text[actor.start:actor.end] == "A group of Moroccan diplomats"


def test_resolve_span_without_an_of_phrase_is_unchanged(resolver: ActorResolver) -> None:
    words = ["A", "group", "met", "Moroccan", "diplomats"]
    heads = [1, 2, 2, 4, 2]
    deps = ["det", "nsubj", "ROOT", "amod", "dobj"]
    doc = _doc(words, heads, deps)
    assert resolver.resolve_span(doc[0:2]) is None
    assert _cs(resolver.resolve_span(doc[3:5])) == ("MAR", "DIP")


def test_resolve_span_region_after_in_is_a_place(resolver: ActorResolver) -> None:
    doc = _doc(["Fighting", "in", "Chechnya", "and", "Chechen", "rebels", "attacked"])
    assert resolver.resolve_span(doc[2:3]) is None
    assert _cs(resolver.resolve_span(doc[4:6])) == ("RUS", None)


def test_mentions_find_igos_ngos_and_armed_groups(resolver: ActorResolver) -> None:
    words = ["UN", "peacekeepers", "and", "the", "Red", "Cross", "met", "Ivorian", "rebels",
             "and", "the", "PKK", "."]
    mentions = resolver.mentions(_doc(words))
    found = [(m.text, m.country, m.sector) for m in mentions]
    assert found == [("UN peacekeepers", "IGO", "MIL"), ("Red Cross", "IGO", None),
                     ("Ivorian rebels", "CIV", None), ("PKK", "TUR", None)]


def test_tokens_of_hyphenated_demonyms_match() -> None:
    tables = load_tables()
    key = tuple(t.key for t in tokenize("Bissau-Guinean"))
    assert [e.country for e in tables.phrases[key]] == ["GNB"]


@pytest.mark.parametrize(
    ("text", "when", "expected"),
    [
        ("President Yoweri Museveni", "1999", ("UGA", "GOV")),
        ("Boris Yeltsin", "1995-06", ("RUS", "GOV")),
        ("Mandela", "1996", ("ZAF", "GOV")),
        ("Chancellor Kohl", "1990", ("DEU", "GOV")),
        # A family name shared in one country gives the country, and the stated role.
        ("President Assad", "1995", ("SYR", "GOV")),
        ("Kabila", "1998", ("COD", None)),
        # A misspelt known surname after a title.
        ("President Macronn", "2019", ("FRA", "GOV")),
        ("Chancellor Scholtz", "2023", ("DEU", "GOV")),
    ],
)
def test_world_leaders_and_family_names(
    resolver: ActorResolver, text: str, when: str, expected: _Expected
) -> None:
    assert _cs(resolver.resolve_text(text, when)) == expected


@pytest.mark.parametrize("text", ["May", "In May the talks resumed", "Brown", "Power", "Austin"])
def test_surnames_that_are_common_words_name_no_one_alone(
    resolver: ActorResolver, text: str
) -> None:
    assert resolver.resolve_text(text) is None


def test_a_stated_country_overrules_a_foreign_surname(resolver: ActorResolver) -> None:
    # "Lavrov" alone is the Russian minister; a Mongolian official of that surname is not.
    actor = resolver.resolve_text("Mongolian Foreign Minister Ivan Lavrov", "2010")
    assert actor is not None
    assert (actor.name, actor.country, actor.sector) == ("Ivan Lavrov", "MNG", "GOV")
    assert _cs(resolver.resolve_text("Lavrov", "2010")) == ("RUS", "GOV")


def test_family_name_keeps_the_person_lookup_strict(resolver: ActorResolver) -> None:
    assert resolver.person("Assad") is None
    assert resolver.person("Bashar al-Assad") is not None


def test_a_national_organ_takes_the_documents_main_country(resolver: ActorResolver) -> None:
    words = ["Thai", "troops", "and", "Bangkok", "officials", "met", ".", "The", "Parliament",
             "speaker", "objected", "."]
    doc = Doc(Vocab(), words=words, sent_starts=[i in (0, 7) for i in range(len(words))])
    speaker = [m for m in resolver.mentions(doc) if m.sector == "LEG"]
    assert [(m.country, m.sector) for m in speaker] == [("THA", "LEG")]


def test_no_main_country_leaves_a_national_organ_without_one(resolver: ActorResolver) -> None:
    words = ["Thai", "troops", "and", "Lao", "officials", "met", ".", "The", "Parliament",
             "speaker", "objected", "."]
    doc = Doc(Vocab(), words=words, sent_starts=[i in (0, 7) for i in range(len(words))])
    speaker = [m for m in resolver.mentions(doc) if m.sector == "LEG"]
    assert [(m.country, m.sector) for m in speaker] == [(None, "LEG")]
