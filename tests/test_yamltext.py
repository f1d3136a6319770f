"""The one reading of users' YAML files: plain data only, and mistakes named by file and line."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from unsc.cli.main import app
from unsc.errors import ParseError
from unsc.yamltext import parse_yaml, read_yaml, yaml_list


def test_parse_yaml_is_safe_and_plain() -> None:
    assert parse_yaml("a: [1, 2]\nb: {c: x}") == {"a": [1, 2], "b": {"c": "x"}}
    with pytest.raises(ParseError, match=r"game\.yaml:1"):  # no Python objects from a data file
        parse_yaml("!!python/object/apply:os.system ['true']", "game.yaml")


def test_a_mistake_names_the_line_of_the_file() -> None:
    with pytest.raises(ParseError) as info:
        parse_yaml("symbol: x\ntitle: [unclosed\n", "header.md", first_line=2)
    assert str(info.value).startswith("header.md:4: not valid YAML: ")
    assert "\n" not in info.value.message  # one line, not PyYAML's dump with a caret


def test_read_yaml_names_a_missing_or_binary_file(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="cannot read the ballot: No such file"):
        read_yaml(tmp_path / "nowhere.yaml", "the ballot")
    binary = tmp_path / "game.yaml"
    binary.write_bytes(b"quota: 5\nweights: [\xff]\n")
    with pytest.raises(ParseError, match="not UTF-8"):
        read_yaml(binary, "the game")


@pytest.mark.parametrize("command", [["vote"], ["power"], ["negotiate"]])
def test_every_command_reports_a_bad_file_alike(command: list[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("date: 2006-10-14\nvotes: [\n", encoding="utf-8")
    result = CliRunner().invoke(app, [*command, str(bad)])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and f"{bad}:3: not valid YAML: " in lines[0], result.stderr


def test_a_date_out_of_range_is_a_mistake_at_its_line() -> None:
    assert str(parse_yaml("date: 2006-10-14")["date"]) == "2006-10-14"
    with pytest.raises(ParseError) as info:
        parse_yaml("name: x\ndate: 2006-02-31\n", "ballot.yaml")
    assert str(info.value) == (
        "ballot.yaml:2: not valid YAML: '2006-02-31' is not a date (day is out of range for month)"
    )


def test_yaml_list_takes_one_string_and_names_the_field_otherwise() -> None:
    assert yaml_list(None, "tags") == [] and yaml_list("a", "tags") == ["a"]
    assert yaml_list(["a", "b"], "tags") == ["a", "b"]
    with pytest.raises(ParseError, match=r"^s\.yaml: tags: expected a list, got \{'a': 1\}$"):
        yaml_list({"a": 1}, "tags", "s.yaml")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("date: !!int abc", "a value cannot be read"),
        ("date: !!float abc", "a value cannot be read"),
        ("date: !!timestamp foo", "'foo' is not a date"),
        ("weights: [" + "9" * 5000 + "]", "a number of more than"),
        # aliases: "billion laughs" (a few lines standing for gigabytes) and a self-reference
        ("a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]", "an alias"),
        ("g: &g {type: and, games: [*g]}", "an alias"),
    ],
)
def test_values_yaml_reads_but_python_cannot_are_mistakes(text: str, message: str) -> None:
    with pytest.raises(ParseError, match=message) as info:
        parse_yaml(text, "game.yaml")
    assert str(info.value).startswith("game.yaml")
