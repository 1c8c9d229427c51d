"""Requests that are not requests (a question, a source asking for anonymity) and
quote cues that name a wrong rather than accuse someone, on hand-built parses."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dyadwatch.extract.event_patterns import TriggerDictionary, load_trigger_data
from dyadwatch.extract.event_speech import SpeechActCues

VOCAB = spacy.blank("en").vocab

# (word, head index, dep, pos, lemma)
Row = tuple[str, int, str, str, str]


def make_doc(rows: list[Row]) -> Doc:
    return Doc(
        VOCAB, words=[r[0] for r in rows], spaces=[True] * (len(rows) - 1) + [False],
        heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows],
        lemmas=[r[4] for r in rows],
    )


@pytest.fixture(scope="module")
def triggers() -> TriggerDictionary:
    return TriggerDictionary.from_mapping(load_trigger_data())


def test_asking_a_state_to_act_is_a_request(triggers: TriggerDictionary) -> None:
    # "Norway asked Tonga to send aid ."
    doc = make_doc([
        ("Norway", 1, "nsubj", "PROPN", "Norway"), ("asked", 1, "ROOT", "VERB", "ask"),
        ("Tonga", 1, "dobj", "PROPN", "Tonga"), ("to", 4, "aux", "PART", "to"),
        ("send", 1, "xcomp", "VERB", "send"), ("aid", 4, "dobj", "NOUN", "aid"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    found = triggers.match_verb(doc[1])
    assert found is not None and found.entry.type == "REQUEST"


def test_asked_about_is_a_question(triggers: TriggerDictionary) -> None:
    # "Asked about the reports , Tun said ..."
    doc = make_doc([
        ("Asked", 5, "advcl", "VERB", "ask"), ("about", 0, "prep", "ADP", "about"),
        ("the", 3, "det", "DET", "the"), ("reports", 1, "pobj", "NOUN", "report"),
        (",", 5, "punct", "PUNCT", ","), ("Tun", 6, "nsubj", "PROPN", "Tun"),
        ("said", 6, "ROOT", "VERB", "say"), (".", 6, "punct", "PUNCT", "."),
    ])
    assert triggers.match_verb(doc[0]) is None


def test_asked_whether_is_a_question(triggers: TriggerDictionary) -> None:
    # "He asked whether Papandreou should stand ."
    doc = make_doc([
        ("He", 1, "nsubj", "PRON", "he"), ("asked", 1, "ROOT", "VERB", "ask"),
        ("whether", 5, "mark", "SCONJ", "whether"),
        ("Papandreou", 5, "nsubj", "PROPN", "Papandreou"),
        ("should", 5, "aux", "AUX", "should"), ("stand", 1, "ccomp", "VERB", "stand"),
        (".", 1, "punct", "PUNCT", "."),
    ])
    assert triggers.match_verb(doc[1]) is None


def test_asking_not_to_be_named_is_no_request(triggers: TriggerDictionary) -> None:
    # "a worker who asked that his name not be used"
    doc = make_doc([
        ("a", 1, "det", "DET", "a"), ("worker", 1, "ROOT", "NOUN", "worker"),
        ("who", 3, "nsubj", "PRON", "who"), ("asked", 1, "relcl", "VERB", "ask"),
        ("that", 9, "mark", "SCONJ", "that"), ("his", 6, "poss", "PRON", "his"),
        ("name", 9, "nsubjpass", "NOUN", "name"), ("not", 9, "neg", "PART", "not"),
        ("be", 9, "auxpass", "AUX", "be"), ("used", 3, "ccomp", "VERB", "use"),
    ])
    assert triggers.match_verb(doc[3]) is None


def test_names_of_wrongs_are_no_accusation_cue() -> None:
    cues = SpeechActCues.from_mapping(load_trigger_data()["speech_acts"])
    assert cues.types_in(["the", "crime", "against", "libya"]) == []
    assert cues.types_in(["a", "violation", "of", "russian", "law"]) == []
    assert cues.types_in(["this", "be", "unacceptable"]) == ["ACCUSE"]
