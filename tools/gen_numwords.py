"""Regenerate src/claimtab/languages/numwords/<code>.json from CLDR spell-out rules (PyICU).

Run: ``python3 tools/gen_numwords.py [CODE ...] [--out DIR]`` with PyICU importable (Debian:
``apt-get install python3-icu``, ICU 72.1, which wrote the files as they are; ``pip install
pyicu==2.17`` builds against the same system ICU, given its headers, ``libicu-dev``). Without
codes it writes every language of LOCALES and every file already there. A code not in LOCALES
is read with the ICU locale of the same name (``python -m claimtab new-language`` does this);
an ICU without spell-out rules for it is an error, never English. Nothing here runs at run
time: the reader (``claimtab.numwords``) only reads the JSON files this writes.

Each file lists number *forms* (lower case, soft hyphens removed) with their roles:
``add`` (a number below 1000 that adds), ``mul`` (a word that multiplies the number before it:
"hundred", "sataa", "cents", 百, 십), ``scale`` (1000 and up, multiplying the group before it).
Roles are learnt from the CLDR output of every cardinal rule set (cases, genders, native
Korean). What CLDR has no rules for (fractions of a scale, dozens, approximate numerals,
typographic variants such as 萬, Tagalog's contracted tens) is stated in EXTRAS below.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

import icu  # type: ignore[import-not-found]

OUT = Path(__file__).resolve().parents[1] / "src" / "claimtab" / "languages" / "numwords"
LOCALES = {"en": "en", "de": "de", "es": "es", "fr": "fr", "fi": "fi", "ru": "ru", "uk": "uk",
           "ja": "ja", "ko": "ko", "tl": "fil", "it": "it", "pt": "pt", "nl": "nl", "pl": "pl",
           "cs": "cs", "tr": "tr", "id": "id", "vi": "vi", "zh": "zh", "ar": "ar"}
# Further CLDR locales whose forms a language's press also writes: European Portuguese
# ("dezasseis", "bilião" = 10**12, "mil milhões") beside Brazilian ("dezesseis", "bilhão"), and
# the traditional Chinese script beside the simplified.
MORE_LOCALES = {"pt": ["pt_PT"], "zh": ["zh_Hant"]}
SCALES = (1000, 10**6, 10**9, 10**12)
CJK = {"ja", "ko", "zh"}

# Hand-stated data CLDR has no rules for. Keys: add/mul/scale forms; fractions (a part of the
# scale word that follows: "half a million"); approx (approximate numerals, read as approx);
# articles (1 before a scale, mul or dozen word: "a million"); dozen (multiplies by 12);
# linkers (words between number words); over_markers (after a number, before its scale:
# 10余万 = over 100,000); lone_one (a lone word for 1 counts: False where it is an article
# or pronoun); not_after (words before a lone 1 that make it a pronoun); approx_plural
# (plural approximate numerals, read only after a number: "deux centaines" is about 200,
# "des centaines" is "hundreds of"); ordinal_prefix/ordinal_suffix (glued to a number, make an
# ordinal: 第25, 25번째; the digit reader uses them too; vi "ngày 18", "tháng 10");
# never_alone (number words never read on their own: a Korean syllable not before a counter,
# vi "năm", five, which alone is mostly "year"); whole_forms (numbers whose CLDR spelling of
# two words is read as one form: "on iki", "dua belas"; glued: also written as one word);
# drop (CLDR words taken out: vi "không", zero, is mostly "not"); lone_scale (a scale word
# alone is one of it, where a counter follows: 近万名 = nearly 10,000, but 万一 is no number).
EXTRAS: dict[str, dict] = {
    "en": {"articles": ["a", "an"], "dozen": ["dozen"], "linkers": ["and"],
           "fractions": {"half a": 0.5, "half": 0.5, "a quarter": 0.25, "quarter of a": 0.25},
           "not_after": ["which", "each", "no", "any", "every", "the", "this", "that", "another",
                         "someone", "anyone", "little", "only", "good", "big", "new", "old"],
           "not_before": ["of", "another", "'s", "by", "day", "after"],
           },
    "de": {"dozen": ["dutzend"], "fractions": {"eine halbe": 0.5, "halbe": 0.5,
           "anderthalb": 1.5, "eineinhalb": 1.5, "zweieinhalb": 2.5},
           "articles": ["ein", "eine", "einem", "einer", "einen"],
           "bare": ["tausend"], "mul_alone": True, "lone_mul": True,
           "lone_one_forms": ["ein", "eine", "einen", "einem", "einer", "eines"]},
    "es": {"approx_of": ["de"], "linkers": ["y"],
           "scale": {"millardo": 10**9, "millardos": 10**9},
           "fractions": {"medio": 0.5, "un cuarto de": 0.25},
           "articles": ["un", "una"], "dozen": ["docena", "docenas"],
           "approx": {"decena": 10, "veintena": 20, "treintena": 30, "centenar": 100,
                      "centenares": 100, "millar": 1000, "millares": 1000, "miles": 1000},
           "approx_plural": ["centenares", "millares", "miles"],
           "mul_alone": False, "lone_one_forms": ["un", "una"],
           "not_after": ["cada", "alguno", "ninguno"], "not_before": ["de", "del", "a"]},
    "fr": {"approx_of": ["de"], "linkers": ["et"], "fractions": {"un demi": 0.5, "demi": 0.5},
           "articles": ["un", "une"], "dozen": ["douzaine", "douzaines"],
           "approx": {"dizaine": 10, "dizaines": 10, "quinzaine": 15, "vingtaine": 20,
                      "vingtaines": 20, "trentaine": 30, "quarantaine": 40,
                      "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "centaines": 100,
                      "millier": 1000, "milliers": 1000},
           "approx_plural": ["dizaines", "vingtaines", "centaines", "milliers"],
           "mul_alone": False, "lone_one_forms": ["un", "une"]},
    "fi": {"fractions": {"puoli": 0.5, "puolitoista": 1.5, "puolentoista": 1.5},
           "approx": {"kymmenkunta": 10, "parikymmentä": 20, "satakunta": 100,
                      "parisataa": 200, "tuhatkunta": 1000,
                      # "-isen": about so many, also before a scale ("kolmisentuhatta")
                      "parisen": 2, "kolmisen": 3, "nelisen": 4, "viitisen": 5, "kuutisen": 6,
                      "kymmenisen": 10},
           "mul_alone": True, "bare_all_scales": True},
    "ru": {"fractions": {"полтора": 1.5, "полторы": 1.5, "полутора": 1.5, "пол": 0.5},
           "approx": {"десяток": 10, "десятка": 10, "полсотни": 50, "сотня": 100,
                      "сотни": 100, "сотен": 100},
           "approx_plural": ["сотни", "сотен"], "bare": ["тысяча", "тысячу"],
           "letter_variants": {"е": "ё"}},
    "uk": {"fractions": {"півтора": 1.5, "півтори": 1.5, "пів": 0.5},
           "approx": {"десяток": 10, "десятка": 10, "сотня": 100, "сотні": 100, "сотень": 100},
           "approx_plural": ["сотні", "сотень"],
           "scale": {"мільйона": 10**6, "мільярда": 10**9, "тисячу": 1000},
           "bare": ["тисяча", "тисячу"]},
    "ja": {"ordinal_prefix": ["第"], "ordinal_suffix": ["番目", "位"],
           "add": {"壱": 1, "弐": 2, "参": 3}, "mul": {"拾": 10},
           "scale": {"萬": 10**4}, "over_markers": ["余", "餘", "多"],
           "counters": ["人", "名", "発", "基", "門", "両", "個", "台", "機", "つ"],
           "mul_alone": True, "lone_scale": True},
    "ko": {"ordinal_prefix": ["제"], "ordinal_suffix": ["번째", "째", "위"],
           "ambiguous_last": ["이"], "space_between": True, "over_markers": ["여", "余", "餘"],
           "never_alone": ["일", "이", "삼", "사", "오", "육", "칠", "팔", "구", "십", "백",
                           "천", "만"],
           "counters": ["명", "발", "개", "기", "문", "대", "정", "척", "살"], "mul_alone": True,
           # Native numerals count to 99 and take no Sino-Korean 백/천/만: "두만강" is a river.
           "native_stems": ["하나", "한", "둘", "두", "셋", "세", "넷", "네", "다섯", "여섯",
                            "일곱", "여덟", "아홉", "열", "스물", "스무", "서른", "마흔", "쉰",
                            "예순", "일흔", "여든", "아흔"]},
    "zh": {"ordinal_prefix": ["第"], "add": {"零": 0}, "over_markers": ["余", "餘", "多"],
           "counters": ["名", "人", "位", "发", "發", "枚", "颗", "顆", "门", "門", "辆", "輛",
                        "架", "套", "个", "個"],
           "mul_alone": True, "lone_scale": True},
    # Arabic: CLDR's forms are the nominative masculine; the oblique case, the feminine 3-10,
    # the dual of the scale words, glued hundreds and the linker و are derived in arabic().
    "ar": {"scale": {"ملايين": 10**6, "مليارات": 10**9, "بليون": 10**9, "بلايين": 10**9},
           "add": {"أحد عشر": 11, "إحدى عشرة": 11, "أحد عشرة": 11}, "linkers": ["و"],
           # "نصف مليون" is half a million; "مليون ونصف" (one and a half) is not read at all.
           "fractions": {"نصف": 0.5, "ونصف": 0.5, "ربع": 0.25, "وربع": 0.25},
           "letter_variants": {"ا": "إ"}},
    "tl": {"add": {"isa": 1, "isang": 1, "dalawa": 2, "dalawang": 2, "tatlo": 3, "tatlong": 3,
                   "apat": 4, "lima": 5, "limang": 5, "anim": 6, "pito": 7, "pitong": 7,
                   "walo": 8, "walong": 8, "siyam": 9, "sampu": 10, "sampung": 10,
                   "dalawampu": 20, "dalawampung": 20, "tatlumpu": 30, "tatlumpung": 30,
                   "apatnapu": 40, "apatnapung": 40, "limampu": 50, "limampung": 50,
                   "animnapu": 60, "animnapung": 60, "pitumpu": 70, "pitumpung": 70,
                   "walumpu": 80, "walumpung": 80, "siyamnapu": 90, "siyamnapung": 90,
                   "sandaan": 100, "sandaang": 100, "sanlibo": 1000, "sanlibong": 1000},
           "mul": {"daan": 100, "daang": 100, "raan": 100, "raang": 100},
           "scale": {"libo": 1000, "libong": 1000, "milyon": 10**6, "milyong": 10**6,
                     "bilyon": 10**9, "bilyong": 10**9},
           "linkers": ["at", "'t", "na", "ng"]},
    # Italian: "un milione e mezzo" (a million and a half) is stated whole, as CLDR has no
    # trailing half; "due milioni e mezzo" stays unread (precision first).
    "it": {"approx_of": ["di"], "linkers": ["e"], "articles": ["un", "uno", "una"],
           "dozen": ["dozzina", "dozzine"],
           "fractions": {"mezzo": 0.5},
           "add": {"un milione e mezzo": 1500000, "un miliardo e mezzo": 1500000000,
                   "tré": 3},  # the accented final "tre" of compounds: "centotré", "milletré"
           "approx": {"decina": 10, "decine": 10, "quindicina": 15, "ventina": 20,
                      "trentina": 30, "quarantina": 40, "cinquantina": 50, "sessantina": 60,
                      "settantina": 70, "ottantina": 80, "novantina": 90, "centinaio": 100,
                      "centinaia": 100, "migliaio": 1000, "migliaia": 1000},
           "approx_plural": ["decine", "centinaia", "migliaia"],
           "mul_alone": False, "lone_one_forms": ["un", "uno", "una"],
           "not_after": ["ciascuno", "ognuno", "nessuno", "qualcuno"],
           "not_before": ["di", "dei", "degli", "delle", "del", "della"]},
    "pt": {"approx_of": ["de"], "linkers": ["e"], "articles": ["um", "uma"],
           "dozen": ["dúzia", "dúzias"],
           "fractions": {"meio": 0.5},
           "add": {"um milhão e meio": 1500000, "um bilhão e meio": 1500000000},
           "approx": {"dezena": 10, "dezenas": 10, "vintena": 20, "centena": 100,
                      "centenas": 100, "milhar": 1000, "milhares": 1000},
           "approx_plural": ["dezenas", "centenas", "milhares"],
           "mul_alone": False, "lone_one_forms": ["um", "uma"],
           "not_after": ["cada", "algum", "nenhum"],
           "not_before": ["de", "dos", "das", "do", "da"]},
    "nl": {"articles": ["een", "één"], "dozen": ["dozijn"], "add": {"één": 1},
           "fractions": {"een half": 0.5, "half": 0.5, "anderhalf": 1.5, "tweeënhalf": 2.5,
                         "drieënhalf": 3.5},
           "approx": {"tiental": 10, "tientallen": 10, "twintigtal": 20, "dertigtal": 30,
                      "veertigtal": 40, "vijftigtal": 50, "honderdtal": 100,
                      "duizendtal": 1000},
           "approx_plural": ["tientallen"], "lone_one_forms": ["een", "één"],
           "not_before": ["van", "der"]},
    # Polish: CLDR's rule sets give every case and gender ("dwudziestu pięciu tysięcy").
    "pl": {"fractions": {"pół": 0.5, "półtora": 1.5, "półtorej": 1.5, "ćwierć": 0.25},
           "not_before": ["z", "ze"]},
    # Czech: CLDR has only nominative rule sets (and spells "milión"); the oblique cases of
    # 5-99 and the one-word 21-99 are made by czech_cases(); those of 1-4 and the case forms of
    # the scale nouns, in today's spelling ("milion", "milionů") as well, are stated here.
    "cs": {"add": {"jednoho": 1, "jedné": 1, "dvou": 2, "dvěma": 2, "tří": 3, "třem": 3,
                   "třemi": 3, "třech": 3, "čtyř": 4, "čtyřem": 4, "čtyřmi": 4, "čtyřech": 4},
           "mul": {"stech": 100},
           "scale": {"tisíc": 1000, "tisíce": 1000, "tisíci": 1000, "tisícem": 1000,
                     "tisících": 1000, "tisícům": 1000,
                     "milion": 10**6, "milionu": 10**6, "milionem": 10**6, "milionů": 10**6,
                     "miliony": 10**6, "milionech": 10**6, "milionům": 10**6,
                     "miliónu": 10**6, "miliónem": 10**6, "miliónech": 10**6,
                     "miliarda": 10**9, "miliardy": 10**9, "miliard": 10**9, "miliardu": 10**9,
                     "miliardě": 10**9, "miliardou": 10**9, "miliardách": 10**9,
                     "miliardám": 10**9, "miliardami": 10**9,
                     "bilion": 10**12, "bilionu": 10**12, "bilionů": 10**12, "biliony": 10**12},
           "bare": ["tisíc", "milion", "milión", "miliarda"],
           "fractions": {"půl": 0.5},
           "not_before": ["z", "ze"]},
    # Turkish: the case forms of the scale words (on binden fazla, yüzden) are made from CLDR's
    # own words by vowel harmony in tr_cases() below; CLDR's two-word teens ("on iki",
    # whole_forms) are one form each, also glued ("oniki"); "bir" alone before a word is "a".
    "tr": {"fractions": {"yarım": 0.5}, "lone_one_forms": ["bir"],
           "whole_forms": list(range(11, 20)), "glued": True,
           "not_before": ["kez", "kere", "defa"]},
    # Indonesian: se- forms (sepuluh, seratus, seribu) are CLDR's; "puluh" (tens) and CLDR's
    # two-word teens ("dua belas", whole_forms) are taken as one form each; sejuta and the older
    # spellings milyar/trilyun are stated here. Plurals (ribuan, puluhan ribu) are vague
    # quantities of id.toml. "kosong" (zero) is also "empty".
    # "seratus" is also a multiplier that needs no number before it: "seratus tujuh puluh" is
    # 100 + 7 x 10, not (100 + 7) x 10.
    "id": {"add": {"sejuta": 10**6}, "mul": {"puluh": 10, "seratus": 100}, "mul_alone": True,
           "whole_forms": list(range(12, 20)),
           "scale": {"milyar": 10**9, "trilyun": 10**12}, "drop": ["kosong"],
           "fractions": {"setengah": 0.5, "separuh": 0.5},
           "lone_one_forms": ["satu"], "not_after": ["salah"]},
    # Vietnamese: ngàn (the southern word for nghìn), tỉ (a spelling of tỷ), mươi (tens: hai
    # mươi), the unit forms after tens (mốt, lăm), lẻ/linh (the zero of 105), chục (ten: hai
    # chục), nửa (half); CLDR's two-word teens ("mười hai") are one form each. "một" alone
    # before a word is the article "a"; "không" (zero) is "not"; "năm" (five) alone is mostly
    # "year" (năm ngoái, Lầu Năm Góc), "ba" (three) alone "father" or Ba Lan (Poland).
    "vi": {"scale": {"ngàn": 1000, "tỉ": 10**9}, "mul": {"mươi": 10, "chục": 10},
           "add": {"mốt": 1, "lăm": 5}, "linkers": ["linh", "lẻ"], "drop": ["không"],
           "whole_forms": list(range(11, 20)),
           "fractions": {"nửa": 0.5},
           "lone_one_forms": ["một", "mốt"], "not_after": ["từng"], "never_alone": ["năm", "ba"],
           # Words before a digit that make it no count: the ordinal "thứ" (lần thứ 2) and the
           # date words "ngày" (day 18) and "tháng" (month 10: tháng 10 is October).
           "ordinal_prefix": ["thứ ", "Thứ ", "ngày ", "Ngày ", "tháng ", "Tháng "]},
}
TL_TEENS = ["labing-isa", "labindalawa", "labintatlo", "labing-apat", "labinlima", "labing-anim",
            "labimpito", "labingwalo", "labinsiyam"]


# Hundreds are learnt from every number of the hundred, with the linkers left out: Italian
# elides before a vowel ("cent|ottanta", "tre|cent|ottanta"), Portuguese links with "e"
# ("cento e um").
TAILS = range(0, 100)
_TR_BACK = {"a": "ı", "ı": "ı", "o": "u", "u": "u"}
_TR_FRONT = {"e": "i", "i": "i", "ö": "ü", "ü": "ü"}
#: Turkish case endings after a consonant, with A (a/e) and I (ı/i/u/ü) set by vowel harmony:
#: accusative/possessive, genitive, dative, locative, ablative, instrumental, "-strong" (-lık).
#: The locative of "yüz" is left out: "yüzde" is "per cent".
_TR_ENDINGS = ["I", "In", "A", "DA", "DAn", "lA", "lIk", "lArI", "lArIn"]


def tr_cases(word: str) -> list[str]:
    """The case forms of a Turkish number word ending in a consonant (bin: bini, binden ...)."""
    last = [c for c in word if c in _TR_BACK or c in _TR_FRONT][-1]
    a = "a" if last in _TR_BACK else "e"
    i = _TR_BACK.get(last) or _TR_FRONT[last]
    d = "t" if word[-1] in "çfhkpsşt" else "d"
    out = []
    for e in _TR_ENDINGS:
        e = e.replace("lAr", "l" + a + "r").replace("D", d)
        after_lar = "ı" if "lar" in e else "i" if "ler" in e else i
        out.append(word + e.replace("A", a).replace("I", after_lar))
    return [w for w in out if w != "yüzde"]


STRIP_ACCENTS = {"tl"}  # Tagalog news text has no CLDR accents (dalawá, libó)
_strip = False


CS_OBLIQUE_STEM = {"devět": "devít"}  # devět -> devíti; the other stems take -i as they are


def czech_cases(add: dict[str, int]) -> dict[str, int]:
    """Czech forms CLDR lacks: the oblique cases of 5-99 (pět -> pěti, dvacet -> dvaceti) and
    21-99 written units first as one word (pětadvacet, pětadvaceti)."""
    out = {CS_OBLIQUE_STEM.get(w, w) + "i": n for w, n in add.items()
           if 5 <= n <= 99 and " " not in w and w[-1] not in "aeiouyáéíóúůý"}
    fmt = icu.RuleBasedNumberFormat(icu.URBNFRuleSetTag.SPELLOUT, icu.Locale("cs"))
    fmt.setDefaultRuleSet("%spellout-cardinal-masculine")
    units = {clean(fmt.format(n)): n for n in range(1, 10)}
    tens = {w: n for w, n in {**add, **out}.items() if 20 <= n <= 90 and n % 10 == 0}
    for u, un in units.items():
        for t, tn in tens.items():
            out[f"{u}a{t}"] = tn + un
    return out


def clean(s: str) -> str:
    """A CLDR output as text has it: no soft hyphens (nor Tagalog accents), ' for apostrophes."""
    s = s.replace("\u00ad", "").replace("\u2019", "'").replace("\u02bc", "'").lower()
    if _strip:
        s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
        s = unicodedata.normalize("NFC", s)
    return unicodedata.normalize("NFC", s)


