"""The event trigger dictionary (data/events/triggers.yaml) and trigger matching.

A trigger is a token of a parsed sentence that names a PLOVER event: a verb
("attacked"), a verb with a given object, particle or preposition ("called on",
"imposed a curfew"), or an event noun ("talks", "the visit"). Matching reads only
lemmas, parts of speech and dependency labels, so it works on Docs built by hand.

    triggers = TriggerDictionary.from_package()
    for trigger in triggers.match(sentence_span): ...
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dyadwatch.errors import ConfigError
from dyadwatch.packaged import read_yaml_mapping
from dyadwatch.types import PLOVER_TYPES

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = [
    "Modality", "Phrase", "Trigger", "TriggerDictionary", "TriggerEntry", "load_trigger_data",
    "word_forms",
]

DEFAULT_CONFIDENCE = 0.7
_VERB_POS = frozenset({"VERB"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_VERB_SUFFIXES = (("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", "e"),
                  ("ed", ""), ("ing", "e"), ("ing", ""))
_OBJECT_DEPS = frozenset({"dobj", "oprd", "attr", "nsubjpass", "dative"})
# Entity types whose words are a name, not an event ("Treaty" in an organisation's name).
_NAME_ENTITIES = frozenset({"ORG", "WORK_OF_ART", "LAW", "EVENT", "FAC", "PRODUCT"})


@dataclass(frozen=True)
class TriggerEntry:
    type: str
    mode: str | None = None
    conf: float = DEFAULT_CONFIDENCE
    # Objects that make the verb no event ("met its obligations").
    unless_objects: frozenset[str] = frozenset()
    # An event only without a direct object ("demonstrated" but not "demonstrated interest").
    intransitive: bool = False


# "ready/willing to <act>": a stated willingness
_READINESS = TriggerEntry("AGREE", None, 0.6)
# "asked *whether* ...", "*Asked about* the reports, he said": a question, not a request.
_QUESTION_MARKS = frozenset({"if", "whether"})
_QUESTION_WORDS = frozenset({"what", "how", "why", "when", "where", "who", "which"})


@dataclass(frozen=True)
class Phrase:
    """A verb that is an event only with a given object, preposition or particle."""

    verb: str
    entry: TriggerEntry
    objects: frozenset[str] = frozenset()
    prep: str | None = None
    prep_objects: frozenset[str] = frozenset()
    particle: str | None = None
    xcomp: bool = False  # completed by an infinitive: "offered to mediate"

    def matches(self, token: Token) -> Token | None:
        """The token that completes the phrase (object, preposition or particle), if present."""
        for child in token.children:
            if self.xcomp and child.dep_ == "xcomp":
                return child
            if self.particle and child.dep_ == "prt" and child.lower_ == self.particle:
                return child
            if self.prep and child.dep_ in {"prep", "prt"} and child.lower_ == self.prep:
                if not self.prep_objects:
                    return child
                if any(_lemma(g) in self.prep_objects for g in child.children if g.dep_ == "pobj"):
                    return child
            if self.objects and child.dep_ in _OBJECT_DEPS and self._names_object(child):
                return child
        if self.objects:  # "called X, [a long object], 'unacceptable'": a misattached oprd
            for child in token.subtree:
                if child.dep_ == "oprd" and child.i != token.i and self._names_object(child):
                    return child
        return None

    def _names_object(self, noun: Token) -> bool:
        """"imposed a curfew", "imposed martial law", "sent 500 tons *of food*": the
        noun, a modifier or the "of" object of a quantity is listed."""
        if _lemma(noun) in self.objects:
            return True
        modifiers = (c for c in noun.children if c.dep_ in {"amod", "compound"})
        if any(_lemma(c) in self.objects for c in modifiers):
            return True
        of_objects = (g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj")
        return any(_lemma(g) in self.objects for g in of_objects)


@dataclass(frozen=True)
class Modality:
    """Words that keep a governed event from having happened (see triggers.yaml)."""

    negators: frozenset[str] = frozenset()
    negating_heads: frozenset[str] = frozenset()
    hypothetical_aux: frozenset[str] = frozenset()
    hypothetical_marks: frozenset[str] = frozenset()
    hypothetical_heads: frozenset[str] = frozenset()
    planned_aux: frozenset[str] = frozenset()
    planned_heads: frozenset[str] = frozenset()
    negating_nouns: frozenset[str] = frozenset()
    planned_nouns: frozenset[str] = frozenset()
    claim_nouns: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Trigger:
    """A matched trigger: `token` names the event, `anchor` is the verb (or the
    noun itself) that carries its subject, objects and modality."""

    token: Token
    anchor: Token
    entry: TriggerEntry
    kind: str  # verb | phrase | noun
    complement: Token | None = None  # the object/prep/particle that completed a phrase

    @property
    def lemma(self) -> str:
        return _lemma(self.token)

    @property
    def standalone(self) -> bool:
        """An event noun not carried by a verb ("the visit of X to Y")."""
        return self.kind == "noun" and self.anchor.i == self.token.i


@dataclass(frozen=True)
class TriggerDictionary:
    verbs: Mapping[str, TriggerEntry]
    nouns: Mapping[str, TriggerEntry]
    phrases: Mapping[str, tuple[Phrase, ...]]
    speech_verbs: frozenset[str]
    modality: Modality
    words: frozenset[str] = field(default=frozenset())
    light_verbs: frozenset[str] = field(default=frozenset())
    # noun → modifier lemma → entry ("hunger strike" → PROTEST)
    noun_modifiers: Mapping[str, Mapping[str, TriggerEntry]] = field(default_factory=dict)
    intent_heads: frozenset[str] = field(default=frozenset())
    readiness: frozenset[str] = field(default=frozenset())
    irregular_forms: frozenset[str] = field(default=frozenset())

    @classmethod
    def from_package(cls) -> TriggerDictionary:
        return cls.from_mapping(load_trigger_data())

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> TriggerDictionary:
        """Build from the parsed YAML (tests pass small dictionaries directly)."""
        verbs = {str(k): _entry(v, f"verbs.{k}") for k, v in (data.get("verbs") or {}).items()}
        nouns = {str(k): _entry(v, f"nouns.{k}") for k, v in (data.get("nouns") or {}).items()}
        phrases: dict[str, list[Phrase]] = {}
        for i, raw in enumerate(data.get("phrases") or []):
            phrase = _phrase(raw, f"phrases[{i}]")
            phrases.setdefault(phrase.verb, []).append(phrase)
        mod = dict(data.get("modality") or {})
        for key in ("negating_nouns", "planned_nouns", "claim_nouns"):
            mod[key] = data.get(key) or ()
        for key, values in mod.items():
            if any(not isinstance(w, str) for w in values):
                raise ConfigError(f"event triggers: {key} has a non-word (quote no/on/off)")
        modality = Modality(**{k: frozenset(values) for k, values in mod.items()})
        words = frozenset(verbs) | frozenset(nouns) | frozenset(phrases)
        return cls(
            verbs=verbs, nouns=nouns,
            phrases={k: tuple(v) for k, v in phrases.items()},
            speech_verbs=frozenset(str(w) for w in data.get("speech_verbs") or ()),
            modality=modality, words=words,
            light_verbs=_words(data, "light_verbs"), intent_heads=_words(data, "intent_heads"),
            readiness=_words(data, "readiness"),
            irregular_forms=_words(data, "irregular_forms"),
            noun_modifiers={
                str(noun): {str(m): _entry(v, f"noun_modifiers.{noun}.{m}")
                            for m, v in (mods or {}).items()}
                for noun, mods in (data.get("noun_modifiers") or {}).items()
            },
        )

    def match(self, sent: Span) -> Iterator[Trigger]:
        """Triggers in a sentence, verbs and phrases first, then nouns not governed by one."""
        verb_triggers = [t for t in (self.match_verb(tok) for tok in sent) if t is not None]
        yield from verb_triggers
        taken = {t.token.i for t in verb_triggers} | {
            t.complement.i for t in verb_triggers if t.complement is not None
        }
        for token in sent:
            if token.i in taken:
                continue
            noun = self.match_noun(token, taken)
            if noun is not None:
                yield noun

    def match_verb(self, token: Token) -> Trigger | None:
        if token.pos_ in {"ADJ", "VERB"} and _lemma(token) in self.readiness:
            return self._readiness(token)
        if token.pos_ not in _VERB_POS:
            return None
        lemma = self._known_verb_lemma(token)
        for phrase in self.phrases.get(lemma, ()):
            complement = phrase.matches(token)
            if complement is not None:
                return Trigger(token, token, phrase.entry, "phrase", complement)
        entry = self.verbs.get(lemma)
        if entry is None:
            return None
        if entry.unless_objects and any(
            _lemma(o) in entry.unless_objects for o in _objects_and_of_objects(token)
        ):
            return None
        if entry.intransitive and any(c.dep_ == "dobj" for c in token.children):
            return None
        if entry.type == "REQUEST" and (_question(token) or _anonymity(token)):
            return None
        return Trigger(token, token, entry, "verb")

    def _readiness(self, token: Token) -> Trigger | None:
        """"is ready to contribute troops" → AGREE, unless the infinitive is a trigger."""
        for child in token.children:
            if child.dep_ == "xcomp" and child.pos_ == "VERB":
                lemma = self._known_verb_lemma(child)
                if lemma in self.verbs or lemma in self.phrases:
                    return None
                return Trigger(token, token, _READINESS, "phrase", child)
        return None

    def _known_verb_lemma(self, token: Token) -> str:
        """The lemma, or a form of the word the dictionary knows when the
        lemmatizer slips ("hopes" → "hop")."""
        lemma = _lemma(token)
        if lemma in self.verbs or lemma in self.phrases:
            return lemma
        for candidate in word_forms(token.lower_):
            if candidate in self.verbs or candidate in self.phrases:
                return candidate
        return lemma

    def match_noun(self, token: Token, verb_trigger_ids: set[int]) -> Trigger | None:
        if token.pos_ not in _NOUN_POS or token.ent_type_ in _NAME_ENTITIES:
            return None  # "the North Atlantic Treaty Organization" is no treaty
        entry = self.nouns.get(_lemma(token))
        if entry is None:
            return None
        modifiers = self.noun_modifiers.get(_lemma(token), {})
        for child in token.children:
            if child.dep_ in {"amod", "compound"} and _lemma(child) in modifiers:
                entry = modifiers[_lemma(child)]
                break
        else:
            if token.dep_ == "pobj" and token.head.lower_ in modifiers:
                entry = modifiers[token.head.lower_]  # "on strike"
        head = token.head
        if token.dep_ in {"dobj", "nsubjpass"} and head.pos_ in _VERB_POS | {"AUX"}:
            if head.i in verb_trigger_ids:
                return None  # "condemned the attack": the verb is the event
            if _lemma(head) in self.light_verbs:
                # "held talks", "imposed sanctions": the verb carries the actors.
                return Trigger(token, head, entry, "noun")
        return Trigger(token, token, entry, "noun")


def load_trigger_data() -> dict[str, Any]:
    """The parsed data/events/triggers.yaml."""
    return read_yaml_mapping("events", "triggers.yaml", what="event trigger dictionary")


def word_forms(word: str) -> list[str]:
    """The word and its possible bases without an inflection ("denied" → "deny")."""
    forms = [word]
    for suffix, replacement in _VERB_SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            forms.append(word[: len(word) - len(suffix)] + replacement)
    return forms


def _objects_and_of_objects(verb: Token) -> Iterator[Token]:
    """Direct objects, and the "of" object under one ("met most *of* its obligations")."""
    for child in verb.children:
        if child.dep_ == "dobj":
            yield child
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    yield from (g for g in prep.children if g.dep_ == "pobj")


def _words(data: Mapping[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w) for w in data.get(key) or ())


def _lemma(token: Token) -> str:
    return (token.lemma_ or token.text).lower()


def _entry(value: Any, where: str) -> TriggerEntry:
    if isinstance(value, str):
        type_, _, mode = value.partition("/")
        return _checked(TriggerEntry(type_.strip(), mode.strip() or None), where)
    if isinstance(value, Mapping):
        entry = TriggerEntry(
            str(value.get("type", "")), value.get("mode"),
            float(value.get("conf", DEFAULT_CONFIDENCE)),
            frozenset(str(w) for w in value.get("unless_object") or ()),
            bool(value.get("intransitive", False)),
        )
        return _checked(entry, where)
    raise ConfigError(f"event triggers: {where} must be 'TYPE', 'TYPE/mode' or a mapping")


def _checked(entry: TriggerEntry, where: str) -> TriggerEntry:
    if entry.type not in PLOVER_TYPES:
        raise ConfigError(f"event triggers: {where} has unknown PLOVER type {entry.type!r}")
    if not 0.0 < entry.conf <= 1.0:
        raise ConfigError(f"event triggers: {where} confidence must be in (0, 1]")
    return entry


def _phrase(raw: Any, where: str) -> Phrase:
    if not isinstance(raw, Mapping) or "verb" not in raw:
        raise ConfigError(f"event triggers: {where} must be a mapping with a 'verb'")
    entry = _entry({k: raw[k] for k in ("type", "mode", "conf") if k in raw}, where)
    for key in ("prep", "particle"):
        if key in raw and not isinstance(raw[key], str):
            # YAML reads a bare on/off/yes/no as a boolean: quote it.
            raise ConfigError(f"event triggers: {where} {key} must be a quoted word")
    phrase = Phrase(
        verb=str(raw["verb"]), entry=entry,
        objects=frozenset(str(w) for w in raw.get("object") or ()),
        prep=raw.get("prep"),
        prep_objects=frozenset(str(w) for w in raw.get("prep_object") or ()),
        particle=raw.get("particle"),
        xcomp=bool(raw.get("xcomp", False)),
    )
    if not (phrase.objects or phrase.prep or phrase.particle or phrase.xcomp):
        raise ConfigError(f"event triggers: {where} needs an object, prep or particle")
    return phrase


def _question(verb: Token) -> bool:
    """A verb of asking that puts a question ("asked about", "asked if", "asked what"):
    CAMEO codes appeals and demands, not questions."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "about":
            return True
        if child.dep_ in {"ccomp", "advcl", "xcomp"} and (
            any(m.dep_ == "mark" and m.lower_ in _QUESTION_MARKS for m in child.children)
            or child.left_edge.lower_ in _QUESTION_WORDS
        ):
            return True
    return False


def _anonymity(verb: Token) -> bool:
    """"who asked that his name not be used", "asked not to be identified": the
    reporter's source asking for anonymity, not a request between actors."""
    words = {t.lemma_.lower() for c in verb.children if c.dep_ in {"ccomp", "xcomp"}
             for t in c.subtree}
    return bool(words & {"name", "identify", "anonymity"}) and bool(
        words & {"not", "n't", "anonymity"})
