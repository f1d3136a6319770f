"""Benchmarks: each ``bench_<area>.py`` defines ``run(quick: bool = False) -> dict``."""
