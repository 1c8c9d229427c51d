"""Speaker accuracy on the own-written pronoun and description set tests/data/speaker_dev.jsonl.

    python training/quotes/speaker_dev.py [-v]

Each record lists (words inside the quote, expected speaker name). A quote counts as
right when a predicted quote contains those words and its speaker name matches (last
name match, as the shared scorer does). The texts are written for this project.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from dyadwatch.config import Settings
from dyadwatch.engine.process import Processor
from dyadwatch.types import Document

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data" / "speaker_dev.jsonl"


@dataclass(frozen=True)
class SpeakerDevResult:
    right: int
    total: int
    misses: list[str]  # "id: words expected X, got Y" for each wrong or missing quote


def score_speaker_dev(processor: Processor) -> SpeakerDevResult:
    """Run `processor` on every text of the set and compare the speakers found."""
    right = total = 0
    misses: list[str] = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = record["text"]
        document = Document(doc_id=record["id"], text=text, clean_text=text, source="dev",
                            content_hash=record["id"])
        quotes = processor.process(document).quotes
        for words, expected in record["expect"]:
            total += 1
            found = [q for q in quotes if words in q.text]
            name = found[0].speaker.name if found and found[0].speaker else None
            if name is not None and name.split()[-1] == expected.split()[-1]:
                right += 1
            else:
                misses.append(f"{record['id']}: {words!r} expected {expected!r}, got {name!r}"
                              f"{'' if found else ' (no quote)'}")
    return SpeakerDevResult(right, total, misses)


def main() -> None:
    result = score_speaker_dev(Processor.create(Settings()))
    if "-v" in sys.argv:
        print("\n".join(result.misses))
    print(f"speaker_dev: {result.right}/{result.total} = {result.right / result.total:.3f}")


if __name__ == "__main__":
    main()
