"""Engines: created once per URL, SQLite tuned (WAL, foreign keys), migrated to head."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from unsc.errors import StorageError
from unsc.settings import get_settings

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_engines: dict[str, Engine] = {}
_lock = threading.RLock()
_PG_MIGRATION_LOCK = 0x756E7363  # "unsc": serialises concurrent migrators on PostgreSQL


def _sqlite_engine(url: str) -> Engine:
    parsed = make_url(url)
    database = parsed.database or ""
    memory = database in ("", ":memory:") or database.startswith("file::memory:")
    if not memory:
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    kwargs: dict[str, Any] = {"connect_args": {"check_same_thread": False, "timeout": 30}}
    if memory:
        kwargs["poolclass"] = StaticPool
    engine = create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when a transaction begins (see _begin).
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        if not memory:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # A writer takes the write lock up front, so two writers queue instead of deadlocking.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("write") else "BEGIN")

    return engine


def _create(url: str) -> Engine:
    try:
        backend = make_url(url).get_backend_name()
    except ArgumentError:
        raise StorageError(
            f"UNSC_DATABASE_URL {url!r} is not a database URL",
            hint="e.g. sqlite:////path/unsc.sqlite or postgresql+psycopg://user:pw@host/db",
        ) from None
    try:
        if backend == "sqlite":
            return _sqlite_engine(url)
        return create_engine(url, pool_pre_ping=True)
    except (SQLAlchemyError, ImportError, OSError) as exc:
        raise StorageError(f"cannot open the store {_safe(url)}: {exc}") from None


def _safe(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<invalid URL>"


def _alembic_config(conn: Connection) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = conn
    return config


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the database of ``engine`` to ``revision`` (default: the newest)."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_heads()
        conn.rollback()
    with engine.connect() as conn:
        config = _alembic_config(conn)
        heads = ScriptDirectory.from_config(config).get_heads()
    if revision == "head" and set(current) == set(heads):
        return
    with begin_write(engine) as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_MIGRATION_LOCK})")
        command.upgrade(_alembic_config(conn), revision)


@contextmanager
def begin_write(engine: Engine) -> Iterator[Connection]:
    """A connection in a write transaction (SQLite: ``BEGIN IMMEDIATE``), committed on exit."""
    with engine.connect() as conn:
        conn.info["write"] = True
        try:
            with conn.begin():
                yield conn
        finally:
            conn.info.pop("write", None)


def get_engine(url: str | None = None) -> Engine:
    """The engine of ``url`` (default: ``UNSC_DATABASE_URL``), created and migrated once."""
    from alembic.util.exc import CommandError

    url = url or get_settings().database_url
    with _lock:
        engine = _engines.get(url)
        if engine is not None:
            return engine
        engine = _create(url)
        try:
            migrate(engine)
        except DatabaseError as exc:  # a server not reached, a file that is no database ...
            engine.dispose()
            raise StorageError(
                f"cannot use the store {_safe(url)}: {exc.orig}",
                hint="check UNSC_DATABASE_URL, that it names a database and that its server runs",
            ) from None
        except CommandError as exc:
            engine.dispose()
            raise StorageError(
                f"cannot migrate the store {_safe(url)}: {exc}",
                hint="the database was written by another version of unsc; upgrade unsc "
                "or point UNSC_DATABASE_URL at another database",
            ) from None
        _engines[url] = engine
        return engine


def dispose_engines() -> None:
    """Close every cached engine (tests; after a fork)."""
    with _lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()
