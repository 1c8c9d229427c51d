"""Resolve a span of text to an Actor (country, sector, person with dated roles).

Interface used by every extractor:

    resolver = ActorResolver.from_package()          # loads dyadwatch/data tables once
    resolver.resolve_text("South Korean", when="2024-07-13") -> Actor | None
    resolver.resolve_span(span, when=...)             -> Actor | None  (spaCy Span)

This first version knows country names from pycountry and a small alias table;
people, organs, capitals-as-governments and roles valid in time build on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dyadwatch.types import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["ActorResolver"]

_ARTICLE = re.compile(r"^(the)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"[’']s?$")

# Short names, adjectives and demonyms that pycountry does not list.
_ALIASES: dict[str, str] = {
    "south korea": "KOR", "south korean": "KOR", "south koreans": "KOR", "rok": "KOR",
    "republic of korea": "KOR", "korea": "KOR",
    "north korea": "PRK", "north korean": "PRK", "dprk": "PRK",
    "russia": "RUS", "russian": "RUS", "russians": "RUS", "russian federation": "RUS",
    "united states": "USA", "us": "USA", "u.s.": "USA", "america": "USA", "american": "USA",
    "china": "CHN", "chinese": "CHN", "japan": "JPN", "japanese": "JPN",
    "ukraine": "UKR", "ukrainian": "UKR", "britain": "GBR", "british": "GBR",
    "iran": "IRN", "iranian": "IRN", "syria": "SYR", "syrian": "SYR",
}


@dataclass
class ActorResolver:
    country_names: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_package(cls) -> ActorResolver:
        import pycountry

        names: dict[str, str] = {}
        for country in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                if value:
                    names[value.casefold()] = country.alpha_3
        names.update(_ALIASES)
        return cls(country_names=names)

    def resolve_text(self, text: str, when: str | None = None) -> Actor | None:
        key = _POSSESSIVE.sub("", _ARTICLE.sub("", text.strip())).casefold()
        code = self.country_names.get(key)
        if code is None:
            return None
        return Actor(text=text, country=code, sector=None, kind="country")

    def resolve_span(self, span: Span, when: str | None = None) -> Actor | None:
        actor = self.resolve_text(span.text, when)
        if actor is None:
            return None
        return Actor(
            text=span.text, name=actor.name, country=actor.country, sector=actor.sector,
            role=actor.role, kind=actor.kind, start=span.start_char, end=span.end_char,
        )
