"""Quotes: dyadwatch beside textacy's `direct_quotations`, on the same sets, one command.

    python bench/quotes_textacy.py [--sets seeds ggt_quotes polnear_dev polnear_test]

Both systems read the same documents (dyadwatch's readers, so the same cleaned
text and offsets) and parse them with the same spaCy model; each writes contract
quote lines, and `../shared/eval/score.py` scores both. textacy finds direct
quotes only, so its indirect recall is zero by design: the `direct` column
(recall over gold direct quotes) compares like with like.

textacy pins its own dependency ranges, so it lives outside the project's
environment. If it is missing, the script says how to install it:

    python -m venv /tmp/textacy-venv
    /tmp/textacy-venv/bin/pip install -e . textacy
    /tmp/textacy-venv/bin/python bench/quotes_textacy.py
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
INSTALL_HINT = (
    "textacy is not installed in this environment. Install it beside the project:\n"
    "    python -m venv /tmp/textacy-venv\n"
    f"    /tmp/textacy-venv/bin/pip install -e {REPO} textacy\n"
    f"    /tmp/textacy-venv/bin/python {Path(__file__).relative_to(REPO)}"
)
QUOTE_MARKS = "\"“”„«»‘’'"


def set_paths(name: str, shared: Path) -> tuple[Path, Path, Path | None]:
    """(input, gold, docs) of an evaluation set."""
    if name == "seeds":
        return (shared / "corpus" / "seeds", shared / "gold" / "seeds.gold.jsonl",
                shared / "gold" / "seeds.docs.jsonl")
    sets = shared / "eval" / "sets"
    return sets / f"{name}.docs.jsonl", sets / f"{name}.gold.jsonl", None


def documents(path: Path) -> list[Any]:
    from dyadwatch.config import Settings
    from dyadwatch.ingest.readers import iter_documents
    from dyadwatch.types import Document

    return [d for d in iter_documents([path], Settings()) if isinstance(d, Document)]


def ours(path: Path, out: Path) -> float:
    """dyadwatch's own `extract` (the contract command), in process."""
    from dyadwatch.commands import extract_to_jsonl
    from dyadwatch.config import Settings

    started = time.perf_counter()
    extract_to_jsonl([path], out, Settings())
    return time.perf_counter() - started


def textacy_rows(docs: Iterable[Any], nlp: Any) -> Iterator[dict[str, Any]]:
    from textacy.extract.triples import direct_quotations

    texts = (d.clean_text for d in docs)
    for document, doc in zip(docs, nlp.pipe(texts), strict=True):
        yield {"kind": "document", "doc_id": document.doc_id}
        try:
            triples = list(direct_quotations(doc))
        except (ValueError, IndexError, AttributeError) as exc:  # textacy fails on some docs
            print(f"textacy failed on {document.doc_id}: {exc}", file=sys.stderr)
            continue
        for n, triple in enumerate(triples):
            yield _triple_row(document.doc_id, n, triple)


def _triple_row(doc_id: str, n: int, triple: Any) -> dict[str, Any]:
    content = triple.content
    text = content.text.strip(QUOTE_MARKS + " ").rstrip(".,;:!? ")
    start = content.start_char + content.text.find(text) if text else content.start_char
    speaker = " ".join(t.text for t in triple.speaker)
    return {"kind": "quote", "doc_id": doc_id, "quote_id": f"{doc_id}:textacy:{n}", "text": text,
            "direct": True, "speaker": {"text": speaker, "name": speaker or None,
                                        "country": None, "role": None},
            "cue": " ".join(t.text for t in triple.cue), "start": start,
            "end": start + len(text), "confidence": 1.0}


def run_textacy(path: Path, out: Path, nlp: Any) -> float:
    started = time.perf_counter()
    docs = documents(path)
    with open(out, "w", encoding="utf-8") as fh:
        for row in textacy_rows(docs, nlp):
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return time.perf_counter() - started


def score(gold: Path, pred: Path, docs: Path | None, shared: Path) -> dict[str, Any]:
    command = [sys.executable, str(shared / "eval" / "score.py"), str(gold), str(pred), "--json"]
    if docs is not None:
        command += ["--docs", str(docs)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    quotes: dict[str, Any] = json.loads(done.stdout)["quotes"]
    return quotes


def row(label: str, quotes: dict[str, Any], seconds: float) -> str:
    strict, ggt = quotes["strict"], quotes["ggt"]
    direct = strict["matched_by_kind"].get("direct", 0) / max(quotes["gold_direct"], 1)

    def pct(value: float | None) -> str:
        return "  -  " if value is None else f"{value:.3f}"

    return (f"{label:10s} {pct(strict['p'])} {pct(strict['r'])} {pct(strict['f1'])} "
            f"{pct(strict['speaker_accuracy'])}   {pct(ggt['f1'])} {pct(ggt['speaker_accuracy'])}"
            f"   {direct:.3f}  {seconds:6.1f}s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+",
                        default=["seeds", "ggt_quotes", "polnear_dev", "polnear_test"])
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args(argv)
    try:
        import textacy  # noqa: F401
    except ImportError:
        print(INSTALL_HINT, file=sys.stderr)
        return 2
    if not (args.shared / "eval" / "score.py").exists():
        print(f"needs the shared evaluation folder at {args.shared}", file=sys.stderr)
        return 2
    import spacy

    from dyadwatch.config import MODEL_NAME

    nlp = spacy.load(MODEL_NAME)
    print("set        system     P     R     F1    spk    | ggt F1  spk   | direct-R  time")
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.sets:
            path, gold, docs = set_paths(name, args.shared)
            mine, theirs = Path(tmp) / f"{name}.ours.jsonl", Path(tmp) / f"{name}.textacy.jsonl"
            t_ours = ours(path, mine)
            t_theirs = run_textacy(path, theirs, nlp)
            print(f"{name:10s} " + row("dyadwatch", score(gold, mine, docs, args.shared), t_ours))
            print(f"{'':10s} " + row("textacy", score(gold, theirs, docs, args.shared), t_theirs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
