"""`dyadwatch eval`: run extraction on an evaluation set and score it.

The sets and the scorer live in the shared folder beside the repository
(`../shared`): they are measured against, never copied into the project. The
official figures come from `shared/eval/score.py`; this module adds what the
scorer does not compute: a per-type confusion table and the ConfliBERT
five-class accuracy.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dyadwatch.config import Settings
from dyadwatch.errors import EvalError

__all__ = ["EVAL_SETS", "EvalReport", "EvalSet", "format_report", "locate_set", "run_eval"]

EVAL_SETS = (
    "seeds", "plover_gsr", "petr2_gsr", "conflibert_quad", "ggt_quotes",
    "polnear_dev", "polnear_test", "polnear_train",
)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class EvalSet:
    name: str
    inputs: Path  # folder or docs JSONL given to extraction
    gold: Path | None
    docs: Path | None  # gold document metadata
    labels: Path | None  # conflibert quad labels
    scorer: Path


@dataclass
class EvalReport:
    set_name: str
    scores: dict[str, Any]
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    quad: dict[str, Any] | None = None
    documents_failed: int = 0
    seconds: float = 0.0
    words: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "set": self.set_name, "scores": self.scores, "confusion": self.confusion,
            "quad": self.quad, "documents_failed": self.documents_failed,
            "seconds": round(self.seconds, 2), "words": self.words,
        }


def locate_set(name: str, shared: Path) -> EvalSet:
    """The files of evaluation set `name` under the shared folder."""
    if name not in EVAL_SETS:
        raise EvalError(f"unknown evaluation set {name!r}; known: {', '.join(EVAL_SETS)}")
    scorer = shared / "eval" / "score.py"
    if name == "seeds":
        found = EvalSet(name, shared / "corpus" / "seeds", shared / "gold" / "seeds.gold.jsonl",
                        shared / "gold" / "seeds.docs.jsonl", None, scorer)
    else:
        base = shared / "eval" / "sets"
        gold = base / f"{name}.gold.jsonl"
        labels = base / f"{name}.labels.jsonl"
        found = EvalSet(name, base / f"{name}.docs.jsonl", gold if gold.exists() else None,
                        None, labels if labels.exists() else None, scorer)
    missing = [p for p in (found.inputs, found.scorer) if not p.exists()]
    if missing:
        raise EvalError(f"evaluation set {name!r} not found: missing {missing[0]}")
    return found


def run_eval(name: str, shared: Path, settings: Settings, keep: Path | None = None) -> EvalReport:
    """Extract the set's documents, score them, and build the confusion tables."""
    from dyadwatch.commands import extract_to_jsonl

    spec = locate_set(name, shared)
    with tempfile.TemporaryDirectory(prefix="dyadwatch-eval-") as tmp:
        pred = keep or Path(tmp) / f"{name}.pred.jsonl"
        summary = extract_to_jsonl([spec.inputs], pred, settings)
        preds = _load(pred)
        scores = _score(spec, pred) if spec.gold else {}
    report = EvalReport(name, scores, documents_failed=summary.documents_failed,
                        seconds=summary.seconds, words=summary.words)
    if spec.gold:
        report.confusion = type_confusion(_load(spec.gold), preds)
    if spec.labels:
        report.quad = quad_accuracy(_load(spec.labels), preds)
    return report


