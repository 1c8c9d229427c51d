"""Offline language identification: the writing system first, then, for Latin
script, which language's most frequent function words the text uses most.

The word lists are short, hand-written lists of each language's commonest
function words (articles, prepositions, pronouns, auxiliaries), chosen to
overlap little between languages. Texts under `SHORT_TEXT_WORDS` words in
Latin script default to English: too few words to tell.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

__all__ = ["SHORT_TEXT_WORDS", "detect_language"]

SHORT_TEXT_WORDS = 20
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SAMPLE_CHARS = 20_000

_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(ws.split())
    for lang, ws in {
        "en": "the and of to is that was with for are this have from by which were has "
              "said not would their been will also they its who on at it he she his her be",
        "fr": "le la les des du et est une dans que pour qui sur pas par au aux avec "
              "ce cette sont été ont mais il elle nous leur",
        "de": "der die das und ist nicht den dem des ein eine mit sich auf für von "
              "zu auch wird wurde sind bei oder aus nach",
        "es": "el los las del y que en un una por con para es se lo su al como más "
              "pero sus fue ha este esta",
        "it": "il di che è della delle degli dei nel nella con per una sono gli anche "
              "come alla più questo questa stato",
        "pt": "o os as do da dos das e que em um uma com não para por se ao mais foi "
              "são pelo pela também",
        "nl": "de het een van en is dat op te zijn voor met niet aan ook als bij "
              "door wordt werd maar naar",
        "tr": "ve bir bu da de için ile olarak olan gibi daha çok ama ancak sonra "
              "kadar değil ise şu",
        "pl": "i w na z że się nie do jest to o jak od po przez dla oraz ale który "
              "która są był była",
        "sv": "och att det som en på är av för med den till inte har om var ett "
              "de ska också men från",
        "id": "dan yang di ke dari ini itu dengan untuk tidak dalam akan pada adalah "
              "juga oleh sebagai telah",
    }.items()
}

# Scripts told apart by the first word of the Unicode character name.
_SCRIPT_LANGUAGE: dict[str, str] = {
    "HANGUL": "ko",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "CJK": "zh",
    "ARABIC": "ar",
    "HEBREW": "he",
    "GREEK": "el",
    "DEVANAGARI": "hi",
    "THAI": "th",
    "GEORGIAN": "ka",
    "ARMENIAN": "hy",
}
_UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")


def _scripts(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            counts[name.split(" ", 1)[0] if name else "UNKNOWN"] += 1
    return counts


def _non_latin(scripts: Counter[str], text: str) -> str | None:
    """The language given by the dominant non-Latin script, if one dominates."""
    total = sum(scripts.values())
    if not total:
        return None
    # Japanese mixes kana with kanji: any real share of kana means Japanese.
    if (scripts["HIRAGANA"] + scripts["KATAKANA"]) > 0.1 * total:
        return "ja"
    script, count = max(scripts.items(), key=lambda kv: kv[1])
    if script == "LATIN" or count < 0.4 * total:
        return None
    if script == "CYRILLIC":
        ukrainian = sum(1 for ch in text if ch in _UKRAINIAN_LETTERS)
        return "uk" if ukrainian > 0.01 * count else "ru"
    return _SCRIPT_LANGUAGE.get(script)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the language `text` is written in ("en" when unsure)."""
    sample = text[:_SAMPLE_CHARS]
    by_script = _non_latin(_scripts(sample), sample)
    if by_script:
        return by_script
    found = _WORD.findall(sample)
    if len(found) < SHORT_TEXT_WORDS:
        return "en"
    # Acronyms are not function words: "UN" is not Spanish "un".
    tokens = [t.lower() for t in found if not (len(t) > 1 and t.isupper())]
    hits = {
        lang: sum(1 for t in tokens if t in words) for lang, words in _FUNCTION_WORDS.items()
    }
    best = max(hits, key=lambda lang: hits[lang])
    # Another language must clearly beat English, with enough evidence: names,
    # tables and a stray foreign word keep the default.
    if hits[best] < max(3, 0.05 * len(tokens)) or hits[best] < 2 * hits["en"]:
        return "en"
    return best
