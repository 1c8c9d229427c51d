"""The `dyadwatch` command: a thin layer over one library function per command."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from dyadwatch import __version__
from dyadwatch.config import DEFAULT_DB, Settings, load_settings
from dyadwatch.errors import DyadwatchError, InputError
from dyadwatch.types import Extraction

app = typer.Typer(
    name="dyadwatch",
    help="Source-grounded events, quotes and dyad timelines from international-relations news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
actors_app = typer.Typer(help="Keep the actor dictionary current.", no_args_is_help=True)
app.add_typer(actors_app, name="actors")

# soft_wrap: long lines stay whole when piped, rather than wrapped at 80 columns.
err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)

Inputs = Annotated[
    list[Path], typer.Argument(help="Files or folders (.txt .md .html .htm .jsonl).")
]
Jobs = Annotated[int | None, typer.Option("--jobs", "-j", help="Worker processes.")]
ConfigFile = Annotated[
    Path | None, typer.Option("--config", help="Settings file (TOML); default ./dyadwatch.toml.")
]
MaxBytes = Annotated[
    int | None,
    typer.Option("--max-bytes", help="Refuse documents larger than this (default 10000000)."),
]
Db = Annotated[Path, typer.Option("--db", help="DuckDB database file.")]
Transformer = Annotated[
    bool | None,
    typer.Option("--transformer/--no-transformer",
                 help="Read likely event sentences again with the small transformer "
                      "(default on; off is about 40% faster, less accurate)."),
]


def _settings(config: Path | None, **overrides: Any) -> Settings:
    return load_settings(config, **overrides)


def _report_error(error: InputError) -> None:
    err.print(f"[red]error[/red] {error.where}: {error.reason}", soft_wrap=True)


Verbose = Annotated[
    bool, typer.Option("--verbose", "-v", help="Print a line for every document done.")
]


def _report_done(result: Extraction) -> None:
    doc = result.document
    what = (f"events {len(result.emitted_events)}, quotes {len(result.quotes)}"
            if result.analysed else "; ".join(result.warnings))
    err.print(f"done {doc.doc_id} ({what})", soft_wrap=True)


@contextmanager
def _progress(label: str, verbose: bool) -> Iterator[Callable[[Extraction | InputError], None]]:
    """A progress callback: a live counter on a terminal, error lines always,
    and a line per document with --verbose."""
    if verbose or not err.is_terminal:
        def plain(result: Extraction | InputError) -> None:
            if isinstance(result, InputError):
                _report_error(result)
            elif verbose or not result.analysed:
                _report_done(result)
        yield plain
        return
    columns = (SpinnerColumn(), TextColumn("{task.description} {task.completed}"),
               TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task(label, total=None)

        def live(result: Extraction | InputError) -> None:
            if isinstance(result, InputError):
                _report_error(result)
            elif not result.analysed:
                _report_done(result)
            progress.advance(task)
        yield live


@app.command()
def extract(
    inputs: Inputs,
    out_path: Annotated[Path, typer.Option("--out", "-o", help="Output JSONL (the contract).")],
    jobs: Jobs = None,
    config: ConfigFile = None,
    max_bytes: MaxBytes = None,
    transformer: Transformer = None,
    verbose: Verbose = False,
) -> None:
    """Extract documents, events and quotes to JSONL, without a database."""
    from dyadwatch.commands import extract_to_jsonl

    settings = _settings(config, jobs=jobs, max_document_bytes=max_bytes,
                         event_transformer=transformer)
    with _progress("extracting", verbose) as on_result:
        summary = extract_to_jsonl(inputs, out_path, settings, on_result=on_result)
    err.print(summary.line())
    raise typer.Exit(summary.exit_code)


@app.command()
def ingest(
    inputs: Inputs,
    db: Db = Path(DEFAULT_DB),
    jobs: Jobs = None,
    force: Annotated[bool, typer.Option(help="Re-extract documents already stored.")] = False,
    config: ConfigFile = None,
    max_bytes: MaxBytes = None,
    transformer: Transformer = None,
    verbose: Verbose = False,
) -> None:
    """Extract documents into the DuckDB store; unchanged documents are skipped."""
    from dyadwatch.commands import ingest_to_store

    settings = _settings(config, jobs=jobs, max_document_bytes=max_bytes, db_path=str(db),
                         event_transformer=transformer)
    with _progress("ingesting", verbose) as on_result:
        summary = ingest_to_store(inputs, settings, force=force, on_result=on_result)
    err.print(summary.line())
    raise typer.Exit(summary.exit_code)


@app.command()
def summary(
    db: Db = Path(DEFAULT_DB),
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    limit: Annotated[int, typer.Option(help="Rows per list.")] = 5,
) -> None:
    """Print what the store holds: counts, most active dyads, event types, speakers."""
    from dyadwatch.commands import store_summary

    result = store_summary(db, limit=limit)
    if as_json:
        out.print_json(json.dumps(result.as_dict()))
        return
    c = result.counts
    out.print(f"{db}: {c['documents']} documents, {c['sentences']} sentences, "
              f"{c['events'] - result.flagged_events} events (and {result.flagged_events} "
              f"negated, hypothetical or planned, kept aside), {c['quotes']} quotes, "
              f"{c['actors']} actors, {c['input_errors']} unreadable inputs")
    out.print("most active dyads: " + (", ".join(
        f"{a}–{b} ({n})" for a, b, n in result.top_dyads) or "none yet"))
    out.print("event types: " + (", ".join(f"{t} {n}" for t, n in result.event_types)
                                 or "none yet"))
    out.print("most quoted: " + (", ".join(f"{s} ({n})" for s, n in result.speakers)
                                 or "none yet"))
    out.print(f"look closer: dyadwatch query \"SELECT type, source_country, target_country, "
              f"date, evidence_text FROM events LIMIT 10\" --db {db}")
    out.print("dashboard: not built yet (a later release adds `dyadwatch serve`)")


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help="A read-only SQL query over the store's tables.")],
    db: Db = Path(DEFAULT_DB),
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines.")] = False,
) -> None:
    """Run a read-only SQL query on the store and print the rows."""
    from rich.table import Table

    from dyadwatch.store.db import Store

    with Store.open(db, read_only=True) as store:
        columns, rows = store.query_with_columns(sql)
    if as_json:
        for row in rows:
            out.print(json.dumps(dict(zip(columns, row, strict=True)), default=str),
                      soft_wrap=True)
        return
    table = Table(*columns)
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    out.print(table)


@app.command()
def migrate(db: Db = Path(DEFAULT_DB)) -> None:
    """Apply pending schema migrations and list those recorded in the database."""
    from dyadwatch.store.db import Store

    with Store.open(db) as store:
        for name in store.applied_migrations():
            out.print(name)


@app.command("eval")
def evaluate(
    set_name: Annotated[str, typer.Argument(help="seeds, plover_gsr, petr2_gsr, "
                                            "conflibert_quad, ggt_quotes, polnear_dev, ...")],
    shared: Annotated[Path, typer.Option(help="The shared folder with eval/ and gold/.")] = Path(
        "../shared"),
    jobs: Jobs = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    keep: Annotated[Path | None, typer.Option(help="Keep the predictions in this file.")] = None,
    config: ConfigFile = None,
    transformer: Transformer = None,
) -> None:
    """Run extraction on an evaluation set and print its scores and confusion table."""
    from dyadwatch.evaluate import format_report, run_eval

    settings = _settings(config, jobs=jobs, event_transformer=transformer)
    report = run_eval(set_name, shared, settings, keep=keep)
    if as_json:
        out.print_json(json.dumps(report.as_dict()))
    else:
        out.print(format_report(report), soft_wrap=True)


@actors_app.command("suggest")
def actors_suggest(
    inputs: Inputs,
    limit: Annotated[int, typer.Option(help="How many names to list.")] = 30,
    roles: Annotated[bool, typer.Option(
        "--roles", help="List unknown role nouns in subject or object position "
        "(\"teachers\", \"nurses\") instead of names.")] = False,
    config: ConfigFile = None,
) -> None:
    """List frequent names the actor dictionary cannot resolve, with role context."""
    from dyadwatch.commands import suggest_actors, suggest_role_nouns

    settings = _settings(config)
    if roles:
        for noun in suggest_role_nouns(inputs, settings, limit=limit, on_error=_report_error):
            out.print(f"{noun.count:5d}  {noun.lemma}  e.g. {noun.example}")
        return
    for s in suggest_actors(inputs, settings, limit=limit, on_error=_report_error):
        out.print(f"{s.count:5d}  {s.name}  [{s.label}]  {s.context}")


def _version(value: bool) -> None:
    if value:
        out.print(f"dyadwatch {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """dyadwatch: who did and said what to whom, and when — with the evidence."""


def main() -> None:
    """Entry point: usage errors exit 2 (click's own handling), library errors
    print one line and exit 2, never a traceback."""
    try:
        app()
    except DyadwatchError as exc:
        err.print(f"[red]error[/red] {exc.message}", soft_wrap=True)
        sys.exit(2)
    except KeyboardInterrupt:
        err.print("aborted")
        sys.exit(130)