def _score(spec: EvalSet, pred: Path) -> dict[str, Any]:
    assert spec.gold is not None
    cmd = [sys.executable, str(spec.scorer), str(spec.gold), str(pred), "--json"]
    if spec.docs:
        cmd += ["--docs", str(spec.docs)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise EvalError(f"scorer failed on {spec.name}: {done.stderr.strip()[-500:]}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _load(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _tokens(text: str | None) -> Counter[str]:
    return Counter(_WORD.findall((text or "").casefold()))


def _evidence(row: dict[str, Any]) -> str:
    ev = row.get("evidence")
    return str(ev.get("text") if isinstance(ev, dict) else ev or "")


def _similar(a: str, b: str) -> bool:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return False
    return sum((ta & tb).values()) / max(sum(ta.values()), sum(tb.values())) >= 0.5


def type_confusion(
    gold: list[dict[str, Any]], preds: list[dict[str, Any]]
) -> dict[str, dict[str, int]]:
    """gold type → predicted type counts, pairing events by evidence sentence.

    A gold event pairs with a same-type prediction on a similar sentence when
    there is one, else the most confident prediction there; unpaired gold is
    counted under NONE, unpaired predictions as gold NONE.
    """
    table: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in preds:
        if p.get("kind") == "event":
            by_doc[str(p["doc_id"])].append(p)
    for g in (r for r in gold if r.get("kind") == "event"):
        free = by_doc[str(g["doc_id"])]
        near = [p for p in free if _similar(_evidence(g), _evidence(p))]
        same = [p for p in near if p.get("type") == g.get("type")]
        pick = (same or sorted(near, key=lambda p: -float(p.get("confidence") or 0)))[:1]
        predicted = pick[0]["type"] if pick else "NONE"
        if pick:
            free.remove(pick[0])
        table[str(g["type"])][predicted] += 1
    for left in by_doc.values():
        for p in left:
            table["NONE"][str(p["type"])] += 1
    return {k: dict(v) for k, v in table.items()}


def quad_accuracy(labels: list[dict[str, Any]], preds: list[dict[str, Any]]) -> dict[str, Any]:
    """ConfliBERT five-class accuracy: a sentence's class is that of its most
    confident event (0 when none)."""
    from dyadwatch.extract.event_classifier import QUAD_OF_TYPE

    best: dict[str, dict[str, Any]] = {}
    for p in preds:
        if p.get("kind") != "event":
            continue
        doc = str(p["doc_id"])
        if doc not in best or float(p.get("confidence") or 0) > float(best[doc]["confidence"] or 0):
            best[doc] = p
    confusion: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    right = 0
    for row in labels:
        doc, gold = str(row["doc_id"]), int(row["quad"])
        predicted = QUAD_OF_TYPE[best[doc]["type"]] if doc in best else 0
        right += predicted == gold
        confusion[str(gold)][str(predicted)] += 1
    n = len(labels)
    return {
        "accuracy": round(right / n, 4) if n else None, "n": n,
        "confusion": {k: dict(v) for k, v in confusion.items()},
    }


def _table(confusion: dict[str, dict[str, int]]) -> list[str]:
    labels = sorted(set(confusion) | {p for row in confusion.values() for p in row})
    width = max(7, *(len(x) for x in labels)) + 1
    lines = ["gold\\pred".ljust(width) + "".join(x[:7].rjust(8) for x in labels)]
    for g in labels:
        row = confusion.get(g, {})
        lines.append(g.ljust(width) + "".join(str(row.get(p, 0) or ".").rjust(8) for p in labels))
    return lines


def format_report(report: EvalReport) -> str:
    """Human-readable figures: scorer lines, confusion table, quad accuracy."""
    lines = [f"set {report.set_name}: {report.words} words in {report.seconds:.1f} s"
             f" ({report.words / report.seconds if report.seconds else 0:.0f} words/s),"
             f" {report.documents_failed} unreadable"]
    s = report.scores
    if s:
        for kind in ("strict", "typed", "dyad"):
            e = s["events"][kind]
            lines.append(f"events {kind:7s} P={e['p']:.3f} R={e['r']:.3f} F1={e['f1']:.3f}"
                         f"  (tp={e['tp']} pred={e['pred']} gold={e['gold']})")
        lines.append(f"events date accuracy on matched: {s['events']['date_accuracy']}"
                     f" (n={s['events']['dated_matches']})")
        for kind in ("strict", "ggt"):
            q = s["quotes"][kind]
            lines.append(f"quotes {kind:7s} P={q['p']:.3f} R={q['r']:.3f} F1={q['f1']:.3f}"
                         f"  speaker acc={q['speaker_accuracy']}"
                         f"  (tp={q['tp']} pred={q['pred']} gold={q['gold']})")
        if s.get("documents"):
            lines.append("documents " + "  ".join(
                f"{f}={v['accuracy']} (n={v['n']})" for f, v in s["documents"].items()))
    if report.confusion:
        lines += ["", "event types, gold (rows) by predicted (columns):", *_table(report.confusion)]
    if report.quad:
        lines += ["", f"conflibert quad accuracy: {report.quad['accuracy']} (n={report.quad['n']})",
                  *_table(report.quad["confusion"])]
    return "\n".join(lines)
