"""The CLI's shared output: JSON conversion, a console that follows the terminal, errors."""

from __future__ import annotations

import datetime as dt
import enum
import json
from fractions import Fraction
from pathlib import Path

import pytest
import typer
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from unsc.cli.output import _LiveConsole, print_json, report_errors, to_jsonable
from unsc.errors import InvalidInput, NotFound


class Colour(enum.Enum):
    RED = "red"


def test_to_jsonable_turns_library_values_into_json() -> None:
    value = {
        "power": Fraction(421, 2145),
        "day": dt.date(2006, 10, 14),
        "colour": Colour.RED,
        "path": Path("/tmp/x"),
        "codes": {"RUS", "CHN"},
    }
    assert to_jsonable(value) == {
        "power": "421/2145",
        "day": "2006-10-14",
        "colour": "red",
        "path": "/tmp/x",
        "codes": ["CHN", "RUS"],
    }


def test_to_jsonable_refuses_what_it_cannot_convert() -> None:
    with pytest.raises(TypeError, match="object"):
        to_jsonable(object())


@given(st.fractions())
def test_fractions_round_trip_through_their_string(value: Fraction) -> None:
    assert Fraction(to_jsonable(value)) == value


def test_print_json_writes_one_unescaped_document(capsys: pytest.CaptureFixture[str]) -> None:
    print_json({"name": "Côte d'Ivoire"})
    out = capsys.readouterr().out
    assert json.loads(out) == {"name": "Côte d'Ivoire"}
    assert "Côte" in out


def test_console_width_follows_columns_after_creation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    console = _LiveConsole()
    monkeypatch.setenv("COLUMNS", "150")
    assert console.width == 150


def test_report_errors_prints_the_message_and_exits_with_its_code() -> None:
    app = typer.Typer()

    @app.command()
    @report_errors
    def fail(kind: str) -> None:
        if kind == "missing":
            raise NotFound("no entry 'X [1]' in root:x:0", hint="try `unsc lists versions`")
        raise InvalidInput("bad value")

    result = CliRunner().invoke(app, ["missing"])
    assert result.exit_code == 3
    # square brackets are not eaten as markup, nor ":x:" turned into an emoji
    assert "no entry 'X [1]' in root:x:0" in result.stderr
    assert "hint:" in result.stderr
    assert "Traceback" not in result.stderr
    assert CliRunner().invoke(app, ["other"]).exit_code == 2


def _commands(app: typer.Typer, prefix: str = "") -> list[tuple[str, object]]:
    found = [
        (prefix + (c.name or getattr(c.callback, "__name__", "?")), c.callback)
        for c in app.registered_commands
    ]
    for group in app.registered_groups:
        assert group.typer_instance is not None
        found += _commands(group.typer_instance, f"{prefix}{group.name} ")
    return found


def test_every_command_reports_errors_as_messages() -> None:
    from unsc.cli.main import app

    commands = _commands(app)
    assert len(commands) > 20
    bare = [name for name, callback in commands if not hasattr(callback, "__wrapped__")]
    assert bare == ["version"]  # prints the version; nothing in it can fail
