"""The ``unsc draft`` commands through Typer's runner."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from unsc.cli.main import app

runner = CliRunner()


def _json(args: list[str]) -> dict[str, Any]:
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    doc: dict[str, Any] = json.loads(result.stdout)
    return doc


def test_parse_official_text_json(resolutions: Path) -> None:
    doc = _json(["draft", "parse", str(resolutions / "S-RES-661-1990.txt"), "--json"])
    assert doc["symbol"] == "S/RES/661 (1990)"
    assert doc["chapter_vii"] is True
    assert len(doc["preambular"]) == 7 and len(doc["operative"]) == 11
    op3 = doc["operative"][2]
    assert {"number", "verb", "binding", "measures", "subparagraphs"} <= set(op3)
    assert op3["number"] == 3 and op3["verb"] == "Decides" and op3["binding"] is True
    assert [s["label"] for s in op3["subparagraphs"]] == ["a", "b", "c"]
    assert {"type", "direction", "lists", "text"} <= set(op3["measures"][0])
    assert doc["strength"]["score"] > 0


def test_parse_authoring_file_and_shipped_name(tmp_path: Path) -> None:
    doc = _json(["draft", "parse", "2006-07/v3", "--json"])
    assert doc["chapter_vii"] is True and doc["version"] == "v3"
    path = tmp_path / "mine.md"
    path.write_text("---\ntitle: Mine\n---\n\n1. Calls upon all States to act;\n")
    doc = _json(["draft", "parse", str(path), "--json"])
    assert doc["title"] == "Mine" and doc["operative"][0]["verb"] == "Calls upon"


def test_show_readable_and_markdown() -> None:
    result = runner.invoke(app, ["draft", "show", "2006-10/1718-adopted"])
    assert result.exit_code == 0
    assert "Chapter VII" in result.stdout and "asset_freeze" in result.stdout
    md = runner.invoke(app, ["draft", "show", "2006-07/v1", "--markdown"])
    assert md.stdout.startswith("---\n") and "1. Condemns" in md.stdout


def test_diff_json() -> None:
    doc = _json(["draft", "diff", "2006-07/v2", "2006-07/v3", "--json"])
    assert {"changes", "strength_a", "strength_b", "delta"} <= set(doc)
    assert doc["strength_b"]["score"] > doc["strength_a"]["score"]
    assert {"kind": "hardened", "paragraph": None, "detail": "Chapter VII added"} in doc["changes"]
    text = runner.invoke(app, ["draft", "diff", "2006-07/v3", "2006-07/1695-adopted"])
    assert text.exit_code == 0 and "milder" in text.stdout


def test_history_json_and_chart(tmp_path: Path) -> None:
    png = tmp_path / "h.png"
    doc = _json(["draft", "history", "2006-07", "--json", "--png", str(png)])
    labels = [v["label"] for v in doc["versions"]]
    assert labels == ["v1", "v2", "v3 (7 July)", "1695 (15 July)"]
    v3 = doc["versions"][2]
    assert v3["tougher_than_all_previous"] is True
    assert v3["diff_from_previous"]["delta"] > 0
    assert doc["versions"][0]["diff_from_previous"] is None
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    text = runner.invoke(app, ["draft", "history", "2006-10"])
    assert text.exit_code == 0 and "█" in text.stdout


def test_list() -> None:
    doc = _json(["draft", "list", "--json"])
    names = [d["name"] for d in doc["drafts"]]
    assert "2006-07/v3" in names and "2006-10/1718-adopted" in names


def test_errors_are_messages_not_tracebacks(tmp_path: Path) -> None:
    from unsc.cli.main import main

    with pytest.raises(SystemExit) as exit_info:
        main(["draft", "show", "no-such-draft"])
    assert exit_info.value.code == 3
    bad = tmp_path / "bad.md"
    bad.write_text("---\ncolour: red\n---\n\n1. Decides;\n")
    with pytest.raises(SystemExit) as exit_info:
        main(["draft", "parse", str(bad)])
    assert exit_info.value.code == 2
    result = runner.invoke(app, ["draft", "history", "1999-01"])
    assert result.exit_code != 0
    assert "Traceback" not in result.output


def test_parse_from_standard_input(resolutions: Path) -> None:
    text = (resolutions / "S-RES-1694-2006.txt").read_text("utf-8")
    result = runner.invoke(app, ["draft", "parse", "-", "--json"], input=text)
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["symbol"] == "S/RES/1694 (2006)" and doc["source"] == "<stdin>"


def test_history_of_a_folder(tmp_path: Path) -> None:
    head = "---\ndate: 2006-07-0{day}\nversion: {v}\n---\n\n"
    (tmp_path / "b.md").write_text(head.format(day=6, v="mild") + "1. Calls upon all States;\n")
    (tmp_path / "a.md").write_text(
        head.format(day=7, v="tough") + "1. Decides that all States shall prevent the "
        "supply of arms to X;\n"
    )
    doc = _json(["draft", "history", str(tmp_path), "--json"])
    assert [v["label"] for v in doc["versions"]] == ["mild", "tough"]
    assert doc["versions"][1]["tougher_than_all_previous"] is True
    (tmp_path / "versions.yaml").write_text("versions:\n  - file: a\n  - file: b\n")
    doc = _json(["draft", "history", str(tmp_path), "--json"])
    assert [v["label"] for v in doc["versions"]] == ["a", "b"]
    (tmp_path / "versions.yaml").write_text("versions: 5\n")  # a TypeError before
    result = runner.invoke(app, ["draft", "history", str(tmp_path)])
    assert result.exit_code != 0 and "'versions' must be a list" in result.output
    assert "Traceback" not in result.output


def test_history_chart_is_png_whatever_its_name_and_unwritable_paths_are_errors(
    tmp_path: Path,
) -> None:
    named = tmp_path / "chart.txt"
    _json(["draft", "history", "2006-07", "--json", "--png", str(named)])
    assert named.read_bytes().startswith(b"\x89PNG")
    for out in (tmp_path, tmp_path / "absent" / "chart.png"):
        result = runner.invoke(app, ["draft", "history", "2006-07", "--json", "--png", str(out)])
        assert result.exit_code == 2 and result.stdout == ""
        assert f"cannot write {out}" in result.stderr


def test_header_date_out_of_range_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: x\ndate: 2006-13-45\n---\n\n1. Decides;\n")
    result = runner.invoke(app, ["draft", "parse", str(bad), "--json"])
    assert result.exit_code == 2 and result.stdout == ""
    assert f"{bad}:3: not valid YAML: '2006-13-45' is not a date" in result.stderr
