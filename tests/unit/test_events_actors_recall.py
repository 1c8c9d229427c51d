"""Event actors without a state (named groups, rebels, police), groups placed by
"in <country>", quantity subjects, per-document entity lookup and the sentence
classifier's fallback, on hand-built parses (no model)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import pytest
import spacy
from spacy.tokens import Doc, Span

from dyadwatch.extract.context import ExtractionContext
from dyadwatch.extract.event_actors import ActorFinder, DocEntities
from dyadwatch.extract.event_patterns import TriggerDictionary, load_trigger_data
from dyadwatch.extract.events import EventExtractor, extract_events
from dyadwatch.resolve.local_country import LocalCountries
from dyadwatch.types import Actor, Document, Event

VOCAB = spacy.blank("en").vocab

# What the project's resolver answers for these phrases (names, roles, countries).
KNOWN: dict[str, Actor] = {
    "iraq": Actor(text="Iraq", country="IRQ", kind="country"),
    "iran": Actor(text="Iran", country="IRN", kind="country"),
    "al-qaeda": Actor(text="al-Qaeda", name="al-Qaeda", kind="organisation"),
    "rebels": Actor(text="rebels", role="armed group", kind="group"),
    "police": Actor(text="police", role="police", kind="organisation"),
}

# (word, head index, dep, pos, lemma, entity label or "")
Row = tuple[str, int, str, str, str, str]


@dataclass
class FakeResolver:
    def resolve_text(self, text: str, when: str | None = None) -> Actor | None:
        found = KNOWN.get(text.lower().removeprefix("the ").strip())
        return replace(found, text=text) if found else None

    def resolve_span(self, span: Span, when: str | None = None) -> Actor | None:
        actor = self.resolve_text(span.text, when)
        return replace(actor, start=span.start_char, end=span.end_char) if actor else None

    def mentions(self, doc: Doc, when: str | None = None) -> list[Actor]:
        return []

    def local_countries(self, doc: Doc, when: str | None = None) -> LocalCountries:
        return LocalCountries.build(doc, self, when)  # type: ignore[arg-type]


@dataclass
class FixedClassifier:
    """The sentence classifier's public API with one fixed answer."""

    label: str
    probability: float

    def predict_many(self, texts: Sequence[str]) -> list[list[tuple[str, float]]]:
        return [[(self.label, self.probability), ("NONE", 1 - self.probability)]
                for _ in texts]


def make_doc(rows: list[Row]) -> Doc:
    return Doc(
        VOCAB, words=[r[0] for r in rows], spaces=[True] * (len(rows) - 1) + [False],
        heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows],
        lemmas=[r[4] for r in rows], ents=[f"B-{r[5]}" if r[5] else "O" for r in rows],
    )


@pytest.fixture(scope="module")
def triggers() -> TriggerDictionary:
    return TriggerDictionary.from_mapping(load_trigger_data())


def run(extractor: EventExtractor, doc: Doc) -> list[Event]:
    document = Document("d1", doc.text, doc.text, "test", "hash")
    context = ExtractionContext(document, FakeResolver(), "2024-07-01")  # type: ignore[arg-type]
    return extract_events(doc, context, (), extractor=extractor)


def emitted(events: list[Event]) -> list[Event]:
    return [e for e in events if not e.flags]


def subject_verb_object(subject: str, verb: str, lemma: str, label: str = "") -> list[Row]:
    return [
        (subject, 1, "nsubj", "PROPN", subject, label),
        (verb, 1, "ROOT", "VERB", lemma, ""),
        ("a", 3, "det", "DET", "a", ""),
        ("convoy", 1, "dobj", "NOUN", "convoy", ""),
        (".", 1, "punct", "PUNCT", ".", ""),
    ]


def test_named_group_without_a_state_is_a_source(triggers: TriggerDictionary) -> None:
    doc = make_doc(subject_verb_object("al-Qaeda", "attacked", "attack", "ORG"))
    events = emitted(run(EventExtractor(triggers), doc))
    assert [(e.type, e.source.name, e.source.country) for e in events] == [
        ("ASSAULT", "al-Qaeda", None)
    ]


