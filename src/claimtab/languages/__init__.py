"""Language files: one TOML file per language holds its number words, hedges and cues.

Adding a language means adding ``<code>.toml`` here (and its test cases in ``tests/<code>.toml``),
or in a folder named by the ``CLAIMTAB_LANG_DIR`` environment variable (or ``lang_dir=``
arguments); no code changes. The format is declared in ``schema.py`` and explained, key by key,
in ``README.md``; ``en.toml`` is the reference file that has every key.
"""

from __future__ import annotations

import os
import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from .language import Language, NounRule, NumberScanners, build_language, furniture_regex
from .patterns import WordScanner, alternation
from .schema import (
    CommonFile,
    LanguageError,
    LanguageFile,
    NounEntry,
    read_common_file,
    read_language_file,
)

__all__ = [
    "CURRENCIES",
    "CURRENCY_SYMBOLS",
    "Language",
    "LanguageError",
    "LanguageFile",
    "NounRule",
    "NumberScanners",
    "WordScanner",
    "alternation",
    "available",
    "common_furniture",
    "find_file",
    "language_dirs",
    "load_language",
]

HERE = Path(__file__).resolve().parent
COMMON_FILE = HERE / "_common.toml"
#: Currency symbols and the ISO codes they stand for; the codes are the report's money units.
CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "₩": "KRW", "₽": "RUB", "¥": "JPY"}
CURRENCIES = tuple(CURRENCY_SYMBOLS.values())


def language_dirs(lang_dir: str | os.PathLike[str] | None = None) -> list[Path]:
    """Folders searched for language files, the user's first."""
    dirs: list[Path] = []
    if lang_dir:
        dirs.append(Path(lang_dir))
    env = os.environ.get("CLAIMTAB_LANG_DIR")
    if env:
        dirs.extend(Path(p) for p in env.split(os.pathsep) if p)
    dirs.append(HERE)
    return dirs


def available(lang_dir: str | os.PathLike[str] | None = None) -> list[str]:
    """Codes of every language that has a file, sorted."""
    codes: set[str] = set()
    for d in language_dirs(lang_dir):
        if d.is_dir():
            codes.update(p.stem for p in d.glob("*.toml") if not p.stem.startswith("_"))
    return sorted(codes)


def find_file(code: str, lang_dir: str | os.PathLike[str] | None = None) -> Path | None:
    """The language file for ``code``, or None when there is none."""
    if not re.fullmatch(r"[a-z]{2,3}", code or ""):
        return None
    for d in language_dirs(lang_dir):
        p = d / f"{code}.toml"
        if p.is_file():
            return p
    return None


def load_language(code: str, lang_dir: str | os.PathLike[str] | None = None) -> Language:
    """Load and compile the language file for ``code``; raise LanguageError if there is none."""
    path = find_file(code, lang_dir)
    if path is None:
        raise LanguageError(
            f"no language file for {code!r} (have: {', '.join(available(lang_dir))})"
        )
    return _load_path(str(path))


def common_furniture() -> re.Pattern[str]:
    """Furniture lines that apply whatever the language."""
    return furniture_regex(_common().furniture.lines)


def _read_toml(path: Path) -> dict[str, Any]:
    """A TOML file as a dict; LanguageError naming the file if it cannot be read."""
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LanguageError(f"{path.name}: cannot read language file: {exc}") from exc


@lru_cache(maxsize=1)
def _common() -> CommonFile:
    return read_common_file(_read_toml(COMMON_FILE), COMMON_FILE.name)


def read_spec(path: Path) -> tuple[LanguageFile, dict[str, Any]]:
    """A language file checked against the format, and as read."""
    raw = _read_toml(path)
    return read_language_file(raw, path.name), raw


@lru_cache(maxsize=64)
def _load_path(path_str: str) -> Language:
    path = Path(path_str)
    spec, raw = read_spec(path)
    borrowed: list[NounEntry] = []
    if spec.borrow_nouns_from:
        borrowed = read_spec(path.parent / f"{spec.borrow_nouns_from}.toml")[0].categories.nouns
    try:
        return build_language(spec, raw, path, _common(), borrowed)
    except re.error as exc:
        raise LanguageError(f"{path.name}: malformed language file: {exc}") from exc
