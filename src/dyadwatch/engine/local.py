"""The local engine: the per-document function over a process pool.

Input errors pass through in order, so the caller reports every document,
readable or not, in the order it was given. Items stream: nothing holds the
whole input in memory.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator
from itertools import chain

from dyadwatch.config import Settings
from dyadwatch.engine.process import Item, Processor, Result

__all__ = ["run_local"]

# Per worker process: the Processor built by the pool initializer. Module-level
# because a multiprocessing initializer can hand state to tasks only this way;
# it is set once per worker process and never in the parent.
_worker_processor: Processor | None = None


def _init_worker(settings: Settings) -> None:
    global _worker_processor
    _worker_processor = Processor.create(settings)


def _work(item: Item) -> Result:
    assert _worker_processor is not None, "worker initializer did not run"
    return _worker_processor.process_item(item)


def run_local(
    items: Iterable[Item], settings: Settings, processor: Processor | None = None
) -> Iterator[Result]:
    """Extractions (or errors) for `items`, in input order, on `settings.jobs` processes.

    Nothing is loaded when there is nothing to do (a re-run whose documents are
    all unchanged): the model loads on the first item."""
    pending = iter(items)
    first = next(pending, None)
    if first is None:
        return
    items = chain([first], pending)
    if settings.jobs <= 1:
        yield from (processor or Processor.create(settings)).process_many(items)
        return
    # spawn, not fork: forking a parent whose thread pools have started can deadlock.
    context = mp.get_context("spawn")
    with context.Pool(settings.jobs, initializer=_init_worker, initargs=(settings,)) as pool:
        yield from pool.imap(_work, items, chunksize=2)
