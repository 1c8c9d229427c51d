"""Readers for txt, md, html and jsonl inputs, cleaning, metadata and language.

    for item in iter_documents(["corpus/"], settings):
        if isinstance(item, InputError): report(item)
        else: process(item)
"""

from dyadwatch.ingest.boilerplate import blank_lines, find_boilerplate, layout_of
from dyadwatch.ingest.language import detect_language
from dyadwatch.ingest.readers import (
    FORMATS,
    build_document,
    iter_documents,
    read_file,
    read_jsonl,
    read_text_document,
)

__all__ = [
    "FORMATS",
    "blank_lines",
    "build_document",
    "detect_language",
    "find_boilerplate",
    "iter_documents",
    "layout_of",
    "read_file",
    "read_jsonl",
    "read_text_document",
]
