"""Bytes → text: UTF-8 first (BOM stripped), then charset detection; binary refused."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from dyadwatch.errors import BinaryDocumentError

__all__ = ["decode_bytes", "looks_binary"]

_SAMPLE = 8192
# Control bytes that plain text does not contain (tab, newlines, form feed excluded).
_CONTROL = frozenset(range(0x00, 0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B}
_MAX_CONTROL_RATIO = 0.05
_MAX_WESTERN_SHARE = 0.3
_LATIN_PUNCTUATION = frozenset("\u00a0–—‘’‚“”„…•€£¥°«»·§©®™±×÷¿¡ºª")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def looks_binary(data: bytes) -> str | None:
    """Why `data` is not text (NUL bytes, many control bytes), or None when it may be."""
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        return "contains NUL bytes (a binary file, not text)"
    control = sum(1 for b in sample if b in _CONTROL)
    if sample and control / len(sample) > _MAX_CONTROL_RATIO:
        return f"{control} control bytes in the first {len(sample)} (a binary file, not text)"
    return None


def decode_bytes(data: bytes, where: str) -> str:
    """Text of `data`, with CRLF/CR newlines made LF. Raises BinaryDocumentError."""
    if data.startswith(_UTF16_BOMS):
        return _newlines(data.decode("utf-16", errors="replace"))
    reason = looks_binary(data)
    if reason:
        raise BinaryDocumentError(where, reason)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        return _newlines(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    western = _western_european(data)
    if western is not None:
        return _newlines(western)
    best = from_bytes(data).best()
    if best is None:
        raise BinaryDocumentError(where, "bytes are not text in UTF-8 or any detected encoding")
    return _newlines(str(best))


def _western_european(data: bytes) -> str | None:
    """Mostly-ASCII bytes whose other bytes read as Latin letters in cp1252/Latin-1.

    Charset detection guesses poorly on a few accented letters in English or French
    text (it may pick a Baltic or Arabic code page); such text is nearly always
    Windows-1252 or ISO-8859-1, which agree on letters.
    """
    non_ascii = sum(1 for b in data if b > 0x7F)
    if non_ascii > _MAX_WESTERN_SHARE * len(data):
        return None
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        odd = [c for c in text if ord(c) > 0x7F and not (c.isalpha() or c in _LATIN_PUNCTUATION)]
        if not odd:
            return text
    return None


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
