"""The datasets the service screens against, and one Screener per dataset per process.

A dataset is served from the store when a snapshot of it was imported (its current version),
else from the list shipped with the package (``un_sc``, ``ofac_sdn``, ``ofac_cons``). Several
at once are named as the command line names them: ``"un_sc,ofac_sdn"`` (each once, in order)
or ``"all"`` (every dataset :meth:`Datasets.names` lists); they are served by one screener over
the union of their entries, each member from its own origin, each hit naming its dataset.

The screener is built once and kept; the request path never touches the database. Every
:data:`RECHECK_SECONDS` a request looks (in the background) whether the store's current
version of a dataset it serves changed (an import by this or another worker; for ``all``, also
a dataset newly imported) and swaps in a new screener when it did; until then the previous
list keeps being served.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Engine

from unsc.errors import InvalidInput, NotFound

log = logging.getLogger(__name__)

RECHECK_SECONDS = 5.0

# yente's clients screen against its "default" collection; here that is the UN list.
ALIASES = {"default": "un_sc"}
ALL = "all"  # every dataset (a dataset imported under this name is hidden, as "default" is)
MAX_SPEC = 100  # the longest list of datasets (a job records it in a 100-character column)
COMPOSITES_KEPT = 8  # screeners of several lists kept per process (least recently used go)


@dataclass(slots=True)
class Served:
    """The screener of one dataset, or of several at once, and where their entries came from."""

    dataset: str  # the dataset's name; of several, "un_sc,ofac_sdn" or "all"
    screener: Any
    origin: str  # "store" or "shipped"; of several: "mixed" when their origins differ
    version: int | None  # the store's version id (None for a shipped list, or several)
    generated: str | None
    entries: int
    checked: float
    ftm: dict[str, Any] = field(default_factory=dict)  # dataset:ref -> FtM (schema, properties)
    members: dict[str, int | None] = field(default_factory=dict)  # name -> store version
    used: float = 0.0  # when a request last asked for it (of several lists: which to drop)
    _by_ref: dict[str, Any] | None = None
    _by_id: dict[tuple[str, str], Any] | None = None
    _entries_of: dict[frozenset[str], frozenset[int]] = field(default_factory=dict)

    @property
    def several(self) -> bool:
        """Whether this serves several datasets at once."""
        return len(self.members) > 1

    def entries_of(self, datasets: frozenset[str]) -> frozenset[int]:
        """The numbers of the entries of some of its ``datasets``, for the screener's
        ``among`` (found once per set of them)."""
        found = self._entries_of.get(datasets)
        if found is None:
            entities = self.screener.entities
            found = frozenset(k for k, e in enumerate(entities) if e.dataset in datasets)
            self._entries_of[datasets] = found
        return found

    def entry(self, ref: str, dataset: str | None = None) -> Any | None:
        """The listed entry with reference ``ref`` (of member ``dataset``, when given), or None."""
        by_ref, by_id = self._by_ref, self._by_id
        if by_ref is None or by_id is None:
            # built whole before they are published: another thread reads both or neither
            by_ref, by_id = {}, {}
            for e in self.screener.entities:
                by_ref.setdefault(e.ref, e)
                by_id[(e.dataset, e.ref)] = e
            self._by_id, self._by_ref = by_id, by_ref
        if dataset is None:
            return by_ref.get(ref)
        return by_id.get((dataset, ref))


def shipped_names() -> tuple[str, ...]:
    from unsc.sanctions.loader import SHIPPED

    return tuple(SHIPPED)


def spec_key(spec: str) -> str:
    """The key of a dataset spec, read without the store: ``all``, or its names (aliases
    resolved, each once, in order) joined by commas; :class:`InvalidInput` for an empty name
    or a spec longer than :data:`MAX_SPEC`."""
    if spec.strip().lower() == ALL:
        return ALL
    if "," not in spec:
        return ALIASES.get(spec, spec)
    if len(spec) > MAX_SPEC:
        raise InvalidInput(
            f"the list of datasets is longer than {MAX_SPEC} characters",
            field="dataset",
            hint=f"name fewer datasets, or screen them {ALL}",
        )
    parts = [part.strip() for part in spec.split(",")]
    if not all(parts):
        raise InvalidInput(
            f"an empty dataset name in {spec!r}",
            field="dataset",
            hint="join dataset names with commas: un_sc,ofac_sdn",
        )
    return ",".join(dict.fromkeys(ALIASES.get(part, part) for part in parts))


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

    def members(self, spec: str) -> list[str]:
        """The datasets ``spec`` names: one, several joined by commas, or ``all``; a name
        neither shipped nor imported is :class:`NotFound`, naming it."""
        key = spec_key(spec)
        if key == ALL:
            return self.names()
        names = key.split(",")
        known = self.names()
        for name in names:
            if name not in known:
                within = f" (in {spec!r})" if len(names) > 1 else ""
                raise NotFound(
                    f"no dataset {name!r}{within}",
                    field="dataset",
                    value=name,
                    hint=f"known datasets: {', '.join(known)}; several: joined by commas, or {ALL}",
                )
        return names

    def _build(self, key: str) -> Served:
        names = self.members(key)
        if len(names) == 1:
            return self._build_one(names[0])
        return self._build_several(key, names)

    def _build_one(self, dataset: str) -> Served:
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
                members={dataset: info.version},
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
            members={dataset: None},
        )

    def _build_several(self, key: str, names: list[str]) -> Served:
        """One screener over the entries of ``names``, each from the store's current version
        or the shipped list: the entries of a loaded member's screener when it serves that
        version, else its snapshot (a shipped list is parsed once per process)."""
        from unsc.sanctions import load_list
        from unsc.screening import Screener

        store = self._store()
        stored = set(store.datasets())
        members = {n: store.current_version(n).version if n in stored else None for n in names}
        same = next(  # the same lists named in another order: one index serves both
            (s.screener for s in self.loaded() if s.several and s.members == members), None
        )
        if same is not None:
            screener = same
        elif all(v is None for v in members.values()):  # cached in the process and on disk
            screener = Screener.from_list(",".join(sorted(names)))
        else:
            entities: list[Any] = []
            for name, version in members.items():
                loaded = self._served.get(name)
                if loaded is not None and loaded.members == {name: version}:
                    entities += loaded.screener.entities
                elif version is not None:
                    entities += store.snapshot(version).entities
                else:
                    entities += load_list(name).entities
            screener = Screener(entities)
        origins = {"shipped" if v is None else "store" for v in members.values()}
        return Served(
            key,
            screener,
            origins.pop() if len(origins) == 1 else "mixed",
            None,
            None,
            len(screener.entities),
            time.monotonic(),
            members=members,
        )

    def get(self, dataset: str) -> Served:
        """The screener of ``dataset`` (of what an alias names; of several datasets joined by
        commas, or of ``all``), built on first use."""
        key = spec_key(dataset)
        served = self._served.get(key)
        if served is None:
            with self._lock:
                served = self._served.get(key)
                if served is None:
                    served = self._build(key)
                    self._keep(served)
            return served
        served.used = time.monotonic()
        if time.monotonic() - served.checked > RECHECK_SECONDS:
            self._recheck(served)
        return served

    def _keep(self, served: Served) -> None:
        """File a new screener (under the lock), dropping the least recently used screeners
        of several lists beyond :data:`COMPOSITES_KEPT`."""
        served.used = time.monotonic()
        self._served[served.dataset] = served
        several = sorted((s for s in self._served.values() if s.several), key=lambda s: s.used)
        for old in several[: max(0, len(several) - COMPOSITES_KEPT)]:
            del self._served[old.dataset]

    def _recheck(self, served: Served) -> None:
        with self._lock:
            if served.dataset in self._refreshing:
                return
            self._refreshing.add(served.dataset)
            served.checked = time.monotonic()
        threading.Thread(target=self._refresh, args=(served,), daemon=True).start()

    def _current(self, served: Served) -> dict[str, int | None]:
        """The store's current version of each dataset ``served`` should now hold."""
        store = self._store()
        stored = set(store.datasets())
        names = self.names() if served.dataset == ALL else list(served.members)
        return {n: store.current_version(n).version if n in stored else None for n in names}

    def _refresh(self, served: Served) -> None:
        try:
            if self._current(served) != served.members:
                fresh = self._build(served.dataset)
                fresh.used = served.used
                with self._lock:
                    if served.dataset in self._served:  # (not dropped meanwhile)
                        self._served[served.dataset] = fresh
                log.info(
                    "dataset %s now served from %s version %s",
                    served.dataset,
                    fresh.origin,
                    fresh.version if not fresh.several else fresh.members,
                )
        except Exception:  # the old screener keeps serving; the next recheck tries again
            log.exception("could not refresh dataset %s", served.dataset)
        finally:
            with self._lock:
                self._refreshing.discard(served.dataset)

    def refresh_now(self, dataset: str) -> Served:
        """Rebuild ``dataset``'s screener at once (after an import in this process), and the
        loaded screeners of several lists that hold it (``all`` holds every dataset)."""
        fresh = self._build_one(dataset)
        if spec_key(dataset) == dataset:  # (an import named "default" or "all" is hidden)
            with self._lock:
                self._served[dataset] = fresh
        for served in self.loaded():
            if served.several and (dataset in served.members or served.dataset == ALL):
                try:
                    rebuilt = self._build(served.dataset)
                except Exception:  # the import stands; the next recheck tries again
                    log.exception("could not rebuild %s", served.dataset)
                    continue
                rebuilt.used = served.used
                with self._lock:
                    if served.dataset in self._served:
                        self._served[served.dataset] = rebuilt
        return fresh

    def loaded(self) -> list[Served]:
        return list(self._served.values())

    def entry(self, dataset: str, ref: str) -> Any | None:
        """The entry ``ref`` of ``dataset`` (an entity id's two halves): from that dataset's
        screener, or, when only a screener of several lists holding it is loaded, from that
        one (not building another)."""
        key = spec_key(dataset)
        if key not in self._served and "," not in key and key != ALL:
            for served in self.loaded():
                if served.several and key in served.members:
                    return self.get(served.dataset).entry(ref, key)
        return self.get(dataset).entry(ref)

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
