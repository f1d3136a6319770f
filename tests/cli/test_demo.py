"""``unsc demo``: the tour runs end to end on the embedded default store."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from unsc.cli.main import app


def test_demo_tours_the_main_job(isolated_env: Path) -> None:
    out_dir = isolated_env / "pictures"
    result = CliRunner().invoke(app, ["demo", "--out-dir", str(out_dir)], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Japan (president)" in out  # October 2006 by rule 18
    assert "ADOPTED  15-0-0" in out and "VETOED  13-2-0" in out
    assert "421/2145" in out and "4/2145" in out
    assert "floated compromise" in out
    assert "11 added, 1 removed" in out  # the UN list of 2026-01-28 -> 2026-05-08
    assert out.count("KPi.013") >= 2  # Choi Chun Sik and 최춘식 both find CHOE CHUN-SIK
    assert (out_dir / "vetoes.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_demo_imports_the_shipped_lists_once(isolated_env: Path) -> None:
    from unsc.cli.demo import _import_shipped_lists
    from unsc.sanctions.store import Store

    assert _import_shipped_lists() == (2, 3)
    assert _import_shipped_lists() == (2, 3)  # a second run adds no versions
    assert [v.version for v in Store().versions("un_sc")] == [1, 2, 3]


def test_demo_out_dir_that_cannot_be_made_is_an_error(isolated_env: Path) -> None:
    taken = isolated_env / "pictures"
    taken.write_text("a file, not a folder")
    result = CliRunner().invoke(app, ["demo", "--out-dir", str(taken)])
    assert result.exit_code == 2 and f"cannot write {taken}" in result.stderr