def pieces(s: str, drop: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """The words of an output, closed compounds split at CLDR's soft hyphens (linkers in drop
    left out)."""
    out = [clean(p) for w in s.split() for p in w.split("\u00ad")]
    return [p for p in out if p and p not in drop]


def rulesets(fmt: icu.RuleBasedNumberFormat) -> list[str]:
    """The cardinal rule sets of a formatter (not ordinal, year, numbering or financial)."""
    names = [fmt.getRuleSetName(i) for i in range(fmt.getNumberOfRuleSetNames())]
    keep = ("%spellout-cardinal", "%spellout-numbering")
    skip = ("financial", "year", "days")
    return [n for n in names if n.startswith(keep) and not any(k in n for k in skip)]


def formatter(code: str) -> icu.RuleBasedNumberFormat:
    """ICU's spell-out formatter of a language; ValueError when ICU has no rules for it."""
    locale = LOCALES.get(code, code)
    fmt = icu.RuleBasedNumberFormat(icu.URBNFRuleSetTag.SPELLOUT, icu.Locale(locale))
    actual = fmt.getLocale(icu.ULocDataLocaleType.ACTUAL_LOCALE).getLanguage()
    if actual != icu.Locale(locale).getLanguage():
        raise ValueError(f"{code}: ICU {icu.ICU_VERSION} has no spell-out rules (it falls back "
                         f"to {actual or 'root'!r})")
    return fmt


def _formats(code: str) -> list[tuple[str, icu.RuleBasedNumberFormat, str]]:
    """(locale, formatter, cardinal rule set) of each locale a language's forms come from."""
    out = []
    for loc in [LOCALES.get(code, code), *MORE_LOCALES.get(code, [])]:
        fmt = formatter(loc)
        out += [(loc, fmt, rs) for rs in rulesets(fmt)]
    return out


def learn(code: str) -> dict:
    """Every number form of a language, with its roles, from every cardinal rule set."""
    global _strip
    _strip = code in STRIP_ACCENTS
    add: dict[str, int] = {}
    mul: dict[str, int] = {}
    scale: dict[str, int] = {}
    bare: set[str] = set()
    sets: list[str] = []
    links = set(EXTRAS.get(code, {}).get("linkers", []))
    for loc, fmt, rs in _formats(code):
        sets.append(rs if loc == LOCALES.get(code, code) else f"{loc} {rs}")
        fmt.setDefaultRuleSet(rs)
        out = {n: fmt.format(n) for n in list(range(0, 1000)) + [k * s for s in SCALES
                                                                  for k in (1, 2, 3, 5, 21, 25)]}
        if code in CJK and "native" in rs:
            for n in range(1, 100):
                add.setdefault(clean(out[n]), n)
            continue
        if code in CJK:
            for n in range(1, 10):
                add.setdefault(clean(out[n]), n)
            for m in (10, 100, 1000):
                mul.setdefault(clean(out[m]).lstrip(clean(out[1])) or clean(out[m]), m)
            for s in (10**4, 10**8, 10**12):
                fmt_s = clean(fmt.format(s))
                scale.setdefault(fmt_s[-1], s)
                if len(fmt_s) == 1:
                    bare.add(fmt_s)
            continue
        for n in [*range(0 if code not in CJK else 1, 100), *range(100, 1000, 100)]:
            text = out[n].replace("\u00ad", "")
            if " " not in text.strip():
                add.setdefault(clean(text), n)
        for h in range(100, 1000, 100):
            for r in TAILS:
                ws, tail = pieces(out[h + r], links), pieces(out[r], links)
                if ws[-len(tail):] == tail and len(ws) == len(tail) + 1:
                    add.setdefault(ws[0], h)
        for n in [*range(1, 20), *range(20, 100, 10), *range(100, 1000, 100)]:
            ws = pieces(out[n]) if code not in CJK else [clean(out[n])]
            if len(ws) == 1:
                add.setdefault(ws[0], n)
        for k in range(2, 10):
            for n in (100 * k + r for r in TAILS):
                ws = pieces(out[n], links)
                if len(ws) >= 2 and ws[0] in add and add[ws[0]] == k:
                    mul.setdefault(ws[1], 100)
        for s in SCALES:
            for k in (1, 2, 3, 5, 21, 25):
                ws = pieces(out[k * s])
                if ws and ws[-1] not in add:
                    scale.setdefault(ws[-1], s)
                if k == 1 and len(ws) == 1:
                    bare.add(ws[0])
                whole = clean(out[k * s])
                if k == 1 and " " not in whole and whole not in scale:
                    add.setdefault(whole, s)  # "eintausend"
    for n in EXTRAS.get(code, {}).get("whole_forms", []):  # a two-word spelling read as one form
        fmt.setDefaultRuleSet(sets[-1])
        add.setdefault(clean(fmt.format(n)), n)
        if EXTRAS.get(code, {}).get("glued"):  # also written as one word (Turkish "onyedi")
            add.setdefault(clean(fmt.format(n)).replace(" ", ""), n)
    for w in EXTRAS.get(code, {}).get("drop", []):  # a number word that is mostly another word
        add.pop(w, None)
    if code == "tl":  # CLDR's Tagalog is a spelled-out register ("dalawáng pû"); keep its scales
        add = {}
        mul = {}
        scale = {w: v for w, v in scale.items() if w.isalpha()}
    bare |= set(EXTRAS.get(code, {}).get("bare", []))
    return {"rulesets": sets, "add": add, "mul": mul, "scale": scale, "bare": sorted(bare)}


def ordinals(code: str, known: set[str]) -> list[str]:
    """Ordinal words (CLDR ordinal rule sets) that are not cardinal forms."""
    fmt = formatter(code)
    names = [fmt.getRuleSetName(i) for i in range(fmt.getNumberOfRuleSetNames())]
    # Pieces of cardinal spellings ("und" in ein-und-zwanzig, "et" in vingt-et-un) are no
    # ordinals, though ordinal spellings hold them too.
    cardinal: set[str] = set()
    for rs in rulesets(fmt):
        fmt.setDefaultRuleSet(rs)
        for n in range(1, 1000):
            cardinal |= {part for w in pieces(fmt.format(n)) for part in w.split("-")}
    words: set[str] = set()
    for rs in (n for n in names if n.startswith("%spellout-ordinal")):
        fmt.setDefaultRuleSet(rs)
        for n in [*range(1, 100), *range(100, 1000, 100), 1000, 10**6]:
            for w in pieces(fmt.format(n)):
                for part in w.split("-"):
                    if part not in known and part not in cardinal and part.isalpha():
                        words.add(part)
    return sorted(words)


def _oblique(form: str) -> str:
    """The genitive/accusative of an Arabic number form: عشرون -> عشرين, اثنان -> اثنين."""
    words = []
    for w in form.split():
        if w.endswith(("ون", "ان")) and len(w) > 3:
            w = w[:-2] + "ين"
        elif w in ("إثنا", "اثنا", "إثنتا", "اثنتا"):
            w = w[:-1] + "ي"
        words.append(w)
    return " ".join(words)


def arabic(data: dict) -> None:
    """Arabic forms CLDR does not write: every compound below 100 whole (units come before
    tens, "ثلاثة وعشرون"), the oblique case, the feminine 3-10 without ة, hundreds glued and in
    the مئة spelling, the dual and accusative of the scale words, and the linker و glued on."""
    add, scale = data["add"], data["scale"]
    for _loc, fmt, rs in _formats("ar"):
        fmt.setDefaultRuleSet(rs)
        for n in range(1, 100):
            add.setdefault(clean(fmt.format(n)), n)
        for s in SCALES:  # a dual is one word, two of the scale ("ألفين"), no scale word
            dual = clean(fmt.format(2 * s))
            if " " not in dual and scale.get(dual) == s:
                del scale[dual]
    for form, v in list(add.items()):
        add.setdefault(_oblique(form), v)
        if 3 <= v % 10 <= 9 or v == 10:
            add.setdefault(" ".join(w[:-1] if w.endswith("ة") else w for w in form.split()), v)
    units = {v: f for f, v in add.items() if 3 <= v <= 9 and " " not in f and f.endswith("ة")}
    for v, f in sorted(units.items()):
        for hundred in ("مائة", "مئة"):
            add.setdefault(f[:-1] + hundred, v * 100)
            if f.endswith("ية"):  # ثمانمائة beside ثمانيمائة
                add.setdefault(f[:-2] + hundred, v * 100)
    for form, v in list(add.items()):  # the construct dual drops its ن: مئتا جندي, مئتي
        if v == 200 and form.endswith(("ان", "ين")):
            add.setdefault(form[:-1], v)
    for form, v in list(add.items()):
        if "مائ" in form:
            add.setdefault(form.replace("مائ", "مئ"), v)
    data["mul"].setdefault("مئة", 100)
    for w, v in [(w, v) for w, v in scale.items() if w in data["bare"]]:
        # The dual is a scale word of its own, read alone ("ألفين" = 2000), and a smaller
        # number after it adds ("ألفين ومائة").
        for dual in ("ان", "ين", "ي"):
            scale.setdefault(w + dual, 2 * v)
            data["bare"].append(w + dual)
        scale.setdefault(w + "ا", v)  # the accusative: عشرين ألفا
        scale.setdefault(w + "اً", v)
    for form, v in list(add.items()):  # و written apart: ثلاثة و عشرون
        if " و" in form:
            add.setdefault(form.replace(" و", " و "), v)
    for role in ("add", "mul", "scale"):  # no hamza or madda on a word-initial alef: الف, الاف
        for form, v in list(data[role].items()):
            bare = " ".join("ا" + w[1:] if w[:1] in "أإآ" else w for w in form.split())
            data[role].setdefault(bare, v)
            if form in data["bare"]:
                data["bare"].append(bare)
    for role in ("add", "mul", "scale"):
        for form, v in list(data[role].items()):
            data[role].setdefault("و" + form, v)
    data["bare"] = sorted(set(data["bare"]) | {"و" + w for w in data["bare"]})


def build(code: str) -> dict:
    """The data file of one language."""
    data = learn(code)
    extra = EXTRAS.get(code, {})
    for role in ("add", "mul", "scale"):
        for k, v in extra.get(role, {}).items():
            data[role].setdefault(k, v)
    if code == "tl":
        for i, w in enumerate(TL_TEENS, start=11):
            data["add"][w] = i
            data["add"][w.replace("-", "")] = i
        for w, v in list(data["add"].items()):
            if w[-1] in "aeiou":
                data["add"].setdefault(w + "ng", v)  # the linker -ng: labindalawang libo
    if code == "cs":
        for w, v in czech_cases(data["add"]).items():
            data["add"].setdefault(w, v)
    if code == "tr":
        for role in ("scale", "mul"):
            for w, v in list(data[role].items()):
                for form in tr_cases(w):
                    data[role].setdefault(form, v)
    if code == "ar":
        arabic(data)
    if extra.get("bare_all_scales"):
        data["bare"] = sorted(set(data["bare"]) | set(data["scale"]))
    known = set(data["add"]) | set(data["mul"]) | set(data["scale"])
    doc = {
        "code": code,
        "source": f"CLDR spell-out rules, ICU {icu.ICU_VERSION} (PyICU); extras hand-stated in "
                  "tools/gen_numwords.py",
        "rulesets": data["rulesets"],
        "separated": code not in CJK,
        "group_max": 10000 if code in CJK else 1000,
        "add": dict(sorted(data["add"].items())),
        "mul": dict(sorted(data["mul"].items())),
        "scale": dict(sorted(data["scale"].items())),
        "bare_scales": data["bare"],
        "ordinals": [] if code in CJK else ordinals(code, known),
    }
    for key in ("linkers", "articles", "dozen", "over_markers", "not_after", "not_before",
                "ambiguous_last", "ordinal_prefix", "never_alone", "approx_plural",
                "ordinal_suffix"):
        doc[key] = extra.get(key, [])
    for key in ("fractions", "approx"):
        doc[key] = extra.get(key, {})
    doc["mul_alone"] = extra.get("mul_alone", False)
    doc["lone_mul"] = extra.get("lone_mul", False)
    doc["lone_one_forms"] = extra.get("lone_one_forms", [])
    doc["letter_variants"] = extra.get("letter_variants", {})
    doc["counters"] = extra.get("counters", [])
    doc["space_between"] = extra.get("space_between", code not in CJK)
    if extra.get("lone_scale"):  # a scale word alone before a counter is one of it (近万名)
        doc["lone_scale"] = True
    for key in ("native_stems", "approx_of"):  # see claimtab.numwords
        if extra.get(key):
            doc[key] = extra[key]
    return doc


def main(argv: list[str] | None = None) -> int:
    """Write the files of the languages named (default: every language)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("codes", nargs="*", help="languages (default: LOCALES and every file in OUT)")
    ap.add_argument("--out", type=Path, default=OUT, help=f"folder (default: {OUT})")
    args = ap.parse_args(argv)
    codes = args.codes or sorted(set(LOCALES) | {p.stem for p in OUT.glob("*.json")})
    args.out.mkdir(parents=True, exist_ok=True)
    for code in codes:
        try:
            doc = build(code)
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        path = args.out / f"{code}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{code}: {len(doc['add'])} add, {len(doc['mul'])} mul, {len(doc['scale'])} scale")
    return 0


if __name__ == "__main__":
    sys.exit(main())
