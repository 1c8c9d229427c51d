"""Exceptions raised by dyadwatch.

Every error carries a short stable `code` and a message that names the thing
at fault and why, so a command can report it on one line without a traceback.

    DyadwatchError
    ├── InputError                  a document could not be read (the run goes on)
    │   ├── EmptyDocumentError      no text after decoding and cleaning
    │   ├── BinaryDocumentError     bytes that are not text
    │   ├── OversizedDocumentError  larger than settings.max_document_bytes
    │   ├── MalformedRecordError    a JSONL line that is not a valid document record
    │   ├── UnsupportedFormatError  a file type dyadwatch does not read
    │   └── ExtractionFailedError   read, but analysis failed (a bug: reported, run goes on)
    ├── ConfigError                 bad settings file or flag value
    ├── ModelError                  the spaCy model is missing or cannot load
    ├── StoreError                  database cannot be opened or written
    │   └── MigrationError          a schema migration failed
    └── EvalError                   an evaluation set or the scorer is missing
"""

from __future__ import annotations

__all__ = [
    "BinaryDocumentError",
    "ConfigError",
    "DyadwatchError",
    "EmptyDocumentError",
    "EvalError",
    "ExtractionFailedError",
    "InputError",
    "MalformedRecordError",
    "MigrationError",
    "ModelError",
    "OversizedDocumentError",
    "StoreError",
    "UnsupportedFormatError",
]


class DyadwatchError(Exception):
    code = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class InputError(DyadwatchError):
    """A document (file or JSONL line) that cannot be read. `where` names it."""

    code = "input"

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        # Errors cross process boundaries in the local and Spark engines.
        return (type(self), (self.where, self.reason))


class EmptyDocumentError(InputError):
    code = "empty"


class BinaryDocumentError(InputError):
    code = "binary"


class OversizedDocumentError(InputError):
    code = "oversized"


class MalformedRecordError(InputError):
    code = "malformed"


class UnsupportedFormatError(InputError):
    code = "format"


class ExtractionFailedError(InputError):
    code = "extract"


class ConfigError(DyadwatchError):
    code = "config"


class ModelError(DyadwatchError):
    code = "model"


class StoreError(DyadwatchError):
    code = "store"


class MigrationError(StoreError):
    code = "migration"


class EvalError(DyadwatchError):
    code = "eval"
