"""Find dictionary phrases in a token sequence and compose them into one Actor.

A phrase such as "Russia's ambassador to South Korea, Georgy Zinoviev" is read as
a list of hits (country "Russia", role "ambassador", country "South Korea",
unknown name "Georgy Zinoviev") and composed: a dictionary person wins, then a
role with a name, then an organ or role noun, a named organisation, a seat of
power, a country. Countries after "to"/"in"/"at" are destinations, not owners.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from dyadwatch.resolve.people import PeopleIndex, date_bounds, role_at
from dyadwatch.resolve.tables import KINDS, Entry, Tables, Token
from dyadwatch.types import Actor

__all__ = ["SURNAME", "Hit", "compose", "match_phrases", "name_tokens"]

# A country after one of these words is where something is, not whose it is.
DESTINATION_WORDS = frozenset({"to", "in", "at", "toward", "towards", "into", "near", "with",
                               "against", "from", "on", "for", "between", "and"})
# A country word after these prefixes names a side taken, not the owner ("pro-Russian").
STANCE_PREFIXES = frozenset({"pro", "anti"})
# A country word before these names a sponsor, not the owner ("Iranian-backed militias").
SPONSOR_WORDS = frozenset({"backed", "supported", "sponsored", "funded", "trained", "armed",
                           "allied", "aligned", "brokered", "financed"})
# Nouns that make a country word part of a place name.
GEOGRAPHIC_NOUNS = frozenset({
    "peninsula", "sea", "ocean", "strait", "straits", "gulf", "bay", "river", "island", "islands",
    "waters", "airspace", "border", "borders", "coast", "mountains", "region", "territory",
    "language", "won", "rouble", "ruble", "yuan", "yen", "dollar", "dollars", "soil",
})
# The role of a person entry matched by a bare surname ("Lavrov"), not a full name.
SURNAME = "surname"
# A role after one of these words is no longer held.
FORMER = frozenset({"former", "ex", "retired", "late", "erstwhile"})
# Words that may sit inside a person's name without being capitalised.
_NAME_PARTICLES = frozenset({"von", "der", "van", "de", "la", "le", "bin", "al", "da", "el",
                             "ibn"})
# Capitalised words that are not names.
_NOT_NAME = frozenset({
    "the", "a", "an", "on", "in", "at", "of", "to", "and", "but", "he", "she", "it", "they",
    "we", "i", "this", "that", "these", "those", "his", "her", "its", "their", "our", "according",
    "mr", "mrs", "ms", "dr", "however", "meanwhile", "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november", "december", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "deputy", "first",
    "department", "director", "chairman", "head", "chief", "state", "foreign", "minister",
    "affairs", "ministry", "federation", "republic", "treaty", "agreement", "partnership",
    "comprehensive", "strategic", "asian", "international", "organizations", "organisations",
    "national", "security", "general", "secretary", "permanent", "representative", "embassy",
    "so", "as", "if", "for", "with", "by", "from", "after", "before", "while", "during",
    # Number words and quantifiers open a noun phrase, never a name ("One California delegate").
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "another",
    "some", "several", "many", "each", "every", "all", "both", "any", "no", "few", "most",
})
# Trailing words that make "<place> <Word>" a place name, not an organisation ("Gaza
# Strip", "Quebec City").
_PLACE_SUFFIXES = frozenset({
    "city", "strip", "heights", "island", "islands", "valley", "province", "county", "region",
    "peninsula", "coast", "bay", "river", "lake", "mountains", "street", "square", "district",
    "day", "airport", "harbour", "harbor", "township", "village", "park",
})
# Place names that are also personal names ("Michael Jordan", "Paris Hilton"): a single
# name before or after one of them is a person, not an organisation named after the place.
_PERSONAL_PLACE_NAMES = frozenset({
    "jordan", "chad", "georgia", "israel", "paris", "victoria", "sydney", "florence",
    "washington", "lincoln", "kingston", "charlotte", "austin", "houston", "dallas", "orlando",
    "hamilton", "regina", "india", "china", "london", "moscow", "troy", "phoenix",
})
# Words that make an organisation named after a place a business ("Air Canada", "Royal
# Bank of Canada"). State agencies ("Health Canada") get a sector only from the dictionary;
# "Bank of <country>" alone is left without one (a central bank or a commercial bank).
_BUSINESS_WORDS = frozenset({
    "air", "airlines", "airways", "bank", "motors", "tire", "telecom", "insurance",
    "petroleum", "steel", "railway", "railways", "mobile", "energy", "capital", "foods",
})


@dataclass(frozen=True)
class Hit:
    entry: Entry | None  # None: an unknown capitalised name
    start: int  # token indices, end exclusive
    end: int


def _case_ok(entry: Entry, tokens: Sequence[Token]) -> bool:
    if entry.case == "exact":
        return all(t.all_caps or not t.text.isalpha() for t in tokens)
    if entry.case == "proper":
        first = tokens[0]
        if first.capitalised or any(c.isupper() for c in first.text):  # "eSwatini"
            return True
        # "al-Qaeda", "bin Laden": a lower-case particle before a capitalised word.
        return first.key in _NAME_PARTICLES and len(tokens) > 1 and tokens[1].capitalised
    return True


def _best_entry(entries: list[Entry], tokens: Sequence[Token]) -> Entry | None:
    usable = [e for e in entries if _case_ok(e, tokens)]
    if not usable:
        return None
    return min(usable, key=lambda e: KINDS.index(e.kind))


def match_phrases(tokens: Sequence[Token], tables: Tables) -> list[Hit]:
    """Longest dictionary matches, left to right, non-overlapping."""
    hits: list[Hit] = []
    i = 0
    while i < len(tokens):
        for n in range(min(tables.longest, len(tokens) - i), 0, -1):
            entries = tables.phrases.get(tuple(t.key for t in tokens[i:i + n]))
            entry = _best_entry(entries, tokens[i:i + n]) if entries else None
            if entry is not None:
                hits.append(Hit(entry, i, i + n))
                i += n
                break
        else:
            i += 1
    return hits


def name_tokens(tokens: Sequence[Token], hits: Sequence[Hit]) -> list[Hit]:
    """Runs of capitalised tokens outside any hit: candidate names of unknown people."""
    covered = {i for h in hits for i in range(h.start, h.end)}
    runs: list[Hit] = []
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and j not in covered and _name_like(tokens[j], j > i):
            j += 1
        if j > i and tokens[j - 1].key in _NAME_PARTICLES:
            j -= 1
        if j > i:
            runs.append(Hit(None, i, j))
            i = j
        else:
            i += 1
    return runs


def _name_like(token: Token, inside: bool) -> bool:
    if token.key in _NOT_NAME or token.key == "'s":
        return False
    if inside and token.key in _NAME_PARTICLES:
        return True
    return token.capitalised and token.text[:1].isalpha()


def _owner_hits(hits: Sequence[Hit], tokens: Sequence[Token], kinds: set[str]) -> list[Hit]:
    """Country-like hits that are not destinations ("to South Korea", "in Moscow")."""
    owners = []
    for hit in hits:
        if hit.entry is None or hit.entry.kind not in kinds:
            continue
        before = [t.key for t in tokens[max(0, hit.start - 2):hit.start]]
        if before[-1:] and before[-1] in DESTINATION_WORDS:
            continue
        if before[-2:-1] and before[-2] in DESTINATION_WORDS and before[-1] == "the":
            continue
        after = tokens[hit.end].key if hit.end < len(tokens) else ""
        if before[-1:] and before[-1] in STANCE_PREFIXES or after in SPONSOR_WORDS:
            continue  # "pro-Russian separatists", "Iranian-backed militias": not theirs
        owners.append(hit)
    return owners


def _owner_country(hits: Sequence[Hit], tokens: Sequence[Token]) -> str | None:
    kinds = {"country", "demonym", "seat", "capital", "org"}
    for hit in _owner_hits(hits, tokens, kinds):
        if hit.entry is not None and hit.entry.country:
            return hit.entry.country
    return None


def _head_role(hits: Sequence[Hit], tokens: Sequence[Token]) -> Hit | None:
    """The role or organ that heads the phrase: the last one before the first 'of/to/in'."""
    roles = [h for h in hits if h.entry is not None and h.entry.kind in {"role", "organ"}]
    if not roles:
        return None
    covered = {i for h in hits for i in range(h.start, h.end)}
    preps = [i for i, t in enumerate(tokens)
             if i not in covered and t.key in {"of", "to", "in", "at"}]
    first_prep = preps[0] if preps else len(tokens)
    before = [h for h in roles if h.end <= first_prep]
    return before[-1] if before else roles[0]


def compose(
    text: str, tokens: Sequence[Token], hits: Sequence[Hit], people: PeopleIndex, when: str | None,
) -> Actor | None:
    """One Actor for a phrase, or None when it names no actor (or a non-actor)."""
    actor = _compose(text, tokens, hits, people, when)
    if actor is not None and actor.kind == "person" and any(t.key in FORMER for t in tokens):
        # "former President Moon Jae-in": the person, out of office.
        role = f"former {actor.role}" if actor.role else None
        return replace(actor, sector=None, role=role)
    return actor


def _compose(
    text: str, tokens: Sequence[Token], hits: Sequence[Hit], people: PeopleIndex, when: str | None,
) -> Actor | None:
    hits = _named_after_places(text, tokens, _without_doubtful_surnames(hits, tokens))
    entries = [h.entry for h in hits if h.entry is not None]
    if not entries:
        return None
    person_hits = [h for h in hits if h.entry is not None and h.entry.kind == "person"]
    if person_hits:
        return _dictionary_person(text, person_hits[0], hits, tokens, people, when)
    if any(e.kind == "non_actor" for e in entries) or _names_a_place(tokens, hits):
        return None
    head = _head_role(hits, tokens)
    country = _owner_country(hits, tokens)
    if country is None and head is not None and head.entry is not None:
        country = _local_country(head, hits, tokens)
    if head is not None and head.entry is not None:
        # A name right after the role ("Minister Cho") or before it ("Lee, the ambassador");
        # not one between an article and the role ("the Liberal MP"): it qualifies the role.
        names = [n for n in name_tokens(tokens, hits) if abs(n.start - head.end) <= 1
                 or abs(head.start - n.end) <= 2 and not _qualifies(tokens, n, head)]
        if names and head.entry.kind == "role" and not head.entry.plural:
            name = " ".join(t.text for t in tokens[names[0].start:names[0].end])
            if country is None:  # "President Francois Mitterand": a misspelt known name
                known = people.near_surname(tokens[names[0].end - 1].key)
                if known is not None:
                    name, country = known.name, known.country
            return Actor(text=text, name=name, country=country,
                         sector=_role_sector(head, hits, country, when), role=head.entry.role,
                         kind="person")
        org = _named_org(hits)
        if org is not None and org.start < head.start and head.entry.kind == "organ":
            country = country or (org.entry.country if org.entry else None)
        kind = "organisation" if head.entry.kind == "organ" else (
            "group" if head.entry.plural else "person")
        if head.entry.kind == "role" and country is None and org is not None and org.entry:
            country = org.entry.country
        return Actor(text=text, country=country, sector=_role_sector(head, hits, country, when),
                     role=head.entry.role, kind=kind)
    return _place_or_body(text, hits, tokens, country, when)


# Civilian state sectors that an international organisation's own staff take as IGO
# ("UN officials", "EU foreign ministers", "NATO envoys"); its troops stay MIL.
_IGO_CIVIL_SECTORS = frozenset({"GOV", "DIP", "LEG"})
# Sectors of state bodies and IGOs, whose officials keep the sector of their role.
_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "DIP", "IGO"})


def _sector_for(country: str | None, sector: str | None) -> str | None:
    return "IGO" if country == "IGO" and sector in _IGO_CIVIL_SECTORS else sector


def _role_sector(head: Hit, hits: Sequence[Hit], country: str | None,
                 when: str | None) -> str | None:
    """The sector of a role phrase: an IGO's staff are IGO; a generic GOV role after a
    non-state body ("Hamas leader", "Sinn Fein leader") takes the body's own sector."""
    assert head.entry is not None
    org = _named_org(hits)
    if (head.entry.kind == "role" and head.entry.sector == "GOV" and org is not None
            and org.entry is not None and org.start < head.start
            and org.entry.sector not in _STATE_SECTORS):
        return sector_at(org.entry, when)
    return _sector_for(country, head.entry.sector)


