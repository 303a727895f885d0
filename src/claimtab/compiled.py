"""The compiled build of the extractor: its hot modules compiled to C with mypyc
(``tools/compile.py``, run by ``make setup``), used only when built from the very sources on disk.

The build lives outside the package, in ``build/mypyc/`` at the project's root, with a manifest
of the SHA-256 of every source it was compiled from. When a source has changed since, or the
build is for another Python, or ``CLAIMTAB_PURE=1`` is set, nothing compiled is used and the
same code runs as Python: the results are the same (a test compares them), only slower.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

#: The package's own folder (data files are found from here, never from a compiled module).
PACKAGE_DIR = Path(__file__).resolve().parent
#: Where ``tools/compile.py`` writes the build.
BUILD_DIR = PACKAGE_DIR.parents[1] / "build" / "mypyc"
MANIFEST = "manifest.json"
#: The modules compiled: the extraction stages, which every document runs through.
MODULES = (
    "attribution", "claims", "nouns", "numbers", "numwords", "rates", "reading", "sentences",
    "sources", "status", "text", "transfers",
)

_ACTIVE: list[bool] = [False]


def source_digest(path: Path) -> str:
    """The SHA-256 of a source file, as the manifest records it."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def usable(build: Path = BUILD_DIR) -> bool:
    """Whether the build in ``build`` may be used: made for this Python, from today's sources."""
    if os.environ.get("CLAIMTAB_PURE") == "1":
        return False
    try:
        manifest = json.loads((build / MANIFEST).read_text("utf-8"))
        if manifest.get("ext_suffix") != EXTENSION_SUFFIXES[0]:
            return False
        sources, files = manifest["sources"], manifest["files"]
        return (
            sorted(sources) == sorted(MODULES)
            and all((build / f).is_file() for f in files)
            and all(source_digest(PACKAGE_DIR / f"{m}.py") == d for m, d in sources.items())
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False


def attach(package_path: list[str]) -> None:
    """Put the compiled modules before the Python ones on the package's path, if usable."""
    if not usable():
        return
    sys.path.append(str(BUILD_DIR))  # the shared library the modules' stubs import
    package_path.insert(0, str(BUILD_DIR / "claimtab"))
    _ACTIVE[0] = True


def active() -> bool:
    """Whether this process runs the compiled extractor (for benchmarks and reports)."""
    return _ACTIVE[0]
