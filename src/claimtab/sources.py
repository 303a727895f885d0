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

from .compiled import PACKAGE_DIR
from .text import fold

REGISTRY_FILE = PACKAGE_DIR / "sources.toml"
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
    pattern: str
    word_boundaries: bool
    source_id: str
    #: Lowercase text every match holds (its leading literal), "" if none: a phrase without it
    #: is passed over without the regex, which is compiled only when first needed.
    needs: str

    @property
    def regex(self) -> re.Pattern[str]:
        """The alias compiled (once, whichever languages fall back to it)."""
        return _compiled(self.pattern, self.word_boundaries)


_META = set("\\.^$*+?{}[]|()")


@lru_cache(maxsize=4096)
def _leading_literal(pattern: str) -> str:
    """The literal text a pattern's every match begins with ("kim jong" of 'kim jong[- ]?un'),
    lowercase; "" when an alternation at the top or a special character comes first."""
    depth = 0
    for ch in pattern:
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            return ""
    out = []
    for i, ch in enumerate(pattern):
        if ch in _META or pattern[i + 1 : i + 2] in ("?", "*", "{"):
            break
        out.append(ch)
    lit = "".join(out).lower()
    return lit if len(lit) >= 2 else ""


@lru_cache(maxsize=1)
def _raw() -> dict[str, list[dict]]:  # type: ignore[type-arg]
    """The registry file as read (once)."""
    with open(REGISTRY_FILE, "rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=1)
def registry() -> dict[str, Source]:
    """Every source of the registry by id, checked when first read."""
    raw = _raw()
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
    """Each source's id and its aliases by language."""
    return [(e["id"], e.get("aliases", {})) for e in _raw().get("source", [])]


@lru_cache(maxsize=64)
def _aliases(lang: str, word_boundaries: bool) -> tuple[_Alias, ...]:
    """The aliases for one language: its own first, then the fallbacks."""
    out: list[_Alias] = []
    for code in dict.fromkeys((lang, *FALLBACK_LANGS)):
        for source_id, aliases in _raw_aliases():
            for pattern in aliases.get(code, []):
                out.append(_Alias(pattern, word_boundaries, source_id, _leading_literal(pattern)))
    return tuple(out)


@lru_cache(maxsize=4096)
def _compiled(pattern: str, word_boundaries: bool) -> re.Pattern[str]:
    """One alias compiled once, whichever languages fall back to it."""
    body = rf"(?<!\w)(?:{pattern})(?!\w)" if word_boundaries else f"(?:{pattern})"
    return re.compile(body, re.IGNORECASE)


@lru_cache(maxsize=64)
def _alias_index(
    lang: str, word_boundaries: bool
) -> tuple[tuple[int, ...], dict[str, tuple[int, ...]]]:
    """The positions in ``_aliases`` of the aliases without a leading literal, and of the others
    by their literal's first two letters: a phrase is tried only on aliases it may match."""
    free: list[int] = []
    by_pair: dict[str, list[int]] = {}
    for i, alias in enumerate(_aliases(lang, word_boundaries)):
        if alias.needs:
            by_pair.setdefault(alias.needs[:2], []).append(i)
        else:
            free.append(i)
    return tuple(free), {k: tuple(v) for k, v in by_pair.items()}


def _candidates(phrase: str, lang: str, word_boundaries: bool) -> list[_Alias]:
    """The aliases a phrase may match, in the registry's order."""
    lowered = phrase.lower()
    free, by_pair = _alias_index(lang, word_boundaries)
    found = set(free)
    for i in range(len(lowered) - 1):
        found.update(by_pair.get(lowered[i : i + 2], ()))
    aliases = _aliases(lang, word_boundaries)
    return [aliases[i] for i in sorted(found) if aliases[i].needs in lowered]


@lru_cache(maxsize=50_000)
def identify(phrase: str, lang: str, word_boundaries: bool = True) -> Source | None:
    """The registry's source for a claimant phrase, or None when it names no known source.

    The alias that starts earliest in the phrase wins (the longest on a tie); a person gives
    way to the body they speak for, so "HUR chief Kyrylo Budanov" and "Budanov" are one source.
    """
    found = _named_id(phrase, lang, word_boundaries)
    return _body(found) if found is not None else None


def named_bodies(text: str, lang: str, word_boundaries: bool = True) -> list[Source]:
    """Every registry body a text names, in the order they first appear (people as the body
    they speak for), for reading who a sentence cites besides its claimant."""
    text = fold(text)
    found: dict[str, int] = {}
    for alias in _candidates(text, lang, word_boundaries):
        m = alias.regex.search(text)
        if m is not None:
            src = _body(alias.source_id)
            found[src.id] = min(found.get(src.id, m.start()), m.start())
    return [registry()[i] for i, _at in sorted(found.items(), key=lambda kv: (kv[1], kv[0]))]


def names_person(phrase: str, lang: str, word_boundaries: bool = True) -> bool:
    """Whether the registry entry a claimant phrase names is a person ("Kirby"), not a body."""
    found = _named_id(phrase, lang, word_boundaries)
    return found is not None and registry()[found].person


@lru_cache(maxsize=50_000)
def _named_id(phrase: str, lang: str, word_boundaries: bool) -> str | None:
    """The id of the registry entry whose alias starts earliest in the phrase (longest on a tie);
    the phrase is folded first, so a curly apostrophe is a straight one ("Britain’s")."""
    phrase = fold(phrase)
    best: tuple[int, int, str] | None = None
    for alias in _candidates(phrase, lang, word_boundaries):
        m = alias.regex.search(phrase)
        if m is None:
            continue
        key = (m.start(), -(m.end() - m.start()), alias.source_id)
        if best is None or key[:2] < best[:2]:
            best = key
    return best[2] if best is not None else None


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


@dataclass(frozen=True)
class _People:
    """The aliases of the registry's people for one language, each with its case-folded text,
    and all those texts in one string (to rule a surname out with one search)."""

    aliases: tuple[tuple[str, _Alias], ...]
    text: str


@lru_cache(maxsize=64)
def _person_aliases(lang: str) -> _People:
    """The registry's people's aliases for one language."""
    found = tuple((a.pattern.casefold(), a) for a in _aliases(lang, True)
                  if registry()[a.source_id].person)
    return _People(found, "\n".join(f for f, _a in found))


@lru_cache(maxsize=4096)
def _aliases_holding(stems: tuple[str, ...], lang: str) -> tuple[_Alias, ...]:
    """The registry people's aliases whose pattern holds every stem (cheap: no regex)."""
    people = _person_aliases(lang)
    if not all(stem in people.text for stem in stems):
        return ()  # no person's alias holds the surname (one search of all of them)
    return tuple(alias for folded, alias in people.aliases if all(s in folded for s in stems))


def named_in_full(who: str, text: str, end: int, lang: str) -> Source | None:
    """The body of the registry person whose full name, last written in ``text`` before
    ``end``, holds every word of ``who`` ("Kirby added" after "John Kirby"); None if none.

    Only names of capitalised words in languages that separate words: a surname alone.
    """
    words = who.split()
    if not 0 < len(words) <= 2 or not all(w[:1].isupper() for w in words):
        return None
    stems = tuple(w.casefold()[: max(3, len(w) - 2)] for w in words)
    best: tuple[int, str] | None = None
    for alias in _aliases_holding(stems, lang):
        for start, stop, name in _written(alias, text):
            if stop > end:
                break
            if len(name) > len(words) and all(any(_same_word(w, x) for x in name) for w in words):
                if best is None or start > best[0]:
                    best = (start, alias.source_id)
    return _body(best[1]) if best else None


@lru_cache(maxsize=256)
def _written(alias: _Alias, text: str) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """Where ``alias`` is written in ``text``, with its words (found once per document)."""
    found = alias.regex.finditer(text)
    return tuple((m.start(), m.end(), tuple(m.group(0).split())) for m in found)
