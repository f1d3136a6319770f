"""Every ``UNSC_*`` setting in one place: its type, default and description.

Settings are read from the environment when :func:`get_settings` is first called (and again
after :func:`reload`). Nothing else in the package reads ``os.environ`` for configuration.
``docs/settings.md`` is generated from :data:`SETTINGS` (``python -m unsc.settings``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import platformdirs

from unsc.errors import InvalidInput


@dataclass(frozen=True, slots=True)
class Setting:
    """One environment variable: name without the prefix, type, default and meaning."""

    name: str
    type: type
    default: Any
    description: str

    @property
    def env(self) -> str:
        return f"UNSC_{self.name.upper()}"


def _default_data_dir() -> str:
    return platformdirs.user_data_dir("unsc", appauthor=False)


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "data_dir",
        str,
        None,
        "Folder for the default SQLite store and other state "
        "(default: the user's data directory, e.g. ~/.local/share/unsc).",
    ),
    Setting(
        "database_url",
        str,
        None,
        "SQLAlchemy URL of the store; default: a SQLite file "
        "`unsc.sqlite` in UNSC_DATA_DIR. Use postgresql+psycopg://... for a shared "
        "deployment.",
    ),
    Setting(
        "cache_dir",
        str,
        None,
        "Folder for built screeners kept between processes, so that `unsc screen` does not "
        "rebuild the index each time (default: the user's cache directory, e.g. "
        "~/.cache/unsc); an empty value turns the cache off.",
    ),
    Setting("workers", int, 0, "Processes for bulk work (screen-file); 0 means all cores."),
    Setting("log_level", str, "WARNING", "Logging level of the library and the service."),
    Setting(
        "max_request_bytes",
        int,
        10_000_000,
        "Largest HTTP request body the service "
        "accepts, in bytes (uploads included); a larger one is refused with 413.",
    ),
    Setting("max_batch", int, 100, "Most queries in one POST /match batch (yente's default)."),
    Setting("max_csv_rows", int, 50_000, "Most rows in one CSV uploaded for batch screening."),
    Setting(
        "admin_key",
        str,
        None,
        "An API key accepted with the admin role without being "
        "stored (bootstrap of a fresh deployment); prefer `unsc keys create --role admin`.",
    ),
    Setting(
        "search_time_limit",
        float,
        30.0,
        "Seconds one compromise search (CP-SAT) may "
        "run; past it the best text found is returned, marked not proven optimal.",
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def _parse(setting: Setting, raw: str) -> Any:
    try:
        if setting.type is bool:
            lowered = raw.strip().lower()
            if lowered in {"1", "true", "yes", "on"}:
                return True
            if lowered in {"0", "false", "no", "off", ""}:
                return False
            raise ValueError(raw)
        return setting.type(raw)
    except ValueError:
        raise InvalidInput(
            f"{setting.env}={raw!r} is not a valid {setting.type.__name__}",
            field=setting.env,
            hint=setting.description,
        ) from None


class Settings:
    """Resolved settings; attribute access by setting name (``settings.database_url``)."""

    def __init__(self, environ: dict[str, str] | None = None) -> None:
        env = os.environ if environ is None else environ
        self._values: dict[str, Any] = {}
        for setting in SETTINGS:
            raw = env.get(setting.env)
            self._values[setting.name] = setting.default if raw is None else _parse(setting, raw)
        if self._values["data_dir"] is None:
            self._values["data_dir"] = _default_data_dir()
        if self._values["cache_dir"] is None:
            self._values["cache_dir"] = platformdirs.user_cache_dir("unsc", appauthor=False)
        if self._values["database_url"] is None:
            path = Path(self._values["data_dir"]) / "unsc.sqlite"
            self._values["database_url"] = f"sqlite:///{path}"

    def __getattr__(self, name: str) -> Any:
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None

    def as_dict(self) -> dict[str, Any]:
        return dict(self._values)


@cache
def get_settings() -> Settings:
    """The process-wide settings, read from the environment once."""
    return Settings()


def reload() -> Settings:
    """Forget the cached settings (tests, or after changing the environment) and read again."""
    get_settings.cache_clear()
    return get_settings()


def markdown_table() -> str:
    """The settings as a Markdown table, for docs/settings.md."""
    rows = ["| variable | type | default | description |", "|---|---|---|---|"]
    for s in SETTINGS:
        default = "" if s.default is None else f"`{s.default}`"
        rows.append(f"| `{s.env}` | {s.type.__name__} | {default} | {s.description} |")
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    print(markdown_table(), end="")
