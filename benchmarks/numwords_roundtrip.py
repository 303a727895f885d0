"""Round trip of the number-word reader: spell random numbers, read them back, count exact values.

The phrases come from an independent speller (num2words; the vocabulary is from CLDR/ICU), or,
for Tagalog, which num2words lacks, from the small speller below. Seeded, so the figures are the
same on every run::

    .venv/bin/python benchmarks/numwords_roundtrip.py [--n 2000]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable, Iterator

from num2words import num2words

from claimtab.languages import load_language
from claimtab.numbers import find_quantities
from claimtab.numwords import available_codes, read_number_words, reader

FI_CASES = ["nominative", "genitive", "partitive", "inessive", "elative", "illative",
            "adessive", "ablative", "allative", "essive", "translative"]
RU_FORMS = [{"case": c, "gender": g} for c in ("n", "g", "d", "a", "i", "p") for g in "mfn"]
COUNTER = {"ja": "人", "ko": " 명", "zh": "名"}
UK_FORMS = [{}, {"gender": "feminine"}]
TL_UNITS = ["", "isa", "dalawa", "tatlo", "apat", "lima", "anim", "pito", "walo", "siyam"]
TL_TENS = ["", "sampu", "dalawampu", "tatlumpu", "apatnapu", "limampu", "animnapu", "pitumpu",
           "walumpu", "siyamnapu"]
TL_TEENS = ["sampu", "labing-isa", "labindalawa", "labintatlo", "labing-apat", "labinlima",
            "labing-anim", "labimpito", "labingwalo", "labinsiyam"]


def _tl_link(word: str) -> str:
    """Tagalog's linker before a following word: -ng after a vowel, 'na' after a consonant."""
    return word + "ng" if word[-1] in "aeiou" else word + " na"


def _tl_below_1000(n: int) -> str:
    h, rest = divmod(n, 100)
    parts = []
    if h:
        hundred = "raan" if TL_UNITS[h][-1] in "aeiou" else "daan"
        parts.append("sandaan" if h == 1 else f"{_tl_link(TL_UNITS[h])} {hundred}")
    if 10 <= rest < 20:
        parts.append(TL_TEENS[rest - 10])
    elif rest:
        t, u = divmod(rest, 10)
        if t and u:
            parts.append(f"{TL_TENS[t]}'t {TL_UNITS[u]}")
        else:
            parts.append(TL_TENS[t] or TL_UNITS[u])
    return " at ".join(parts)


def tagalog(n: int) -> str:
    """Spell a number in Tagalog (standard forms: dalawampu't lima, tatlong daan, limang libo)."""
    if n == 0:
        return "sero"
    parts = []
    for scale, name in ((10**9, "bilyon"), (10**6, "milyon"), (10**3, "libo")):
        k, n = divmod(n, scale)
        if k:
            parts.append(f"{_tl_link(_tl_below_1000(k))} {name}")
    if n:
        parts.append(_tl_below_1000(n))
    return " ".join(parts)


def turkish(n: int) -> str:
    """num2words' Turkish, with the thousands spelled apart: it drops the "bir" of a thousands
    group ending in one ("on bir bin" comes out "onbin", 10,000)."""
    if n == 0:
        return num2words(0, lang="tr")
    high, thousands, rest = n - n % 10**6, (n // 1000) % 1000, n % 1000
    parts = [num2words(high, lang="tr")] if high else []
    if thousands:
        parts.append("bin" if thousands == 1 else num2words(thousands, lang="tr") + "bin")
    if rest:
        parts.append(num2words(rest, lang="tr"))
    return "".join(parts)


ZH_DIGITS = "零一二三四五六七八九"


def _zh_below_10000(n: int, lead: bool) -> str:
    """Chinese 1..9999: 三千零五十; a gap of zeros is one 零; 十 alone opens a number (十五)."""
    out, zero = "", False
    for value, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, value)
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += ("" if value == 10 and d == 1 and lead and not out else ZH_DIGITS[d]) + name
    return out


def chinese(n: int, traditional: bool = False) -> str:
    """Spell a number in Chinese (simplified, or traditional 萬/億): 一亿二千万零五十."""
    if n == 0:
        return "零"
    out = ""
    for value, name in ((10**8, "億" if traditional else "亿"), (10**4, "萬" if traditional
                                                                    else "万"), (1, "")):
        k, n = divmod(n, value)
        if k:
            if out and k < 1000:
                out += "零"
            out += _zh_below_10000(k, lead=not out) + name
    return out


