"""Shared fixtures: where the real data of ../shared/data lives, and an isolated store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The real public datasets beside the checkout (../shared/data)."""
    if not SHARED_DATA.is_dir():
        pytest.fail(f"real data folder not found at {SHARED_DATA}")
    return SHARED_DATA


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
