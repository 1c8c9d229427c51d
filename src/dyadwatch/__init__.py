"""dyadwatch: source-grounded events, quotes and dyad timelines from news.

The public API (pinned by tests/unit/test_public_api.py):

    from dyadwatch import Processor, load_settings, iter_documents
    processor = Processor.create(load_settings())
    for item in iter_documents(["article.txt"], processor.settings):
        extraction = processor.process(item)      # Document -> Extraction

Heavy modules (spaCy, DuckDB) load lazily on first attribute access.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Document",
    "DyadwatchError",
    "Event",
    "Evidence",
    "Extraction",
    "InputError",
    "Processor",
    "Quote",
    "RunSummary",
    "Sentence",
    "Settings",
    "Speaker",
    "Store",
    "__version__",
    "extract_to_jsonl",
    "ingest_to_store",
    "iter_documents",
    "load_settings",
]

_LAZY = {
    "Actor": "dyadwatch.types",
    "Document": "dyadwatch.types",
    "Event": "dyadwatch.types",
    "Evidence": "dyadwatch.types",
    "Extraction": "dyadwatch.types",
    "Quote": "dyadwatch.types",
    "Sentence": "dyadwatch.types",
    "Speaker": "dyadwatch.types",
    "DyadwatchError": "dyadwatch.errors",
    "InputError": "dyadwatch.errors",
    "Settings": "dyadwatch.config",
    "load_settings": "dyadwatch.config",
    "Processor": "dyadwatch.engine.process",
    "Store": "dyadwatch.store.db",
    "RunSummary": "dyadwatch.commands",
    "extract_to_jsonl": "dyadwatch.commands",
    "ingest_to_store": "dyadwatch.commands",
    "iter_documents": "dyadwatch.ingest",
}

if TYPE_CHECKING:
    from dyadwatch.commands import RunSummary, extract_to_jsonl, ingest_to_store
    from dyadwatch.config import Settings, load_settings
    from dyadwatch.engine.process import Processor
    from dyadwatch.errors import DyadwatchError, InputError
    from dyadwatch.ingest import iter_documents
    from dyadwatch.store.db import Store
    from dyadwatch.types import (
        Actor,
        Document,
        Event,
        Evidence,
        Extraction,
        Quote,
        Sentence,
        Speaker,
    )


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'dyadwatch' has no attribute {name!r}")
    return getattr(import_module(module), name)
