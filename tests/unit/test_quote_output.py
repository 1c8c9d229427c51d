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


def test_people_and_countries_keep_their_names() -> None:
    person = Speaker("she", name="Maria Zakharova", country="RUS", kind="person")
    country = Speaker("Seoul", country="KOR", sector="GOV", kind="country")
    assert _named(person) is person
    assert _named(country) is country and country.name is None
    assert _named(None) is None
