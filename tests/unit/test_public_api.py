"""The public API is what `dyadwatch.__all__` lists: pinned, and every name resolves."""

import dyadwatch

EXPECTED = {
    "Actor", "Document", "DyadwatchError", "Event", "Evidence", "Extraction", "InputError",
    "Processor", "Quote", "RunSummary", "Sentence", "Settings", "Speaker", "Store",
    "__version__", "extract_to_jsonl", "ingest_to_store", "iter_documents", "load_settings",
}


def test_all_is_pinned() -> None:
    assert set(dyadwatch.__all__) == EXPECTED


def test_every_public_name_resolves() -> None:
    for name in dyadwatch.__all__:
        assert getattr(dyadwatch, name) is not None, name


def test_unknown_attribute_is_an_attribute_error() -> None:
    try:
        dyadwatch.no_such_thing  # noqa: B018
    except AttributeError as exc:
        assert "no_such_thing" in str(exc)
    else:
        raise AssertionError("expected AttributeError")
