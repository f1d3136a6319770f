"""The built screener kept on disk: used only for the same list and code, rebuilt when bad."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from unsc import settings
from unsc.screening import Query, Screener
from unsc.screening.cache import cache_path, load_or_build


@pytest.fixture()
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "cache"
    monkeypatch.setenv("UNSC_CACHE_DIR", str(folder))
    settings.reload()
    yield folder
    monkeypatch.undo()
    settings.reload()


def _list_file(shared_data: Path, tmp_path: Path) -> Path:
    source = shared_data / "sanctions" / "un" / "un_consolidated_2026-01-28.xml"
    copy = tmp_path / "un.xml"
    copy.write_bytes(source.read_bytes())
    return copy


def test_a_cached_screener_is_read_back_and_screens_alike(
    cache_dir: Path, shared_data: Path, tmp_path: Path
) -> None:
    source = str(_list_file(shared_data, tmp_path))
    built = load_or_build(source, lambda: Screener.from_list(source))
    path = cache_path(source)
    assert path is not None and path.is_file() and path.parent == cache_dir
    again = load_or_build(source, lambda: pytest.fail("rebuilt although cached"))
    assert again is not built
    query = Query("Rhee Won Ho", birth_dates=("1964",))
    assert [h.to_dict() for h in again.screen(query)] == [h.to_dict() for h in built.screen(query)]
    assert again.screen(query)[0].measures  # the measures' memo works after loading


def test_a_changed_list_file_has_another_cache(
    cache_dir: Path, shared_data: Path, tmp_path: Path
) -> None:
    source = _list_file(shared_data, tmp_path)
    before = cache_path(str(source))
    os.utime(source, ns=(0, 10**18))
    assert cache_path(str(source)) != before


def test_an_unreadable_cache_file_is_rebuilt(cache_dir: Path) -> None:
    path = cache_path("un_sc")
    assert path is not None
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x80\x05truncated")
    screener = load_or_build("un_sc", lambda: Screener.from_list("un_sc"))
    assert screener.screen(Query("Ri Won Ho"))[0].ref == "KPi.033"
    assert path.stat().st_size > 1_000_000  # written again, whole


def test_the_cache_can_be_off_or_unwritable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("UNSC_CACHE_DIR", "")
    settings.reload()
    assert cache_path("un_sc") is None
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("UNSC_CACHE_DIR", str(blocker / "cache"))
    settings.reload()
    try:
        screener = load_or_build("un_sc", lambda: Screener.from_list("un_sc"))
        assert screener.screen(Query("Ri Won Ho"))[0].ref == "KPi.033"
        assert not list(tmp_path.glob("**/*.part"))
    finally:
        monkeypatch.undo()
        settings.reload()
