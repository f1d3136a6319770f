"""Scenarios: a tabled draft, its weaker wordings, the members' positions, and named options.

A scenario is a YAML file (shipped ones under ``unsc/data/scenarios/``, addressable by name:
``2006-07``, ``2006-10``). Its parts:

``date``, ``body``
    the vote's date (the Council of that date) and the decision body (``security-council``).
``draft``
    the tabled text: a shipped draft name (``2006-07/v3``) or a file path.
``bases``
    the legal basis options, strongest first; the first is the tabled draft's.
``paragraphs``
    one slot per paragraph: ``original`` (``"#3"``: paragraph 3 of the draft, or
    ``"2006-07/1695-adopted#3"``, or ``text:``), ``variants`` (weaker wordings, same forms),
    ``tags``, ``must_stay``, ``in_original: false`` for a paragraph only a later version has.
    Without ``paragraphs`` every operative paragraph of the draft is a slot of one wording.
``positions``
    per member code: ``default``, ``sponsor``, ``stances`` (see
    :mod:`unsc.negotiation.positions`), each with a ``source``.
``options``
    named texts to evaluate: ``basis`` and ``keep`` (``{slot: wording}``; slots not named
    are dropped), or ``original: true``.
``expect``
    the real outcome, for documentation and tests (never used by the search).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from unsc import datafiles
from unsc.drafts import Draft
from unsc.errors import InvalidInput, NotFound, ParseError
from unsc.negotiation.bodies import Body, load_body
from unsc.negotiation.build import make_basis, make_variant
from unsc.negotiation.positions import Literal, Position, parse_conditions, parse_positions
from unsc.negotiation.refs import Refs
from unsc.negotiation.space import Basis, Choice, Slot, Space, Variant
from unsc.yamltext import parse_yaml, read_yaml, yaml_list


@dataclass(frozen=True, slots=True)
class NamedOption:
    """A text the scenario asks to evaluate by name (the floated compromise ...)."""

    name: str
    choice: Choice
    note: str = ""


@dataclass(frozen=True, slots=True)
class Scenario:
    """Everything a negotiation needs, loaded from one file."""

    name: str
    title: str
    date: dt.date
    body: Body
    draft: Draft
    space: Space
    positions: dict[str, Position]
    options: tuple[NamedOption, ...] = ()
    sources: tuple[str, ...] = ()
    assumptions: tuple[str, ...] = ()
    expect: Mapping[str, Any] = field(default_factory=dict)
    preambular: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def scenario_names() -> list[str]:
    """The names of the shipped scenarios."""
    return datafiles.names("scenarios", ".yaml")


def load_scenario(name_or_path: str | Path) -> Scenario:
    """A shipped scenario by name (``"2006-07"``) or a scenario YAML file."""
    path = Path(name_or_path)
    if path.suffix in {".yaml", ".yml"} or path.is_file():
        if not path.is_file():
            raise NotFound(f"scenario file {str(path)!r} does not exist")
        return _build(read_yaml(path, "the scenario"), str(path), base_dir=path.parent)
    key = str(name_or_path).strip()
    if not datafiles.exists(f"scenarios/{key}.yaml"):
        raise NotFound(
            f"unknown scenario {key!r}",
            hint=f"shipped scenarios: {', '.join(scenario_names())}, or give a .yaml file",
        )
    return _build(datafiles.load_yaml(f"scenarios/{key}.yaml"), f"scenarios/{key}.yaml")


def _bases(raw: Any, draft: Draft, where: str) -> tuple[Basis, ...]:
    if raw is None:
        raw = [
            {
                "id": "tabled",
                "label": "as tabled",
                "chapter_vii": draft.chapter_vii,
                "article_41": draft.article_41,
            }
        ]
        if draft.chapter_vii:
            raw.append({"id": "none", "label": "without Chapter VII", "chapter_vii": False})
    out = []
    for i, b in enumerate(yaml_list(raw, "bases", where)):
        if not isinstance(b, Mapping) or "id" not in b:
            raise ParseError(f"bases[{i}] needs an id", path=where, field="bases")
        out.append(
            make_basis(
                draft,
                str(b["id"]),
                str(b.get("label", b["id"])),
                chapter_vii=bool(b.get("chapter_vii", False)),
                article_41=bool(b.get("article_41", False)),
            )
        )
    return tuple(out)


def _slots(raw: Any, refs: Refs, bases: tuple[Basis, ...]) -> tuple[Slot, ...]:
    if raw is None:
        return tuple(
            Slot(
                f"OP{op.number}",
                op.verb or f"paragraph {op.number}",
                (
                    make_variant(
                        f"OP{op.number}",
                        "original",
                        "as tabled",
                        op,
                        bases,
                        source=f"{refs.main_name} OP{op.number}",
                    ),
                ),
            )
            for op in refs.main.operative
        )
    slots: list[Slot] = []
    for i, s in enumerate(yaml_list(raw, "paragraphs", refs.where)):
        if not isinstance(s, Mapping) or "id" not in s or "original" not in s:
            raise ParseError(
                f"paragraphs[{i}] needs an id and an original", path=refs.where, field="paragraphs"
            )
        sid = str(s["id"])
        tags = tuple(str(t) for t in yaml_list(s.get("tags"), f"paragraphs[{i}].tags", refs.where))
        specs = [
            {
                "id": "original",
                "label": s.get("label", "as tabled"),
                "ref": s["original"],
                "tags": (),
            }
        ]
        variants_raw = yaml_list(s.get("variants"), f"paragraphs[{i}].variants", refs.where)
        for j, v in enumerate(variants_raw):
            if not isinstance(v, Mapping) or "id" not in v:
                raise ParseError(
                    f"paragraphs[{i}].variants[{j}] needs an id", path=refs.where, field="variants"
                )
            ref = v.get("from") or {
                "text": v.get("text"),
                "source": v.get("source"),
                "measures": v.get("measures"),
            }
            specs.append(
                {
                    "id": str(v["id"]),
                    "label": v.get("label", v["id"]),
                    "ref": ref,
                    "tags": tuple(
                        str(t)
                        for t in yaml_list(
                            v.get("tags"), f"paragraphs[{i}].variants[{j}].tags", refs.where
                        )
                    ),
                }
            )
        variants: list[Variant] = []
        for spec in specs:
            op, source = refs.paragraph(spec["ref"], f"paragraphs[{i}].{spec['id']}")
            variants.append(
                make_variant(
                    sid,
                    spec["id"],
                    str(spec["label"]),
                    op,
                    bases,
                    tags=tags + spec["tags"],
                    source=source,
                )
            )
        slots.append(
            Slot(
                sid,
                str(s.get("label", sid)),
                tuple(variants),
                must_stay=bool(s.get("must_stay", False)),
                in_original=bool(s.get("in_original", True)),
                needs=tuple(
                    Literal.parse(w)
                    for w in parse_conditions(s.get("needs"), f"paragraphs[{i}].needs", refs.where)
                ),
            )
        )
    return tuple(slots)


def _options(raw: Any, space: Space, where: str) -> tuple[NamedOption, ...]:
    out = []
    for i, o in enumerate(yaml_list(raw, "options", where)):
        if not isinstance(o, Mapping) or "name" not in o:
            raise ParseError(f"options[{i}] needs a name", path=where, field="options")
        try:
            if o.get("original"):
                choice = space.original()
            else:
                keep = o.get("keep") or {}
                if not isinstance(keep, Mapping):
                    raise InvalidInput(f"keep must map paragraphs to wordings, got {keep!r}")
                choice = space.choice(
                    str(o.get("basis", space.bases[0].id)),
                    {str(k): str(v) for k, v in keep.items()},
                )
        except InvalidInput as exc:
            raise ParseError(
                f"options[{i}] ({o['name']}): {exc.message}",
                path=where,
                field="options",
                hint=exc.hint,
            ) from None
        out.append(NamedOption(str(o["name"]), choice, str(o.get("note", ""))))
    return tuple(out)


def scenario_from_dict(raw: Mapping[str, Any], *, source: str = "<scenario>") -> Scenario:
    """A scenario from its parsed form (a YAML or JSON body sent to the service, say).

    Drafts are referenced by shipped name; errors name ``source``.
    """
    return _build(raw, source)


def scenario_from_text(text: str, *, source: str = "<scenario>") -> Scenario:
    """A scenario from YAML (or JSON) text."""
    return _build(parse_yaml(text, source), source)


def _by_code(raw: Any) -> Any:
    """Positions keyed by member code; a key given as a name ("China") is resolved."""
    if not isinstance(raw, Mapping):
        return raw
    from unsc.council import lookup_code

    out: dict[str, Any] = {}
    for key, value in raw.items():
        text = str(key).strip()
        code = text.upper() if len(text) == 3 and text.isalpha() else lookup_code(text) or text
        out[code] = value
    return out


def _build(raw: Any, where: str, base_dir: Path | None = None) -> Scenario:
    if not isinstance(raw, Mapping):
        raise ParseError("a scenario file must be a mapping", path=where)
    for key in ("name", "date", "draft"):
        if key not in raw:
            raise ParseError(f"missing required field {key!r}", path=where, field=key)
    date = raw["date"]
    if not isinstance(date, dt.date):
        try:
            date = dt.date.fromisoformat(str(date))
        except ValueError:
            raise ParseError(
                f"date {raw['date']!r} is not YYYY-MM-DD", path=where, field="date"
            ) from None
    refs = Refs(str(raw["draft"]), where, base_dir)
    bases = _bases(raw.get("bases"), refs.main, where)
    space = Space(bases, _slots(raw.get("paragraphs"), refs, bases))
    try:
        positions = parse_positions(_by_code(raw.get("positions") or {}))
    except InvalidInput as exc:
        raise ParseError(exc.message, path=where, field="positions", hint=exc.hint) from None
    expect = raw.get("expect") or {}
    if not isinstance(expect, Mapping):
        raise ParseError(f"expect: expected a mapping, got {expect!r}", path=where, field="expect")
    preambular = {
        str(b["id"]): tuple(refs.draft(str(b["preambular_from"])).preambular)
        for b in yaml_list(raw.get("bases"), "bases", where)
        if isinstance(b, Mapping) and b.get("preambular_from")
    }
    return Scenario(
        name=str(raw["name"]),
        title=str(raw.get("title", raw["name"])),
        date=date,
        body=load_body(str(raw.get("body", "security-council"))),
        draft=refs.main,
        space=space,
        positions=positions,
        options=_options(raw.get("options"), space, where),
        sources=tuple(str(s) for s in yaml_list(raw.get("sources"), "sources", where)),
        assumptions=tuple(str(s) for s in yaml_list(raw.get("assumptions"), "assumptions", where)),
        expect=dict(expect),
        preambular=preambular,
    )
