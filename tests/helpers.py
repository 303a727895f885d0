"""Paths shared by the tests, and the benchmark scripts imported as modules."""

import importlib
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "seeds"
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"


@contextmanager
def benchmark_script(name: str) -> Iterator[ModuleType]:
    """A script of benchmarks/ imported as a module (that folder on sys.path only meanwhile)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        yield importlib.import_module(name)
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
