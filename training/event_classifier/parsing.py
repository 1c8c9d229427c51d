"""Parse the training sentences once with the project's spaCy pipeline.

Parsing ~10k sentences takes a minute or two; the parsed Docs are cached as a
spaCy DocBin outside the repository (default under /tmp), keyed by a hash of
the texts and the pipeline, so feature work can iterate without re-parsing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

from dyadwatch.config import MODEL_NAME
from dyadwatch.extract.event_parse_features import parse_features

DEFAULT_CACHE = Path("/tmp/dyadwatch_event_parse_cache")


def parsed_docs(texts: Sequence[str], cache_dir: Path | None) -> list[Doc]:
    """The texts parsed with MODEL_NAME (from the cache when it matches)."""
    nlp = spacy.load(MODEL_NAME)
    key = hashlib.sha1(
        "\n\x00".join([MODEL_NAME, nlp.meta.get("version", ""), *texts]).encode("utf-8")
    ).hexdigest()[:16]
    cache = cache_dir / f"{key}.spacy" if cache_dir is not None else None
    if cache is not None and cache.is_file():
        return list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    docs = list(nlp.pipe(texts, n_process=1, batch_size=64))
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        DocBin(docs=docs).to_disk(cache)
    return docs


def parse_feature_lists(texts: Sequence[str], cache_dir: Path | None) -> list[list[str]]:
    """Parse features of each text, parsed as one span (as `predict_many(..., nlp)` does)."""
    return [parse_features(doc[:]) for doc in parsed_docs(texts, cache_dir)]
