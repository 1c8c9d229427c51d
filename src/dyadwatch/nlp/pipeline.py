"""Load the spaCy pipeline named in the settings.

Loading is explicit (never at import time) and cached per (model, disabled
components) in the caller's `PipelineCache`, so each worker process loads the
model once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dyadwatch.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

    from dyadwatch.config import Settings

__all__ = ["PipelineCache", "load_pipeline"]


def load_pipeline(settings: Settings) -> Language:
    """The spaCy pipeline for `settings.model`, with `settings.disable` left out."""
    import spacy

    try:
        nlp = spacy.load(settings.model, disable=list(settings.disable))
    except OSError as exc:
        raise ModelError(
            f"spaCy model {settings.model!r} is not installed: run ./scripts/demo or "
            f"pip install the project ({exc})"
        ) from exc
    # Long documents are refused earlier by max_document_bytes; spaCy's own
    # guard must not be stricter than ours.
    nlp.max_length = max(nlp.max_length, settings.max_document_bytes + 1)
    if "parser" in nlp.pipe_names:
        from dyadwatch.nlp.components import LINE_BREAKS

        nlp.add_pipe(LINE_BREAKS, before="parser")
    return nlp


@dataclass
class PipelineCache:
    _loaded: dict[tuple[str, tuple[str, ...]], Language] = field(default_factory=dict)

    def get(self, settings: Settings) -> Language:
        key = (settings.model, settings.disable)
        if key not in self._loaded:
            self._loaded[key] = load_pipeline(settings)
        return self._loaded[key]
