"""Loading drafts: from a file (authoring ``.md`` or official ``.txt``) or by shipped name.

Shipped drafts live in ``unsc/data/drafts/<history>/<name>.md``; each history folder has a
``versions.yaml`` that orders its versions. A shipped name is ``"2006-07/v3"``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from unsc import datafiles
from unsc.drafts.authoring import looks_like_markdown, parse_markdown
from unsc.drafts.model import Draft
from unsc.drafts.official import parse_official
from unsc.errors import NotFound, ParseError
from unsc.yamltext import read_yaml

__all__ = [
    "HistoryEntry",
    "catalogue",
    "load_draft",
    "load_history",
    "parse_text",
    "shipped_drafts",
]

_ROOT = "drafts"


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One version in a history: its shipped name, label, note and the draft itself."""

    name: str
    label: str
    note: str
    draft: Draft


def _safe(name: str) -> bool:
    """A shipped name is plain segments: no '..', no absolute path, no backslash."""
    parts = name.split("/")
    return (
        not name.startswith("/")
        and "\\" not in name
        and all(p not in ("", ".", "..") for p in parts)
    )


def parse_text(text: str, *, source: str | None = None) -> Draft:
    """Parse either format, detected from the text (a YAML header means authoring format)."""
    if looks_like_markdown(text):
        return parse_markdown(text, source=source)
    return parse_official(text, source=source)


def shipped_drafts() -> list[str]:
    """Every shipped draft name ("2006-07/v3", ...), sorted."""
    return datafiles.names(_ROOT, ".md")


def catalogue() -> list[dict[str, Any]]:
    """The shipped drafts, one row each: name, symbol, date, instrument, Chapter VII, score."""
    from unsc.drafts.strength import strength

    rows: list[dict[str, Any]] = []
    for name in shipped_drafts():
        d = load_draft(name)
        rows.append(
            {
                "name": name,
                "symbol": d.symbol,
                "date": d.date.isoformat() if d.date else None,
                "instrument": d.instrument.value,
                "chapter_vii": d.chapter_vii,
                "score": strength(d).score,
            }
        )
    return rows


def _read_path(path: Path) -> Draft:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise NotFound(f"cannot read {path}: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ParseError("not UTF-8 text", path=str(path), hint="save the file as UTF-8") from None
    return parse_text(text, source=str(path))


def load_draft(path_or_name: str | Path) -> Draft:
    """A draft from a file path, or a shipped draft by name ("2006-07/v3")."""
    path = Path(path_or_name)
    if path.is_file():
        return _read_path(path)
    name = str(path_or_name).removesuffix(".md")
    data_name = f"{_ROOT}/{name}.md"
    if "/" in name and _safe(name) and datafiles.exists(data_name):
        text = datafiles.read_bytes(data_name).decode("utf-8")
        return parse_text(text, source=name)
    known = shipped_drafts()
    raise NotFound(
        f"no draft file or shipped draft named {str(path_or_name)!r}",
        hint=f"give a file path, or one of: {', '.join(known)}" if known else None,
    )


def load_history(name: str | Path) -> list[HistoryEntry]:
    """The versions of a history, oldest first.

    A string names a shipped history ("2006-07"), ordered by its ``versions.yaml``; a
    :class:`~pathlib.Path` names a folder of authoring files, ordered by its own
    ``versions.yaml`` if it has one, else by each file's header ``date`` and ``version``.
    (A string is never read as a path, so a service can pass user input safely.)
    """
    if isinstance(name, Path):
        if not name.is_dir():
            raise NotFound(f"no folder {name}", hint="give a folder of .md draft versions")
        return _folder_history(name)
    index = f"{_ROOT}/{str(name).strip('/')}/versions.yaml"
    if not _safe(name) or not datafiles.exists(index):
        histories = sorted({n.split("/")[0] for n in shipped_drafts()})
        raise NotFound(
            f"no draft history named {str(name)!r}",
            hint=f"a folder of .md drafts, or a shipped history: {', '.join(histories)}",
        )
    spec = datafiles.load_yaml(index)
    entries = []
    for item in spec.get("versions", []):
        draft_name = f"{str(name).strip('/')}/{item['file']}"
        entries.append(
            HistoryEntry(
                draft_name,
                str(item.get("label", item["file"])),
                str(item.get("note", "")),
                load_draft(draft_name),
            )
        )
    return entries


def _folder_history(folder: Path) -> list[HistoryEntry]:
    index = folder / "versions.yaml"
    if index.is_file():
        spec = read_yaml(index, "the version history") or {}
        items = spec.get("versions", []) if isinstance(spec, dict) else []
        if not isinstance(items, list):
            raise ParseError(
                f"'versions' must be a list of versions, not {str(items)[:100]!r}",
                path=str(index),
                field="versions",
                hint="versions: [{file: v1, label: first}, {file: v2}]",
            )
        entries = []
        for item in items:
            if not isinstance(item, dict) or "file" not in item:
                raise ParseError(
                    "each version needs a 'file' field", path=str(index), hint="file: v1"
                )
            path = folder / f"{str(item['file']).removesuffix('.md')}.md"
            entries.append(
                HistoryEntry(
                    str(path),
                    str(item.get("label", item["file"])),
                    str(item.get("note", "")),
                    load_draft(path),
                )
            )
        return entries
    drafts = [(p, load_draft(p)) for p in sorted(folder.glob("*.md"))]
    if not drafts:
        raise NotFound(f"no .md drafts in {folder}", hint="write the versions as authoring files")
    drafts.sort(key=lambda pd: (pd[1].date or dt.date.min, pd[1].version or "", pd[0].name))
    return [HistoryEntry(str(p), d.version or p.stem, "", d) for p, d in drafts]
