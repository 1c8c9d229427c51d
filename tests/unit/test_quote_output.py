"""How quote speakers are named in the output."""

from dyadwatch.extract.quotes import _named
from dyadwatch.types import Speaker


def test_an_unnamed_body_is_named_by_its_words() -> None:
    speaker = Speaker("the ministry", country="RUS", sector="GOV", kind="organisation",
                      role="ministry")
    named = _named(speaker)
    assert named is not None
    assert named.name == "the ministry"
    assert named.kind == "organisation" and named.role == "ministry"


def test_people_keep_their_names() -> None:
    person = Speaker("she", name="Maria Zakharova", country="RUS", kind="person")
    assert _named(person) is person
    assert _named(None) is None


def test_a_country_is_named_by_its_words_and_keeps_its_code() -> None:
    named = _named(Speaker("Seoul", country="KOR", sector="GOV", kind="country"))
    assert named is not None
    assert (named.name, named.country, named.kind) == ("Seoul", "KOR", "country")


def test_an_unresolved_pronoun_is_no_name() -> None:
    speaker = Speaker("she", kind="group", role="she")
    assert _named(speaker) is speaker and speaker.name is None
