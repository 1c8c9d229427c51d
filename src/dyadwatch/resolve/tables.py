"""The actor dictionaries: countries, seats of power, organisations, role nouns, people.

`load_tables()` reads the YAML files in `dyadwatch/data/actors/` (plus pycountry's
country names) into one phrase table keyed by normalised token tuples, so the
matcher in `dyadwatch.resolve.phrases` can find the longest known phrase at any
position. Nothing is loaded at import time.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from dyadwatch.errors import ConfigError
from dyadwatch.packaged import read_yaml_mapping

__all__ = [
    "Entry",
    "Person",
    "PersonRole",
    "Tables",
    "Token",
    "load_tables",
    "normalise",
    "tokenize",
]

# Possessive 's, dotted abbreviations (U.S., D.P.R.K.), words (with inner
# apostrophes such as d'Orsay, but not a possessive), and + (OPEC+).
_TOKEN = re.compile(r"['’]s\b|(?:[^\W_]\.){2,}|[^\W_]+(?:['’](?!s\b)[^\W_]+)*|\+")

# Entry kinds, from most to least specific.
KINDS = ("person", "org", "organ", "role", "seat", "capital", "country", "demonym", "non_actor")


@dataclass(frozen=True)
class Token:
    text: str  # as written
    key: str  # normalised for lookup
    start: int  # character offsets in the analysed string
    end: int

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def all_caps(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return bool(letters) and all(c.isupper() for c in letters)


@dataclass(frozen=True)
class Entry:
    """One dictionary phrase and what it stands for."""

    kind: str  # one of KINDS
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    role: str | None = None
    plural: bool = False
    case: str = "any"  # any | proper (capitalised in text) | exact (acronym, all caps)
    person_id: int | None = None
    # An ambiguous name ("National Assembly"): the countries it may belong to.
    candidates: tuple[str, ...] = ()
    # A party in and out of power: (sector, start, end) periods; `sector` otherwise.
    dated_sectors: tuple[tuple[str | None, str | None, str | None], ...] = ()


@dataclass(frozen=True)
class PersonRole:
    role: str
    sector: str | None
    start: str | None  # YYYY[-MM[-DD]]
    end: str | None
    country: str | None = None  # when it differs from the person's country


@dataclass(frozen=True)
class Person:
    person_id: int
    name: str
    variants: tuple[str, ...]
    gender: str | None
    country: str | None
    roles: tuple[PersonRole, ...]


@dataclass
class Tables:
    phrases: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)
    people: list[Person] = field(default_factory=list)
    longest: int = 1

    def add(self, phrase: str, entry: Entry) -> None:
        key = tuple(t.key for t in tokenize(phrase))
        if not key:
            return
        bucket = self.phrases.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)
        self.longest = max(self.longest, len(key))


def normalise(text: str) -> str:
    """Casefolded, accents stripped, typographic apostrophes made plain."""
    text = text.replace("’", "'").replace("‘", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold().replace("ı", "i")


def tokenize(text: str) -> list[Token]:
    return [
        Token(m.group(), normalise(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(text)
    ]


def _case_of(phrase: str, proper: bool) -> str:
    letters = [c for c in phrase if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 6:
        return "exact"
    return "proper" if proper else "any"


def _read_yaml(name: str) -> dict[str, Any]:
    return read_yaml_mapping("actors", name, what="actor data file")


def _plural_forms(word: str) -> Iterator[str]:
    """'Russian' -> 'Russians', 'South Korean' -> 'South Koreans'; 'Chinese', 'Swiss',
    'Malagasy' have no plural form."""
    if not word.endswith(("ese", "ss", "sh", "ch", "sy", "z", "men", "s", "ic")):
        yield word + "s"


def _add_countries(tables: Tables, data: dict[str, Any]) -> None:
    import pycountry

    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                tables.add(value, Entry("country", country=country.alpha_3, case="proper"))
    for code, facts in (data.get("countries") or {}).items():
        for alias in facts.get("aliases") or []:
            alias = str(alias)
            is_adjective = alias.split()[-1].endswith(
                ("an", "ese", "ish", "i", "ch", "ic", "ot", "ek", "ji", "ss", "ean")
            )
            is_adjective = is_adjective or normalise(alias) in _ADJECTIVES
            kind = "demonym" if is_adjective and not _looks_like_country(alias) else "country"
            tables.add(alias, Entry(kind, country=code, case=_case_of(alias, True)))
            if kind == "demonym":
                for plural in _plural_forms(alias):
                    tables.add(plural, Entry("demonym", country=code, plural=True, case="proper"))
        if facts.get("capital"):
            tables.add(str(facts["capital"]), Entry("capital", country=code, sector="GOV",
                                                    role="government", case="proper"))
        for seat in facts.get("seats") or []:
            tables.add(str(seat), Entry("seat", country=code, sector="GOV", role="government",
                                        case=_case_of(str(seat), True)))
    for code, capital in (data.get("capitals") or {}).items():
        tables.add(str(capital), Entry("capital", country=code, sector="GOV", role="government",
                                       case="proper"))
    _add_country_words(tables, data)


def _add_country_words(tables: Tables, data: dict[str, Any]) -> None:
    """The explicit sections: other country names, adjectives, plural demonyms, regions."""
    for code, names in (data.get("names") or {}).items():
        for name in names or []:
            tables.add(str(name), Entry("country", country=code, case=_case_of(str(name), True)))
    for code, adjectives in (data.get("adjectives") or {}).items():
        for adjective in adjectives or []:
            tables.add(str(adjective), Entry("demonym", country=code, case="proper"))
            for plural in _plural_forms(str(adjective)):
                tables.add(plural, Entry("demonym", country=code, plural=True, case="proper"))
    for code, plurals in (data.get("demonyms") or {}).items():
        for plural in plurals or []:
            tables.add(str(plural), Entry("demonym", country=code, plural=True, case="proper"))
    for code, regions in (data.get("regions") or {}).items():
        # A region or its people: the country, never its government ("Chechen rebels").
        names = [str(r) for r in regions or []]
        for name in names:
            is_plural = name.endswith("s") and name[:-1] in names  # "Chechens"
            tables.add(name, Entry("demonym", country=code, role="region", plural=is_plural,
                                   case="proper"))
    for code, cities in (data.get("cities") or {}).items():
        # A city other than the capital: the country, never its government.
        for city in cities or []:
            tables.add(str(city), Entry("demonym", country=code, role="city", case="proper"))


# Aliases that end like adjectives but name the country itself.
_COUNTRY_NOUNS = frozenset({
    "republic of korea", "russian federation", "korea", "mainland china", "persia", "the ukraine",
    "the philippines", "palestinian authority", "kazakhstan", "oman", "yemen", "bahrain",
    "pakistan", "afghanistan", "uzbekistan", "tajikistan", "turkmenistan", "kyrgyzstan",
    "azerbaijan", "iran", "japan", "taiwan", "sudan", "south sudan", "bhutan", "jordan",
    "lebanon", "gabon", "cameroon", "bahamas", "vatican", "seoul government", "pyongyang regime",
    "viet nam", "burma", "britain", "great britain", "holland", "czechia", "turkiye",
    "mali", "brunei", "haiti", "malawi", "burundi", "djibouti", "ksa", "uae", "prc",
    "roc", "drc", "rok", "dprk", "usa", "gaza", "west bank", "palestine", "sri lanka",
    "islamic republic of iran",
})


# Adjectives that do not end like one.
_ADJECTIVES = frozenset({"soviet", "filipino", "turk", "pole", "finn", "dane", "swede", "serb",
                         "croat", "thai", "lao", "saudi", "emirati", "argentine", "kazakh",
                         "slovak", "philippine", "briton", "new zealander", "nigerien",
                         "burkinabe", "tajik", "turkmen", "kyrgyz", "uzbek", "azeri"})


def _looks_like_country(alias: str) -> bool:
    return normalise(alias) in _COUNTRY_NOUNS


def _add_organisations(tables: Tables, data: dict[str, Any]) -> None:
    for item in data.get("organisations") or []:
        candidates = tuple(str(c) for c in item.get("candidates") or [])
        dated = tuple((p[0], _opt_str(p[1]), _opt_str(p[2])) for p in item.get("sectors") or [])
        for phrase in item.get("names") or []:
            tables.add(str(phrase), Entry(
                "org", country=item.get("country"), sector=item.get("sector"),
                name=item.get("name"), case=_case_of(str(phrase), True),
                candidates=candidates, dated_sectors=dated,
            ))
    for item in data.get("organs") or []:
        for phrase in item.get("names") or []:
            tables.add(str(phrase), Entry("organ", sector=item.get("sector"),
                                          role=item.get("role"), case=_case_of(str(phrase), False)))
    for item in data.get("roles") or []:
        for phrase in item.get("names") or []:
            phrase = str(phrase)
            plural = bool(item.get("collective")) or (
                phrase.endswith("s") and not phrase.endswith(("ss", "us"))) or phrase in {
                "people", "public", "police", "militia", "business"}
            tables.add(phrase, Entry("role", sector=item.get("sector"), role=item.get("role"),
                                     plural=plural, case=_case_of(phrase, False)))
    for phrase in data.get("non_actors") or []:
        tables.add(str(phrase), Entry("non_actor", case="any"))


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _parse_role(raw: list[Any], where: str) -> PersonRole:
    if not isinstance(raw, list) or len(raw) not in (4, 5):
        raise ConfigError(
            f"people.yaml: {where}: a role must be [role, sector, start, end(, country)]")
    values = [None if v is None else str(v) for v in raw]
    return PersonRole(values[0] or "", values[1], values[2], values[3],
                      values[4] if len(values) == 5 else None)


def _add_people(tables: Tables, data: dict[str, Any]) -> None:
    for item in data.get("people") or []:
        name = str(item["name"])
        roles = tuple(_parse_role(r, name) for r in item.get("roles") or [])
        variants = (name, *(str(v) for v in item.get("aka") or []))
        person = Person(len(tables.people), name, variants, item.get("gender"),
                        item.get("country"), roles)
        tables.people.append(person)
        for variant in variants:
            tables.add(variant, Entry("person", country=person.country, name=name,
                                      case="proper", person_id=person.person_id))


def load_tables() -> Tables:
    """Read every actor data file; raises ConfigError when one is missing or malformed."""
    tables = Tables()
    _add_countries(tables, _read_yaml("countries.yaml"))
    _add_organisations(tables, _read_yaml("organisations.yaml"))
    _add_people(tables, _read_yaml("people.yaml"))
    return tables
