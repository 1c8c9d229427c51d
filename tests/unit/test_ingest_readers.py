"""Reading files and JSONL records: every bad input becomes a yielded InputError."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from dyadwatch.config import Settings
from dyadwatch.errors import (
    BinaryDocumentError,
    EmptyDocumentError,
    InputError,
    MalformedRecordError,
    OversizedDocumentError,
    UnsupportedFormatError,
)
from dyadwatch.ingest import iter_documents, read_text_document
from dyadwatch.types import Document

ARTICLE = (
    "Seoul and Canberra agree to widen defence ties\n"
    "\n"
    "Mara Lindqvist, March 4, 2025\n"
    "\n"
    "South Korea and Australia signed a memorandum on Tuesday to expand joint naval "
    "training in the Pacific, the two defence ministries said in a joint statement.\n"
    "\n"
    "“We share the same waters and the same worries,” the Australian minister told "
    "reporters after the ceremony, adding that the first drill was planned for June.\n"
)


def _all(paths: list[Path], settings: Settings | None = None) -> list[Document | InputError]:
    return list(iter_documents(paths, settings or Settings()))


def test_text_file_becomes_document(tmp_path: Path) -> None:
    path = tmp_path / "canberra.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    (doc,) = _all([path])
    assert isinstance(doc, Document)
    assert doc.doc_id == "canberra"
    assert doc.source == str(path)
    assert doc.fmt == "txt"
    assert doc.text == ARTICLE
    assert doc.content_hash == hashlib.sha256(ARTICLE.encode()).hexdigest()
    assert doc.title == "Seoul and Canberra agree to widen defence ties"
    assert doc.author == "Mara Lindqvist"
    assert doc.published == "2025-03-04"
    assert doc.language == "en"
    assert doc.raw is None


def test_empty_and_whitespace_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.md").write_text(" \n\t\n  \n", encoding="utf-8")
    errors = _all([tmp_path])
    assert [type(e) for e in errors] == [EmptyDocumentError, EmptyDocumentError]
    assert errors[0].where == str(tmp_path / "a.txt")  # type: ignore[union-attr]
    assert "empty" in errors[0].reason  # type: ignore[union-attr]


def test_binary_file_with_txt_name(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (error,) = _all([path])
    assert isinstance(error, BinaryDocumentError)
    assert error.where == str(path)
    assert "binary" in error.reason


def test_control_bytes_without_nul_are_binary(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 0x0E, 0x0F] * 50) + b"some text")
    (error,) = _all([path])
    assert isinstance(error, BinaryDocumentError)


def test_latin1_bytes_decode(tmp_path: Path) -> None:
    text = (
        "Paris et Berlin signent un accord\n\n"
        "Le ministre a déclaré à la presse que les négociations sur la défense "
        "européenne étaient achevées et que l'accord serait signé à Aix-la-Chapelle "
        "la semaine prochaine, selon un communiqué publié jeudi.\n"
    )
    path = tmp_path / "accord.txt"
    path.write_bytes(text.encode("latin-1"))
    (doc,) = _all([path])
    assert isinstance(doc, Document)
    assert doc.text == text
    assert doc.language == "fr"


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    (doc,) = _all([path])
    assert isinstance(doc, Document)
    assert doc.text == ARTICLE


def test_crlf_newlines_become_lf(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    (doc,) = _all([path])
    assert isinstance(doc, Document)
    assert doc.text == ARTICLE


def test_oversized_file_is_refused_with_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    line = b"The delegations met again in Geneva on Monday to discuss the ceasefire.\n"
    with path.open("wb") as fh:
        for _ in range(20_000_000 // len(line) + 1):
            fh.write(line)
    assert path.stat().st_size > 20_000_000
    (error,) = _all([path], Settings(max_document_bytes=10_000_000))
    assert isinstance(error, OversizedDocumentError)
    assert "10,000,000" in error.reason
    assert error.where == str(path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    path.chmod(0)
    try:
        (error,) = _all([path])
    finally:
        path.chmod(0o644)
    assert isinstance(error, InputError)
    assert "cannot read" in error.reason


def test_unknown_extension_named_explicitly(tmp_path: Path) -> None:
    path = tmp_path / "table.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    (error,) = _all([path])
    assert isinstance(error, UnsupportedFormatError)
    assert ".csv" in error.reason


def test_missing_path_is_an_error_not_an_exception(tmp_path: Path) -> None:
    (error,) = _all([tmp_path / "nowhere.txt"])
    assert isinstance(error, InputError)
    assert "no such file" in error.reason


def test_folder_recursive_sorted_and_skips_other_types(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b" / "a.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "c.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x,y\n", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x00\x01")
    docs = _all([tmp_path])
    assert [d.doc_id for d in docs if isinstance(d, Document)] == ["a", "z", "c"]
    assert len(docs) == 3
    assert docs[0].fmt == "md"  # type: ignore[union-attr]


def test_folder_notes_and_hidden_files_skipped_unless_named(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# Notes\n\nThese files are test articles.\n", "utf-8")
    (tmp_path / ".draft.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    assert [d.doc_id for d in _all([tmp_path]) if isinstance(d, Document)] == ["story"]
    (named,) = _all([tmp_path / "README.md"])
    assert isinstance(named, Document) and named.doc_id == "README"


def test_bad_inputs_print_nothing(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.html").write_text("<html><body><p>x<p>y</div></span></table>", "utf-8")
    (tmp_path / "b.html").write_text("<html>", "utf-8")
    (tmp_path / "c.jsonl").write_text("{bad\n", "utf-8")
    assert len(_all([tmp_path])) == 3
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")


def test_read_text_document_raises_for_direct_calls(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    with pytest.raises(EmptyDocumentError):
        read_text_document(path, Settings())


HTML_PAGE = """<!DOCTYPE html><html><head>
<title>Tokyo and Manila hold coast guard drill | The Harbour Ledger</title>
<meta name="author" content="Ines Okafor">
<meta property="og:site_name" content="The Harbour Ledger">
<meta property="og:title" content="Tokyo and Manila hold coast guard drill">
<meta property="article:published_time" content="2024-11-19T08:00:00+09:00">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/asia">Asia</a></li></ul></nav>
<article>
<h1>Tokyo and Manila hold coast guard drill</h1>
<p>Japanese and Philippine coast guard vessels held a joint search-and-rescue drill off
Manila Bay on Tuesday, the first such exercise since the two governments signed a
reciprocal access agreement earlier this year.</p>
<p>“Our crews trained together as one team,” a Japanese coast guard commander told
reporters in Manila, adding that a second drill would follow in the spring.</p>
<p>Officials in Manila said that the exercise was not aimed at any third country.</p>
</article>
<footer>© 2024 The Harbour Ledger</footer>
</body></html>"""


def test_html_uses_trafilatura_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "drill.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    (doc,) = _all([path])
    assert isinstance(doc, Document)
    assert doc.fmt == "html"
    assert doc.title == "Tokyo and Manila hold coast guard drill"
    assert doc.author == "Ines Okafor"
    assert doc.outlet == "The Harbour Ledger"
    assert doc.published == "2024-11-19"
    assert doc.raw == HTML_PAGE
    assert "joint search-and-rescue drill" in doc.text
    assert "<p>" not in doc.text
    assert "Home" not in doc.text.split("\n")[0]


def test_broken_html_does_not_crash(tmp_path: Path) -> None:
    broken = tmp_path / "broken.htm"
    broken.write_text(
        "<html><body><div><p>Officials in Hanoi said on Friday that the talks with "
        "Beijing over fishing rights would resume next month<p>unclosed <b>tags <i>and "
        "</div></span></table> stray closing tags",
        encoding="utf-8",
    )
    hollow = tmp_path / "hollow.html"
    hollow.write_text("<html><head><script>var x = 1;</script></head><body></body>", "utf-8")
    first, second = _all([broken, hollow])
    assert isinstance(first, Document)
    assert "talks with Beijing" in first.text.replace("\n", " ")
    assert isinstance(second, EmptyDocumentError)
    assert second.where == str(hollow)


def _write_jsonl(path: Path, lines: list[str]) -> None:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    good = {"id": "w1", "text": "Oslo said talks would continue.", "published": "2023-05-02",
            "title": "Talks go on", "url": "https://example.org/w1", "outlet": "Wire"}
    _write_jsonl(path, [
        json.dumps(good),
        "{not json",
        json.dumps({"id": "w2", "title": "no text here"}),
        json.dumps({"id": 17, "text": "numeric id"}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"id": "w1", "text": "same id again"}),
        json.dumps({"id": "w3", "html": "<html><body><p>Lima and Quito signed a border "
                    "accord on Monday, officials said.</p></body></html>"}),
        json.dumps({"id": "w4", "text": "   "}),
    ])
    items = _all([path])
    bad = MalformedRecordError
    assert [type(i) for i in items] == [
        Document, bad, bad, bad, bad, bad, Document, EmptyDocumentError,
    ]
    first = items[0]
    assert isinstance(first, Document)
    assert (first.doc_id, first.source, first.fmt) == ("w1", f"{path}:1", "jsonl")
    assert (first.title, first.outlet, first.url, first.published) == (
        "Talks go on", "Wire", "https://example.org/w1", "2023-05-02")
    errors = [i for i in items if isinstance(i, InputError)]
    assert [e.where for e in errors] == [f"{path}:{n}" for n in (2, 3, 4, 5, 7, 9)]
    assert "JSON" in errors[0].reason
    assert "text" in errors[1].reason
    assert "17" in errors[2].reason and "string" in errors[2].reason
    assert "object" in errors[3].reason
    assert "duplicate" in errors[4].reason
    from_html = items[6]
    assert isinstance(from_html, Document)
    assert "border accord" in from_html.text
    assert from_html.raw is not None and from_html.raw.startswith("<html>")


def test_jsonl_edge_cases(tmp_path: Path) -> None:
    path = tmp_path / "edge.jsonl"
    path.write_bytes(
        b"\xef\xbb\xbf" + json.dumps({"id": "bom", "text": "First line after a BOM."}).encode()
        + b"\n" + json.dumps({"id": "h", "text": "", "html": "<p>Rome, Madrid met.</p>"}).encode()
        + b"\n" + json.dumps({"id": "n", "text": 5}).encode()
        + b"\n" + json.dumps({"id": "n", "text": "Now with text."}).encode()
        + b"\n" + b'{"id": "latin", "text": "caf\xe9"}'
        + b"\n"
    )
    bom, html, bad_text, retry, latin = _all([path])
    assert isinstance(bom, Document) and bom.doc_id == "bom"
    assert isinstance(html, Document) and "Rome, Madrid" in html.text
    assert isinstance(bad_text, MalformedRecordError) and bad_text.where == f"{path}:3"
    assert isinstance(retry, Document)  # the broken line 3 did not claim id "n"
    assert isinstance(latin, MalformedRecordError) and "UTF-8" in latin.reason


def test_jsonl_oversized_record(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    _write_jsonl(path, [
        json.dumps({"id": "small", "text": "A short note from the ministry."}),
        json.dumps({"id": "large", "text": "word " * 400}),
    ])
    small, large = _all([path], Settings(max_document_bytes=1000))
    assert isinstance(small, Document)
    assert isinstance(large, OversizedDocumentError)
    assert large.where == f"{path}:2"
    assert "1,000" in large.reason


def test_jsonl_invalid_published_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "dates.jsonl"
    _write_jsonl(path, [json.dumps({"id": "d", "text": "Talks resumed.", "published": "soon"})])
    (doc,) = _all([path])
    assert isinstance(doc, Document)
    assert doc.published is None
