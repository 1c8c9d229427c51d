"""Event rules on hand-built parses (no model): voice, coordination, reciprocity,
modality, quotes as speech acts, and in-document merging."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest
import spacy
from spacy.tokens import Doc, Span

from dyadwatch.errors import ConfigError
from dyadwatch.extract.context import ExtractionContext
from dyadwatch.extract.event_patterns import TriggerDictionary, load_trigger_data
from dyadwatch.extract.event_speech import SpeechActCues
from dyadwatch.extract.events import EventExtractor, extract_events
from dyadwatch.resolve.dedupe import Candidate, dates_compatible, merge_events
from dyadwatch.resolve.local_country import LocalCountries
from dyadwatch.types import Actor, Document, Event, Evidence, Quote, Speaker

COUNTRIES = {
    "russia": "RUS", "ukraine": "UKR", "seoul": "KOR", "washington": "USA", "korea": "KOR",
    "china": "CHN", "iran": "IRN", "iraq": "IRQ", "russian": "RUS",
}


@dataclass
class FakeResolver:
    """Countries by name only: enough to test the parse rules."""

    def resolve_text(self, text: str, when: str | None = None) -> Actor | None:
        key = text.lower().removeprefix("the ").strip()
        code = COUNTRIES.get(key)
        return Actor(text=text, country=code, kind="country") if code else None

    def resolve_span(self, span: Span, when: str | None = None) -> Actor | None:
        actor = self.resolve_text(span.text, when)
        return replace(actor, start=span.start_char, end=span.end_char) if actor else None

    def mentions(self, doc: Doc, when: str | None = None) -> list[Actor]:
        return []

    def local_countries(self, doc: Doc, when: str | None = None) -> LocalCountries:
        return LocalCountries.build(doc, self, when)  # type: ignore[arg-type]


# (word, head index, dep, pos, lemma, entity label or "")
Row = tuple[str, int, str, str, str, str]


# A blank English vocabulary: lower-case forms without loading a model.
VOCAB = spacy.blank("en").vocab


def make_doc(rows: list[Row]) -> Doc:
    words = [r[0] for r in rows]
    ents = [f"B-{r[5]}" if r[5] else "O" for r in rows]
    return Doc(
        VOCAB, words=words, spaces=[True] * (len(rows) - 1) + [False],
        heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows],
        lemmas=[r[4] for r in rows], ents=ents,
    )


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor.from_package()


def run(extractor: EventExtractor, doc: Doc, quotes: tuple[Quote, ...] = ()) -> list[Event]:
    document = Document("d1", doc.text, doc.text, "test", "hash")
    context = ExtractionContext(document, FakeResolver(), "2024-07-01")  # type: ignore[arg-type]
    return extract_events(doc, context, quotes, extractor=extractor)


def dyads(events: list[Event], emitted: bool = True) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source.country, e.target.country) for e in events
            if (not e.flags) == emitted}


RUSSIA_ATTACKED_UKRAINE: list[Row] = [
    ("Russia", 1, "nsubj", "PROPN", "Russia", "GPE"),
    ("attacked", 1, "ROOT", "VERB", "attack", ""),
    ("Ukraine", 1, "dobj", "PROPN", "Ukraine", "GPE"),
    (".", 1, "punct", "PUNCT", ".", ""),
]


def test_active_voice_subject_is_source(extractor: EventExtractor) -> None:
    events = run(extractor, make_doc(RUSSIA_ATTACKED_UKRAINE))
    assert dyads(events) == {("ASSAULT", "RUS", "UKR")}
    event = events[0]
    assert event.evidence.text == "Russia attacked Ukraine ."
    assert (event.evidence.start, event.evidence.end) == (0, 25)
    assert 0.0 < event.confidence <= 1.0


def test_passive_voice_agent_is_source(extractor: EventExtractor) -> None:
    doc = make_doc([
        ("Ukraine", 2, "nsubjpass", "PROPN", "Ukraine", "GPE"),
        ("was", 2, "auxpass", "AUX", "be", ""),
        ("attacked", 2, "ROOT", "VERB", "attack", ""),
        ("by", 2, "agent", "ADP", "by", ""),
        ("Russia", 3, "pobj", "PROPN", "Russia", "GPE"),
        (".", 2, "punct", "PUNCT", ".", ""),
    ])
    assert dyads(run(extractor, doc)) == {("ASSAULT", "RUS", "UKR")}


def test_coordinated_subjects_give_one_event_each(extractor: EventExtractor) -> None:
    doc = make_doc([
        ("Seoul", 3, "nsubj", "PROPN", "Seoul", "GPE"),
        ("and", 0, "cc", "CCONJ", "and", ""),
        ("Washington", 0, "conj", "PROPN", "Washington", "GPE"),
        ("held", 3, "ROOT", "VERB", "hold", ""),
        ("drills", 3, "dobj", "NOUN", "drill", ""),
        (".", 3, "punct", "PUNCT", ".", ""),
    ])
    assert dyads(run(extractor, doc)) == {("MOBILIZE", "KOR", None), ("MOBILIZE", "USA", None)}


def test_reciprocal_verb_gives_one_event_between_the_two(extractor: EventExtractor) -> None:
    doc = make_doc([
        ("Russia", 3, "nsubj", "PROPN", "Russia", "GPE"),
        ("and", 0, "cc", "CCONJ", "and", ""),
        ("China", 0, "conj", "PROPN", "China", "GPE"),
        ("agreed", 3, "ROOT", "VERB", "agree", ""),
        (".", 3, "punct", "PUNCT", ".", ""),
    ])
    assert dyads(run(extractor, doc)) == {("AGREE", "RUS", "CHN")}


def test_talks_between_two_states(extractor: EventExtractor) -> None:
    doc = make_doc([
        ("Talks", 5, "nsubj", "NOUN", "talk", ""),
        ("between", 0, "prep", "ADP", "between", ""),
        ("Iran", 1, "pobj", "PROPN", "Iran", "GPE"),
        ("and", 2, "cc", "CCONJ", "and", ""),
        ("Iraq", 2, "conj", "PROPN", "Iraq", "GPE"),
        ("resumed", 5, "ROOT", "VERB", "resume", ""),
        (".", 5, "punct", "PUNCT", ".", ""),
    ])
    assert dyads(run(extractor, doc)) == {("CONSULT", "IRN", "IRQ")}


@pytest.mark.parametrize(("aux", "dep", "lemma", "flag"), [
    ("not", "neg", "not", "negated"),
    ("may", "aux", "may", "hypothetical"),
    ("will", "aux", "will", "planned"),
])
def test_modality_flags_instead_of_emitting(
    extractor: EventExtractor, aux: str, dep: str, lemma: str, flag: str
) -> None:
    doc = make_doc([
        ("Russia", 2, "nsubj", "PROPN", "Russia", "GPE"),
        (aux, 2, dep, "PART" if dep == "neg" else "AUX", lemma, ""),
        ("attack", 2, "ROOT", "VERB", "attack", ""),
        ("Ukraine", 2, "dobj", "PROPN", "Ukraine", "GPE"),
        (".", 2, "punct", "PUNCT", ".", ""),
    ])
    events = run(extractor, doc)
    assert dyads(events) == set()
    assert dyads(events, emitted=False) == {("ASSAULT", "RUS", "UKR")}
    assert {e.flags for e in events} == {(flag,)}


def test_announced_plan_to_use_force_is_a_threat(extractor: EventExtractor) -> None:
    doc = make_doc([
        ("Russia", 1, "nsubj", "PROPN", "Russia", "GPE"),
        ("said", 1, "ROOT", "VERB", "say", ""),
        ("it", 4, "nsubj", "PRON", "it", ""),
        ("will", 4, "aux", "AUX", "will", ""),
        ("attack", 1, "ccomp", "VERB", "attack", ""),
        ("Ukraine", 4, "dobj", "PROPN", "Ukraine", "GPE"),
        (".", 1, "punct", "PUNCT", ".", ""),
    ])
    events = run(extractor, doc)
    assert dyads(events) == {("THREATEN", "RUS", "UKR")}
    assert dyads(events, emitted=False) == {("ASSAULT", "RUS", "UKR")}


def test_called_on_is_a_request_with_the_prepositional_target(extractor: EventExtractor) -> None:
    doc = make_doc([
        ("Russia", 1, "nsubj", "PROPN", "Russia", "GPE"),
        ("called", 1, "ROOT", "VERB", "call", ""),
        ("on", 1, "prep", "ADP", "on", ""),
        ("Seoul", 2, "pobj", "PROPN", "Seoul", "GPE"),
        ("to", 5, "aux", "PART", "to", ""),
        ("stop", 1, "xcomp", "VERB", "stop", ""),
        (".", 1, "punct", "PUNCT", ".", ""),
    ])
    assert dyads(run(extractor, doc)) == {("REQUEST", "RUS", "KOR")}


def test_first_person_in_a_quote_is_the_speaker(extractor: EventExtractor) -> None:
    doc = make_doc([
        ("We", 1, "nsubj", "PRON", "we", ""),
        ("urge", 1, "ROOT", "VERB", "urge", ""),
        ("Korea", 1, "dobj", "PROPN", "Korea", "GPE"),
        ("to", 4, "aux", "PART", "to", ""),
        ("stop", 1, "xcomp", "VERB", "stop", ""),
        (".", 1, "punct", "PUNCT", ".", ""),
    ])
    speaker = Speaker(text="Zakharova", name="Maria Zakharova", country="RUS", sector="GOV")
    quote = Quote("d1", "q1", doc.text, True, speaker, "said", 0, len(doc.text), 0.9)
    events = run(extractor, doc, (quote,))
    assert ("REQUEST", "RUS", "KOR") in dyads(events)
    assert all(e.source.name == "Maria Zakharova" for e in events if e.type == "REQUEST")


def test_quote_with_an_accusation_cue_is_an_accusation() -> None:
    cues = SpeechActCues.from_mapping({"ACCUSE": ["unacceptable"], "REQUEST": ["call on"]})
    assert cues.types_in(["this", "be", "unacceptable"]) == ["ACCUSE"]
    assert cues.types_in(["we", "call", "on", "them"]) == ["REQUEST"]
    assert cues.types_in(["a", "call", "today"]) == []


def _candidate(type_: str, start: int, trigger: str, date: str | None = None) -> Candidate:
    evidence = Evidence("d1", start, start + 10, "x" * 10)
    event = Event("d1", f"e{start}", type_, Actor("Russia", country="RUS"),
                  Actor("Iran", country="IRN"), evidence, 0.6, date=date)
    return Candidate(event, trigger)


def test_repeated_mention_of_one_act_is_merged_with_both_evidence_sentences() -> None:
    merged = merge_events([
        _candidate("SANCTION", 0, "sanction", "2024-06"),
        _candidate("SANCTION", 50, "sanction", "2024-06-26"),
    ])
    assert len(merged) == 1
    assert [e.start for e in merged[0].more_evidence] == [50]
    assert merged[0].date == "2024-06-26"


def test_repeated_speech_acts_and_different_dates_stay_apart() -> None:
    assert len(merge_events([_candidate("ACCUSE", 0, "criticize"),
                             _candidate("ACCUSE", 50, "criticize")])) == 2
    assert len(merge_events([_candidate("SANCTION", 0, "sanction", "2024-06"),
                             _candidate("SANCTION", 50, "sanction", "2024-07")])) == 2


def test_dates_compatible() -> None:
    assert dates_compatible("2024-06", "2024-06-26")
    assert dates_compatible(None, "2024")
    assert not dates_compatible("2024-06-01", "2024-06-26")


def test_dictionary_rejects_unknown_types() -> None:
    with pytest.raises(ConfigError):
        TriggerDictionary.from_mapping({"verbs": {"smile": "HAPPY"}})
    with pytest.raises(ConfigError):
        TriggerDictionary.from_mapping({"phrases": [{"verb": "call", "type": "REQUEST"}]})
    with pytest.raises(ConfigError):  # YAML's bare `on` is a boolean
        TriggerDictionary.from_mapping(
            {"phrases": [{"verb": "call", "prep": True, "type": "REQUEST"}]})
    with pytest.raises(ConfigError):
        TriggerDictionary.from_mapping({"modality": {"negators": ["not", False]}})


def test_packaged_dictionary_loads_and_covers_every_type() -> None:
    triggers = TriggerDictionary.from_mapping(load_trigger_data())
    types = {e.type for e in triggers.verbs.values()} | {e.type for e in triggers.nouns.values()}
    assert len(types) == 16
    assert "attack" in triggers.words


def test_conditional_plan_to_punish_is_a_threat(extractor: EventExtractor) -> None:
    doc = make_doc([
        ("Korea", 2, "nsubj", "PROPN", "Korea", "GPE"),
        ("will", 2, "aux", "AUX", "will", ""),
        ("sanction", 2, "ROOT", "VERB", "sanction", ""),
        ("Russia", 2, "dobj", "PROPN", "Russia", "GPE"),
        ("if", 6, "mark", "SCONJ", "if", ""),
        ("Russia", 6, "nsubj", "PROPN", "Russia", "GPE"),
        ("attacks", 2, "advcl", "VERB", "attack", ""),
        (".", 2, "punct", "PUNCT", ".", ""),
    ])
    events = run(extractor, doc)
    assert dyads(events) == {("THREATEN", "KOR", "RUS")}
    assert ("ASSAULT", "RUS", None) in dyads(events, emitted=False)


def test_readiness_to_act_is_agreement(extractor: EventExtractor) -> None:
    doc = make_doc([
        ("China", 1, "nsubj", "PROPN", "China", "GPE"),
        ("is", 1, "ROOT", "AUX", "be", ""),
        ("ready", 1, "acomp", "ADJ", "ready", ""),
        ("to", 4, "aux", "PART", "to", ""),
        ("contribute", 2, "xcomp", "VERB", "contribute", ""),
        ("troops", 4, "dobj", "NOUN", "troop", ""),
        ("to", 4, "prep", "ADP", "to", ""),
        ("Iraq", 6, "pobj", "PROPN", "Iraq", "GPE"),
        (".", 1, "punct", "PUNCT", ".", ""),
    ])
    assert dyads(run(extractor, doc)) == {("AGREE", "CHN", "IRQ")}


def test_together_with_makes_a_co_actor_not_a_target(extractor: EventExtractor) -> None:
    doc = make_doc([
        ("Russia", 1, "nsubj", "PROPN", "Russia", "GPE"),
        ("helped", 1, "ROOT", "VERB", "help", ""),
        ("together", 3, "advmod", "ADV", "together", ""),
        ("with", 1, "prep", "ADP", "with", ""),
        ("China", 3, "pobj", "PROPN", "China", "GPE"),
        ("Iran", 1, "dobj", "PROPN", "Iran", "GPE"),
        (".", 1, "punct", "PUNCT", ".", ""),
    ])
    assert dyads(run(extractor, doc)) == {("AID", "RUS", "IRN"), ("AID", "CHN", "IRN")}


def test_role_actor_takes_the_country_where_it_acts(extractor: EventExtractor) -> None:
    doc = make_doc([
        ("Students", 1, "nsubj", "NOUN", "student", ""),
        ("protested", 1, "ROOT", "VERB", "protest", ""),
        ("in", 1, "prep", "ADP", "in", ""),
        ("Iran", 2, "pobj", "PROPN", "Iran", "GPE"),
        (".", 1, "punct", "PUNCT", ".", ""),
    ])
    events = [e for e in run(extractor, doc) if not e.flags]
    assert [(e.type, e.source.country, e.source.sector) for e in events] == [
        ("PROTEST", "IRN", "CVL")]


def test_quoted_accusation_names_its_target(extractor: EventExtractor) -> None:
    doc = make_doc([
        ("Korea", 2, "poss", "PROPN", "Korea", "GPE"),
        ("'s", 0, "case", "PART", "'s", ""),
        ("drills", 3, "nsubj", "NOUN", "drill", ""),
        ("are", 3, "ROOT", "AUX", "be", ""),
        ("unacceptable", 3, "acomp", "ADJ", "unacceptable", ""),
        (".", 3, "punct", "PUNCT", ".", ""),
    ])
    speaker = Speaker(text="Zakharova", name="Maria Zakharova", country="RUS", sector="GOV")
    quote = Quote("d1", "q1", doc.text, True, speaker, "said", 0, len(doc.text), 0.9)
    accusations = [e for e in run(extractor, doc, (quote,)) if e.type == "ACCUSE"]
    assert [(e.source.name, e.target.country, e.method) for e in accusations] == [
        ("Maria Zakharova", "KOR", "quote")]


def test_refused_agreement_is_a_rejection(extractor: EventExtractor) -> None:
    doc = make_doc([
        ("Iran", 3, "nsubj", "PROPN", "Iran", "GPE"),
        ("did", 3, "aux", "AUX", "do", ""),
        ("not", 3, "neg", "PART", "not", ""),
        ("praise", 3, "ROOT", "VERB", "praise", ""),
        ("Iraq", 3, "dobj", "PROPN", "Iraq", "GPE"),
        (".", 3, "punct", "PUNCT", ".", ""),
    ])
    events = run(extractor, doc)
    assert dyads(events) == {("REJECT", "IRN", "IRQ")}
    assert dyads(events, emitted=False) == {("SUPPORT", "IRN", "IRQ")}


def test_reported_must_is_a_demand_and_official_protest_an_accusation(
    extractor: EventExtractor,
) -> None:
    demand = make_doc([
        ("China", 1, "nsubj", "PROPN", "China", "GPE"),
        ("said", 1, "ROOT", "VERB", "say", ""),
        ("Iran", 4, "nsubj", "PROPN", "Iran", "GPE"),
        ("must", 4, "aux", "AUX", "must", ""),
        ("cooperate", 1, "ccomp", "VERB", "cooperate", ""),
        (".", 1, "punct", "PUNCT", ".", ""),
    ])
    assert dyads(run(extractor, demand)) == {("REQUEST", "CHN", "IRN")}
    protest = make_doc([
        ("Russia", 1, "nsubj", "PROPN", "Russia", "GPE"),
        ("protested", 1, "ROOT", "VERB", "protest", ""),
        ("against", 1, "prep", "ADP", "against", ""),
        ("Ukraine", 2, "pobj", "PROPN", "Ukraine", "GPE"),
        (".", 1, "punct", "PUNCT", ".", ""),
    ])
    assert dyads(run(extractor, protest)) == {("ACCUSE", "RUS", "UKR")}


def test_pre_parse_filter_keeps_sentences_with_trigger_words(extractor: EventExtractor) -> None:
    assert extractor.may_hold_event("Russia attacked Ukraine on Monday.")
    assert extractor.may_hold_event("Talks resumed in Geneva.")
    assert not extractor.may_hold_event("The weather was mild in the capital.")


def test_the_two_countries_and_each_other_give_both_directions(extractor: EventExtractor) -> None:
    doc = make_doc([
        ("Russia", 1, "nsubj", "PROPN", "Russia", "GPE"),
        ("met", 1, "ROOT", "VERB", "meet", ""),
        ("Korea", 1, "dobj", "PROPN", "Korea", "GPE"),
        (".", 1, "punct", "PUNCT", ".", ""),
        ("The", 6, "det", "DET", "the", ""),
        ("two", 6, "nummod", "NUM", "two", ""),
        ("countries", 7, "nsubj", "NOUN", "country", ""),
        ("criticized", 7, "ROOT", "VERB", "criticize", ""),
        ("each", 9, "det", "DET", "each", ""),
        ("other", 7, "dobj", "ADJ", "other", ""),
        (".", 7, "punct", "PUNCT", ".", ""),
    ])
    accusations = {d for d in dyads(run(extractor, doc)) if d[0] == "ACCUSE"}
    assert accusations == {("ACCUSE", "RUS", "KOR"), ("ACCUSE", "KOR", "RUS")}


def test_speech_act_targets_the_subject_state_not_a_scare_quote(
    extractor: EventExtractor,
) -> None:
    doc = make_doc([
        ("Under", 6, "prep", "ADP", "under", ""),
        ("a", 3, "det", "DET", "a", ""),
        ("Korean", 3, "amod", "ADJ", "korean", "NORP"),
        ("threat", 0, "pobj", "NOUN", "threat", ""),
        ("the", 5, "det", "DET", "the", ""),
        ("Iran", 6, "nsubj", "PROPN", "Iran", "GPE"),
        ("escalates", 6, "ROOT", "VERB", "escalate", ""),
        (".", 6, "punct", "PUNCT", ".", ""),
    ])
    speaker = Speaker(text="Lavrov", name="Sergey Lavrov", country="RUS", sector="GOV")
    quote = Quote("d1", "q1", doc.text, True, speaker, "said", 0, len(doc.text), 0.9)
    accusations = {d for d in dyads(run(extractor, doc, (quote,))) if d[0] == "ACCUSE"}
    assert accusations == {("ACCUSE", "RUS", "IRN")}


def test_act_told_in_a_foreign_speakers_quote_is_a_claim(extractor: EventExtractor) -> None:
    doc = make_doc(RUSSIA_ATTACKED_UKRAINE)
    speaker = Speaker(text="Kuleba", name="Dmytro Kuleba", country="UKR", sector="GOV")
    quote = Quote("d1", "q1", doc.text, True, speaker, "said", 0, len(doc.text), 0.9)
    events = run(extractor, doc, (quote,))
    assert ("ASSAULT", "RUS", "UKR") not in dyads(events)
    assert {e.flags for e in events if e.type == "ASSAULT"} == {("claimed",)}


def test_states_inside_a_reported_accusation_are_not_the_target(
    extractor: EventExtractor,
) -> None:
    doc = make_doc([
        ("Claims", 4, "nsubj", "NOUN", "claim", ""),
        ("that", 3, "mark", "SCONJ", "that", ""),
        ("Iran", 3, "nsubj", "PROPN", "Iran", "GPE"),
        ("lies", 0, "acl", "VERB", "lie", ""),
        ("are", 4, "ROOT", "AUX", "be", ""),
        ("Iraq", 6, "poss", "PROPN", "Iraq", "GPE"),
        ("provocation", 4, "attr", "NOUN", "provocation", ""),
        (".", 4, "punct", "PUNCT", ".", ""),
    ])
    speaker = Speaker(text="Lavrov", name="Sergey Lavrov", country="RUS", sector="GOV")
    quote = Quote("d1", "q1", doc.text, True, speaker, "said", 0, len(doc.text), 0.9)
    accusations = {d for d in dyads(run(extractor, doc, (quote,))) if d[0] == "ACCUSE"}
    assert accusations == {("ACCUSE", "RUS", "IRQ")}


def _trigger_types(rows: list[Row]) -> list[tuple[str, str]]:
    triggers = TriggerDictionary.from_mapping(load_trigger_data())
    return [(t.token.text, t.entry.type) for t in triggers.match(make_doc(rows)[:])]


@pytest.mark.parametrize(("verb", "lemma"), [("denied", "deny"), ("rejected", "reject"),
                                             ("dismissed", "dismiss")])
def test_denying_an_accusation_is_a_statement_not_a_rejection(verb: str, lemma: str) -> None:
    denied = _trigger_types([
        ("Iran", 1, "nsubj", "PROPN", "Iran", "GPE"),
        (verb, 1, "ROOT", "VERB", lemma, ""),
        ("the", 3, "det", "DET", "the", ""),
        ("allegations", 1, "dobj", "NOUN", "allegation", ""),
        (".", 1, "punct", "PUNCT", ".", ""),
    ])
    assert (verb, "REJECT") not in denied
    refused = _trigger_types([
        ("Iran", 1, "nsubj", "PROPN", "Iran", "GPE"),
        (verb, 1, "ROOT", "VERB", lemma, ""),
        ("the", 3, "det", "DET", "the", ""),
        ("proposal", 1, "dobj", "NOUN", "proposal", ""),
        (".", 1, "punct", "PUNCT", ".", ""),
    ])
    assert (verb, "REJECT") in refused


def test_on_strike_is_a_labour_strike_and_an_air_strike_an_assault() -> None:
    on_strike = _trigger_types([
        ("Teachers", 1, "nsubj", "NOUN", "teacher", ""),
        ("are", 1, "ROOT", "AUX", "be", ""),
        ("on", 1, "prep", "ADP", "on", ""),
        ("strike", 2, "pobj", "NOUN", "strike", ""),
        (".", 1, "punct", "PUNCT", ".", ""),
    ])
    assert on_strike == [("strike", "PROTEST")]
    air_strike = _trigger_types([
        ("Jets", 1, "nsubj", "NOUN", "jet", ""),
        ("carried", 1, "ROOT", "VERB", "carry", ""),
        ("out", 1, "prt", "ADP", "out", ""),
        ("strikes", 1, "dobj", "NOUN", "strike", ""),
        ("on", 3, "prep", "ADP", "on", ""),
        ("Iraq", 4, "pobj", "PROPN", "Iraq", "GPE"),
        (".", 1, "punct", "PUNCT", ".", ""),
    ])
    assert air_strike == [("strikes", "ASSAULT")]