# Groups that belong to the country they are in ("rebels in Chad", "opposition parties in
# Nepal", "police in Guinea"); not envoys or troops, often foreign ("diplomats in Beijing").
_LOCAL_SECTORS = frozenset({None, "OPP", "CVL"})


def _local_country(head: Hit, hits: Sequence[Hit], tokens: Sequence[Token]) -> str | None:
    """The country of an 'in COUNTRY' phrase after a local group's role noun."""
    if head.entry is None or head.entry.sector not in _LOCAL_SECTORS:
        return None
    for hit in hits:
        if hit.start < head.end or hit.entry is None or not hit.entry.country:
            continue
        if hit.entry.kind not in {"country", "demonym", "capital"}:
            continue
        before = [t.key for t in tokens[max(0, hit.start - 2):hit.start]]
        if before[-1:] == ["in"] or before == ["in", "the"]:
            return hit.entry.country
    return None


def _without_doubtful_surnames(hits: Sequence[Hit], tokens: Sequence[Token]) -> list[Hit]:
    """Drop a bare-surname match of someone from another country than the phrase states
    ("Pakistani President Zia": not Bangladesh's Khaleda Zia); it is an unknown name."""
    surnames = [h for h in hits if h.entry is not None and h.entry.kind == "person"
                and h.entry.role == SURNAME]
    if not surnames:
        return list(hits)
    others = [h for h in hits if h not in surnames]
    owners = _owner_hits(others, tokens, {"country", "demonym"})
    stated = owners[0].entry.country if owners and owners[0].entry is not None else None
    if stated is None:
        return list(hits)
    return [h for h in hits if h not in surnames or h.entry is None
            or h.entry.country == stated]


