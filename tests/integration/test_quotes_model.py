"""Quotes and speakers on short texts written for these tests, parsed by the model."""

from __future__ import annotations

from typing import Any

import pytest

from dyadwatch.extract.context import ExtractionContext
from dyadwatch.extract.quotes import extract_quotes
from dyadwatch.resolve.actors import ActorResolver
from dyadwatch.types import Document, Quote

pytestmark = pytest.mark.slow

STORY = (
    "Norwegian Foreign Minister Ingrid Halvorsen met the Chilean ambassador, Tomas Ferreira, "
    "in Oslo on Monday.\n"
    "“Our countries share a long history of cooperation in fisheries,” she said. "
    "“We intend to build on it next year.”\n"
    "The ambassador said that Chile welcomed the offer. According to the Chilean embassy, a new "
    "agreement could be signed in the spring.\n"
    "The minister warned that delays would be costly. Ferreira called the talks „a turning "
    "point“ for both nations.\n"
    "Certain “hotheads” in parliament disagree.\n"
    "Analysts say the plan is modest. This view was shared by Erik Dahl, a researcher at the "
    "Fridtjof Nansen Institute.\n"
    "Halvorsen added: «We will not accept any pressure from abroad. \n"
    "«Our fishermen deserve certainty, and they will get it,» she stressed.\n"
    "Oslo will make a ‘serious effort’, Halvorsen told reporters. The final words belong to "
    "the “Nordic Review"
)
CHAIN = (
    "Relations are improving, according to the Telegram channel of the Baltic Trade Council.\n"
    "Actually, this is what Latvian Foreign Minister Anna Ozola says: “Estonia is a reliable "
    "partner, and our interests are aligned,” this is a quote.\n"
    "“Still, there are difficulties ahead – but they can be solved,” the article says.\n"
)
STRAIGHT = (
    'Coach Mark Olsen was pleased. "We played well tonight. The defence held firm," he said.\n'
    ' .\n "The season is long and we will keep working hard every day. ” said Olsen .'
)


@pytest.fixture(scope="module")
def nlp() -> Any:
    import spacy

    from dyadwatch.config import MODEL_NAME

    return spacy.load(MODEL_NAME)


@pytest.fixture(scope="module")
def actors() -> ActorResolver:
    return ActorResolver.from_package()


def quotes_of(nlp: Any, actors: ActorResolver, text: str) -> dict[str, Quote]:
    document = Document(doc_id="t", text=text, clean_text=text, source="test", content_hash="0")
    found = extract_quotes(nlp(text), ExtractionContext(document, actors, "2024-07-01"))
    for quote in found:
        assert text[quote.start:quote.end] == quote.text
    return {q.text: q for q in found}


def speaker_name(quote: Quote) -> str | None:
    return quote.speaker.name if quote.speaker is not None else None


def test_story(nlp: Any, actors: ActorResolver) -> None:
    found = quotes_of(nlp, actors, STORY)
    first = found["Our countries share a long history of cooperation in fisheries"]
    assert first.direct and first.cue == "said" and speaker_name(first) == "Ingrid Halvorsen"
    floating = found["We intend to build on it next year"]
    assert floating.cue is None and speaker_name(floating) == "Ingrid Halvorsen"
    indirect = found["Chile welcomed the offer"]
    assert not indirect.direct and speaker_name(indirect) == "Tomas Ferreira"  # "the ambassador"
    according = found["a new agreement could be signed in the spring"]
    assert according.speaker is not None and according.speaker.country == "CHL"
    # A body with no proper name is named by its words; its kind says it is no person.
    assert according.speaker.name == "the Chilean embassy"
    assert according.speaker.kind != "person"
    assert speaker_name(found["delays would be costly"]) == "Ingrid Halvorsen"  # "the minister"
    assert speaker_name(found["a turning point"]) == "Tomas Ferreira"  # German marks
    assert "hotheads" not in found and "Nordic Review" not in found
    assert speaker_name(found["Analysts say the plan is modest"]) == "Erik Dahl"  # speaker after
    first_paragraph = found["We will not accept any pressure from abroad"]
    assert first_paragraph.cue == "added"
    second_paragraph = found["Our fishermen deserve certainty, and they will get it"]
    assert second_paragraph.cue == "stressed"
    assert speaker_name(first_paragraph) == speaker_name(second_paragraph) == "Ingrid Halvorsen"
    assert speaker_name(found["serious effort"]) == "Ingrid Halvorsen"  # mixed quote
    assert not found["Oslo will make a ‘serious effort"].direct


def test_nested_source_chain(nlp: Any, actors: ActorResolver) -> None:
    found = quotes_of(nlp, actors, CHAIN)
    minister = found["Estonia is a reliable partner, and our interests are aligned"]
    assert minister.speaker is not None
    assert (minister.speaker.name, minister.speaker.country) == ("Anna Ozola", "LVA")
    assert minister.speaker.chain == ("the Telegram channel of the Baltic Trade Council",)
    article = found["Still, there are difficulties ahead – but they can be solved"]
    assert article.speaker is not None and article.speaker.kind != "person"
    assert "Baltic Trade Council" in (article.speaker.role or "")


