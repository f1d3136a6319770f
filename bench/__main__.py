"""Run the benchmarks and write one JSON file per area under ``bench/results/``.

``python -m bench`` runs every ``bench_*.py``; ``python -m bench power screening`` runs
those areas only; ``--quick`` asks each benchmark for a smaller, faster run.
"""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"


def _areas() -> list[str]:
    return sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("areas", nargs="*", help=f"areas to run (default: all of {_areas()})")
    parser.add_argument("--quick", action="store_true", help="smaller, faster runs")
    args = parser.parse_args(argv)
    areas = args.areas or _areas()
    unknown = sorted(set(areas) - set(_areas()))
    if unknown:
        parser.error(f"unknown benchmark area(s) {unknown}; expected some of {_areas()}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    for area in areas:
        module = importlib.import_module(f"bench.bench_{area}")
        print(f"== {area}", flush=True)
        started = time.perf_counter()
        result = module.run(quick=args.quick)
        result = {
            "area": area,
            "seconds": round(time.perf_counter() - started, 3),
            "machine": {
                "python": platform.python_version(),
                "cpu": platform.processor(),
                "system": platform.platform(),
            },
            "quick": args.quick,
            "results": result,
        }
        out = RESULTS / f"{area}.json"
        out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
        print(json.dumps(result["results"], indent=2, ensure_ascii=False))
        print(f"-> {out}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
