"""The datasets the service screens against, and one Screener per dataset per process.

A dataset is served from the store when a snapshot of it was imported (its current version),
else from the list shipped with the package (``un_sc``, ``ofac_sdn``, ``ofac_cons``). The
screener is built once and kept; the request path never touches the database. Every
:data:`RECHECK_SECONDS` a request looks (in the background) whether the store's current
version changed (an import by this or another worker) and swaps in a new screener when it did;
until then the previous list keeps being served.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Engine

from unsc.errors import NotFound

log = logging.getLogger(__name__)

RECHECK_SECONDS = 5.0

# yente's clients screen against its "default" collection; here that is the UN list.
ALIASES = {"default": "un_sc"}


@dataclass(slots=True)
class Served:
    """The screener of one dataset and where its entries came from."""

    dataset: str
    screener: Any
    origin: str  # "store" or "shipped"
    version: int | None  # the store's version id (None for a shipped list)
    generated: str | None
    entries: int
    checked: float
    ftm: dict[str, Any] = field(default_factory=dict)  # ref -> FtM (schema, properties)
    _by_ref: dict[str, Any] | None = None

    def entry(self, ref: str) -> Any | None:
        """The listed entry with reference ``ref``, or None."""
        if self._by_ref is None:
            self._by_ref = {e.ref: e for e in self.screener.entities}
        return self._by_ref.get(ref)


def shipped_names() -> tuple[str, ...]:
    from unsc.sanctions.loader import SHIPPED

    return tuple(SHIPPED)


class Datasets:
    """The process-wide screener cache of one app."""

    def __init__(self, engine_of: Callable[[], Engine]) -> None:
        self._engine_of = engine_of
        self._served: dict[str, Served] = {}
        self._lock = threading.Lock()
        self._refreshing: set[str] = set()

    def _store(self) -> Any:
        from unsc.sanctions.store import Store

        return Store(engine=self._engine_of())

    def stored_version(self, dataset: str) -> Any | None:
        """The store's current version of ``dataset``, or None if none was imported."""
        store = self._store()
        if dataset not in store.datasets():
            return None
        return store.current_version(dataset)

    def names(self) -> list[str]:
        """Every dataset that can be screened: shipped and imported."""
        return sorted(set(shipped_names()) | set(self._store().datasets()))

    def _build(self, dataset: str) -> Served:
        from unsc.screening import Screener

        info = self.stored_version(dataset)
        if info is not None:
            snapshot = self._store().snapshot(info.version)
            screener = Screener(snapshot.entities)
            generated = info.generated.isoformat() if info.generated else None
            return Served(
                dataset,
                screener,
                "store",
                info.version,
                generated,
                len(snapshot.entities),
                time.monotonic(),
            )
        if dataset not in shipped_names():
            raise NotFound(
                f"no dataset {dataset!r}",
                field="dataset",
                hint=f"known datasets: {', '.join(self.names())}",
            )
        from unsc.sanctions import load_list

        snapshot = load_list(dataset)  # parsed once per process, shared with from_list
        screener = Screener.from_list(dataset)
        generated = snapshot.generated.isoformat() if snapshot.generated else None
        return Served(
            dataset,
            screener,
            "shipped",
            None,
            generated,
            len(screener.entities),
            time.monotonic(),
        )

    def get(self, dataset: str) -> Served:
        """The screener of ``dataset`` (or of what an alias names), built on first use."""
        dataset = ALIASES.get(dataset, dataset)
        served = self._served.get(dataset)
        if served is None:
            with self._lock:
                served = self._served.get(dataset)
                if served is None:
                    served = self._build(dataset)
                    self._served[dataset] = served
            return served
        if time.monotonic() - served.checked > RECHECK_SECONDS:
            self._recheck(served)
        return served

    def _recheck(self, served: Served) -> None:
        with self._lock:
            if served.dataset in self._refreshing:
                return
            self._refreshing.add(served.dataset)
            served.checked = time.monotonic()
        threading.Thread(target=self._refresh, args=(served,), daemon=True).start()

    def _refresh(self, served: Served) -> None:
        try:
            info = self.stored_version(served.dataset)
            version = None if info is None else info.version
            if version != served.version:
                fresh = self._build(served.dataset)
                with self._lock:
                    self._served[served.dataset] = fresh
                log.info(
                    "dataset %s now served from %s version %s",
                    served.dataset,
                    fresh.origin,
                    fresh.version,
                )
        except Exception:  # the old screener keeps serving; the next recheck tries again
            log.exception("could not refresh dataset %s", served.dataset)
        finally:
            with self._lock:
                self._refreshing.discard(served.dataset)

    def refresh_now(self, dataset: str) -> Served:
        """Rebuild ``dataset``'s screener at once (after an import in this process)."""
        fresh = self._build(dataset)
        with self._lock:
            self._served[dataset] = fresh
        return fresh

    def loaded(self) -> list[Served]:
        return list(self._served.values())

    def find(self, ref: str) -> Served | None:
        """The dataset holding an entry ``ref``: the loaded datasets are looked at first, so a
        bare reference does not make every list load."""
        loaded = {s.dataset: s for s in self.loaded()}
        order = [*loaded, *(n for n in self.names() if n not in loaded)]
        for name in order:
            try:
                served = self.get(name)
            except NotFound:
                continue
            if served.entry(ref) is not None:
                return served
        return None
