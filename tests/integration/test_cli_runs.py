"""The CLI end to end: bad input, idempotent ingest, a run killed half way."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ARTICLE = (
    "Talks in {city}\n\n"
    "Officials from both countries met in {city} on Tuesday. The foreign minister said "
    "the talks were useful and that trade would grow. Observers called the meeting calm.\n"
)
CITIES = ["Oslo", "Lima", "Hanoi", "Rabat", "Quito", "Accra", "Dakar", "Sofia"]


def dyadwatch(*args: str, cwd: Path, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dyadwatch", *args], cwd=cwd, capture_output=True, text=True,
        timeout=timeout, check=False,
    )


def _corpus(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        city = CITIES[i % len(CITIES)]
        (folder / f"doc{i:03d}.txt").write_text(ARTICLE.format(city=city) + f"Item {i}.\n")
    return folder


def _bad_inputs(folder: Path) -> Path:
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE.format(city="Oslo"))
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "latin1.txt").write_bytes("Café talks in Paris\n\nThe minister said the café "
                                        "meeting was très utile.\n".encode("latin-1"))
    (folder / "broken.html").write_text("<html><body><p>Unclosed <b>markup <div>")
    lines = [
        json.dumps({"id": "ok1", "text": "The ministers met in Rome on Monday."}),
        "{not json",
        json.dumps({"id": "notext"}),
        json.dumps({"id": 42, "text": "A numeric id."}),
        json.dumps({"id": "ok2", "text": "Japan and Korea agreed to hold talks."}),
    ]
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n")
    return folder


def test_bad_input_is_named_and_the_rest_goes_on(tmp_path: Path) -> None:
    folder = _bad_inputs(tmp_path / "in")
    big = tmp_path / "big.txt"
    big.write_text("word " * 4_200_000)  # about 21 MB
    out = tmp_path / "out.jsonl"
    run = dyadwatch("extract", str(folder), str(big), "--out", str(out), cwd=tmp_path)
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr
    for name in ("empty.txt", "binary.txt", "wire.jsonl:2", "wire.jsonl:3", "wire.jsonl:4",
                 "big.txt"):
        assert name in run.stderr, f"{name} not reported:\n{run.stderr}"
    docs = {json.loads(line)["doc_id"] for line in out.read_text().splitlines()
            if json.loads(line)["kind"] == "document"}
    assert {"good", "latin1", "ok1", "ok2"} <= docs
    assert "failed" in run.stderr.splitlines()[-1]


def test_ingest_twice_adds_nothing(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c", 4)
    db = str(tmp_path / "x.duckdb")
    first = dyadwatch("ingest", str(corpus), "--db", db, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    counts1 = _counts(db, tmp_path)
    second = dyadwatch("ingest", str(corpus), "--db", db, cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    assert "unchanged 4" in second.stderr
    assert _counts(db, tmp_path) == counts1
    assert counts1["documents"] == 4 and counts1["sentences"] > 4


def _counts(db: str, cwd: Path) -> dict[str, int]:
    run = dyadwatch("summary", "--db", db, "--json", cwd=cwd)
    assert run.returncode == 0, run.stderr
    counts: dict[str, int] = json.loads(run.stdout)["counts"]
    counts.pop("runs")  # the killed run is recorded too
    return counts


def test_sigkill_half_way_then_rerun_matches_a_clean_run(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c", 24)
    clean_db = str(tmp_path / "clean.duckdb")
    assert dyadwatch("ingest", str(corpus), "--db", clean_db, cwd=tmp_path).returncode == 0

    killed_db = str(tmp_path / "killed.duckdb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "dyadwatch", "ingest", str(corpus), "--db", killed_db, "-v",
         "--config", str(_small_batches(tmp_path))],
        cwd=tmp_path, stderr=subprocess.PIPE, text=True,
    )
    assert proc.stderr is not None
    done = 0
    for line in proc.stderr:
        done += line.startswith("done ")
        if done == 6:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    partial = _counts(killed_db, tmp_path)
    assert 0 < partial["documents"] < 24
    rerun = dyadwatch("ingest", str(corpus), "--db", killed_db, cwd=tmp_path)
    assert rerun.returncode == 0, rerun.stderr
    assert _counts(killed_db, tmp_path) == _counts(clean_db, tmp_path)


def _small_batches(tmp_path: Path) -> Path:
    # One document per spaCy batch, so documents are stored one by one.
    config = tmp_path / "small.toml"
    config.write_text("[dyadwatch]\nbatch_size = 1\n")
    return config


def test_actors_suggest_lists_an_unknown_official(tmp_path: Path) -> None:
    text = ("Ruritanian Foreign Minister Alaric Vondrasz met his counterpart on Monday. "
            "Vondrasz said the talks were frank. Later, Vondrasz flew home.\n")
    (tmp_path / "a.txt").write_text("Talks\n\n" + text)
    run = dyadwatch("actors", "suggest", str(tmp_path / "a.txt"), "--limit", "5", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "Vondrasz" in run.stdout


def test_actors_suggest_roles_lists_unknown_role_nouns(tmp_path: Path) -> None:
    text = ("Beekeepers marched in Lisbon on Monday. The beekeepers blocked the bridge. "
            "Cyclists joined the beekeepers.\n")
    (tmp_path / "a.txt").write_text(text)
    run = dyadwatch("actors", "suggest", str(tmp_path / "a.txt"), "--roles", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    first = run.stdout.splitlines()[0].split()
    assert first[:2] == ["3", "beekeeper"], run.stdout
    assert "Vondrasz" not in run.stdout and "cyclist" in run.stdout


def test_two_processes_give_the_same_output_as_one(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c", 6)
    (corpus / "bad.txt").write_bytes(b"\x00\x01\x02" * 50)
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        run = dyadwatch("extract", str(corpus), "--out", str(out), "--jobs", jobs, cwd=tmp_path)
        assert run.returncode == 1 and "bad.txt" in run.stderr, run.stderr
        outputs.append(out.read_text())
    assert outputs[0] == outputs[1]
    assert outputs[0].count('"kind": "document"') == 6
