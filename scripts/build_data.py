"""Regenerate every shipped data file: runs each ``scripts/build_<area>.py``'s ``main()``."""

from __future__ import annotations

import importlib
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    for path in sorted(HERE.glob("build_*.py")):
        if path.stem == "build_data":
            continue
        print(f"== {path.stem}", flush=True)
        importlib.import_module(f"scripts.{path.stem}").main()


if __name__ == "__main__":
    main()
