"""Shared fixtures: the real data of ../shared/data, an isolated store, dropping test DBs."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The real public datasets beside the checkout (../shared/data)."""
    if not SHARED_DATA.is_dir():
        pytest.fail(f"real data folder not found at {SHARED_DATA}")
    return SHARED_DATA


BOUND_SECONDS = 20  # a bounded case takes well under a second on the CI's machine


@contextmanager
def _within_bound(what: str) -> Iterator[None]:
    def _expired(signum: int, frame: object) -> None:
        raise AssertionError(f"{what} took over {BOUND_SECONDS} s")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.alarm(BOUND_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture(scope="session")
def bounded() -> Callable[[str], AbstractContextManager[None]]:
    """A block run under an alarm: input whose reading goes quadratic or exponential fails
    the test instead of taking minutes (``with bounded("reading codes"): ...``)."""
    return _within_bound


@pytest.fixture(scope="session", autouse=True)
def screener_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Built screeners are cached in a folder of the test session, not the user's."""
    from unsc import settings

    folder = tmp_path_factory.getbasetemp().parent / "unsc-cache"
    previous = os.environ.get("UNSC_CACHE_DIR")
    os.environ["UNSC_CACHE_DIR"] = str(folder)
    settings.reload()
    yield folder
    if previous is None:
        os.environ.pop("UNSC_CACHE_DIR", None)
    else:
        os.environ["UNSC_CACHE_DIR"] = previous
    settings.reload()


@pytest.fixture()
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh UNSC_DATA_DIR (and so a fresh SQLite store) for one test."""
    from unsc import settings

    monkeypatch.setenv("UNSC_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("UNSC_DATABASE_URL", raising=False)
    settings.reload()
    yield tmp_path
    monkeypatch.undo()
    settings.reload()


def _drop_postgres_database(admin: Engine, name: str) -> None:
    """Drop a test database over ``admin`` (an AUTOCOMMIT engine on another database).

    Not ``DROP DATABASE ... WITH (FORCE)``: to end an autovacuum worker busy in the database
    it needs pg_signal_backend, which the test role lacks, and it fails then (seen on CI).
    The role's own connections are ended first; a plain ``DROP DATABASE`` then cancels
    autovacuum itself.
    """
    with admin.connect() as conn:
        conn.exec_driver_sql(
            "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity"
            " WHERE datname = %(name)s AND usename = current_user"
            " AND pid <> pg_backend_pid()",
            {"name": name},
        )
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')


@pytest.fixture(scope="session")
def drop_postgres_database() -> Callable[[Engine, str], None]:
    """How the PostgreSQL fixtures drop the database they created for a test."""
    return _drop_postgres_database
