"""Quote-only evaluation and error listing for tuning (dev and train splits only).

    python training/quotes/devtool.py score polnear_dev        # strict and ggt figures
    python training/quotes/devtool.py errors polnear_dev       # missed gold / spurious predictions
    python training/quotes/devtool.py errors polnear_dev --variant ggt   # matched as GGT does

Parses each set once and keeps the parsed Docs in a cache folder (DocBin) outside the
repository, so that re-running the quote extractor after a change takes seconds. Runs only
the quote extractor (not events). Error listing refuses the test sets: they are for the
aggregate figure only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SETS = SHARED / "eval" / "sets"
CACHE = Path("/tmp/dyadwatch_quote_cache")
TEST_SETS = {"polnear_test", "ggt_quotes"}


def _score_module() -> Any:
    sys.path.insert(0, str(SHARED / "eval"))
    import score

    return score


def _documents(set_name: str) -> list[Any]:
    """The documents as the engine reads them (ingest.readers)."""
    from dyadwatch.config import Settings
    from dyadwatch.ingest.readers import iter_documents
    from dyadwatch.types import Document

    path = SHARED / "corpus" / "seeds" if set_name == "seeds" else SETS / f"{set_name}.docs.jsonl"
    return [d for d in iter_documents([path], Settings()) if isinstance(d, Document)]


def _parsed(set_name: str, documents: list[Any]) -> list[Any]:
    from spacy.tokens import DocBin

    from dyadwatch.config import Settings
    from dyadwatch.nlp.pipeline import load_pipeline

    nlp = load_pipeline(Settings())
    cache = CACHE / f"{set_name}.spacy"
    if cache.exists():
        return list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    docs = list(nlp.pipe(d.clean_text for d in documents))
    CACHE.mkdir(parents=True, exist_ok=True)
    DocBin(store_user_data=True, docs=docs).to_disk(cache)
    return docs


def predict(set_name: str) -> list[dict[str, Any]]:
    from dataclasses import replace

    from dyadwatch.contract import quote_row
    from dyadwatch.extract.context import ExtractionContext
    from dyadwatch.extract.dates import document_dates
    from dyadwatch.extract.quotes import extract_quotes
    from dyadwatch.resolve.actors import ActorResolver

    documents = _documents(set_name)
    docs = _parsed(set_name, documents)
    resolver = ActorResolver.from_package()
    rows: list[dict[str, Any]] = []
    for document, doc in zip(documents, docs, strict=True):
        published, estimate = document_dates(document, doc, resolver)
        document = replace(document, published=published, published_estimate=estimate)
        reference = published or (f"{estimate.earliest}/{estimate.latest}" if estimate else None)
        context = ExtractionContext(document, resolver, reference)
        rows.extend(quote_row(q) for q in extract_quotes(doc, context))
    return rows


def _gold(set_name: str) -> list[dict[str, Any]]:
    path = SETS / f"{set_name}.gold.jsonl" if set_name != "seeds" else (
        SHARED / "gold" / "seeds.gold.jsonl")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def score(set_name: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    sc = _score_module()
    gold = _gold(set_name)
    docs = sorted({g["doc_id"] for g in gold})
    g_by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    p_by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in gold:
        if g.get("kind") == "quote":
            g_by[g["doc_id"]].append(g)
    for p in rows:
        p_by[p["doc_id"]].append(p)
    result: dict[str, Any] = sc.score_quotes(g_by, p_by, docs, False)
    return result


def errors(set_name: str, rows: list[dict[str, Any]], variant: str = "strict") -> None:
    """Missed gold quotes, spurious predictions and wrong speakers, per document.

    `variant` "ggt" matches as the GGT line does (> 30% of the gold quote covered)."""
    if set_name in TEST_SETS:
        raise SystemExit(f"{set_name} is a test set: aggregate figures only")
    sc = _score_module()
    gold = [g for g in _gold(set_name) if g.get("kind") == "quote"]
    g_by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    p_by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in gold:
        g_by[g["doc_id"]].append(g)
    for p in rows:
        p_by[p["doc_id"]].append(p)

    def cover(g: dict[str, Any], p: dict[str, Any]) -> tuple[float, float]:
        tg, tp = sc.tokens(g.get("text")), sc.tokens(p.get("text"))
        if not tg or not tp:
            return 0.0, 0.0
        o = sc.overlap(tg, tp)
        return o / len(tg), o / len(tp)

    def ok(g: dict[str, Any], p: dict[str, Any]) -> bool:
        c = cover(g, p)
        if variant == "ggt":
            return c[0] > 0.3
        return c[0] >= 0.5 and c[1] >= 0.5

    for doc in sorted(set(g_by) | set(p_by)):
        golds, preds = g_by.get(doc, []), p_by.get(doc, [])
        pairs = sc.match(golds, preds, ok, lambda g, p: sum(cover(g, p)))
        mg = {id(g) for g, _ in pairs}
        mp = {id(p) for _, p in pairs}
        for g in golds:
            if id(g) not in mg:
                print(json.dumps({"doc": doc, "MISS": g["text"][:300], "direct": g.get("direct"),
                                  "spk": (g.get("speaker") or {}).get("text"),
                                  "cue": g.get("cue")}, ensure_ascii=False))
        for p in preds:
            if id(p) not in mp:
                print(json.dumps({"doc": doc, "FP": p["text"][:300], "direct": p.get("direct"),
                                  "spk": (p.get("speaker") or {}).get("text"),
                                  "cue": p.get("cue")}, ensure_ascii=False))
        for g, p in pairs:
            gs, ps = g.get("speaker") or {}, p.get("speaker") or {}
            if gs.get("name") and not sc.name_match(gs.get("name"), ps.get("name")):
                print(json.dumps({"doc": doc, "SPK": g["text"][:120], "gold": gs.get("name"),
                                  "pred": ps.get("name"), "pred_text": ps.get("text"),
                                  "pred_cue": p.get("cue"), "direct": g.get("direct")},
                                 ensure_ascii=False))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("action", choices=["score", "errors", "dump"])
    parser.add_argument("set_name")
    parser.add_argument("--out")
    parser.add_argument("--variant", choices=["strict", "ggt"], default="strict")
    args = parser.parse_args()
    rows = predict(args.set_name)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    if args.action == "score":
        result = score(args.set_name, rows)
        for variant in ("strict", "ggt"):
            r = result[variant]
            print(f"{args.set_name} {variant}: P {r['p']:.4f} R {r['r']:.4f} F1 {r['f1']:.4f} "
                  f"speaker {r['speaker_accuracy']} pred {r['pred']} gold {r['gold']}")
    elif args.action == "errors":
        errors(args.set_name, rows, args.variant)


if __name__ == "__main__":
    main()
