"""Actor mentions, place detection and suggestions on sentences parsed by the model."""

from __future__ import annotations

from typing import Any

import pytest

from dyadwatch.resolve.actors import ActorResolver
from dyadwatch.resolve.suggest import suggest_unresolved

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Any:
    import spacy

    from dyadwatch.config import MODEL_NAME

    return spacy.load(MODEL_NAME)


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.from_package()


def test_mentions_in_parsed_text(nlp: Any, resolver: ActorResolver) -> None:
    doc = nlp("Japanese Foreign Minister Yoko Kamikawa met Chinese diplomats in Beijing on "
              "Tuesday, while the Kremlin said Moscow would answer Tokyo.")
    found = [(m.text, m.name, m.country, m.sector) for m in resolver.mentions(doc, "2024-03")]
    assert found == [
        ("Japanese Foreign Minister Yoko Kamikawa", "Yoko Kamikawa", "JPN", "GOV"),
        ("Chinese diplomats", None, "CHN", "DIP"),
        ("Kremlin", None, "RUS", "GOV"),
        ("Moscow", None, "RUS", "GOV"),
        ("Tokyo", None, "JPN", "GOV"),
    ]
    for mention in resolver.mentions(doc, "2024-03"):
        assert mention.start is not None and doc.text[mention.start:mention.end] == mention.text


def test_out_of_office_person_has_no_sector(nlp: Any, resolver: ActorResolver) -> None:
    doc = nlp("Yoko Kamikawa spoke to reporters.")
    (mention,) = resolver.mentions(doc, "2025-06")
    assert (mention.name, mention.country, mention.sector) == ("Yoko Kamikawa", "JPN", None)


def test_unknown_envoy_is_resolved_from_the_appositive(nlp: Any, resolver: ActorResolver) -> None:
    doc = nlp("Talks were held with Arvid Lindqvist, the Swedish ambassador to Kenya.")
    mentions = resolver.mentions(doc)
    assert [(m.name, m.country, m.sector) for m in mentions] == [
        ("Arvid Lindqvist", "SWE", "DIP")]


def test_suggestions_from_parsed_text(nlp: Any, resolver: ActorResolver) -> None:
    docs = nlp.pipe(["Arvid Lindqvist, the Swedish ambassador, met Putin.",
                     "Arvid Lindqvist later left Moscow."])
    names = {s.name: s for s in suggest_unresolved(docs, resolver)}
    assert names["Arvid Lindqvist"].count == 2
    assert "Putin" not in names and "Moscow" not in names


def test_collective_noun_span_reads_its_of_phrase(nlp: Any, resolver: ActorResolver) -> None:
    doc = nlp("A group of Moroccan diplomats met Ivorian rebels and UN peacekeepers in Abidjan.")
    group = next(t for t in doc if t.text == "group")
    span = doc[group.left_edge.i:group.i + 1]  # "A group", as a parser hands it over
    actor = resolver.resolve_span(span, "1999")
    assert actor is not None and (actor.country, actor.sector) == ("MAR", "DIP")
    found = [(m.text, m.country, m.sector) for m in resolver.mentions(doc, "1999")]
    assert ("Ivorian rebels", "CIV", None) in found
    assert ("UN peacekeepers", "IGO", "MIL") in found
