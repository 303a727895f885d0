"""Compile the extractor's hot modules (``claimtab.compiled.MODULES``) with mypyc into
``build/mypyc/``, with a manifest of the sources they were built from.

    python tools/compile.py              # make setup runs it
    python tools/compile.py --if-stale   # only when the build is missing or older than a source

The build is used only while every one of those sources is unchanged (``claimtab.compiled``),
so an edited module runs as Python until this is run again. When compiling fails (no C
compiler, say) this says why in one line and exits 1; the extractor then runs as Python.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "claimtab"
sys.path.insert(0, str(ROOT / "src"))

from claimtab.compiled import BUILD_DIR, MANIFEST, MODULES, source_digest, usable  # noqa: E402

#: mypy's settings for the build: the packages without type stubs are read as untyped.
MYPY_INI = "[mypy]\nignore_missing_imports = True\n"


def compile_into(work: Path) -> list[Path]:
    """Compile a copy of the package in ``work``; the built libraries (raise on failure)."""
    shutil.copytree(SRC, work / "claimtab", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    (work / "mypy.ini").write_text(MYPY_INI, "utf-8")
    files = [f"claimtab/{name}.py" for name in MODULES]
    done = subprocess.run([sys.executable, "-m", "mypyc", *files], cwd=work,
                          capture_output=True, text=True)
    if done.returncode != 0:
        lines = (done.stdout + done.stderr).strip().splitlines()
        errors = [line for line in lines if "error" in line.lower()] or lines[-1:]
        raise RuntimeError("; ".join(errors[:3]) or f"mypyc exited with {done.returncode}")
    suffix = EXTENSION_SUFFIXES[0]
    return sorted(work.glob(f"*{suffix}")) + [work / "claimtab" / f"{m}{suffix}" for m in MODULES]


def install(built: list[Path], work: Path) -> None:
    """Put the libraries and their manifest in place of the old build, in one rename."""
    staging = BUILD_DIR.with_name(BUILD_DIR.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    (staging / "claimtab").mkdir(parents=True)
    for lib in built:
        rel = lib.relative_to(work)
        shutil.copy2(lib, staging / rel)
    manifest = {
        "ext_suffix": EXTENSION_SUFFIXES[0],
        "python": sys.version.split()[0],
        "sources": {name: source_digest(SRC / f"{name}.py") for name in MODULES},
        "files": [str(lib.relative_to(work)) for lib in built],
    }
    (staging / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", "utf-8")
    old = BUILD_DIR.with_name(BUILD_DIR.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if BUILD_DIR.exists():
        BUILD_DIR.rename(old)
    staging.rename(BUILD_DIR)
    shutil.rmtree(old, ignore_errors=True)


def main(argv: list[str]) -> int:
    """Build, or say in one line why not."""
    if "--if-stale" in argv and usable():
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        try:
            built = compile_into(work)
            missing = [str(p.name) for p in built if not p.is_file()]
            if missing:
                raise RuntimeError(f"mypyc wrote no {', '.join(missing)}")
            install(built, work)
        except (OSError, RuntimeError) as exc:
            print(f"tools/compile.py: not compiled, the extractor runs as Python: {exc}")
            return 1
    print(f"tools/compile.py: {len(MODULES)} modules compiled into {BUILD_DIR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
