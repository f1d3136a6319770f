"""Deltas between two snapshots of a list: added, removed and amended entries, field by field.

An entry is identified by its reference number. Two entries are compared on their
normalised fields (names, dates, places, documents, ``properties.<key>`` ...), never on
values derived by this tool (ISO country codes), so a better country table does not make
every entry "amended".

Schema-only additions: a field is compared only when *both* snapshots' source formats carry
it (``ListSnapshot.fields``). The UN list of 2026-05-08 added ``HAS_INTERPOL_LINK`` and
``INTERPOL_LINK`` to every record; against an older snapshot those fields are absent from
the older schema, so they are not an amendment. Between two snapshots that both carry
them, a changed link is.

Boilerplate: the UN writes the INTERPOL-UN Special Notice link into the narrative
(``COMMENTS1``) as well, and between 2026-01-28 and 2026-05-08 corrected it from
``View-UN-Notices-Individuals`` to ``...-Entities`` on 108 entity records without changing
their VERSIONNUM. The comparison of ``comments`` ignores that one sentence (the link is
compared as ``properties.interpol_link`` where both schemas carry it), so a delta lists
amendments of the listing itself.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from unsc.errors import InvalidInput
from unsc.sanctions.model import Entity
from unsc.sanctions.snapshot import ListSnapshot

# Fields of Entity.to_dict() that are not compared: identity, derived values, the raw record.
IGNORED = frozenset({"dataset", "ref", "key", "raw", "country_codes"})
INTERPOL_SENTENCE = re.compile(
    r"\s*INTERPOL-UN Security Council Special Notice web link:\s*\S+", re.IGNORECASE
)


@dataclass(slots=True, frozen=True)
class Amendment:
    """An entry present in both snapshots whose ``fields`` differ."""

    ref: str
    fields: list[str]
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The entry's reference, the fields that differ, and each one's values before and
        after (``changes``: {field: {"old": ..., "new": ...}})."""
        return {
            "ref": self.ref,
            "fields": list(self.fields),
            "changes": {
                key: {"old": _plain(old), "new": _plain(new)}
                for key, (old, new) in self.changes.items()
            },
        }


def _plain(value: Any) -> Any:
    """A field's value as JSON writes it: dates as ISO text, tuples and sets as lists."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


@dataclass(slots=True, frozen=True)
class Delta:
    """What changed from one snapshot to another."""

    added: list[str]
    removed: list[str]
    amended: list[Amendment]

    def to_dict(self) -> dict[str, Any]:
        return {
            "added": list(self.added),
            "removed": list(self.removed),
            "amended": [a.to_dict() for a in self.amended],
        }

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.amended)


def _strip_derived(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_derived(v) for k, v in value.items() if k != "country_code"}
    if isinstance(value, list):
        return [_strip_derived(v) for v in value]
    return value


def comparable(payload: Mapping[str, Any]) -> dict[str, Any]:
    """An entry's fields as compared: ``properties`` flattened to ``properties.<key>``."""
    out: dict[str, Any] = {}
    for key, value in payload.items():
        if key in IGNORED:
            continue
        if key == "properties":
            for prop, values in (value or {}).items():
                out[f"properties.{prop}"] = values
        elif key == "comments" and isinstance(value, str):
            out[key] = INTERPOL_SENTENCE.sub("", value).strip() or None
        else:
            out[key] = _strip_derived(value)
    return out


def _empty(value: Any) -> bool:
    return value is None or value == [] or value == {} or value == ""


def changed_fields(
    old: Mapping[str, Any], new: Mapping[str, Any], schema: Iterable[str] | None = None
) -> dict[str, tuple[Any, Any]]:
    """Field -> (old, new) for every compared field that differs.

    ``schema`` limits the comparison to fields both sources carry (None: compare all).
    """
    a, b = comparable(old), comparable(new)
    allowed = None if schema is None else set(schema)
    out: dict[str, tuple[Any, Any]] = {}
    for key in sorted(set(a) | set(b)):
        if allowed is not None and key not in allowed:
            continue
        va, vb = a.get(key), b.get(key)
        if va == vb or (_empty(va) and _empty(vb)):
            continue
        out[key] = (va, vb)
    return out


def diff_payloads(
    old: Mapping[str, Mapping[str, Any]],
    new: Mapping[str, Mapping[str, Any]],
    schema: Iterable[str] | None = None,
) -> Delta:
    """Delta of two ``ref -> Entity.to_dict()`` maps."""
    schema_set = None if schema is None else frozenset(schema)
    added = sorted(set(new) - set(old), key=_ref_key)
    removed = sorted(set(old) - set(new), key=_ref_key)
    amended = []
    for ref in sorted(set(old) & set(new), key=_ref_key):
        changes = changed_fields(old[ref], new[ref], schema_set)
        if changes:
            amended.append(Amendment(ref, list(changes), changes))
    return Delta(added, removed, amended)


def diff_entities(
    old: Iterable[Entity],
    new: Iterable[Entity],
    *,
    old_fields: Iterable[str] | None = None,
    new_fields: Iterable[str] | None = None,
) -> Delta:
    """Delta of two entity lists; the fields compared are those both schemas carry."""
    schema = None
    if old_fields is not None and new_fields is not None:
        schema = set(old_fields) & set(new_fields)
    return diff_payloads(
        {e.ref: e.to_dict() for e in old}, {e.ref: e.to_dict() for e in new}, schema
    )


def diff_snapshots(old: ListSnapshot, new: ListSnapshot) -> Delta:
    """Delta of two snapshots of one list (files, shipped or stored versions); an
    :class:`~unsc.errors.InvalidInput` when they are of two lists."""
    if old.dataset != new.dataset:
        raise InvalidInput(
            f"{old.source} is {old.dataset} but {new.source} is {new.dataset}",
            hint="compare two versions of the same list",
        )
    return diff_entities(old.entities, new.entities, old_fields=old.fields, new_fields=new.fields)


def _ref_key(ref: str) -> tuple[str, int, str]:
    """Natural order: ``SDi.007`` before ``SDi.014``, ``306`` before ``1042``."""
    head = ref.rstrip("0123456789")
    tail = ref[len(head) :]
    return (head, int(tail) if tail else -1, ref)