def test_straight_marks_paragraph_separators_and_stray_space(nlp: Any,
                                                              actors: ActorResolver) -> None:
    found = quotes_of(nlp, actors, STRAIGHT)
    assert speaker_name(found["We played well tonight. The defence held firm"]) == "Mark Olsen"
    long_one = found["The season is long and we will keep working hard every day"]
    assert speaker_name(long_one) == "Mark Olsen"


MORE_PATTERNS = (
    "Dr. Lena Novak has studied the reef for a decade.\n"
    "“The corals are recovering faster than we expected,” Lena Novak, a marine biologist at "
    "the institute, said on Friday.\n"
    "“Warmer winters remain the main risk,” according to Dr. Lena Novak.\n"
    "The reef was closed in 2019, Novak said, until the bleaching ended.\n"
    "Novak's assistant said the boats would return in May.\n"
    "Analysts have drawn attention to the fact that tourism revenue fell by half.\n"
    "Her main argument is that fishing quotas must be cut.\n"
)


def test_more_attribution_patterns(nlp: Any, actors: ActorResolver) -> None:
    found = quotes_of(nlp, actors, MORE_PATTERNS)
    apposition = found["The corals are recovering faster than we expected"]
    assert speaker_name(apposition) == "Lena Novak" and apposition.cue == "said"
    according = found["Warmer winters remain the main risk"]
    assert according.cue == "according to" and speaker_name(according) == "Lena Novak"
    (inserted,) = [q for t, q in found.items() if t.startswith("The reef was closed")]
    assert inserted.text.endswith("until the bleaching ended")  # cue inside the sentence
    assert speaker_name(inserted) == "Lena Novak"
    assistant = found["the boats would return in May"]
    assert assistant.speaker is not None and speaker_name(assistant) != "Lena Novak"
    attention = found["tourism revenue fell by half"]
    assert attention.speaker is not None and attention.speaker.text == "Analysts"
    argument = found["fishing quotas must be cut"]
    assert speaker_name(argument) == "Lena Novak"  # "Her main argument is …"


CUES = (
    "Mayor Lena Ortiz wrote in a statement that the city would appeal the ruling.\n"
    "Senator Paul Brant said he did not believe the claims hurt the party, arguing that "
    "divisions were the bigger problem.\n"
    "Brant called for reducing the tax rate to 28 percent.\n"
    "Ortiz called for local officials to publish the results.\n"
    "That suggests the campaign is worried about turnout.\n"
    "''We will not give up,'' Ortiz said.\n"
)


def test_cues_in_media_requests_and_participles(nlp: Any, actors: ActorResolver) -> None:
    found = quotes_of(nlp, actors, CUES)
    assert speaker_name(found["the city would appeal the ruling"]) == "Lena Ortiz"
    # The clause stops before ", arguing that …", which is a statement of its own.
    assert "he did not believe the claims hurt the party" in found
    assert speaker_name(found["divisions were the bigger problem"]) == "Paul Brant"
    assert found["reducing the tax rate to 28 percent"].cue == "called"
    assert "local officials to publish the results" in found
    assert "the campaign is worried about turnout" not in found  # "That" says nothing
    assert speaker_name(found["We will not give up"]) == "Lena Ortiz"  # '' as a double mark


BODIES = (
    "Governor Dana Kerr spoke in Columbus on Monday. The Kerr campaign said the poll was "
    "flawed. Republicans said the vote should wait.\n"
)


def test_a_campaign_and_party_members_are_named_by_their_words(nlp: Any,
                                                               actors: ActorResolver) -> None:
    found = quotes_of(nlp, actors, BODIES)
    campaign = found["the poll was flawed"].speaker
    assert campaign is not None and campaign.kind != "person"
    assert campaign.name == "The Kerr campaign"
    members = found["the vote should wait"].speaker
    assert members is not None and members.name == "Republicans"


CLAUSES = (
    "Back in Ohio, Mr. Brant said, he decided to run for the Senate seat.\n"
    "Officials said the timing of the vote was not intentional; they only learned of it on "
    "Friday.\n"
    "Senator Tom Gale said that claim smacked of hypocrisy.\n"
)


def test_inserted_cue_semicolon_and_participle_verbs(nlp: Any, actors: ActorResolver) -> None:
    found = quotes_of(nlp, actors, CLAUSES)
    inserted = next(q for text, q in found.items() if "decided to run" in text)
    assert inserted.text.startswith("Back in Ohio") and speaker_name(inserted) == "Brant"
    # The reported clause stops at the semicolon: what follows is the writer's.
    assert "the timing of the vote was not intentional" in found
    # "smacked" tagged as a participle is still a finite clause after "said that".
    assert any("smacked of hypocrisy" in text for text in found)
