"""Building the spaCy pipeline. The model is named once, in dyadwatch.config."""

from dyadwatch.nlp.pipeline import load_pipeline

__all__ = ["load_pipeline"]