def spellers(code: str) -> list[tuple[str, Callable[[int], str]]]:
    """The independent spellers of a language: (form name, function)."""
    if code == "tl":
        return [("cardinal", tagalog)]
    if code == "tr":
        return [("cardinal", turkish)]
    if code == "zh":
        return [("simplified", chinese), ("traditional", lambda n: chinese(n, True))]
    if code == "fi":
        return [(c, lambda n, c=c: num2words(n, lang="fi", case=c)) for c in FI_CASES]
    if code == "ru":
        return [(f"{f['case']}-{f['gender']}", lambda n, f=f: num2words(n, lang="ru", **f))
                for f in RU_FORMS]
    if code == "uk":
        return [(f.get("gender", "masculine"), lambda n, f=f: num2words(n, lang="uk", **f))
                for f in UK_FORMS]
    if code == "it":  # num2words elides "io" to "o" everywhere: "centodicotto" for centodiciotto
        return [("cardinal", lambda n: num2words(n, lang="it").replace("dicotto", "diciotto"))]
    # num2words writes "one thousand, one hundred": the comma is its style, not the language's.
    return [("cardinal", lambda n: num2words(n, lang=code).replace(",", ""))]


def numbers(code: str, n: int) -> Iterator[int]:
    """n seeded numbers from 0 to 10**9: half spread over magnitudes, half uniform."""
    rng = random.Random(f"numwords-{code}")
    for i in range(n):
        yield int(10 ** rng.uniform(0, 9)) if i % 2 else rng.randint(0, 10**9)


def _read_words(text: str, code: str) -> list[tuple[int, int, float | None]]:
    """(start, end, value) of every number phrase the number-word reader finds."""
    return [(s.start, s.end, s.value) for s in read_number_words(text, code)]


def _read_extractor(text: str, code: str) -> list[tuple[int, int, float | None]]:
    """(start, end, value) of every quantity the extractor's ``find_quantities`` finds."""
    lang = load_language(code)
    return [(q.start, q.end, q.value_low) for q in find_quantities(text, lang)]


def _never_alone(code: str) -> set[str]:
    """Number words a language with spaces never reads on their own (they are mostly others)."""
    rd = reader(code)
    return set(rd.data.get("never_alone", [])) if rd is not None and rd.separated else set()


def roundtrip(
    code: str, n: int = 2000, through: str = "numwords"
) -> tuple[int, int, int, list[tuple[int, str, str]]]:
    """(phrases, exact, wrong, examples of misses) for one language, read by the number-word
    reader (``through="numwords"``) or by ``find_quantities`` (``"find_quantities"``)."""
    read = _read_words if through == "numwords" else _read_extractor
    total = exact = wrong = 0
    misses: list[tuple[int, str, str]] = []
    forms = spellers(code)
    alone = _never_alone(code)
    skipped = 0  # phrases never read alone are replaced by further numbers of the same seed
    for i, value in enumerate(numbers(code, 2 * n)):
        if i - skipped >= n:
            break
        if code in ("ja", "ko", "zh") and value == 0:
            continue
        name, spell = forms[i % len(forms)]
        phrase = spell(value)
        if phrase in alone:  # deliberately not read alone (vi "năm", five, is mostly "year")
            skipped += 1
            continue
        # A number spelled in Japanese or Korean stands before its counter.
        text = phrase + COUNTER.get(code, "")
        found = read(text, code)
        total += 1
        if len(found) == 1 and found[0][:2] == (0, len(phrase)) and found[0][2] == value:
            exact += 1
            continue
        if any(v != value for _a, _b, v in found):
            wrong += 1
        if len(misses) < 5:
            misses.append((value, name, phrase))
    return total, exact, wrong, misses


def table(n: int = 2000) -> list[dict[str, object]]:
    """Per language: phrases, exact rate and wrong values, by the reader and by the extractor."""
    rows = []
    for code in available_codes():
        row: dict[str, object] = {"lang": code}
        for through in ("numwords", "find_quantities"):
            total, exact, wrong, _ = roundtrip(code, n, through)
            row |= {"phrases": total, f"{through}_exact": round(100 * exact / total, 2),
                    f"{through}_wrong": wrong}
        rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    """Print the exact-value rate of every language."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    for code in available_codes():
        for through in ("numwords", "find_quantities"):
            total, exact, wrong, misses = roundtrip(code, args.n, through)
            print(f"{through} {code}: {exact}/{total} exact ({100 * exact / total:.2f}%), "
                  f"{wrong} with a wrong value")
            if args.verbose:
                for m in misses:
                    print("   ", m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
