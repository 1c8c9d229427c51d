"""Bytes to text: encodings, BOMs and binary detection."""

from __future__ import annotations

import codecs

import pytest

from dyadwatch.errors import BinaryDocumentError
from dyadwatch.ingest.decode import decode_bytes, looks_binary

FRENCH = "Le ministre a déclaré que l'accord était signé à Genève, après des négociations."


@pytest.mark.parametrize("encoding", ["utf-8", "latin-1", "cp1252"])
def test_western_encodings(encoding: str) -> None:
    assert decode_bytes(FRENCH.encode(encoding), "f.txt") == FRENCH


def test_cp1252_quotes_and_dashes() -> None:
    text = "“We agreed,” she said – and left."
    assert decode_bytes(text.encode("cp1252"), "q.txt") == text


def test_cyrillic_single_byte_encoding() -> None:
    text = "Министерство иностранных дел заявило в понедельник, что переговоры продолжатся."
    assert decode_bytes(text.encode("cp1251"), "r.txt") == text


def test_utf16_with_bom() -> None:
    data = codecs.BOM_UTF16_LE + FRENCH.encode("utf-16-le")
    assert decode_bytes(data, "u.txt") == FRENCH


def test_binary_is_refused_with_where_and_reason() -> None:
    with pytest.raises(BinaryDocumentError) as caught:
        decode_bytes(b"%PDF-1.7\n\x00\x00\x01\x02binary", "doc.txt")
    assert caught.value.where == "doc.txt"
    assert "NUL" in caught.value.reason


def test_plain_text_is_not_binary() -> None:
    assert looks_binary(b"Tabs\tand\nnewlines\r\nare text.\f") is None
