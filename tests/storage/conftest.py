"""Store URLs for the storage tests: SQLite always, PostgreSQL when UNSC_TEST_POSTGRES_URL is set.

Each PostgreSQL test gets a database of its own (created and dropped here; the test role
has CREATEDB), so tests never see each other's tables or other engineers' test data.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

POSTGRES_ENV = "UNSC_TEST_POSTGRES_URL"


def _backends() -> list[object]:
    pg = pytest.param("postgresql", marks=pytest.mark.postgres)
    return ["sqlite", pg]


@pytest.fixture(params=_backends())
def store_url(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    drop_postgres_database: Callable[[Engine, str], None],
) -> Iterator[str]:
    """A fresh, empty database URL on each backend."""
    from unsc.storage import dispose_engines

    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store' / 'unsc.sqlite'}"
        dispose_engines()
        return
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        if os.environ.get("CI"):
            pytest.fail(f"{POSTGRES_ENV} is not set on CI")
        pytest.skip(f"{POSTGRES_ENV} not set")
    yield from _postgres_database(base, drop_postgres_database)


def _postgres_database(base: str, drop: Callable[[Engine, str], None]) -> Iterator[str]:
    import sqlalchemy as sa
    from sqlalchemy.engine import make_url

    from unsc.storage import dispose_engines

    name = f"unsc_t_{uuid.uuid4().hex[:12]}"
    # Administer from the maintenance database, so that nothing done to the shared test
    # database by other suites (drop, recreate) gets in the way; template0 is never in use.
    maintenance = make_url(base).set(database="postgres")
    admin = sa.create_engine(maintenance, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    for attempt in range(5):
        try:
            with admin.connect() as conn:
                conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE template0')
            break
        except sa.exc.DBAPIError:
            if attempt == 4:
                raise
            time.sleep(0.5 * (attempt + 1))
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        dispose_engines()
        drop(admin, name)
        admin.dispose()
