"""Every command is documented: it has --help text and the README names it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer.main

from dyadwatch.cli import app

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


# typer ships its own copy of click, so groups and options are recognised by
# their attributes rather than by click's classes.
def _commands(group: Any, prefix: str = "") -> dict[str, Any]:
    found: dict[str, Any] = {}
    for name, command in group.commands.items():
        full = f"{prefix}{name}"
        if hasattr(command, "commands"):
            found.update(_commands(command, f"{full} "))
        else:
            found[full] = command
    return found


COMMANDS = _commands(typer.main.get_command(app))


def test_the_known_commands_exist() -> None:
    assert {"extract", "ingest", "summary", "query", "migrate", "eval", "actors suggest"} <= set(
        COMMANDS
    )


def test_every_command_has_help_text() -> None:
    missing = [name for name, command in COMMANDS.items() if not (command.help or "").strip()]
    assert not missing, f"commands without --help text: {missing}"


def test_every_option_has_help_text() -> None:
    missing = [
        f"{name} {param.name}"
        for name, command in COMMANDS.items()
        for param in command.params
        if param.param_type_name == "option" and not (param.help or "").strip()
    ]
    assert not missing, f"options without help: {missing}"


def test_every_command_is_in_the_readme() -> None:
    missing = [name for name in COMMANDS if f"`dyadwatch {name}" not in README]
    assert not missing, f"commands not documented in README.md: {missing}"