def _names_a_place(tokens: Sequence[Token], hits: Sequence[Hit]) -> bool:
    """'the Korean Peninsula', 'the Sea of Japan': a geographic noun outside any hit,
    with no role or organ to make it an actor."""
    if any(h.entry is not None and h.entry.kind in {"role", "organ", "org"} for h in hits):
        return False
    covered = {i for h in hits for i in range(h.start, h.end)}
    return any(t.key in GEOGRAPHIC_NOUNS for i, t in enumerate(tokens) if i not in covered)


def _named_org(hits: Sequence[Hit]) -> Hit | None:
    return next((h for h in hits if h.entry is not None and h.entry.kind == "org"), None)


def sector_at(entry: Entry, when: str | None) -> str | None:
    """An organisation's sector at `when` (a party in government or in opposition)."""
    if when is None or not entry.dated_sectors:
        return entry.sector
    when_lo, when_hi = date_bounds(when)
    for sector, start, end in entry.dated_sectors:
        if (start is None or date_bounds(start)[0] <= when_hi) and (
                end is None or date_bounds(end)[1] >= when_lo):
            return sector
    return entry.sector


def _place_or_body(
    text: str, hits: Sequence[Hit], tokens: Sequence[Token], country: str | None,
    when: str | None,
) -> Actor | None:
    org = _named_org(hits)
    if org is not None and org.entry is not None:
        owner = org.entry.country or country
        if owner == "IGO" and org.entry.sector is None and country not in {None, "IGO"}:
            owner = country  # a national society of an NGO: "the Kenyan Red Cross"
        return Actor(text=text, name=org.entry.name, country=owner,
                     sector=sector_at(org.entry, when), kind="organisation")
    first = next((h.entry for h in hits if h.entry is not None), None)
    owners = _owner_hits(hits, tokens, {"country", "demonym", "seat", "capital"})
    entry = owners[0].entry if owners else first
    if entry is None or entry.country is None:
        return None
    if entry.kind in {"seat", "capital"}:
        return Actor(text=text, country=entry.country, sector="GOV", role="government",
                     kind="country")
    if entry.kind == "country":
        return Actor(text=text, country=entry.country, sector="GOV", kind="country")
    role = "city" if entry.role == "city" else None  # a place after "to"/"in", see is_place
    return Actor(text=text, country=entry.country, sector=None, role=role,
                 kind="group" if entry.plural else "country")


