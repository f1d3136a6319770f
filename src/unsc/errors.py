"""The exception hierarchy of unsc.

Every error a user can cause is an :class:`UnscError`. The CLI turns it into one line on
stderr and an exit code; the HTTP service turns it into a 4xx/5xx JSON body. Neither shows
a traceback for a user mistake.

::

    UnscError                      exit 1, HTTP 500
    ├── InvalidInput               exit 2, HTTP 422   a value is not what was expected
    │   ├── InvalidBallot                              a vote that Art. 27 or the record refuses
    │   └── ParseError                                 a file could not be read (names file, line)
    ├── NotFound                   exit 3, HTTP 404   a member, record, version, entity ...
    ├── Conflict                   exit 4, HTTP 409   the operation clashes with stored state
    ├── Forbidden                  exit 5, HTTP 403   an API key lacks the role
    └── StorageError               exit 6, HTTP 503   the database could not be used
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any


class UnscError(Exception):
    """Root of every error unsc raises on purpose."""

    exit_code: int = 1
    http_status: int = 500

    def __init__(
        self,
        message: str,
        *,
        hint: str | None = None,
        field: str | None = None,
        value: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.field = field
        self.value = value

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready description, as the HTTP service returns it."""
        out: dict[str, Any] = {"error": type(self).__name__, "message": self.message}
        if self.field is not None:
            out["field"] = self.field
        if self.hint is not None:
            out["hint"] = self.hint
        return out

    def __str__(self) -> str:
        return self.message if self.hint is None else f"{self.message} ({self.hint})"


class InvalidInput(UnscError):
    """A value given by the user is not what was expected."""

    exit_code = 2
    http_status = 422


class InvalidBallot(InvalidInput):
    """A ballot the Charter or the Council of that date refuses."""


class ParseError(InvalidInput):
    """A file could not be read; the message names the file, the line and what was expected."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        hint: str | None = None,
        field: str | None = None,
    ) -> None:
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        super().__init__(where + message, hint=hint, field=field)
        self.path = path
        self.line = line


class NotFound(UnscError):
    """Something asked for by name or id does not exist."""

    exit_code = 3
    http_status = 404


class Conflict(UnscError):
    """The operation clashes with the stored state."""

    exit_code = 4
    http_status = 409


class Forbidden(UnscError):
    """The caller's API key does not carry the role this needs."""

    exit_code = 5
    http_status = 403


class StorageError(UnscError):
    """The database could not be reached or used."""

    exit_code = 6
    http_status = 503


@contextlib.contextmanager
def writing(path: str | Path) -> Iterator[None]:
    """Turn a failure to write ``path`` (no such folder, a directory, no permission) into an
    :class:`InvalidInput` that names it."""
    try:
        yield
    except OSError as exc:
        raise InvalidInput(
            f"cannot write {path}: {exc.strerror or exc}",
            value=str(path),
            hint="choose a path in a folder you can write to",
        ) from None