def test_rebels_have_no_sector_and_take_the_country_they_are_in(
    triggers: TriggerDictionary,
) -> None:
    doc = make_doc([
        ("Rebels", 3, "nsubj", "NOUN", "rebel", ""),
        ("in", 0, "prep", "ADP", "in", ""),
        ("Iraq", 1, "pobj", "PROPN", "Iraq", "GPE"),
        ("ambushed", 3, "ROOT", "VERB", "ambush", ""),
        ("a", 5, "det", "DET", "a", ""),
        ("convoy", 3, "dobj", "NOUN", "convoy", ""),
        (".", 3, "punct", "PUNCT", ".", ""),
    ])
    events = emitted(run(EventExtractor(triggers), doc))
    assert [(e.type, e.source.text, e.source.country, e.source.sector) for e in events] == [
        ("ASSAULT", "Rebels", "IRQ", None)
    ]


def test_a_place_after_in_does_not_make_a_thing_an_actor() -> None:
    doc = make_doc([
        ("a", 1, "det", "DET", "a", ""),
        ("hotel", 1, "ROOT", "NOUN", "hotel", ""),
        ("in", 1, "prep", "ADP", "in", ""),
        ("Iraq", 2, "pobj", "PROPN", "Iraq", "GPE"),
    ])
    finder = ActorFinder(FakeResolver())  # type: ignore[arg-type]
    assert finder.actor(doc[1]) is None


def test_police_without_a_country_are_kept(triggers: TriggerDictionary) -> None:
    doc = make_doc([
        ("Police", 1, "nsubj", "NOUN", "police", ""),
        ("detained", 1, "ROOT", "VERB", "detain", ""),
        ("smugglers", 1, "dobj", "NOUN", "smuggler", ""),
        (".", 1, "punct", "PUNCT", ".", ""),
    ])
    events = emitted(run(EventExtractor(triggers), doc))
    assert [(e.type, e.source.text, e.source.country, e.target.text) for e in events] == [
        ("COERCE", "Police", None, "smugglers")
    ]


def test_thousands_of_students_are_the_students(triggers: TriggerDictionary) -> None:
    doc = make_doc([
        ("Thousands", 3, "nsubj", "NOUN", "thousand", "CARDINAL"),
        ("of", 0, "prep", "ADP", "of", ""),
        ("students", 1, "pobj", "NOUN", "student", ""),
        ("marched", 3, "ROOT", "VERB", "march", ""),
        (".", 3, "punct", "PUNCT", ".", ""),
    ])
    events = emitted(run(EventExtractor(triggers), doc))
    assert [(e.type, e.source.text, e.source.sector) for e in events] == [
        ("PROTEST", "students", "CVL")
    ]


def test_doc_entities_are_found_by_token_index() -> None:
    doc = make_doc([
        ("Iran", 1, "nsubj", "PROPN", "Iran", "GPE"),
        ("met", 1, "ROOT", "VERB", "meet", ""),
        ("Iraq", 1, "dobj", "PROPN", "Iraq", "GPE"),
        ("today", 1, "npadvmod", "NOUN", "today", "DATE"),
    ])
    entities = DocEntities(doc)
    covering = entities.covering(2)
    assert covering is not None and covering.text == "Iraq"
    assert entities.covering(1) is None
    assert [e.text for e in entities.within(1, 3)] == ["Iraq"]
    assert [e.text for e in entities.starting_within(0, 2)] == ["Iran", "Iraq"]


# "Iran ferried wheat ." / "Something happened ." hold no trigger word.
IRAN_FERRIED_WHEAT: list[Row] = [
    ("Iran", 1, "nsubj", "PROPN", "Iran", "GPE"),
    ("ferried", 1, "ROOT", "VERB", "ferry", ""),
    ("wheat", 1, "dobj", "NOUN", "wheat", ""),
    (".", 1, "punct", "PUNCT", ".", ""),
]
SOMETHING_HAPPENED: list[Row] = [
    ("Something", 1, "nsubj", "PRON", "something", ""),
    ("happened", 1, "ROOT", "VERB", "happen", ""),
    (".", 1, "punct", "PUNCT", ".", ""),
]


