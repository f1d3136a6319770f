"""Charts of the record: vetoes over time by permanent member (matplotlib, Agg, PNG)."""

from __future__ import annotations

from pathlib import Path

from unsc.council.record import Record, load_record

COLOURS = {
    "SUN": "#b2182b",
    "RUS": "#ef8a62",
    "USA": "#2166ac",
    "GBR": "#67a9cf",
    "FRA": "#5aae61",
    "CHN": "#f1b6da",
}
LABELS = {
    "SUN": "USSR",
    "RUS": "Russian Federation",
    "USA": "United States",
    "GBR": "United Kingdom",
    "FRA": "France",
    "CHN": "China",
}


def plot_vetoes(
    record: Record | None = None, path: str | Path = "vetoes.png", *, per: str = "year"
) -> Path:
    """Write a stacked bar chart of vetoes per year (or per decade) by permanent member."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    record = record or load_record()
    table = record.vetoes_by_decade() if per == "decade" else record.vetoes_by_year()
    periods = list(range(min(table), max(table) + 1, 10 if per == "decade" else 1))
    fig, ax = plt.subplots(figsize=(12, 5), dpi=110)
    bottom = [0] * len(periods)
    for code in ("SUN", "RUS", "USA", "GBR", "FRA", "CHN"):
        heights = [table.get(p, {}).get(code, 0) for p in periods]
        if not any(heights):
            continue
        ax.bar(
            periods,
            heights,
            bottom=bottom,
            color=COLOURS[code],
            label=f"{LABELS[code]} ({sum(heights)})",
            width=8 if per == "decade" else 0.85,
        )
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    ax.set_ylim(0, max(bottom) * 1.08 + 0.5)
    ax.set_title(
        f"Security Council vetoes by permanent member, {periods[0]}-{periods[-1]}"
        " (DHL veto list; WPDL list after May 2022)"
    )
    ax.set_ylabel("vetoes cast (a joint veto counts for each member)")
    ax.set_xlabel(per)
    ax.legend(frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, format="png")
    plt.close(fig)
    return out
