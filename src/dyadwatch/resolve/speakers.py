"""Who a speaker span stands for: names, pronouns and descriptions resolved in a document.

No coreference model is available offline, so this is a small rule-based
resolver over one parsed document:

- a full name is canonical; a later surname-only mention ("Karlsson") is linked
  to the nearest preceding full name that ends with it;
- "he"/"she" go to the nearest preceding person whose gender is compatible
  (gender from the people dictionary, honorifics, or learned from earlier
  pronouns), preferring people who were subjects or speakers;
- descriptions ("the minister", "the diplomat", "the coach") go to the nearest
  person whose title or apposition holds a matching role word; "the latter" /
  "the former" to the last / second-last person named;
- anything else (countries, organisations, groups, "analysts") gets no name, a
  role (the words of the span) and a country when the span names one.

    resolver = SpeakerResolver.build(doc, actor_resolver, when)
    speaker = resolver.resolve(span)          # -> Speaker
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dyadwatch.types import Actor, Speaker

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from dyadwatch.resolve.actors import ActorResolver

__all__ = ["PersonMention", "SpeakerResolver", "role_matches"]

_MALE = {"he", "him", "his", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}
_HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "sir": "m", "mrs": "f", "mrs.": "f", "ms": "f",
                     "ms.": "f", "madam": "f", "lady": "f"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
# Role words a description may use for a person introduced with another title.
_ROLE_FAMILIES: dict[str, frozenset[str]] = {
    "diplomat": frozenset({"diplomat", "ambassador", "envoy", "director", "representative",
                           "consul", "minister", "spokeswoman", "spokesman", "spokesperson"}),
    "official": frozenset({"official", "minister", "director", "secretary", "spokeswoman",
                           "spokesman", "spokesperson", "representative", "ambassador",
                           "president", "premier", "chancellor", "governor", "mayor"}),
    "leader": frozenset({"leader", "president", "premier", "chancellor", "chief", "head",
                         "chairman", "chair", "king", "prime"}),
    "premier": frozenset({"premier", "prime"}),
    "spokesperson": frozenset({"spokesperson", "spokeswoman", "spokesman"}),
    "lawmaker": frozenset({"lawmaker", "senator", "congressman", "congresswoman", "mp",
                           "legislator", "representative", "speaker"}),
    "politician": frozenset({"politician", "senator", "candidate", "nominee", "lawmaker",
                             "mp", "governor", "mayor", "president", "minister"}),
}
# Nouns that, with "the", describe a person (not an organisation).
PERSON_NOUNS: frozenset[str] = frozenset({
    "minister", "diplomat", "president", "premier", "ambassador", "envoy", "spokeswoman",
    "spokesman", "spokesperson", "official", "director", "secretary", "chancellor", "leader",
    "senator", "congressman", "congresswoman", "governor", "mayor", "candidate", "nominee",
    "chairman", "chairwoman", "chair", "coach", "player", "researcher", "expert", "analyst",
    "professor", "economist", "lawyer", "attorney", "judge", "officer", "general", "commander",
    "chief", "head", "author", "writer", "man", "woman", "mother", "father", "son", "daughter",
    "lawmaker", "politician", "representative", "prosecutor", "doctor", "executive", "founder",
    "ceo", "owner", "manager", "captain", "king", "queen", "prince", "pope", "activist",
    "advocate", "adviser", "advisor", "aide", "scientist", "teacher", "student", "driver",
    "veteran", "defenceman", "defenseman", "forward", "goalie", "rookie", "singer", "actor",
    "actress", "artist", "resident", "victim", "witness", "chef", "nurse", "physician",
})
_WINDOW = 4000  # characters: how far back a pronoun or description may reach
_SALIENT_REACH = 1200  # characters: a subject this close beats a nearer passing mention


def role_matches(role_noun: str, words: frozenset[str] | set[str]) -> bool:
    """Does a description's head noun fit a person's recorded role words?"""
    if role_noun in words:
        return True
    return bool(_ROLE_FAMILIES.get(role_noun, frozenset()) & words)


@dataclass
class PersonMention:
    """A person named at `start` (document order), with the canonical full name."""

    name: str
    start: int
    roles: set[str] = field(default_factory=set)
    salient: bool = False  # a subject or a speaker: likelier antecedent of a pronoun
    country: str | None = None
    role_text: str | None = None


@dataclass
class SpeakerResolver:
    """Resolves speaker spans of one document; `people` is in document order."""

    actors: ActorResolver
    when: str | None
    people: list[PersonMention] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)  # name -> "m" | "f"

    @classmethod
    def build(cls, doc: Doc, actors: ActorResolver, when: str | None) -> SpeakerResolver:
        resolver = cls(actors, when)
        full_names: dict[str, str] = {}  # surname (casefolded) -> latest full name
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            name = _clean_name(ent)
            if not name:
                continue
            canonical = resolver._canonical(name, full_names)
            mention = PersonMention(canonical, ent.start_char, _role_words(ent),
                                    ent.root.dep_ in ("nsubj", "nsubjpass"))
            mention.role_text, mention.country = resolver._title_and_country(ent)
            resolver.people.append(mention)
            resolver._learn_gender_from_honorific(ent, canonical)
        return resolver

    # -- public ---------------------------------------------------------------

    def resolve(self, span: Span) -> Speaker:
        """The speaker a subject span stands for (never None: unknowns keep their text)."""
        root = span.root
        lower = root.lower_
        if root.pos_ == "PRON" and (lower in _MALE or lower in _FEMALE):
            return self._pronoun(span, "m" if lower in _MALE else "f")
        if span.text.lower().strip() in ("the latter", "the former"):
            return self._latter(span)
        person = _person_ent(span)
        if person is not None:
            return self._named(span, person)
        if root.pos_ == "PROPN" and root.ent_type_ in ("", "PERSON", "NORP") and root.is_title:
            linked = self._by_surname(root.text, span.start_char)
            if linked is not None:
                return self._speaker(span, linked)
        if _is_description(span) and root.lemma_.lower() in PERSON_NOUNS:
            found = self._by_role(root.lemma_.lower(), span.start_char)
            if found is not None:
                return self._speaker(span, found)
        return self._unnamed(span)

    def mark_salient(self, name: str | None, at: int) -> None:
        """A resolved speaker becomes the likeliest antecedent of the next pronoun."""
        if name is None:
            return
        for person in reversed(self.people):
            if person.start <= at and person.name == name:
                person.salient = True
                return

    def gender_of(self, name: str) -> str | None:
        if name in self.genders:
            return self.genders[name]
        known = _call(self.actors, "gender", name)
        if isinstance(known, str) and known[:1].lower() in ("m", "f"):
            self.genders[name] = known[:1].lower()
            return self.genders[name]
        return None

    # -- names ----------------------------------------------------------------

    def _canonical(self, name: str, full_names: dict[str, str]) -> str:
        parts = name.split()
        key = parts[-1].casefold()
        if len(parts) == 1:
            return full_names.get(key, name)
        full_names[key] = name
        return name

    def _by_surname(self, surname: str, before: int) -> PersonMention | None:
        key = surname.casefold()
        for person in reversed(self.people):
            if person.start < before + 1 and person.name.split()[-1].casefold() == key:
                return person
        return None

    def _named(self, span: Span, ent: Span) -> Speaker:
        name = _clean_name(ent)
        mention = next((p for p in reversed(self.people) if p.start == ent.start_char), None)
        if mention is None:
            found = self._by_surname(name.split()[-1], span.start_char) if name else None
            mention = found or PersonMention(name, ent.start_char)
        return self._speaker(span, mention)

    def _title_and_country(self, ent: Span) -> tuple[str | None, str | None]:
        """The title words around a name ("South Korean Foreign Minister") and their country."""
        words = [t for t in _title_tokens(ent)]
        country = None
        for token in words:
            actor = self.actors.resolve_text(token.text, self.when)
            if actor is not None and actor.country:
                country = actor.country
                break
        role = " ".join(t.text for t in words if t.pos_ != "PUNCT") or None
        return role, country

    # -- pronouns and descriptions ---------------------------------------------

    def _pronoun(self, span: Span, gender: str) -> Speaker:
        at = span.start_char
        compatible = [p for p in self._before(at)
                      if self.gender_of(p.name) in (None, gender)]
        if not compatible:
            return self._unnamed(span)
        chosen = compatible[0]
        if not chosen.salient:
            # A subject or speaker nearby beats a person named in passing.
            salient = next((p for p in compatible if p.salient
                            and at - p.start < _SALIENT_REACH), None)
            chosen = salient or chosen
        self.genders.setdefault(chosen.name, gender)
        return self._speaker(span, chosen)

    def _latter(self, span: Span) -> Speaker:
        people = list(self._before(span.start_char))
        distinct: list[PersonMention] = []
        for person in people:
            if all(p.name != person.name for p in distinct):
                distinct.append(person)
        index = 0 if span.text.lower().strip() == "the latter" else 1
        if len(distinct) > index:
            return self._speaker(span, distinct[index])
        return self._unnamed(span)

    def _by_role(self, noun: str, at: int) -> PersonMention | None:
        first: PersonMention | None = None
        for person in self._before(at):
            if role_matches(noun, person.roles):
                return person
            first = first or person
        return first if noun not in _ROLE_FAMILIES and noun not in ("minister",) else None

    def _before(self, at: int) -> list[PersonMention]:
        """People named before `at`, nearest first, within the look-back window."""
        out = [p for p in self.people if at - _WINDOW <= p.start < at]
        out.reverse()
        return out

    def _learn_gender_from_honorific(self, ent: Span, name: str) -> None:
        if ent.start > 0:
            gender = _HONORIFIC_GENDER.get(ent.doc[ent.start - 1].lower_)
            if gender:
                self.genders.setdefault(name, gender)

    # -- building Speakers ------------------------------------------------------

    def _speaker(self, span: Span, person: PersonMention) -> Speaker:
        actor = _call(self.actors, "person", person.name, self.when)
        country, sector, role = person.country, None, person.role_text
        if isinstance(actor, Actor):
            country = actor.country or country
            sector = actor.sector
            role = actor.role or role
        if country is None:
            country = self._country_in(span)
        return Speaker(text=span.text, name=person.name, country=country, sector=sector,
                       role=role, kind="person", start=span.start_char, end=span.end_char)

    def _unnamed(self, span: Span) -> Speaker:
        actor = self.actors.resolve_span(span, self.when)
        country = actor.country if actor is not None else self._country_in(span)
        sector = actor.sector if actor is not None else None
        kind = actor.kind if actor is not None else "group"
        role = " ".join(t.text for t in span if t.lower_ not in _DETERMINERS).strip() or None
        return Speaker(text=span.text, name=None, country=country, sector=sector, role=role,
                       kind=kind, start=span.start_char, end=span.end_char)

    def _country_in(self, span: Span) -> str | None:
        for ent in span.ents:
            if ent.label_ in ("GPE", "NORP", "ORG"):
                actor = self.actors.resolve_text(ent.text, self.when)
                if actor is not None and actor.country:
                    return actor.country
        for token in span:
            if token.pos_ in ("PROPN", "ADJ"):
                actor = self.actors.resolve_text(token.text, self.when)
                if actor is not None and actor.country:
                    return actor.country
        return None


def _call(obj: object, method: str, *args: Any) -> Any:
    """Call an optional resolver method (the actor resolver grows over time)."""
    func: Callable[..., Any] | None = getattr(obj, method, None)
    if func is None:
        return None
    try:
        return func(*args)
    except (KeyError, ValueError, LookupError):
        return None


def _clean_name(ent: Span) -> str:
    words = [t.text for t in ent if t.lower_ not in _HONORIFIC_GENDER and not t.is_punct
             or t.text == "-"]
    text = " ".join(words).replace(" - ", "-").strip(" '’s")
    return text[:-2] if text.endswith("’s") or text.endswith("'s") else text


def _person_ent(span: Span) -> Span | None:
    persons = [e for e in span.ents if e.label_ == "PERSON"]
    if not persons:
        return None
    # The head of the subject wins over a person named in a modifier ("Putin's aide").
    for ent in persons:
        if ent.start <= span.root.i < ent.end:
            return ent
    return persons[0]


def _is_description(span: Span) -> bool:
    first = span[0].lower_
    return first in _DETERMINERS or span[0].dep_ == "poss" or span.root.pos_ == "NOUN"


def _title_tokens(ent: Span) -> list[Token]:
    """Words right before a name in its noun phrase, e.g. "Foreign Minister" (not "the")."""
    doc = ent.doc
    out: list[Token] = []
    i = ent.start - 1
    while i >= 0 and doc[i].pos_ in ("PROPN", "NOUN", "ADJ", "PUNCT") and doc[i].text not in (
            ",", ".", "“", "”", '"', "(", ")", ":", ";") and doc[i].ent_type_ != "PERSON":
        out.insert(0, doc[i])
        i -= 1
    if i >= 0 and doc[i].dep_ == "poss":  # "Russia's Permanent Representative"
        out.insert(0, doc[i])
    for child in ent.root.children:
        if child.dep_ == "appos" and child.i >= ent.end:
            out.extend(t for t in child.subtree if t.pos_ in ("PROPN", "NOUN", "ADJ"))
    if ent.root.dep_ == "appos" and ent.root.head.i < ent.start:
        out.extend(t for t in ent.root.head.subtree if t.i < ent.start and t.pos_ in (
            "PROPN", "NOUN", "ADJ"))
    return out


def _role_words(ent: Span) -> set[str]:
    return {t.lemma_.lower() for t in _title_tokens(ent)} | {t.lower_ for t in _title_tokens(ent)}
