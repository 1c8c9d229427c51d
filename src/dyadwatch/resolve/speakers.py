"""Who a speaker span stands for: names, pronouns and descriptions resolved in a document.

No coreference model is available offline, so this is a small rule-based
resolver over one parsed document:

- a full name is canonical; a later surname-only mention ("Karlsson") is linked
  to the nearest preceding full name that ends with it;
- "he"/"she" go to the nearest preceding person whose gender is compatible
  (gender from the people dictionary, the given name, honorifics, or an earlier
  pronoun), preferring the subject of a main clause, then the last speaker;
- descriptions ("the minister", "the diplomat", "the coach") go to the nearest
  person whose title or apposition holds a matching role word; "the latter" /
  "the former" to the last / second-last person named;
- "the report" / "the lawsuit" go to the issuer of the document (resolve.speaker_issuers);
  "the agency", "police", "investigators", "it said" to the body or service named shortly
  before (resolve.speaker_bodies);
- anything else (countries, organisations, groups, "analysts") gets no name, a
  role (the words of the span) and a country when the span names one.

    resolver = SpeakerResolver.build(doc, actor_resolver, when)
    speaker = resolver.resolve(span)          # -> Speaker
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from dyadwatch.resolve.speaker_bodies import (
    STATE_BODY_NOUNS,
    named_before,
    service_named_before,
    state_body_named_before,
)
from dyadwatch.resolve.speaker_issuers import (
    GENERIC_DOCUMENT_NOUNS,
    earlier_document,
    issuer_of,
    issuer_span,
)
from dyadwatch.resolve.speaker_names import (
    DETERMINERS,
    DOCUMENT_NOUNS,
    FEMALE,
    HONORIFIC_GENDER,
    MALE,
    ORGANISATION_NOUNS,
    PERSON_NOUNS,
    ROLE_FAMILIES,
    call_optional,
    clean_name,
    description_modifiers,
    is_description,
    is_subject,
    last_proper_run,
    names_a_body,
    names_head,
    names_members,
    person_ent,
    proper_name,
    proper_name_runs,
    role_matches,
    role_words,
    span_ents,
    surname_key,
    title_qualifiers,
    title_tokens,
    titled_name_after,
)
from dyadwatch.resolve.speaker_pronouns import SALIENT_REACH, SPEAKER_REACH, antecedent
from dyadwatch.resolve.speaker_questions import Question, find_questions
from dyadwatch.resolve.speaker_surnames import surname_subjects
from dyadwatch.types import Actor, Speaker

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from dyadwatch.resolve.actors import ActorResolver

__all__ = ["ORGANISATION_NOUNS", "PersonMention", "SpeakerResolver", "role_matches", "span_ents"]

_AGED = re.compile(r"\b\d+-year-old$")  # "the 33-year-old" (a noun after it is a role)
_BUSINESS_REACH = 2000  # characters: "the company" refers to a firm named this close
_BUSINESS_NOUNS = frozenset({"company", "firm", "bank", "retailer", "carrier", "airline",
                             "automaker", "manufacturer", "corporation", "utility",
                             "broadcaster", "railway"})
_NOT_BUSINESS = frozenset({"university", "college", "school", "hospital", "institute", "museum",
                           "party", "committee", "council", "commission", "department",
                           "ministry", "agency", "court", "police", "union", "association",
                           "foundation", "church", "government", "parliament", "senate"})
_ISSUER_REACH = 2500  # characters: how far back "the report" finds who released it
_PRONOUN_ORG_REACH = 600  # characters: "It said" right after "<organisation> recalled …"
_WINDOW = 4000  # characters: how far back a pronoun or description may reach


@dataclass
class PersonMention:
    """A person named at `start` (document order), with the canonical full name."""

    name: str
    start: int
    roles: set[str] = field(default_factory=set)
    salient: bool = False  # a subject or a speaker: likelier antecedent of a pronoun
    main_subject: bool = False  # the subject of its sentence's main verb
    speaker: bool = False  # resolved as the speaker of a quote
    quoted: bool = False  # named inside quotation marks: talked about, not talking
    country: str | None = None
    role_text: str | None = None
    qualifiers: set[str] = field(default_factory=set)  # proper words of the title ("democratic")


@dataclass
class SpeakerResolver:
    """Resolves speaker spans of one document; `people` is in document order."""

    actors: ActorResolver
    when: str | None
    people: list[PersonMention] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)  # name -> "m" | "f"
    # Organisations named in the text, in order: (offset, name).
    organisations: list[tuple[int, str]] = field(default_factory=list)
    # Organisations named as the subject of a clause, in order: (offset, name).
    organisation_subjects: list[tuple[int, str]] = field(default_factory=list)
    # Organisations resolved as speakers, in order: (offset, name).
    organisation_speakers: list[tuple[int, str]] = field(default_factory=list)
    # Full proper-noun names by their last word, for names the tagger did not mark.
    proper_names: dict[str, str] = field(default_factory=dict)
    # Gender of a full name from its given name ("Wendy Golden" -> "f"), if known.
    given_name_gender: Callable[[str], str | None] | None = None
    questions: list[Question] = field(default_factory=list)  # "X asked Y whether …"

    @classmethod
    def build(cls, doc: Doc, actors: ActorResolver, when: str | None,
              given_name_gender: Callable[[str], str | None] | None = None,
              quoted: Sequence[tuple[int, int]] = ()) -> SpeakerResolver:
        """`quoted`: (start, end) of the spans inside quotation marks, in order."""
        resolver = cls(actors, when, given_name_gender=given_name_gender)
        quoted_starts = [a for a, _ in quoted]
        full_names: dict[str, str] = {}  # surname (casefolded) -> latest full name
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            name = clean_name(ent)
            if not name.split():
                continue
            canonical = resolver._canonical(name, full_names)
            mention = PersonMention(canonical, ent.start_char, role_words(ent), is_subject(ent),
                                    is_subject(ent, main_only=True))
            mention.role_text, mention.country = resolver._title_and_country(ent)
            mention.qualifiers = title_qualifiers(ent)
            mention.quoted = _inside(quoted, quoted_starts, ent.start_char)
            resolver.people.append(mention)
            resolver._learn_gender_from_honorific(ent, canonical)
        resolver._add_titled_names(doc, quoted, quoted_starts)
        resolver._link_surnames_forward(full_names)
        resolver._add_mislabelled_surnames(doc)
        resolver.organisations = [(e.start_char, clean_name(e)) for e in doc.ents
                                  if e.label_ == "ORG" and clean_name(e)]
        resolver.organisation_subjects = [(e.start_char, clean_name(e)) for e in doc.ents
                                          if e.label_ == "ORG" and clean_name(e)
                                          and is_subject(e)]
        resolver.proper_names = proper_name_runs(doc)
        resolver.questions = find_questions(doc)
        return resolver

    def _add_titled_names(self, doc: Doc, quoted: Sequence[tuple[int, int]],
                          quoted_starts: list[int]) -> None:
        """ "defenceman Morgan Rielly": a capitalised name right after a person noun is a
        person, whatever label the tagger gave it (it often takes such names for an ORG)."""
        known = {p.start for p in self.people}
        for token in doc:
            if token.pos_ != "NOUN" or token.lemma_.lower() not in PERSON_NOUNS:
                continue
            run = titled_name_after(token)
            if not run or run[0].idx in known or run[0].ent_type_ == "PERSON":
                continue
            name = " ".join(t.text for t in run)
            span = doc[run[0].i:run[-1].i + 1]
            roles = {token.lemma_.lower(), token.lower_}
            for word in reversed(doc[max(0, token.i - 4):token.i]):  # "Leafs defenceman"
                if word.pos_ not in ("PROPN", "NOUN", "ADJ"):
                    break
                roles |= {word.lower_, word.lemma_.lower()}
            mention = PersonMention(name, run[0].idx, roles, is_subject(span),
                                    is_subject(span, main_only=True))
            mention.quoted = _inside(quoted, quoted_starts, run[0].idx)
            bisect.insort(self.people, mention, key=lambda p: p.start)
            known.add(run[0].idx)

    def _add_mislabelled_surnames(self, doc: Doc) -> None:
        """ "Poole, 28, was released" with "Poole" tagged as a place: Ryan Poole again."""
        known = {p.start for p in self.people}
        for start, name, main in surname_subjects(doc, ((p.start, p.name) for p in self.people)):
            if start not in known:
                bisect.insort(self.people, PersonMention(name, start, salient=True,
                                                         main_subject=main),
                              key=lambda p: p.start)

    def _link_surnames_forward(self, full_names: dict[str, str]) -> None:
        """A single name gets the full name: a surname seen before it ("Karlsson ... Erik
        Karlsson"), or a given name that only one full name in the text starts with ("Kody")."""
        by_first: dict[str, set[str]] = {}
        for name in full_names.values():
            by_first.setdefault(name.split()[0].casefold(), set()).add(name)
        for person in self.people:
            parts = person.name.split()
            if len(parts) != 1:
                continue
            key = parts[0].casefold()
            if key in full_names:
                person.name = full_names[key]
            elif len(by_first.get(key, ())) == 1:
                person.name = next(iter(by_first[key]))

    # -- public ---------------------------------------------------------------

    def resolve(self, span: Span) -> Speaker:
        """The speaker a subject span stands for (never None: unknowns keep their text)."""
        root = span.root
        lower = root.lower_
        if root.pos_ == "PRON" and (lower in MALE or lower in FEMALE):
            return self._pronoun(span, "m" if lower in MALE else "f")
        if span.text.lower().strip() in ("the latter", "the former"):
            return self._latter(span)
        if names_a_body(span):
            return self._unnamed(span, as_body=True)
        person = person_ent(span)
        if person is not None:
            return self._named(span, person)
        for token in span:
            if token.pos_ in ("PROPN", "AUX", "NOUN") and token.is_title and token.ent_type_ in (
                    "", "PERSON", "NORP", "ORG") and names_head(token, root):
                linked = self._by_surname(token.text, span.start_char)
                if linked is not None:
                    return self._speaker(span, linked)
        known = self._dictionary_person(span)
        if known is not None:
            return known
        if root.lemma_.lower() in DOCUMENT_NOUNS | GENERIC_DOCUMENT_NOUNS and root.pos_ == "NOUN":
            author = self._author(span) or self._issuer_before(span)
            if author is not None:
                return author
        if is_description(span) and _AGED.search(span.text) and person_ent(span) is None:
            found = self._by_role("person", span.start_char)  # "the 33-year-old"
            if found is not None:
                return self._speaker(span, found)
        if is_description(span) and root.lemma_.lower() in PERSON_NOUNS:
            found = self._by_role(root.lemma_.lower(), span.start_char,
                                  description_modifiers(span),
                                  # not a name ("Union Leader"), nor placed ("the Texas
                                  # governor": a place identifies the office)
                                  loose=root.is_lower and not any(
                                      t.ent_type_ == "GPE" for t in span if t.i < root.i))
            if found is not None:
                return self._speaker(span, found)
        if lower == "it" or (is_description(span) and root.lemma_.lower() in ORGANISATION_NOUNS):
            noun = None if lower == "it" else root.lemma_.lower()
            bare = not any(t.pos_ == "PROPN" for t in span)  # "the company", not "the World Bank"
            organisation = self._organisation_before(span.start_char, noun, bare)
            if organisation is not None:
                return self._organisation(span, organisation)
        if lower in ("it", "they") and root.pos_ == "PRON":
            subject = self._organisation_subject_before(span.start_char)
            if subject is not None:
                return self._organisation(span, subject)
        service = service_named_before(span, self.organisations, _BUSINESS_REACH)
        if service is not None:
            return self._organisation(span, service)
        named = self._proper_noun(span)
        return named if named is not None else self._unnamed(span)

    def _author(self, span: Span) -> Speaker | None:
        """ "the RCMP statement", "a study by the Senate committee", "her statement": the
        one who issued the document speaks."""
        root = span.root
        whole = span.doc[root.left_edge.i:root.right_edge.i + 1]
        for ent in span_ents(whole):
            if ent.label_ == "ORG":
                return self._organisation(span, clean_name(ent))
        owner = next((c for c in root.children if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ == "PRON" and owner.lower_ in MALE | FEMALE:
            found = self._pronoun(span.doc[owner.i:owner.i + 1], "m" if owner.lower_ in MALE
                                  else "f")
            return replace(found, text=span.text, start=span.start_char, end=span.end_char)
        return None

    def _issuer_before(self, span: Span) -> Speaker | None:
        """ "The report says" after "a report by the Halvorsen Institute" / "Amnesty
        International published a report": the issuer named with the earlier mention."""
        root = span.root
        if not is_description(span) or any(c.dep_ == "poss" for c in root.children):
            return None  # "a report", "the campaign's statement": not one named before
        earlier = earlier_document(span.doc, root.lemma_.lower(), span.start, _ISSUER_REACH,
                                   DOCUMENT_NOUNS)
        issuer = issuer_of(earlier) if earlier is not None else None
        if issuer is None:
            return None
        if issuer.pos_ == "PRON":
            if issuer.lower_ not in MALE | FEMALE:
                return None
            found = self._pronoun(span.doc[issuer.i:issuer.i + 1],
                                  "m" if issuer.lower_ in MALE else "f")
            return replace(found, text=span.text, start=span.start_char, end=span.end_char)
        name = issuer_span(issuer)
        person = next((e for e in span_ents(name) if e.label_ == "PERSON"), None)
        if person is not None:
            return self._named(span, person)
        cleaned = clean_name(name)
        return self._organisation(span, cleaned) if cleaned else None

    def _organisation_before(self, at: int, noun: str | None, bare: bool = False) -> str | None:
        """For "the commission": the nearest organisation named with that word; for "it"
        or when none is: the last organisation quoted nearby (else None: no guessing)."""
        if noun is not None:
            for name in named_before(self.organisations, at, _WINDOW):
                if noun in name.casefold().split():
                    return name
        if bare and noun in _BUSINESS_NOUNS:
            business = self._business_before(at)
            if business is not None:
                return business
        if bare and noun in STATE_BODY_NOUNS:
            body = state_body_named_before(self.organisations, at, _BUSINESS_REACH,
                                           lambda name: self.actors.resolve_text(name, self.when))
            if body is not None:
                return body
        return next(named_before(self.organisation_speakers, at, SPEAKER_REACH), None)

    def _business_before(self, at: int) -> str | None:
        """For "the company", "the airline": the nearest organisation named shortly before,
        passing over government bodies ("Health Canada said …") when a business is there."""
        near = [name for name in named_before(self.organisations, at, _BUSINESS_REACH)
                if not _NOT_BUSINESS & set(name.casefold().split())]
        for name in near:
            actor = self.actors.resolve_text(name, self.when)
            # Unknown names are mostly firms; a known body needs a business-like sector
            # (not GOV, nor the no-sector agencies, NGOs and police forces).
            if actor is None or actor.sector not in ("GOV", None):
                return name
        return near[0] if near else None

    def _organisation_subject_before(self, at: int) -> str | None:
        """For "it said" / "they said" with no organisation quoted before: an organisation
        that was the subject of a clause shortly before, with no person named since."""
        subject = next(((start, name) for start, name in reversed(self.organisation_subjects)
                        if start < at and at - start <= _PRONOUN_ORG_REACH), None)
        if subject is None or any(subject[0] < p.start < at for p in self.people):
            return None
        return subject[1]

    def _organisation(self, span: Span, name: str) -> Speaker:
        if span.root.pos_ != "PRON":
            self.organisation_speakers.append((span.start_char, name))
        actor = self.actors.resolve_text(name, self.when)
        return Speaker(text=span.text, name=name, country=actor.country if actor else None,
                       sector=actor.sector if actor else None, role=None, kind="organisation",
                       start=span.start_char, end=span.end_char)

    def _proper_noun(self, span: Span) -> Speaker | None:
        """A proper name the tagger missed or mislabelled ("Bardos said", "Vancouver's Bo
        Horvat"): the last run of capitalised proper nouns, completed from the text."""
        run = last_proper_run(span)
        if not run:
            return None
        text = " ".join(t.text for t in run)
        if self.actors.resolve_text(text, self.when) is not None:
            return None  # a country, a capital, a known organ: not a person's name
        name = self.proper_names.get(run[-1].lower_, text) if len(run) == 1 else text
        if run[0].ent_type_ == "ORG" or name in {n for _, n in self.organisations}:
            return self._organisation(span, name)
        self._register(name, span.start_char)
        return Speaker(text=span.text, name=name, country=self._country_in(span), sector=None,
                       role=None, kind="person", start=span.start_char, end=span.end_char)

    def _dictionary_person(self, span: Span) -> Speaker | None:
        """A title whose name the tagger missed ("Russia's envoy to the UN Vasily Nebenzya"):
        the people dictionary may know the whole phrase."""
        root = span.root
        whole = span.doc[root.left_edge.i:root.right_edge.i + 1]
        if len(whole) > 16:
            return None
        actor = self.actors.resolve_text(whole.text, self.when)
        if actor is None or actor.kind != "person" or not actor.name:
            return None
        self._register(actor.name, span.start_char)
        return Speaker(text=span.text, name=actor.name, country=actor.country, sector=actor.sector,
                       role=actor.role, kind="person", start=span.start_char, end=span.end_char)

    def subject_between(self, since: int, at: int) -> Speaker | None:
        """The nearest person named as a main-clause subject (or quoted) in [since, at), as
        the speaker of a quote that has no cue of its own."""
        for person in reversed(self.people):
            if since <= person.start < at and (person.main_subject and not person.quoted
                                               or person.speaker):
                role, country = self._profile(person)
                actor = call_optional(self.actors, "person", person.name, self.when)
                if isinstance(actor, Actor):
                    country, role = actor.country or country, actor.role or role
                return Speaker(text=person.name, name=person.name, country=country, role=role,
                               sector=actor.sector if isinstance(actor, Actor) else None,
                               kind="person")
        return None

    def gender_of(self, name: str) -> str | None:
        """The people dictionary first, then the given name, then what the text showed."""
        known = call_optional(self.actors, "gender", name)
        if isinstance(known, str) and known[:1].lower() in ("m", "f"):
            return known[:1].lower()
        if self.given_name_gender is not None:
            guessed = self.given_name_gender(name)
            if guessed is not None:
                return guessed
        return self.genders.get(name)

    # -- names ----------------------------------------------------------------

    def _canonical(self, name: str, full_names: dict[str, str]) -> str:
        parts = name.split()
        key = parts[-1].casefold()
        if len(parts) == 1:
            return full_names.get(key, name)
        full_names[key] = name
        return name

    def _by_surname(self, surname: str, before: int) -> PersonMention | None:
        """The nearest person before `before` with this surname, else the first after."""
        key = surname.casefold()
        later: PersonMention | None = None
        for person in reversed(self.people):
            if surname_key(person.name) != key:
                continue
            if person.start < before + 1:
                return person
            later = person
        return later

    def _named(self, span: Span, ent: Span) -> Speaker:
        name = clean_name(ent) or ent.text
        mention = next((p for p in reversed(self.people) if p.start == ent.start_char), None)
        if mention is None:
            found = self._by_surname(name.split()[-1], span.start_char) if name.split() else None
            mention = found or PersonMention(name, ent.start_char)
        return self._speaker(span, mention)

    def _title_and_country(self, ent: Span) -> tuple[str | None, str | None]:
        """The title words around a name ("South Korean Foreign Minister") and their country."""
        words = [t for t in title_tokens(ent)]
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
        """The compatible person named before it that the passage is about
        (resolve.speaker_pronouns)."""
        at = span.start_char
        compatible = [p for p in self._before(at)
                      if self.gender_of(p.name) in (None, gender) and (p.speaker or not p.quoted)]
        if not compatible:
            return self._unnamed(span)
        chosen = antecedent(compatible, at, self.questions, self.people)
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

    def _by_role(self, noun: str, at: int, modifiers: list[str] | None = None,
                 loose: bool = False) -> PersonMention | None:
        """The nearest person whose title fits the noun; for a noun no title gives ("the
        coach", "the soldier"), the salient person nearby. A qualified description ("the
        Indiana governor") needs a title holding its qualifiers too, or (`loose`: a common
        noun, not a name like "Union Leader") the only person titled with the noun."""
        candidates = self._before(at)
        for person in candidates:
            if role_matches(noun, person.roles) and set(modifiers or ()) <= person.roles:
                return person
        if modifiers and not loose:
            return None
        if modifiers:
            # "the Leafs defenceman" when the title did not say "Leafs": the one person
            # titled so nearby, if there is only one.
            titled = {p.name for p in candidates if role_matches(noun, p.roles)
                      and not p.qualifiers - set(modifiers)}  # not "the Democratic nominee"
            if len(titled) == 1:
                return next(p for p in candidates if p.name in titled)
            return None
        if noun in ROLE_FAMILIES or noun == "minister" or not candidates:
            return None
        # No title fits: the person the passage is about (the last speaker or main subject
        # nearby), else the nearest one not merely named inside a quotation.
        talking = [p for p in candidates if not p.quoted or p.speaker]
        salient = next((p for p in talking if (p.speaker or p.main_subject)
                        and at - p.start < SALIENT_REACH), None)
        return salient or (talking[0] if talking else candidates[0])

    def _before(self, at: int) -> list[PersonMention]:
        """People named before `at`, nearest first, within the look-back window."""
        out = [p for p in self.people if at - _WINDOW <= p.start < at]
        out.reverse()
        return out

    def _learn_gender_from_honorific(self, ent: Span, name: str) -> None:
        if ent.start > 0:
            gender = HONORIFIC_GENDER.get(ent.doc[ent.start - 1].lower_)
            if gender:
                self.genders.setdefault(name, gender)

    # -- building Speakers ------------------------------------------------------

    def _register(self, name: str, at: int) -> None:
        """A resolved speaker is a mention too: the next "she said" may point back to it."""
        starts = [p.start for p in self.people]
        k = bisect.bisect_left(starts, at)
        if k < len(self.people) and self.people[k].start == at:
            self.people[k].salient = self.people[k].speaker = True
            return
        self.people.insert(k, PersonMention(name, at, salient=True, speaker=True))

    def _profile(self, person: PersonMention) -> tuple[str | None, str | None]:
        """Title and country from any mention of the same person (the first that has them)."""
        role, country = person.role_text, person.country
        for other in self.people:
            if other.name == person.name:
                role = role or other.role_text
                country = country or other.country
        return role, country

    def _speaker(self, span: Span, person: PersonMention) -> Speaker:
        if span.root.pos_ != "PRON":
            self._register(person.name, span.start_char)
        actor = call_optional(self.actors, "person", person.name, self.when)
        role, country = self._profile(person)
        sector = None
        if isinstance(actor, Actor):
            country = actor.country or country
            sector = actor.sector
            role = actor.role or role
        if country is None:
            country = self._country_in(span)
        return Speaker(text=span.text, name=person.name, country=country, sector=sector,
                       role=role, kind="person", start=span.start_char, end=span.end_char)

    def _unnamed(self, span: Span, as_body: bool = False) -> Speaker:
        """A country, an organisation or a group: named only if it is a proper name (not
        the name of the party or person that members or a body are called after)."""
        actor = self.actors.resolve_span(span, self.when)
        if actor is not None and actor.kind != "country" and (as_body or names_members(span)):
            actor = replace(actor, name=None, kind="group", role=None)
        country = actor.country if actor is not None and actor.country else self._country_in(
            span)
        sector = actor.sector if actor is not None else None
        kind = "organisation" if as_body else actor.kind if actor is not None else "group"
        role = " ".join(t.text for t in span if t.lower_ not in DETERMINERS).strip() or None
        name = actor.name if actor is not None else None
        if name is None and kind != "country":
            name, kind = proper_name(span, kind)
            if kind == "person" and name is not None:
                self._register(name, span.start_char)
            elif kind == "organisation" and name is not None:
                self.organisation_speakers.append((span.start_char, name))
        return Speaker(text=span.text, name=name, country=country, sector=sector, role=role,
                       kind=kind, start=span.start_char, end=span.end_char)

    def _country_in(self, span: Span) -> str | None:
        for ent in span_ents(span):
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


def _inside(spans: Sequence[tuple[int, int]], starts: list[int], at: int) -> bool:
    k = bisect.bisect_right(starts, at) - 1
    return k >= 0 and spans[k][0] <= at < spans[k][1]
