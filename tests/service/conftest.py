"""Fixtures of the service tests: stores on SQLite and (when available) PostgreSQL, apps and
clients over them, and API keys of each role."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine, make_url

POSTGRES_ENV = "UNSC_TEST_POSTGRES_URL"


def _postgres_base_url() -> str:
    """The CI database URL; skip without it, or fail when running in CI."""
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        reason = (
            f"{POSTGRES_ENV} is not set: start PostgreSQL with "
            '`eval "$(bash .ci/services.sh)"` to run the PostgreSQL tests'
        )
        if os.environ.get("CI"):
            pytest.fail(reason + " (CI is set, so this is a failure)")
        pytest.skip(reason)
    return url


@pytest.fixture(scope="session")
def postgres_url(drop_postgres_database: Callable[[Engine, str], None]) -> Iterator[str]:
    """A fresh PostgreSQL database for this test session (dropped at the end)."""
    base = make_url(_postgres_base_url())
    name = f"unsc_svc_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.OperationalError as exc:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"PostgreSQL at {base.host}:{base.port} cannot be used: {exc}")
    url = base.set(database=name).render_as_string(hide_password=False)
    yield url
    drop_postgres_database(admin, name)
    admin.dispose()


def _clear(engine: Engine) -> None:
    from unsc.service.tables import api_keys, audit_log, review_items

    with engine.begin() as conn:
        for table in (review_items, audit_log, api_keys):
            conn.execute(sa.delete(table))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(
    request: pytest.FixtureRequest, tmp_path: Path, isolated_env: Path
) -> Iterator[str]:
    """A migrated, empty store: a SQLite file, then the session's PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'service.sqlite'}"
        return
    url: str = request.getfixturevalue("postgres_url")
    from unsc.storage import get_engine

    engine = get_engine(url)
    _clear(engine)
    yield url
    _clear(engine)


@pytest.fixture()
def engine(database_url: str) -> Engine:
    from unsc.storage import get_engine

    return get_engine(database_url)


@pytest.fixture()
def sqlite_url(tmp_path: Path, isolated_env: Path) -> str:
    """A SQLite store only (for tests that do not depend on the backend)."""
    return f"sqlite:///{tmp_path / 'service.sqlite'}"


@pytest.fixture()
def client(sqlite_url: str) -> Iterator[TestClient]:
    from unsc.service import create_app

    with TestClient(create_app(database_url=sqlite_url)) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """A client over a SQLite store of its own, shared by the tests of one module."""
    from unsc.service import create_app

    url = f"sqlite:///{tmp_path_factory.mktemp('api') / 'store.sqlite'}"
    with TestClient(create_app(database_url=url)) as test_client:
        yield test_client


@pytest.fixture()
def db_client(database_url: str) -> Iterator[TestClient]:
    """A client over each backend (SQLite, PostgreSQL)."""
    from unsc.service import create_app

    with TestClient(create_app(database_url=database_url)) as test_client:
        yield test_client


def _keys(client: TestClient) -> dict[str, str]:
    from unsc.service.auth import ROLES, create_key

    engine = client.app.state.ctx.engine
    return {role: create_key(engine, role=role, name=f"test-{role}")[0] for role in ROLES}


@pytest.fixture()
def keys(client: TestClient) -> dict[str, str]:
    """A fresh key of each role (viewer, analyst, admin) on ``client``'s store."""
    return _keys(client)


@pytest.fixture()
def db_keys(db_client: TestClient) -> dict[str, str]:
    """A fresh key of each role on ``db_client``'s store."""
    return _keys(db_client)