def _dictionary_person(
    text: str, hit: Hit, hits: Sequence[Hit], tokens: Sequence[Token],
    people: PeopleIndex, when: str | None,
) -> Actor | None:
    entry = hit.entry
    if entry is None:
        return None
    if entry.person_id is None:
        return _family_member(text, hit, hits, tokens)
    person = people.people[entry.person_id]
    organ = next((h for h in hits if h.start == hit.end and h.entry is not None
                  and h.entry.kind == "organ"), None)
    if organ is not None and organ.entry is not None:  # "the Moon administration"
        return Actor(text=text, country=person.country, sector=organ.entry.sector,
                     role=organ.entry.role, kind="organisation")
    held = role_at(person, when)
    if held is not None:
        return Actor(text=text, name=person.name, country=held.country or person.country,
                     sector=held.sector, role=held.role, kind="person")
    # Out of office at `when`: trust a role the text itself states, else no sector.
    head = _head_role([h for h in hits if h is not hit], tokens)
    if head is not None and head.entry is not None and head.entry.kind == "role":
        country = _owner_country(hits, tokens) or person.country
        return Actor(text=text, name=person.name, country=country, sector=head.entry.sector,
                     role=head.entry.role, kind="person")
    return Actor(text=text, name=person.name, country=person.country, sector=None,
                 kind="person")


