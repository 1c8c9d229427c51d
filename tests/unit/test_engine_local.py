"""The local runner loads nothing when there is nothing to process."""

import pytest

from dyadwatch.config import Settings
from dyadwatch.engine import local
from dyadwatch.errors import EmptyDocumentError


def test_no_items_loads_no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(settings: Settings) -> None:
        raise AssertionError("the model was loaded for an empty run")

    monkeypatch.setattr(local.Processor, "create", refuse)
    assert list(local.run_local([], Settings())) == []
    assert list(local.run_local(iter([]), Settings(jobs=2))) == []


def test_an_item_still_reaches_the_processor(monkeypatch: pytest.MonkeyPatch) -> None:
    class Passing:
        def process_many(self, items):  # type: ignore[no-untyped-def]
            return iter(list(items))

    monkeypatch.setattr(local.Processor, "create", lambda settings: Passing())
    error = EmptyDocumentError("a.txt", "no text")
    assert list(local.run_local([error], Settings())) == [error]
