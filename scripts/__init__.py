"""Scripts that regenerate the shipped data in ``src/unsc/data`` from ``../shared/data``."""