def _family_member(
    text: str, hit: Hit, hits: Sequence[Hit], tokens: Sequence[Token],
) -> Actor | None:
    """A family name shared by several people of one country ("President Assad"): the
    country, and the sector of a role the text states."""
    entry = hit.entry
    if entry is None:
        return None
    name = " ".join(t.text for t in tokens[hit.start:hit.end])
    head = _head_role([h for h in hits if h is not hit], tokens)
    if head is not None and head.entry is not None and head.entry.kind == "role":
        country = _owner_country(hits, tokens) or entry.country
        return Actor(text=text, name=name, country=country, sector=head.entry.sector,
                     role=head.entry.role, kind="person")
    return Actor(text=text, name=name, country=entry.country, kind="person")


def _names_a_body_place(entry: Entry | None) -> bool:
    """A country, capital, city or region: what organisations are named after."""
    if entry is None:
        return False
    return entry.kind in {"country", "capital"} or (
        entry.kind == "demonym" and entry.role in {"city", "region"})


def _named_after_places(text: str, tokens: Sequence[Token], hits: Sequence[Hit]) -> list[Hit]:
    """ "Air Canada", "Health Canada", "Bank of Canada", "Canada Post", "Hydro-Quebec": a
    place name run together with other capitalised words names an organisation (kind org,
    named by the whole run, the place's country); the place alone is not the actor."""
    names = name_tokens(tokens, hits)
    out = list(hits)
    for hit in hits:
        if not _names_a_body_place(hit.entry):
            continue
        run = _organisation_run(tokens, names, hit)
        if run is None:
            continue
        start, end = run
        assert hit.entry is not None
        name = text[tokens[start].start:tokens[end - 1].end]
        entry = Entry("org", country=hit.entry.country, name=name,
                      sector=_business_sector(tokens[start:end], hit), case="proper")
        out = [h for h in out if h.end <= start or h.start >= end] + [Hit(entry, start, end)]
    return sorted(out, key=lambda h: h.start)


def _organisation_run(tokens: Sequence[Token], names: Sequence[Hit], hit: Hit
                      ) -> tuple[int, int] | None:
    """The token range of an organisation name built on a place hit, or None."""
    start, end = hit.start, hit.end
    left = next((n for n in names if n.end == start), None)
    if left is None and start >= 2 and tokens[start - 1].key == "of":
        left = next((n for n in names if n.end == start - 1), None)  # "Bank of Canada"
    before = tokens[start - 1].key if start > 0 else ""
    right = None
    if left is None and before not in {"of", "to", "in", "at", "'s", "’s"}:
        # "Canada Post"; not "Premier of Quebec François Legault" (a person after it).
        right = next((n for n in names if n.start == end and n.end == end + 1), None)
    outer = left or right
    if outer is None:
        return None
    outer_tokens = tokens[outer.start:outer.end]
    if any(t.key in _PLACE_SUFFIXES | GEOGRAPHIC_NOUNS for t in outer_tokens):
        return None  # "Quebec City", "the Sea of Japan"
    single = len(outer_tokens) == 1
    place = " ".join(t.key for t in tokens[hit.start:hit.end])
    if single and left is not None and left.end == start and place in _PERSONAL_PLACE_NAMES:
        return None  # "Michael Jordan"
    if right is not None and place in _PERSONAL_PLACE_NAMES:
        return None  # "Paris Hilton"
    return (left.start if left else start), (right.end if right else end)


def _business_sector(run: Sequence[Token], place: Hit) -> str | None:
    words = [t.key for t in run]
    if not _BUSINESS_WORDS & set(words):
        return None
    if words[:2] == ["bank", "of"] and len(words) == 2 + (place.end - place.start):
        return None  # "Bank of Canada": a central bank, or not; the name does not say
    return "BUS"


def _qualifies(tokens: Sequence[Token], name: Hit, head: Hit) -> bool:
    """ "the Liberal MP": a capitalised word between an article and a role noun."""
    return name.end == head.start and name.start > 0 and tokens[name.start - 1].key in {
        "the", "a", "an", "this", "that"}
