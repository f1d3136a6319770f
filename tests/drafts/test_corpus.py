"""Every CR-UNSC gold text parses: numbering 1..n, sub-paragraphs, and no text lost."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from unsc.drafts import Draft, MeasureType, SubParagraph, parse_official
from unsc.drafts.lines import split_blocks

_WORDS = re.compile(r"[A-Za-z]{3,}")
_OPENER = re.compile(r"^The\s+Security\s+Council\s*[,.:]?")


def _model_words(d: Draft) -> Counter[str]:
    parts = [*d.notes, *d.preambular, *d.annex]

    def walk(subs: tuple[SubParagraph, ...]) -> None:
        for s in subs:
            parts.extend((s.label, s.text))
            walk(s.subparagraphs)

    for op in d.operative:
        parts.append(op.text)
        walk(op.subparagraphs)
    return Counter(_WORDS.findall(" ".join(parts)))


@pytest.fixture(scope="module")
def corpus(gold: Path) -> dict[str, tuple[str, Draft]]:
    out = {}
    for path in sorted(gold.glob("*.txt")):
        text = path.read_text("utf-8")
        out[path.name] = (text, parse_official(text, source=path.name))
    return out


def test_all_902_gold_texts_parse(corpus: dict[str, tuple[str, Draft]]) -> None:
    assert len(corpus) == 902
    for name, (_, d) in corpus.items():
        assert [op.number for op in d.operative] == list(range(1, len(d.operative) + 1)), name
        assert d.symbol is not None, name


def test_nearly_all_have_operative_paragraphs_and_verbs(
    corpus: dict[str, tuple[str, Draft]],
) -> None:
    without = [n for n, (_, d) in corpus.items() if not d.operative]
    assert without == ["S_RES_0565_1985_EN_GOLD.txt"]  # printed without its operative part
    ops = [op for _, d in corpus.values() for op in d.operative]
    with_verb = sum(1 for op in ops if op.verb)
    assert with_verb / len(ops) > 0.99
    assert sum(1 for _, d in corpus.values() if d.date is not None) >= 890


def test_no_text_is_lost(corpus: dict[str, tuple[str, Draft]]) -> None:
    """Every word of the source is somewhere in the model (the opener formula aside)."""
    for name, (text, d) in corpus.items():
        source = Counter(
            _WORDS.findall(" ".join(_OPENER.sub("", b.text) for b in split_blocks(text)))
        )
        assert not (source - _model_words(d)), name


def test_printed_numbers_are_kept_as_labels(corpus: dict[str, tuple[str, Draft]]) -> None:
    """Where the print numbers 1..n, the labels say so; gaps are the print's own (OCR)."""
    clean = 0
    for _, d in corpus.values():
        labels = [op.label for op in d.operative]
        if labels and all(label is not None and label.isdigit() for label in labels):
            clean += labels == [str(i) for i in range(1, len(labels) + 1)]
    assert clean >= 620


def test_sanctions_regimes_found_in_the_corpus(corpus: dict[str, tuple[str, Draft]]) -> None:
    def types(number: str) -> set[str]:
        (d,) = [d for n, (_, d) in corpus.items() if n.startswith(f"S_RES_{number}_")]
        return {m.type.value for m in d.measures}

    assert {"trade_embargo", "financial_prohibition", "sanctions_committee"} <= types("0661")
    assert {"arms_embargo", "aviation_ban"} <= types("0748")
    assert {"oil_embargo", "asset_freeze"} <= types("0841")
    assert "arms_embargo" in types("0418")
    assert "use_of_force" in types("0678")


_ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]


def _in_order(labels: list[str]) -> bool:
    if all(label in "–—-•" for label in labels):
        return True
    for series in (_ROMANS, [chr(ord("a") + i) for i in range(26)], [str(i) for i in range(1, 30)]):
        if labels == series[: len(labels)]:
            return True
    return False


def test_sub_paragraph_labels_run_in_order(corpus: dict[str, tuple[str, Draft]]) -> None:
    """Lettered, roman and numbered items run a, b, c ... once OCR'd labels are read from
    their neighbours ("(6)", "(ad)", "b)", "(c})"). The exceptions are the print's own."""
    out_of_order = set()

    def walk(name: str, where: str, subs: tuple[SubParagraph, ...]) -> None:
        if subs and not _in_order([s.label for s in subs]):
            out_of_order.add(f"{name[6:10]} OP {where}")
        for s in subs:
            walk(name, f"{where}({s.label})", s.subparagraphs)

    for name, (_, d) in corpus.items():
        for op in d.operative:
            walk(name, str(op.number), op.subparagraphs)
    assert out_of_order == {
        "0016 OP 1",  # quotes items (1)-(3) of a treaty, only (3) starts a line
        "0047 OP 14",  # "10. (a) The Government ...": (a) printed on the number's line
        "0093 OP 7",  # two lists (a)-(b), the second after "Decides that:"
        "0883 OP 3",  # (a)-(b), then the text that follows them lists (i)-(iii)
    }


def test_the_sanctions_committees_of_1946_to_1994(corpus: dict[str, tuple[str, Draft]]) -> None:
    """Exactly the eight committees the Council set up to oversee sanctions in these years:
    Southern Rhodesia, South Africa, Iraq, Yugoslavia, Libya, Somalia, Haiti, UNITA."""
    found = {
        int(name.split("_")[2])
        for name, (_, d) in corpus.items()
        if any(m.type is MeasureType.SANCTIONS_COMMITTEE for m in d.measures)
    }
    assert found == {253, 421, 661, 724, 748, 751, 841, 864}


def test_every_gold_text_round_trips_through_the_authoring_format(
    corpus: dict[str, tuple[str, Draft]],
) -> None:
    import dataclasses

    from unsc.drafts import parse_markdown, to_markdown

    for name, (_, d) in corpus.items():
        plain = dataclasses.replace(d, source=None)
        assert parse_markdown(to_markdown(plain)) == plain, name