def test_classifier_codes_an_untriggered_sentence_with_its_subject_only(
    triggers: TriggerDictionary,
) -> None:
    extractor = EventExtractor(triggers, classifier=FixedClassifier("AID", 0.6))  # type: ignore[arg-type]
    events = emitted(run(extractor, make_doc(IRAN_FERRIED_WHEAT)))
    assert [(e.type, e.source.country, e.target.country, e.method) for e in events] == [
        ("AID", "IRN", None, "classifier")
    ]


@pytest.mark.parametrize(("probability", "expected"), [(0.9, ["ASSAULT"]), (0.5, [])])
def test_classifier_alone_needs_high_confidence_without_actors(
    triggers: TriggerDictionary, probability: float, expected: list[str]
) -> None:
    classifier = FixedClassifier("ASSAULT", probability)
    extractor = EventExtractor(triggers, classifier=classifier)  # type: ignore[arg-type]
    events = emitted(run(extractor, make_doc(SOMETHING_HAPPENED)))
    assert [e.type for e in events] == expected


# "Zorblats ferried wheat ." / "She ferried wheat ." : a subject no resolver knows.
ZORBLATS_FERRIED_WHEAT: list[Row] = [
    ("Zorblats", 1, "nsubj", "NOUN", "zorblat", ""),
    ("ferried", 1, "ROOT", "VERB", "ferry", ""),
    ("wheat", 1, "dobj", "NOUN", "wheat", ""),
    (".", 1, "punct", "PUNCT", ".", ""),
]
SHE_FERRIED_WHEAT: list[Row] = [("She", 1, "nsubj", "PRON", "she", ""),
                                *ZORBLATS_FERRIED_WHEAT[1:]]


@pytest.mark.parametrize(("probability", "expected"), [
    (0.6, [("AID", "Zorblats", None)]),
    (0.3, []),  # below the classifier's threshold for a sentence no trigger matched
])
def test_classifier_codes_a_sentence_with_an_unresolved_subject_as_source(
    triggers: TriggerDictionary, probability: float, expected: list[tuple[str, str, None]]
) -> None:
    extractor = EventExtractor(triggers, classifier=FixedClassifier("AID", probability))  # type: ignore[arg-type]
    events = emitted(run(extractor, make_doc(ZORBLATS_FERRIED_WHEAT)))
    assert [(e.type, e.source.text, e.source.country) for e in events] == expected


def test_classifier_gives_no_actorless_event_to_a_pronoun_subject(
    triggers: TriggerDictionary,
) -> None:
    """"She ferried wheat": someone acted, only not resolved here; coding the act with
    nobody would misattribute it, however sure the classifier."""
    extractor = EventExtractor(triggers, classifier=FixedClassifier("AID", 0.95))  # type: ignore[arg-type]
    assert emitted(run(extractor, make_doc(SHE_FERRIED_WHEAT))) == []


def test_relative_pronoun_subject_is_the_noun_it_refers_to(triggers: TriggerDictionary) -> None:
    doc = make_doc([
        ("Iran", 1, "nsubj", "PROPN", "Iran", "GPE"),
        ("named", 1, "ROOT", "VERB", "name", ""),
        ("rebels", 1, "dobj", "NOUN", "rebel", ""),
        ("that", 4, "nsubj", "PRON", "that", ""),
        ("attacked", 2, "relcl", "VERB", "attack", ""),
        ("Iraq", 4, "dobj", "PROPN", "Iraq", "GPE"),
        (".", 1, "punct", "PUNCT", ".", ""),
    ])
    events = emitted(run(EventExtractor(triggers), doc))
    assert [(e.type, e.source.text, e.target.country) for e in events] == [
        ("ASSAULT", "rebels", "IRQ")
    ]


