"""A draft's history: versions in order, their strength, and what changed at each step."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from unsc.drafts.diff import diff
from unsc.drafts.loader import HistoryEntry, load_history
from unsc.drafts.model import DraftDiff, Strength
from unsc.drafts.strength import strength

__all__ = ["History", "HistoryStep", "history", "plot_history"]


@dataclass(frozen=True, slots=True)
class HistoryStep:
    """One version with its strength and the diff from the version before it."""

    entry: HistoryEntry
    strength: Strength
    diff_from_previous: DraftDiff | None
    tougher_than_all_previous: bool

    def to_dict(self) -> dict[str, Any]:
        d = self.entry.draft
        return {
            "name": self.entry.name,
            "label": self.entry.label,
            "note": self.entry.note,
            "date": d.date.isoformat() if d.date else None,
            "instrument": d.instrument.value,
            "chapter_vii": d.chapter_vii,
            "score": self.strength.score,
            "tougher_than_all_previous": self.tougher_than_all_previous,
            "strength": self.strength.to_dict(),
            "diff_from_previous": (
                self.diff_from_previous.to_dict() if self.diff_from_previous else None
            ),
        }


@dataclass(frozen=True, slots=True)
class History:
    """The versions of a shipped history, oldest first."""

    name: str
    steps: tuple[HistoryStep, ...]

    def step(self, label_or_name: str) -> HistoryStep:
        """The step whose label or shipped name (or its last part) is ``label_or_name``."""
        for s in self.steps:
            if label_or_name in (s.entry.label, s.entry.name, s.entry.name.split("/")[-1]):
                return s
        raise KeyError(label_or_name)

    def to_dict(self) -> dict[str, Any]:
        return {"history": self.name, "versions": [s.to_dict() for s in self.steps]}


def history(name: str | Path) -> History:
    """Load a history (a shipped name, or a folder as a Path) and score and diff its versions."""
    steps: list[HistoryStep] = []
    for entry in load_history(name):
        s = strength(entry.draft)
        previous = steps[-1].entry.draft if steps else None
        tougher = bool(steps) and all(s.score > p.strength.score for p in steps)
        steps.append(
            HistoryStep(
                entry, s, diff(previous, entry.draft) if previous is not None else None, tougher
            )
        )
    return History(str(name), tuple(steps))


def plot_history(h: History, path: str | Path) -> Path:
    """Write a bar chart of strength per version (PNG, matplotlib Agg)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    labels = [s.entry.label for s in h.steps]
    scores = [s.strength.score for s in h.steps]
    fig, ax = plt.subplots(figsize=(1.6 * max(3, len(labels)), 3.2), dpi=120)
    colors = ["#c0392b" if s.entry.draft.chapter_vii else "#2c7fb8" for s in h.steps]
    ax.bar(labels, scores, color=colors)
    for i, v in enumerate(scores):
        ax.text(i, v, f"{v:.1f}", ha="center", va="bottom", fontsize=8)
    ax.set_ylabel("strength")
    ax.set_title(f"Draft history {h.name} (red: Chapter VII)")
    fig.tight_layout()
    out = Path(path)
    fig.savefig(out, format="png")
    plt.close(fig)
    return out
