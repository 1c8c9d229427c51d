"""Phrase tables the boilerplate and metadata heuristics read.

Written for this project. They hold the *kinds* of page furniture news sites
print (menus, share prompts, related-link markers, disclaimers) and a few known
outlet sign-offs; add a row to support a new site rather than a new `if`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "DISCLAIMER_STARTS",
    "KNOWN_SIGNOFFS",
    "RELATED_MARKERS",
    "RELATED_PREFIXES",
    "SHARE_PROMPTS",
    "SIGNOFF_PATTERNS",
    "Signoff",
]

# A short line that opens with one of these is a share/follow/subscribe prompt.
SHARE_PROMPTS: tuple[str, ...] = (
    "follow us",
    "share this",
    "share on",
    "share:",
    "subscribe to",
    "subscribe now",
    "sign up for",
    "join us on",
    "print this",
    "email this",
    "advertisement",
    "click here",
)

# A short line equal to one of these starts a list of links to other articles.
RELATED_MARKERS: tuple[str, ...] = (
    "more on this topic",
    "more on this subject",
    "related articles",
    "related stories",
    "related news",
    "related",
    "read also",
    "read more",
    "see also",
    "you may also like",
    "you might also like",
    "recommended",
    "most read",
    "most popular",
    "latest news",
    "other articles",
)

# A short line that opens with one of these is a link to another article.
RELATED_PREFIXES: tuple[str, ...] = (
    "read more:",
    "read also:",
    "see also:",
    "related:",
    "more:",
    "watch:",
    "watch below:",
    "look:",
    "listen:",
)

# A line that opens with one of these is an editorial disclaimer or rights notice.
DISCLAIMER_STARTS: tuple[str, ...] = (
    "views expressed",
    "the views expressed",
    "opinions expressed",
    "the opinions expressed",
    "the views and opinions",
    "all rights reserved",
    "copyright ©",
    "©",
    "reproduction of this",
)


@dataclass(frozen=True)
class Signoff:
    """A closing phrase that names the outlet it was written for."""

    pattern: re.Pattern[str]
    outlet: str | None = None  # None: the outlet is the pattern's `outlet` group


# Generic sign-offs: the outlet's name is in the line itself.
SIGNOFF_PATTERNS: tuple[Signoff, ...] = (
    Signoff(re.compile(
        r"\b(?:exclusively|specially|written)\s+for\s+(?:the\s+)?(?:online\s+)?"
        r"(?:magazine|journal|newspaper|publication|website|portal|outlet|newsletter)\s+"
        r"[\"“«']?(?P<outlet>[^\"”»\n]+?)[\"”»']?\s*[.]?\s*$",
        re.IGNORECASE,
    )),
    Signoff(re.compile(
        r"\b(?:originally|first)\s+(?:published|appeared)\s+(?:on|in|by)\s+(?:the\s+)?"
        r"[\"“«']?(?P<outlet>[A-Z][^\"”»,\n]+?)[\"”»']?\s*[.]?\s*$",
    )),
)

# Known sign-offs that name the outlet only indirectly (facts about each site).
KNOWN_SIGNOFFS: tuple[Signoff, ...] = (
    Signoff(re.compile(r"\brather than the Club['’]s\b"), "Valdai Discussion Club"),
)
