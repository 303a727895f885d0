"""The source registry (``sources.toml``): one canonical name, country and kind per source.

A claimant phrase as the text writes it ("des südkoreanischen Geheimdienstes NIS", "국정원",
"Кирилл Буданов") is looked up here, so that claims by one body under many names and in many
languages can be grouped and compared. The registry is data: a new name is a line in the file.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

REGISTRY_FILE = Path(__file__).resolve().parent / "sources.toml"
COUNTRIES = {"UA", "KR", "RU", "KP", "US", "GB", "FR", "UN", "media", "other"}
KINDS = {
    "government", "military", "intelligence", "parliament", "official", "research", "media",
    "international", "other",
}
#: Aliases tried in every language after its own: names are often quoted in English.
FALLBACK_LANGS = ("any", "en")


class RegistryError(ValueError):
    """The registry file is malformed."""


@dataclass(frozen=True)
class Source:
    """One body (or person) that makes claims."""

    id: str
    name: str
    country: str
    kind: str
    speaks_for: str = ""
    person: bool = False


@dataclass(frozen=True)
class _Alias:
    regex: re.Pattern[str]
    source_id: str


@lru_cache(maxsize=1)
def registry() -> dict[str, Source]:
    """Every source of the registry by id, checked when first read."""
    with open(REGISTRY_FILE, "rb") as fh:
        raw = tomllib.load(fh)
    out: dict[str, Source] = {}
    for entry in raw.get("source", []):
        speaks_for = entry.get("speaks_for", "")
        src = Source(entry["id"], entry["name"], entry["country"], entry["kind"], speaks_for,
                     bool(entry.get("person", bool(speaks_for))))
        if src.country not in COUNTRIES or src.kind not in KINDS or src.id in out:
            raise RegistryError(f"{REGISTRY_FILE.name}: bad entry {src.id!r}")
        out[src.id] = src
    for src in out.values():
        if src.speaks_for and src.speaks_for not in out:
            raise RegistryError(f"{REGISTRY_FILE.name}: {src.id} speaks for unknown id")
    return out


@lru_cache(maxsize=1)
def _raw_aliases() -> list[tuple[str, dict[str, list[str]]]]:
    with open(REGISTRY_FILE, "rb") as fh:
        raw = tomllib.load(fh)
    return [(e["id"], e.get("aliases", {})) for e in raw.get("source", [])]


@lru_cache(maxsize=64)
def _aliases(lang: str, word_boundaries: bool) -> tuple[_Alias, ...]:
    """Compiled aliases for one language: its own first, then the fallbacks."""
    out: list[_Alias] = []
    for code in dict.fromkeys((lang, *FALLBACK_LANGS)):
        for source_id, aliases in _raw_aliases():
            for pattern in aliases.get(code, []):
                body = rf"(?<!\w)(?:{pattern})(?!\w)" if word_boundaries else f"(?:{pattern})"
                out.append(_Alias(re.compile(body, re.IGNORECASE), source_id))
    return tuple(out)


@lru_cache(maxsize=50_000)
def identify(phrase: str, lang: str, word_boundaries: bool = True) -> Source | None:
    """The registry's source for a claimant phrase, or None when it names no known source.

    The alias that starts earliest in the phrase wins (the longest on a tie); a person gives
    way to the body they speak for, so "HUR chief Kyrylo Budanov" and "Budanov" are one source.
    """
    best: tuple[int, int, str] | None = None
    for alias in _aliases(lang, word_boundaries):
        m = alias.regex.search(phrase)
        if m is None:
            continue
        key = (m.start(), -(m.end() - m.start()), alias.source_id)
        if best is None or key[:2] < best[:2]:
            best = key
    if best is None:
        return None
    return _body(best[2])


def _body(source_id: str) -> Source:
    """The source of an id, or the body it speaks for."""
    src = registry()[source_id]
    return registry()[src.speaks_for] if src.speaks_for else src


def _same_word(short: str, full: str) -> bool:
    """Whether a word of a surname alone is a word of a full name, inflected or not
    ("Kirby"/"Kirby", "Коваленка"/"Коваленко": the same stem but for a short ending)."""
    a, b = short.casefold(), full.casefold()
    if a == b:
        return True
    common = len(os.path.commonprefix([a, b]))
    return common >= 4 and common >= min(len(a), len(b)) - 2


def named_in_full(who: str, text: str, end: int, lang: str) -> Source | None:
    """The body of the registry person whose full name, last written in ``text`` before
    ``end``, holds every word of ``who`` ("Kirby added" after "John Kirby"); None if none.

    Only names of capitalised words in languages that separate words: a surname alone.
    """
    words = who.split()
    if not 0 < len(words) <= 2 or not all(w[:1].isupper() for w in words):
        return None
    stems = [w.casefold()[: max(3, len(w) - 2)] for w in words]
    best: tuple[int, str] | None = None
    for alias in _aliases(lang, True):
        if not registry()[alias.source_id].person:
            continue
        if not all(stem in alias.regex.pattern.casefold() for stem in stems):
            continue  # cheap: the pattern cannot hold the surname
        for m in alias.regex.finditer(text, 0, end):
            name = m.group(0).split()
            if len(name) > len(words) and all(any(_same_word(w, x) for x in name) for w in words):
                if best is None or m.start() > best[0]:
                    best = (m.start(), alias.source_id)
    return _body(best[1]) if best else None
