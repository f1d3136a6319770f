"""The built screener of a list, kept on disk between processes.

Building the screener of the UN list (parsing the list, analysing every name, filing the
index) takes over a second; a command such as ``unsc screen NAME`` would spend most of its
time on it. The built screener is pickled into ``UNSC_CACHE_DIR`` and read back in about
a third of that time by the next process.

A cached screener is used only when it was built from the same list and by the same code:
its file name is a digest of the list (a shipped dataset's name, or a file's path, size and
modification time), of every file of the installed package (code and data), and of the
versions of Python and NumPy. A file that cannot be read (another version's, truncated) is
rebuilt; a cache folder that cannot be written is not used. Files are written whole under a
temporary name and renamed, so concurrent processes never read a partial one. The folder is
the user's own (``~/.cache/unsc``): pickles run code when read, so do not point
``UNSC_CACHE_DIR`` at a folder others can write.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from unsc.screening.collector import collector_paused

if TYPE_CHECKING:
    from unsc.screening.screener import Screener

__all__ = ["cache_path", "load_or_build", "source_key"]

log = logging.getLogger(__name__)
_PREFIX = "screener-"
KEEP_DAYS = 7


@cache
def _package_digest() -> str:
    """A digest of every file of the installed package (code and shipped data)."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256(f"{sys.version}|numpy {np.__version__}".encode())
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def source_key(source: str) -> str:
    """What identifies the list: a shipped dataset's name, a file's path, size and mtime;
    of several lists (:func:`~unsc.sanctions.list_sources`), each one's."""
    from unsc.sanctions import list_sources

    return "|".join(map(_one_source_key, list_sources(source)))


def _one_source_key(source: str) -> str:
    from unsc.sanctions.loader import SHIPPED, stored

    path = Path(source)
    if path.is_file():
        stat = path.stat()
        return f"file:{path.resolve()}:{stat.st_size}:{stat.st_mtime_ns}"
    found = None if source in SHIPPED else stored(source)
    if found is not None:  # imported into the store: that store's current version
        store, version = found
        url = store.engine.url.render_as_string(hide_password=True)
        return f"store:{url}:{source}:{version}"
    return f"dataset:{source}"


def _cache_dir() -> Path | None:
    from unsc.settings import get_settings

    folder = get_settings().cache_dir
    return Path(folder) if folder else None


def cache_path(source: str) -> Path | None:
    """Where the screener of ``source`` is cached (``None``: caching is off)."""
    folder = _cache_dir()
    if folder is None:
        return None
    key = hashlib.sha256(f"{_package_digest()}|{source_key(source)}".encode()).hexdigest()
    return folder / f"{_PREFIX}{key[:32]}.pickle"


def _read(path: Path) -> Screener | None:
    from unsc.screening.screener import Screener

    try:
        with path.open("rb") as handle, collector_paused():
            found = pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception as exc:  # a truncated or foreign file: rebuild it
        log.info("screener cache %s unreadable (%s); rebuilding", path, exc)
        return None
    return found if isinstance(found, Screener) else None


def _write(path: Path, screener: Screener) -> None:
    tmp: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".part")
        tmp = Path(name)
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(screener, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as exc:
        log.info("screener cache %s not written (%s)", path, exc)
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        return
    _prune(path)


def _prune(keep: Path) -> None:
    """Remove the folder's other cached screeners not written for :data:`KEEP_DAYS` days
    (those of older code or of lists no longer used)."""
    cutoff = keep.stat().st_mtime - KEEP_DAYS * 86_400
    for old in keep.parent.glob(f"{_PREFIX}*.pickle"):
        try:
            if old != keep and old.stat().st_mtime < cutoff:
                old.unlink()
        except OSError:
            continue


def load_or_build(source: str, build: Callable[[], Screener]) -> Screener:
    """The cached screener of ``source`` if one was built by this code from this list,
    else ``build()``, then cached."""
    path = cache_path(source)
    if path is None:
        return build()
    found = _read(path)
    if found is not None:
        return found
    screener = build()
    _write(path, screener)
    return screener
