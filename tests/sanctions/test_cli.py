"""`unsc lists ...` and `unsc regimes` through the Typer runner, on an isolated store."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from unsc.cli.main import app

runner = CliRunner()


def _run(*args: str) -> object:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, (result.output, result.exception)
    return json.loads(result.stdout)


def test_import_versions_diff(isolated_env: Path, shared_data: Path) -> None:
    un = shared_data / "sanctions" / "un"
    first = _run("lists", "import", str(un / "un_consolidated_2026-01-28.xml"), "--json")
    assert first == {"version": 1, "dataset": "un_sc", "entries": 999, "unchanged": False}
    second = _run("lists", "import", str(un / "un_consolidated_2026-05-08.xml"), "--json")
    again = _run("lists", "import", str(un / "un_consolidated_2026-05-08.xml"), "--json")
    assert again == {**second, "unchanged": True}  # type: ignore[dict-item]
    versions = _run("lists", "versions", "--json")
    assert [v["version"] for v in versions] == [1, 2]  # type: ignore[union-attr,index]
    assert set(versions[0]) == {"version", "dataset", "generated", "imported", "entries", "sha256"}  # type: ignore[index]
    delta = _run("lists", "diff", "1", "2", "--json")
    assert delta["removed"] == ["QDe.137"]  # type: ignore[index]
    assert len(delta["added"]) == 11  # type: ignore[index]
    assert all(set(a) == {"ref", "fields", "changes"} for a in delta["amended"])
    # each field's values before and after, as JSON writes them
    assert all(set(a["changes"]) == set(a["fields"]) for a in delta["amended"])  # type: ignore[index]
    human = runner.invoke(app, ["lists", "diff", "1", "2"])
    assert human.exit_code == 0 and "QDe.137" in human.stdout


def test_diff_of_files_and_of_a_file_against_a_stored_version(
    isolated_env: Path, shared_data: Path
) -> None:
    """Two downloads compare without an import; a download against the stored version says
    what its import would change; each gives what the stored versions' diff gives."""
    un = shared_data / "sanctions" / "un"
    old, new = (
        str(un / "un_consolidated_2026-01-28.xml"),
        str(un / "un_consolidated_2026-05-08.xml"),
    )
    _run("lists", "import", old, "--json")
    _run("lists", "import", new, "--json")
    stored = _run("lists", "diff", "1", "2", "--json")
    assert _run("lists", "diff", old, new, "--json") == stored
    assert _run("lists", "diff", "1", new, "--json") == stored
    assert _run("lists", "diff", old, "2", "--json") == stored
    other = runner.invoke(app, ["lists", "diff", old, "ofac_sdn"])
    assert other.exit_code == 2 and "is un_sc but" in other.stderr
    missing = runner.invoke(app, ["lists", "diff", old, "nowhere.xml"])
    assert missing.exit_code == 3 and "nowhere.xml" in missing.stderr
    superscript = runner.invoke(app, ["lists", "diff", "²", new])  # "²".isdigit() is True
    assert superscript.exit_code == 3 and "'²'" in superscript.stderr


def test_show_and_measures(isolated_env: Path) -> None:
    doc = _run("lists", "show", "KPi.033", "--json")
    assert doc["name"] == "RI WON HO"  # type: ignore[index]
    assert doc["measures"][0]["paragraph"] == "8(d)"  # type: ignore[index]
    human = runner.invoke(app, ["lists", "show", "KPi.033"])
    assert "1718 (2006)" in human.stdout


def test_export(isolated_env: Path, tmp_path: Path) -> None:
    out = tmp_path / "un.ftm.json"
    summary = _run("lists", "export", "--format", "ftm", "--output", str(out), "--json")
    assert summary["written"] == len(out.read_text().splitlines())  # type: ignore[index]
    csv_doc = _run("lists", "export", "--format", "csv", "--json")
    assert len(csv_doc["data"]) == 1009  # type: ignore[index]


def test_regimes(isolated_env: Path) -> None:
    every = _run("regimes", "--json")
    assert "dprk" in [r["name"] for r in every]  # type: ignore[union-attr,index]
    one = _run("regimes", "1718", "--json")
    assert one["committee"]["established_by"]["paragraph"] == "12"  # type: ignore[index]


def test_errors_are_messages_not_tracebacks(isolated_env: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["lists", "show", "NOPE.1"])
    assert result.exit_code == 3 and "no entry 'NOPE.1'" in result.stderr
    bad = tmp_path / "bad.xml"
    bad.write_text("<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL></INDIVIDUALS>")
    result = runner.invoke(app, ["lists", "import", str(bad)])
    assert result.exit_code == 2 and "bad.xml:1" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("error:")  # no blank line where a progress bar stood
    result = runner.invoke(app, ["lists", "diff", "1", "2"])
    assert result.exit_code == 3 and "no list version" in result.stderr
    result = runner.invoke(app, ["regimes", "atlantis"])
    assert result.exit_code == 3


def test_import_of_a_file_of_no_list_format_names_it(isolated_env: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.xml"
    empty.write_bytes(b"")
    result = runner.invoke(app, ["lists", "import", str(empty), "--json"])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith(f"error: {empty}: the file is empty")


def test_export_to_a_path_that_cannot_be_written(isolated_env: Path, tmp_path: Path) -> None:
    for out in (tmp_path, tmp_path / "absent" / "un.ftm"):
        result = runner.invoke(app, ["lists", "export", "-o", str(out), "--json"])
        assert result.exit_code == 2 and result.stdout == ""
        assert f"cannot write {out}" in result.stderr


def test_a_version_id_of_thousands_of_digits_names_no_version(isolated_env: Path) -> None:
    """int() refuses more than 4,300 digits: the id ended in a ValueError traceback."""
    result = runner.invoke(app, ["lists", "diff", "9" * 5000, "1"])
    assert result.exit_code == 3 and f"no list version {'9' * 40}... (5000 digits)" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