def test_a_state_adjective_tagged_as_a_person_is_no_name() -> None:
    doc = make_doc([
        ("Iraq", 1, "compound", "PROPN", "Iraq", "PERSON"),
        ("police", 1, "ROOT", "NOUN", "police", ""),
    ])
    finder = ActorFinder(FakeResolver())  # type: ignore[arg-type]
    actor = finder.actor(doc[1])
    assert actor is not None and actor.country == "IRQ" and actor.name is None


# "Police said Iran attacked Iraq ." : the trigger is in the reported clause.
POLICE_SAID_IRAN_ATTACKED_IRAQ: list[Row] = [
    ("Police", 1, "nsubj", "NOUN", "police", ""),
    ("said", 1, "ROOT", "VERB", "say", ""),
    ("Iran", 3, "nsubj", "PROPN", "Iran", "GPE"),
    ("attacked", 1, "ccomp", "VERB", "attack", ""),
    ("Iraq", 3, "dobj", "PROPN", "Iraq", "GPE"),
    (".", 1, "punct", "PUNCT", ".", ""),
]
IRAN_ATTACKED_IRAQ: list[Row] = [
    ("Iran", 1, "nsubj", "PROPN", "Iran", "GPE"),
    ("attacked", 1, "ROOT", "VERB", "attack", ""),
    ("Iraq", 1, "dobj", "PROPN", "Iraq", "GPE"),
    (".", 1, "punct", "PUNCT", ".", ""),
]


@pytest.mark.parametrize(("rows", "probability", "expected"), [
    # a side-clause trigger: a sure classifier retypes it, the actors kept
    (POLICE_SAID_IRAN_ATTACKED_IRAQ, 0.9, [("COERCE", "IRN", "IRQ", "classifier")]),
    (POLICE_SAID_IRAN_ATTACKED_IRAQ, 0.4, [("ASSAULT", "IRN", "IRQ", "rules")]),
    # the main verb is the sentence's act, however sure the classifier
    (IRAN_ATTACKED_IRAQ, 0.9, [("ASSAULT", "IRN", "IRQ", "rules")]),
])
def test_a_sure_classifier_retypes_only_a_side_clause_trigger(
    triggers: TriggerDictionary, rows: list[Row], probability: float,
    expected: list[tuple[str, str, str, str]],
) -> None:
    extractor = EventExtractor(triggers, classifier=FixedClassifier("COERCE", probability))  # type: ignore[arg-type]
    events = emitted(run(extractor, make_doc(rows)))
    assert [(e.type, e.source.country, e.target.country, e.method) for e in events] == expected


def _reported(subject: Row) -> list[Row]:
    """"Iraq said <subject> ferried wheat ."."""
    return [
        ("Iraq", 1, "nsubj", "PROPN", "Iraq", "GPE"), ("said", 1, "ROOT", "VERB", "say", ""),
        subject, ("ferried", 1, "ccomp", "VERB", "ferry", ""),
        ("wheat", 3, "dobj", "NOUN", "wheat", ""), (".", 1, "punct", "PUNCT", ".", ""),
    ]


@pytest.mark.parametrize(("subject", "label", "expected"), [
    # a material act told by a reporter is the reported clause's subject's act
    (("Iran", 3, "nsubj", "PROPN", "Iran", "GPE"), "AID", ("IRN", None)),
    # the saying is the act: the speaker accuses the state it names
    (("Iran", 3, "nsubj", "PROPN", "Iran", "GPE"), "ACCUSE", ("IRQ", "IRN")),
    # "Iraq said it ferried wheat": the reporter itself
    (("it", 3, "nsubj", "PRON", "it", ""), "AID", ("IRQ", None)),
])
def test_classifier_takes_the_doer_of_a_reported_act_not_the_reporter(
    triggers: TriggerDictionary, subject: Row, label: str, expected: tuple[str, str | None],
) -> None:
    extractor = EventExtractor(triggers, classifier=FixedClassifier(label, 0.6))  # type: ignore[arg-type]
    events = emitted(run(extractor, make_doc(_reported(subject))))
    assert [(e.type, e.source.country, e.target.country) for e in events] == [
        (label, *expected)
    ]
