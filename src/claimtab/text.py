"""Text normalisation: NFC for storage, and a same-length "fold" for matching.

The loaded document text keeps its original characters (so evidence is verbatim). Matching runs
on ``fold(text)``, which maps each character to exactly one character, so every offset found in
the folded text is also an offset in the original.
"""

from __future__ import annotations

import re
import unicodedata

# Every space-like character becomes an ordinary space.
_SPACES = "\u00a0\u1680\u202f\u205f\u3000" + "".join(chr(c) for c in range(0x2000, 0x200B))
# Dashes and minus signs become "-".
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_DQUOTES = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e\uff02"
_SQUOTES = "\u2018\u2019\u201a\u201b\u2032\u2039\u203a\uff07"


class _FoldTable(dict):
    """The fold mapping; a character not stated below is looked up once, then cached: every
    Unicode decimal digit (Arabic-Indic ٣, Devanagari ३, ...) becomes its ASCII digit."""

    def __missing__(self, key: int) -> str:
        ch = chr(key)
        digit = unicodedata.decimal(ch, None) if key > 0x7F else None
        self[key] = value = ch if digit is None else str(digit)
        return value


_FOLD_TABLE: dict[int, str] = _FoldTable()
for _c in _SPACES:
    _FOLD_TABLE[ord(_c)] = " "
for _c in _DASHES:
    _FOLD_TABLE[ord(_c)] = "-"
for _c in _DQUOTES:
    _FOLD_TABLE[ord(_c)] = '"'
for _c in _SQUOTES:
    _FOLD_TABLE[ord(_c)] = "'"
# Full-width digits, letters, percent and punctuation used in CJK text, one char each.
for _i in range(10):
    _FOLD_TABLE[0xFF10 + _i] = str(_i)
for _src, _dst in {
    "，": ",",
    "．": ".",
    "％": "%",
    "～": "~",
    "〜": "~",
    "\u223c": "~",  # the tilde operator Korean wires write ranges with: "1만1000∼1만2000명"
    "：": ":",
    "（": "(",
    "）": ")",
    "\u066b": ".",  # Arabic decimal separator
    "\u066c": ",",  # Arabic thousands separator
    "\u060c": ",",  # Arabic comma
    "\u061b": ";",  # Arabic semicolon
    "\u061f": "?",  # Arabic question mark
}.items():
    _FOLD_TABLE[ord(_src)] = _dst
_FOLD_TABLE[ord("\t")] = " "
# Turkish dotted capital I lowercases to two characters ("i" and a combining dot): fold it to
# "I", so that "İstihbarat" matches "istihbarat" case-insensitively.
_FOLD_TABLE[ord("\u0130")] = "I"


def fold(text: str) -> str:
    """Return a same-length copy of ``text`` with spaces, dashes, quotes and digits made uniform
    (every decimal digit ASCII)."""
    return text.translate(_FOLD_TABLE)


def normalise(text: str) -> str:
    """Return NFC text with Windows/Mac line ends made ``\\n`` and zero-width characters removed."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub("[\u200b\u200c\u200d\u2060\ufeff]", "", text)


def word_count(text: str) -> int:
    """Count words; CJK text without spaces counts each ideograph/syllable run of 2 chars as one."""
    words = re.findall(r"\w+", text)
    n = 0
    for w in words:
        cjk = sum(1 for ch in w if _is_cjk(ch))
        n += 1 if cjk == 0 else max(1, (cjk + 1) // 2) + (1 if cjk < len(w) else 0)
    return n


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (
        0x3040 <= o <= 0x30FF  # kana
        or 0x3400 <= o <= 0x9FFF  # CJK ideographs
        or 0xAC00 <= o <= 0xD7AF  # Hangul syllables
        or 0xF900 <= o <= 0xFAFF
    )


def count(n: int, noun: str, plural: str | None = None, none: str = "no") -> str:
    """A number with its noun, as prose says it: "no claim", "1 claim", "2,000 claims"."""
    if n == 0:
        return f"{none} {noun}"
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"
