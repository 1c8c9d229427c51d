"""The per-document function: the one seam every engine and command uses.

    processor = Processor.create(settings)
    extraction = processor.process(document)
    for extraction in processor.process_many(documents): ...

Nothing else knows how a Document becomes sentences, events and quotes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from dyadwatch.errors import ExtractionFailedError, InputError
from dyadwatch.extract.context import ExtractionContext
from dyadwatch.extract.dates import document_dates
from dyadwatch.extract.events import EventExtractor, extract_events
from dyadwatch.extract.quotes import extract_quotes
from dyadwatch.nlp.sentences import nonblank_sentences
from dyadwatch.resolve.actors import ActorResolver
from dyadwatch.types import Document, Extraction, Sentence

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from dyadwatch.config import Settings

__all__ = ["Item", "Processor", "Result", "unsupported_language_message"]

Item = Document | InputError
Result = Extraction | InputError


def unsupported_language_message(document: Document) -> str:
    return f"{document.doc_id}: language {document.language} not supported for extraction yet"


@dataclass
class Processor:
    settings: Settings
    nlp: Language
    resolver: ActorResolver
    events: EventExtractor

    @classmethod
    def create(cls, settings: Settings) -> Processor:
        """Load the model and the dictionaries (once per worker process)."""
        from dyadwatch.nlp.pipeline import load_pipeline

        return cls(
            settings, load_pipeline(settings), ActorResolver.from_package(),
            EventExtractor.from_package(transformer=settings.event_transformer),
        )

    def supported(self, document: Document) -> bool:
        return document.language is None or document.language in self.settings.languages

    def process(self, document: Document) -> Extraction:
        """The extraction of one document; raises ExtractionFailedError on a bug."""
        result = self.process_item(document)
        if isinstance(result, InputError):
            raise result
        return result

    def process_item(self, item: Item) -> Result:
        return next(self.process_many([item]))

    def process_many(self, items: Iterable[Item]) -> Iterator[Result]:
        """Results in input order: input errors pass through; spaCy parses
        supported documents in batches of settings.batch_size."""
        pending: list[Document] = []
        for item in items:
            if isinstance(item, Document) and self.supported(item):
                pending.append(item)
                if len(pending) >= self.settings.batch_size:
                    yield from self._parse_batch(pending)
                    pending = []
                continue
            yield from self._parse_batch(pending)
            pending = []
            yield item if isinstance(item, InputError) else self._not_analysed(item)
        yield from self._parse_batch(pending)

    @staticmethod
    def _not_analysed(document: Document) -> Extraction:
        warning = unsupported_language_message(document)
        return Extraction(document, warnings=(warning,), analysed=False)

    def _parse_batch(self, documents: list[Document]) -> Iterator[Result]:
        if not documents:
            return
        texts = (d.clean_text for d in documents)
        for document, doc in zip(documents, self.nlp.pipe(texts), strict=True):
            try:
                yield self._extract(document, doc)
            except Exception as exc:  # a bug in one document must not stop the run
                yield ExtractionFailedError(
                    document.source, f"extraction failed: {type(exc).__name__}: {exc}"
                )

    def _extract(self, document: Document, doc: Doc) -> Extraction:
        published, estimate = document_dates(document, doc, self.resolver)
        document = replace(document, published=published, published_estimate=estimate)
        # An estimated date is passed as its whole range ("2017-05/2019-12"), so a
        # role held during part of it still counts.
        reference = published or (f"{estimate.earliest}/{estimate.latest}" if estimate else None)
        context = ExtractionContext(document, self.resolver, reference)
        sentences = tuple(_sentences(document.doc_id, doc))
        quotes = tuple(extract_quotes(doc, context))
        events = tuple(extract_events(doc, context, quotes, extractor=self.events))
        return Extraction(document, sentences, events, quotes)


def _sentences(doc_id: str, doc: Doc) -> Iterator[Sentence]:
    for index, (_, start, text) in enumerate(nonblank_sentences(doc)):
        yield Sentence(doc_id, index, start, start + len(text), text)
