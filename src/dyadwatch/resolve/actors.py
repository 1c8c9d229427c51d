"""Resolve a span of text to an Actor (country, sector, person with dated roles).

Interface used by every extractor:

    resolver = ActorResolver.from_package()          # loads dyadwatch/data/actors once
    resolver.resolve_text("South Korean Foreign Minister Cho Tae-yul", when="2024-07-13")
    resolver.resolve_span(span, when=...)             # uses the words around the span
    resolver.mentions(doc, when=...)                  # every actor mention in a Doc
    resolver.person("Zinovyev", when=...)             # dictionary lookup of a person
    resolver.gender("Maria Zakharova")                # "f" / "m" / None

`when` is the date of the event or document (YYYY-MM-DD, YYYY-MM or YYYY, or an
ISO 8601 interval "2017-05/2019-12" for a document dated only by an estimate). A
person counts as GOV (DIP, ...) only while in the office the dictionary dates;
outside it she keeps her country and has no sector, unless the text states a role.

Conventions (those of the seed gold): a country named as a noun ("Russia", "the
DPRK") is the state, sector GOV; an adjective alone ("South Korean howitzers")
gives the country with no sector; a capital or seat of power ("Seoul", "the
Kremlin") is the government, GOV, except where it is a place ("in Seoul").

Further conventions (those of the PLOVER gold sets, where the seed gold is silent):
- An IGO or bloc is {"country": "IGO", "sector": "IGO"}; its armed forces (UN
  peacekeepers, KFOR) are sector MIL; its courts JUD. International NGOs (Red Cross,
  Amnesty International) are country "IGO" with no sector.
- An armed non-state group has no sector (PLOVER's REB is no contract sector) and the
  country where it fights when that is clear (Hamas PSE, PKK TUR, "Chechen rebels" RUS,
  "rebels in Chad" TCD); one that fights in many countries (al-Qaeda, ISIS) has none.
- A region or its people ("Darfur", "Tibetans") gives the country without a sector.
- Historic states take their successor's code: Soviet Union RUS, Yugoslavia SRB,
  Czechoslovakia CZE, Zaire COD, Burma MMR; Kosovo is XKX, Hong Kong HKG.
- The Pentagon is GOV, like every defence ministry (its civilian leadership), not MIL.
- Police and security forces have no sector: the contract has no police sector and the
  gold sets turn PLOVER's COP into null. Rebels, militants and other armed non-state
  groups have none either (REB); protesters, workers, refugees are CVL.
- A city other than the capital ("Aleppo", "Karachi police") gives its country with no
  sector, and is a place after "in" or a travel word, like a capital.
- An IGO's own officials and envoys are IGO ("UN officials", "EU foreign ministers");
  its troops MIL. A national society of an NGO takes its country ("the Kenyan Red Cross").
- A generic GOV role after a non-state body takes the body's sector ("Hamas leader",
  "Sinn Fein leader": null; "the ANC spokesman" while the ANC governs: GOV).
- A surname alone names a dictionary person only when it is unambiguous and not a
  common word ("May", "Khan"); one shared within a country ("Assad") gives the country;
  a misspelt surname after a title ("President Mitterand") is matched to a near one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from dyadwatch.resolve.people import PeopleIndex, role_at
from dyadwatch.resolve.phrases import SURNAME, Hit, compose, match_phrases
from dyadwatch.resolve.tables import Entry, Tables, load_tables, tokenize
from dyadwatch.types import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from dyadwatch.resolve.local_country import LocalCountries

__all__ = ["COMMON_WORD_SURNAMES", "PLACE_WORDS", "ActorResolver", "is_place"]

# Surnames that are also common words or very common names ("May", "Brown", "Khan"):
# alone in a text they name no one, though `person()` still finds them.
COMMON_WORD_SURNAMES = frozenset({
    "may", "brown", "white", "green", "young", "king", "major", "power", "austin", "cook",
    "straw", "baker", "fox", "martin", "howard", "evans", "warren", "ryan", "graham",
    "christopher", "gates", "hunt", "khan", "singh", "ali", "said", "hassan",
    "hussein", "ibrahim", "aziz", "omar", "mohamed", "mohammed", "muhammad", "ahmed", "ahmad",
    "abdullah", "khalifa", "kim", "lee", "park", "choi", "chen", "wang", "li", "zhang", "liu",
    "ma", "lai", "nguyen", "gonzalez", "sanchez", "garcia", "rodriguez", "lopez", "martinez",
    "perez", "hernandez", "fernandez", "silva", "santos", "cohen", "toledo", "taylor", "smith",
    "johnson", "jones", "williams", "jonathan", "justice", "law", "best", "long", "rich", "sen",
    "pot", "deng", "han", "song", "key", "price", "miller", "clark", "hong", "pena", "rosario",
    "francis", "masisi", "muscat", "talon", "toner", "store", "medina", "haq", "bishop", "wong",
    "ramirez", "espinosa", "gabriel", "shalom", "dar", "krishna", "vieira", "nano",
    # Given names that a family-name-first reading would take for a surname ("William Lai").
    "william", "john", "james", "david", "michael", "peter", "paul", "thomas", "george",
    "robert", "richard", "joseph", "charles", "ken", "tony",
})
# A city, seat or country right after one of these words is a place, not an actor.
PLACE_WORDS = frozenset({"in", "at", "near", "into", "around", "outside", "inside",
                         "across", "throughout", "within", "via", "through"})
# "to" makes a city a place only after a word of travel ("a visit to Pyongyang"); for a
# country it keeps the actor ("the visit of Putin to the DPRK" has the DPRK as target).
TRAVEL_WORDS = frozenset({"visit", "visits", "visited", "visiting", "trip", "trips", "travel",
                          "travels", "traveled", "travelled", "travelling", "traveling", "flew",
                          "fly", "flight", "flights", "came", "come", "went", "go", "going",
                          "return", "returned", "returning", "journey", "arrived", "arrive",
                          "moved", "delegation", "tour", "relocated", "back", "way", "route"})


@dataclass
class ActorResolver:
    tables: Tables
    people: PeopleIndex

    @classmethod
    def from_package(cls) -> ActorResolver:
        """Load the packaged dictionaries (raises ConfigError if one is broken)."""
        tables = load_tables()
        people = PeopleIndex.build(tables.people)
        for surname, found in people.by_surname.items():
            key = tuple(t.key for t in tokenize(surname))
            if surname in COMMON_WORD_SURNAMES or key in tables.phrases:
                continue
            countries = {p.country for p in found}
            if len(found) == 1:
                tables.phrases[key] = [Entry("person", country=found[0].country,
                                             name=found[0].name, role=SURNAME, case="proper",
                                             person_id=found[0].person_id)]
            elif len(countries) == 1:
                # A family name shared within one country ("Assad", "Kabila", "Bush"):
                # the country is known, the person is not.
                tables.phrases[key] = [Entry("person", country=found[0].country, role=SURNAME,
                                             case="proper")]
        return cls(tables, people)

    def resolve_text(self, text: str, when: str | None = None) -> Actor | None:
        """The actor a phrase stands for, or None (a place, a non-actor, unknown words)."""
        text = text.strip()  # token offsets index the text that compose() reads
        tokens = tokenize(text)
        if not tokens:
            return None
        hits = match_phrases(tokens, self.tables)
        if _is_place_phrase(tokens[0].key, hits):
            return None
        return compose(text, tokens, hits, self.people, when)

    def resolve_span(self, span: Span, when: str | None = None) -> Actor | None:
        """Like resolve_text, with the span's offsets; a city or country governed by a
        place preposition ("in Seoul", "arrived in Moscow") is no actor."""
        actor = self.resolve_text(span.text, when)
        if actor is None or actor.country is None:
            # "a group of Moroccan diplomats", "members of the Iraqi parliament": the
            # collective noun is not the actor, the "of" phrase after it is.
            extended = _with_of_phrase(span)
            found = self.resolve_text(extended.text, when) if extended is not None else None
            if extended is not None and found is not None and found.country is not None:
                actor, span = found, extended
        if actor is None:
            return None
        words = [t.text.lower() for t in span.doc[max(0, span.start - 3):span.start]]
        if is_place(actor, words):
            return None
        return replace(actor, start=span.start_char, end=span.end_char)

    def mentions(self, doc: Doc, when: str | None = None) -> list[Actor]:
        """Every actor mention in a parsed Doc, longest match, non-overlapping, in order."""
        from dyadwatch.resolve.mentions import find_mentions

        return find_mentions(doc, self, when)

    def local_countries(self, doc: Doc, when: str | None = None) -> LocalCountries:
        """Where a document's sentences place things, and its main country: the country
        of "police", "the government", "protesters" named without one (build once per
        document; see `dyadwatch.resolve.local_country`)."""
        from dyadwatch.resolve.local_country import LocalCountries

        return LocalCountries.build(doc, self, when)

    def person(self, name: str, when: str | None = None) -> Actor | None:
        """A dictionary person by any name variant or an unambiguous surname."""
        found = self.people.find(name)
        if found is None:
            return None
        held = role_at(found, when)
        if held is None:
            return Actor(text=name, name=found.name, country=found.country, kind="person")
        return Actor(text=name, name=found.name, country=held.country or found.country,
                     sector=held.sector, role=held.role, kind="person")

    def gender(self, name: str) -> str | None:
        found = self.people.find(name)
        return found.gender if found is not None else None


# The longest "of" phrase worth reading after a span (tokens).
_MAX_OF_PHRASE = 10


def _with_of_phrase(span: Span) -> Span | None:
    """The span extended through the "of" phrase right after it, or None."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text.lower() != "of":
        return None
    end = doc[span.end].right_edge.i + 1
    if end <= span.end + 1 or end - span.end > _MAX_OF_PHRASE:
        return None
    extended = doc[span.start:end]
    return None if "\n" in extended.text else extended


def _is_place_phrase(first_word: str, hits: list[Hit]) -> bool:
    """'in Seoul' given as a whole phrase: a preposition then only a city or country."""
    if len(hits) != 1 or hits[0].start != 1 or hits[0].entry is None:
        return False
    entry = hits[0].entry
    is_region = entry.kind == "demonym" and entry.role in {"region", "city"}  # "in Darfur"
    return (entry.kind in {"seat", "capital", "country"} or is_region) and (
        first_word in PLACE_WORDS)


def is_place(actor: Actor, words_before: list[str]) -> bool:
    """Whether a country/city actor is used as a place, judging by up to three
    lower-cased words before it ("arrived in Moscow", "a visit to Pyongyang")."""
    if actor.kind != "country" or actor.name is not None:
        return False
    words = [w for w in words_before if w not in {"the", "'s", "’s"}]
    if not words:
        return False
    if words[-1] in PLACE_WORDS:
        return True
    is_city = actor.role in {"government", "city"}
    return is_city and words[-1] == "to" and len(words) > 1 and words[-2] in TRAVEL_WORDS
