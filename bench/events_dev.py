"""The event extractor on a development set: synthetic stories held out from training.

    .venv/bin/python bench/events_dev.py [--shared ../shared] [--jobs 2] [--sentences 6]
        [--keep /tmp/events_dev.pred.jsonl] [--seeds]

Dev set: the NGEC synthetic stories (shared/data/training, LM-generated, each
labelled with a PLOVER type) whose row index is a multiple of 5 — the rule
training/event_classifier/train.py uses to leave them out of the classifier's
training (`DEV_STORY_MODULUS`), so these figures are honest. Each story becomes
one document: its first sentences, as in the story, cut after `--sentences`.
The first sentence is the "lead" and carries the story label, re-typed by the
project's conventions (`by_convention`: an early promise → AGREE, a call →
REQUEST, ...); the third and later sentences are background (mostly no event:
detail, reactions). The story's headline is left out: it is filled from the
headline templates the classifier trains on, so it would flatter the figures.
The story label is a story-level label: some leads report something else, so
no extractor reaches 1.0 here; the figures are for comparing versions.

The FULL extractor runs on them (`extract_to_jsonl`, the path of `dyadwatch
extract`), writing its JSONL under /tmp, never into the repository. Printed:
- recall: share of leads with any event;
- typed accuracy: share of leads whose most confident lead event has the label;
  typed precision over leads with an event, and their F1;
- hit: share of leads with any lead event of the label;
- the confusion table (gold label → top lead type, NONE for no event);
- the false-event rate: share of background sentences given any event.
With --seeds, also the seeds figures (complete gold) through `dyadwatch eval`.

Only the training data is read here; the evaluation sets in shared/eval are not.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "training" / "event_classifier"))

from train import DEV_STORY_MODULUS, STORIES, by_convention, split_sentences  # noqa: E402

from dyadwatch.config import Settings  # noqa: E402

NONE = "NONE"
PUBLISHED = "2023-10-19"  # the stories' generation date: a reference date for the dates


@dataclass(frozen=True)
class DevStory:
    doc_id: str
    text: str
    label: str  # the story label, re-typed by the lead's verb (`by_convention`)
    lead_end: int  # end of the first sentence
    background: tuple[tuple[int, int], ...]  # (start, end) of the sentences after the second


def dev_stories(shared: Path, max_sentences: int) -> list[DevStory]:
    """The held-out stories as documents, with their lead and background spans."""
    stories: list[DevStory] = []
    with (shared / STORIES).open(newline="", encoding="utf-8") as handle:
        for index, row in enumerate(csv.DictReader(handle)):
            if index % DEV_STORY_MODULUS:
                continue
            story = _story(index, row, max_sentences)
            if story is not None:
                stories.append(story)
    return stories


def _story(index: int, row: dict[str, str], max_sentences: int) -> DevStory | None:
    body = row["text"].strip()
    spans: list[tuple[int, int]] = []
    cursor = 0
    for sentence in split_sentences(body)[:max_sentences]:
        start = body.find(sentence, cursor)
        if start < 0:
            break
        cursor = start + len(sentence)
        spans.append((start, cursor))
    if not spans:
        return None
    first = body[spans[0][0]: spans[0][1]]
    return DevStory(f"dev{index:04d}", body[: spans[-1][1]],
                    by_convention(first, row["label"].strip()), spans[0][1], tuple(spans[2:]))


def run_extractor(stories: list[DevStory], jobs: int, keep: Path | None) -> list[dict[str, Any]]:
    from dyadwatch.commands import extract_to_jsonl

    with tempfile.TemporaryDirectory(prefix="dyadwatch-events-dev-") as tmp:
        docs = Path(tmp) / "events_dev.docs.jsonl"
        with docs.open("w", encoding="utf-8") as handle:
            for story in stories:
                row = {"id": story.doc_id, "text": story.text, "published": PUBLISHED,
                       "title": None, "url": None, "outlet": None}
                handle.write(json.dumps(row) + "\n")
        pred = keep or Path(tmp) / "events_dev.pred.jsonl"
        extract_to_jsonl([docs], pred, Settings(jobs=jobs))
        with pred.open(encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
    return [r for r in rows if r.get("kind") == "event"]


def _top(events: list[dict[str, Any]], start: int, end: int) -> tuple[str, list[str]]:
    """The most confident type among events whose evidence starts in [start, end)."""
    inside = [e for e in events if start <= e["evidence"]["start"] < end]
    if not inside:
        return NONE, []
    return max(inside, key=lambda e: e["confidence"])["type"], [e["type"] for e in inside]


def _rates(n: int, found: int, correct: int) -> dict[str, float]:
    precision = correct / max(found, 1)
    accuracy = correct / max(n, 1)
    return {"recall": round(found / max(n, 1), 3), "typed_accuracy": round(accuracy, 3),
            "typed_precision": round(precision, 3),
            "typed_f1": round(2 * precision * accuracy / max(precision + accuracy, 1e-9), 3)}


def score(stories: list[DevStory], events: list[dict[str, Any]]) -> dict[str, Any]:
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for event in events:
        by_doc[str(event["doc_id"])].append(event)
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    counts: Counter[str] = Counter()
    for story in stories:
        found = by_doc.get(story.doc_id, [])
        top, lead = _top(found, 0, story.lead_end)
        confusion[story.label][top] += 1
        counts["found"] += bool(lead)
        counts["correct"] += top == story.label
        counts["hit"] += story.label in lead
        for start, end in story.background:
            counts["background"] += 1
            counts["background_events"] += any(start <= e["evidence"]["start"] < end
                                               for e in found)
    n = len(stories)
    return {
        "leads": n, **_rates(n, counts["found"], counts["correct"]),
        "hit": round(counts["hit"] / max(n, 1), 3),
        "background_sentences": counts["background"],
        "false_event_rate": round(counts["background_events"] / max(counts["background"], 1), 3),
        "confusion": {g: dict(c.most_common()) for g, c in sorted(confusion.items())},
    }


def print_report(result: dict[str, Any]) -> None:
    print(f"dev leads {result['leads']}: recall {result['recall']}  typed accuracy "
          f"{result['typed_accuracy']}  typed precision {result['typed_precision']}  "
          f"typed F1 {result['typed_f1']}  hit {result['hit']}")
    print(f"background: {result['background_sentences']} sentences, false-event rate "
          f"{result['false_event_rate']}")
    print("confusion (gold -> top lead type, most frequent first):")
    for gold, row in result["confusion"].items():
        total = sum(row.values())
        cells = ", ".join(f"{t} {n}" for t, n in list(row.items())[:6])
        print(f"  {gold:10s} {row.get(gold, 0):3d}/{total:<3d} {cells}")


def print_seeds(shared: Path, jobs: int) -> None:
    from dyadwatch.evaluate import run_eval

    s = run_eval("seeds", shared, Settings(jobs=jobs)).as_dict()["scores"]["events"]
    print(f"seeds events strict F1 {s['strict']['f1']:.3f} (P {s['strict']['p']:.3f} "
          f"R {s['strict']['r']:.3f}) typed {s['typed']['f1']:.3f} "
          f"date acc {s['date_accuracy']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--sentences", type=int, default=6,
                        help="story sentences kept after the headline")
    parser.add_argument("--keep", type=Path, help="also write the extraction JSONL here (/tmp)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--seeds", action="store_true", help="also score the seeds")
    args = parser.parse_args()
    stories = dev_stories(args.shared.resolve(), args.sentences)
    result = score(stories, run_extractor(stories, args.jobs, args.keep))
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print_report(result)
    if args.seeds:
        print_seeds(args.shared.resolve(), args.jobs)


if __name__ == "__main__":
    main()
