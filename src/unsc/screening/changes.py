"""The entries of a list that changed since an earlier version: what to screen after an update.

A firm that screened its customers against yesterday's list need not read again the hits
it cleared then: after a list update, it screens them against the entries added or amended
since (delta screening). Screening still runs against the whole new list, so a name part's
rarity, and with it every score, is what a full run gives; only the hits on entries that did
not change are left out. An entry's change is the list delta's
(:func:`~unsc.sanctions.diff_entities`: added, or amended in a field both versions carry);
a delisted entry gives no hit either way. Lists are compared dataset by dataset, so a list
spec of several (``un_sc,ofac_sdn``) against an earlier UN list counts every OFAC entry as
added.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from unsc.errors import InvalidInput
from unsc.sanctions import diff_entities, list_sources, load_list
from unsc.sanctions.model import Entity
from unsc.sanctions.snapshot import ListSnapshot

__all__ = ["changed_entries"]

EntryKey = tuple[str, str]  # (dataset, ref)


def _by_dataset(
    snapshots: Iterable[ListSnapshot],
) -> dict[str, tuple[list[Entity], frozenset[str]]]:
    """Each dataset's entries in the snapshots, with the fields its format carries."""
    entries: dict[str, list[Entity]] = defaultdict(list)
    fields: dict[str, frozenset[str]] = {}
    for snapshot in snapshots:
        for entity in snapshot.entities:
            entries[entity.dataset].append(entity)
            fields[entity.dataset] = frozenset(snapshot.fields)
    return {name: (found, fields[name]) for name, found in entries.items()}


def changed_entries(spec: str, since: str) -> set[EntryKey]:
    """(dataset, ref) of every entry of the lists ``spec`` names that the lists ``since``
    names lack, or have with another listing (:mod:`unsc.sanctions.delta`); each spec is a
    dataset name, a list file, or several of them (:func:`~unsc.sanctions.list_sources`)."""
    old = _by_dataset(load_list(source) for source in list_sources(since))
    new = _by_dataset(load_list(source) for source in list_sources(spec))
    if not old.keys() & new.keys():
        raise InvalidInput(
            f"{since!r} holds {', '.join(sorted(old))}, none of the lists screened "
            f"({', '.join(sorted(new))})",
            field="changed_since",
            hint="give an earlier version of the list screened",
        )
    changed: set[EntryKey] = set()
    for dataset, (entities, fields) in new.items():
        before = old.get(dataset)
        if before is None:
            changed.update((dataset, e.ref) for e in entities)
            continue
        delta = diff_entities(before[0], entities, old_fields=before[1], new_fields=fields)
        changed.update((dataset, ref) for ref in delta.added)
        changed.update((dataset, amendment.ref) for amendment in delta.amended)
    return changed
