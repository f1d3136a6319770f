"""The storage layer: engines per URL, SQLite pragmas, programmatic Alembic migrations."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.runtime.migration import MigrationContext

from unsc.errors import StorageError
from unsc.storage import dispose_engines, get_engine, metadata
from unsc.storage.engine import _alembic_config

LIST_TABLES = {"list_versions", "list_entries", "list_payloads"}


def test_default_url_is_a_sqlite_file_in_the_data_dir(isolated_env: Path) -> None:
    engine = get_engine()
    try:
        assert engine.url.get_backend_name() == "sqlite"
        assert Path(engine.url.database or "") == isolated_env / "unsc.sqlite"
        assert (isolated_env / "unsc.sqlite").is_file()
    finally:
        dispose_engines()


def test_sqlite_creates_folder_wal_and_foreign_keys(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'deep' / 'er' / 'x.sqlite'}"
    engine = get_engine(url)
    try:
        assert get_engine(url) is engine  # cached per URL
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        dispose_engines()


def test_migrated_to_head(store_url: str) -> None:
    engine = get_engine(store_url)
    tables = set(sa.inspect(engine).get_table_names())
    assert tables >= LIST_TABLES
    with engine.connect() as conn:
        heads = set(MigrationContext.configure(conn).get_current_heads())
    config = _alembic_config(None)  # type: ignore[arg-type]
    from alembic.script import ScriptDirectory

    assert heads == set(ScriptDirectory.from_config(config).get_heads())
    assert "0001_lists" in {
        rev.revision for rev in ScriptDirectory.from_config(config).walk_revisions()
    }


def test_downgrade_and_upgrade_again(store_url: str) -> None:
    engine = get_engine(store_url)
    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "base")
    assert not LIST_TABLES & set(sa.inspect(engine).get_table_names())
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    assert set(sa.inspect(engine).get_table_names()) >= LIST_TABLES


def test_metadata_matches_the_migration(store_url: str) -> None:
    import unsc.storage.tables  # noqa: F401

    engine = get_engine(store_url)
    inspector = sa.inspect(engine)
    for name in LIST_TABLES:
        declared = {c.name for c in metadata.tables[name].columns}
        migrated = {c["name"] for c in inspector.get_columns(name)}
        assert declared == migrated, name


def test_foreign_key_enforced(store_url: str) -> None:
    from unsc.storage.tables import list_entries

    engine = get_engine(store_url)
    with pytest.raises(sa.exc.IntegrityError), engine.begin() as conn:
        conn.execute(
            list_entries.insert().values(
                version_id=999, ref="X", schema="Person", name="X", hash="0" * 64
            )
        )


def test_bad_url_is_a_storage_error() -> None:
    with pytest.raises(StorageError, match="not a database URL"):
        get_engine("not a url")


def test_unreachable_server_is_a_storage_error() -> None:
    with pytest.raises(StorageError) as err:
        get_engine("postgresql+psycopg://nobody:x@127.0.0.1:1/none?connect_timeout=2")
    assert "UNSC_DATABASE_URL" in (err.value.hint or "")


def test_in_memory_sqlite() -> None:
    engine = get_engine("sqlite://")
    try:
        assert set(sa.inspect(engine).get_table_names()) >= LIST_TABLES
    finally:
        dispose_engines()


def test_database_from_a_newer_unsc_is_a_storage_error(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'future.sqlite'}"
    engine = get_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    dispose_engines()
    with pytest.raises(StorageError, match="cannot migrate") as err:
        get_engine(url)
    assert "another version of unsc" in (err.value.hint or "")
    dispose_engines()


def test_a_file_that_is_no_database_is_a_storage_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("not a database, just notes\n" * 100)
    with pytest.raises(StorageError, match="file is not a database") as err:
        get_engine(f"sqlite:///{path}")
    assert str(path) in err.value.message and "UNSC_DATABASE_URL" in (err.value.hint or "")
