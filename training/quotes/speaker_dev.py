"""Speaker accuracy on the own-written pronoun and description set tests/data/speaker_dev.jsonl.

    python training/quotes/speaker_dev.py [-v]

Each record lists (words inside the quote, expected speaker name). A quote counts as
right when a predicted quote contains those words and its speaker name matches (last
name match, as the shared scorer does). The texts are written for this project.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data" / "speaker_dev.jsonl"


def main() -> None:
    from dyadwatch.config import Settings
    from dyadwatch.engine.process import Processor
    from dyadwatch.types import Document

    verbose = "-v" in sys.argv
    processor = Processor.create(Settings())
    right = total = 0
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
            ok = name is not None and name.split()[-1] == expected.split()[-1]
            right += ok
            if verbose and not ok:
                print(f"{record['id']}: {words!r} expected {expected!r}, got {name!r}"
                      f"{'' if found else ' (no quote)'}")
    print(f"speaker_dev: {right}/{total} = {right / total:.3f}")


if __name__ == "__main__":
    main()
