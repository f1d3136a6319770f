"""Resolving a scenario's references to drafts and paragraphs.

A paragraph reference is ``"#3"`` (paragraph 3 of the tabled draft), ``"2006-07/1695-adopted#3"``
(of a shipped draft, or of a draft file beside the scenario file), or a mapping with ``text:``
(a wording written in the scenario, read by the drafts' authoring parser; its first line is
the chapeau, indented lines below it are sub-paragraphs; ``measures:`` overrides the measures).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from unsc.drafts import Draft, OperativeParagraph
from unsc.errors import InvalidInput, ParseError


class Refs:
    """Resolves draft names and paragraph references (``name#n``, ``#n``, ``text:``)."""

    def __init__(self, main: str, where: str, base_dir: Path | None) -> None:
        self.where, self.base_dir = where, base_dir
        self._drafts: dict[str, Draft] = {}
        self.main_name = main
        self.main = self.draft(main)

    def draft(self, name: str) -> Draft:
        if name not in self._drafts:
            from unsc.drafts import load_draft

            target: str | Path = name
            if self.base_dir is not None and (self.base_dir / name).is_file():
                target = self.base_dir / name
            self._drafts[name] = load_draft(target)
        return self._drafts[name]

    def _inline(self, ref: Mapping[str, Any], field_name: str) -> OperativeParagraph:
        """A wording written in the scenario file, read by the drafts' authoring parser."""
        from unsc.drafts import parse_markdown

        # the first line is the chapeau; indented lines below it are its sub-paragraphs
        head, _, rest = str(ref["text"]).strip().partition("\n")
        lines = ["---", "instrument: resolution", "---", "", "The Security Council,", ""]
        lines.append(f"1. {head.strip()}")
        lines += [line.rstrip() for line in rest.splitlines() if line.strip()]
        if ref.get("measures") is not None:
            lines.append(f"<!-- measures: {', '.join(str(m) for m in ref['measures'])} -->")
        try:
            return parse_markdown("\n".join(lines) + "\n", source=self.where).paragraph(1)
        except (InvalidInput, KeyError) as exc:
            raise ParseError(
                f"{field_name}: cannot read the wording: {exc}", path=self.where, field=field_name
            ) from None

    def paragraph(self, ref: Any, field_name: str) -> tuple[OperativeParagraph, str]:
        if isinstance(ref, Mapping) and ref.get("text"):
            return self._inline(ref, field_name), str(ref.get("source") or "scenario text")
        if not isinstance(ref, str) or "#" not in ref:
            raise ParseError(
                f"{field_name}: expected a paragraph reference like '#3' or "
                f"'2006-07/1695-adopted#3', or a mapping with text:, got {ref!r}",
                path=self.where,
                field=field_name,
            )
        name, _, number = ref.rpartition("#")
        draft = self.draft(name or self.main_name)
        try:
            return draft.paragraph(int(number)), f"{name or self.main_name} OP{number}"
        except (KeyError, ValueError):
            raise ParseError(
                f"{field_name}: {ref!r}: draft {name or self.main_name!r} has no operative "
                f"paragraph {number!r} (it has {len(draft.operative)})",
                path=self.where,
                field=field_name,
            ) from None
