"""Words per second of `dyadwatch extract` against spaCy's parser + NER alone,
over the same texts, with the same number of processes.

    .venv/bin/python bench/throughput.py [INPUT ...] [--jobs 2] [--repeat 1]

Default input: the seeds and the GGT and PolNeAR test articles from ../shared
(read in place, never copied). Prints one line per measurement and the ratio.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import platform
import tempfile
import time
from pathlib import Path

from dyadwatch.commands import extract_to_jsonl
from dyadwatch.config import Settings
from dyadwatch.errors import InputError
from dyadwatch.ingest import iter_documents

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEFAULT_INPUTS = [
    SHARED / "corpus" / "seeds",
    SHARED / "eval" / "sets" / "ggt_quotes.docs.jsonl",
    SHARED / "eval" / "sets" / "polnear_test.docs.jsonl",
]


def _spacy_worker(texts: list[str], model: str) -> int:
    import spacy

    # Only what the baseline needs: tokens, tagger features the parser uses, parse, entities.
    nlp = spacy.load(model, disable=["lemmatizer"])
    nlp.max_length = 20_000_000
    return sum(len(doc) for doc in nlp.pipe(texts, batch_size=16))


def spacy_alone(texts: list[str], jobs: int, model: str) -> float:
    """Seconds for spaCy's pipeline (parser + ner) over `texts` on `jobs` processes,
    model loading included as it is for extract."""
    shards = [texts[i::jobs] for i in range(jobs)]
    started = time.perf_counter()
    with mp.get_context("spawn").Pool(jobs) as pool:
        pool.starmap(_spacy_worker, [(shard, model) for shard in shards])
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", type=Path, default=DEFAULT_INPUTS)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    settings = Settings(jobs=args.jobs)
    documents = [d for d in iter_documents(args.inputs, settings) if not isinstance(d, InputError)]
    texts = [d.clean_text for d in documents]
    words = sum(len(t.split()) for t in texts)
    print(f"machine: {platform.processor() or platform.machine()}, {mp.cpu_count()} cores; "
          f"{len(texts)} documents, {words} words; jobs={args.jobs}")

    base = spacy_alone(texts, args.jobs, settings.model)
    print(f"{'spaCy parser+ner alone':35s}: {base:7.1f} s  {words / base:9.0f} words/s")
    for transformer in (True, False):
        run_settings = settings.with_overrides(event_transformer=transformer)
        with tempfile.TemporaryDirectory() as tmp:
            summary = extract_to_jsonl(args.inputs, Path(tmp) / "out.jsonl", run_settings)
        label = "dyadwatch extract" + ("" if transformer else " --no-transformer")
        print(f"{label:35s}: {summary.seconds:7.1f} s  {words / summary.seconds:9.0f} "
              f"words/s  ({summary.events} events, {summary.quotes} quotes); "
              f"ratio to spaCy alone {base / summary.seconds:.2f}")


if __name__ == "__main__":
    main()
