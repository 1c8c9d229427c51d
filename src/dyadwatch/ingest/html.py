"""HTML → main text and metadata, with trafilatura (imported when first used)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dyadwatch.errors import EmptyDocumentError, InputError
from dyadwatch.ingest.metadata import normalise_person_name

__all__ = ["HtmlExtraction", "extract_html"]

# Only dates stated in the page's markup, not guesses from its text or URL.
_DATE_PARAMS: dict[str, Any] = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True)
class HtmlExtraction:
    text: str
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None


def _field(result: Any, name: str) -> str | None:
    value = getattr(result, name, None)
    return value.strip() if isinstance(value, str) and value.strip() else None


def _fallback_text(markup: str) -> str:
    """All visible text of a page trafilatura found no article in (short pages)."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        tree = lxml.html.fromstring(markup)
    except (ParserError, ValueError):
        return ""
    for bad in tree.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    lines = (line.strip() for line in tree.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def extract_html(markup: str, where: str) -> HtmlExtraction:
    """Main text and metadata of `markup`. Raises an InputError when no text is found."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as exc:  # trafilatura/lxml raise many kinds on broken markup
        raise InputError(where, f"HTML could not be parsed: {exc}") from exc
    text = (_field(result, "text") or "") if result is not None else ""
    if not text:
        text = _fallback_text(markup)
    if not text.strip():
        raise EmptyDocumentError(where, "no readable text in the HTML page")
    author = _field(result, "author")
    date = _field(result, "date")
    return HtmlExtraction(
        text=text,
        title=_field(result, "title"),
        author=normalise_person_name(author) if author else None,
        outlet=_field(result, "sitename"),
        published=date[:10] if date and len(date) >= 10 else None,
        url=_field(result, "url"),
    )
