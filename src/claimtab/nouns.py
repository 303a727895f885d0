"""Extraction stage 2, quantities to counted nouns: what a number counts, and whether it counts
anything of the report's categories (troops, munitions, missiles, payments, casualties)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .attribution import backward_phrase, claimant_country
from .languages import CURRENCIES, Language, NounRule
from .numbers import Quantity
from .reading import Place, Reading

#: Persons counts at or above this are populations, not deployments or casualties.
POPULATION_FLOOR = 1_000_000
#: Words after a number searched for its counted noun (characters for unspaced scripts).
NOUN_WINDOW_WORDS = 8
NOUN_WINDOW_BACK_WORDS = 3
NOUN_WINDOW_CHARS = 14

#: A noun found: its rule (None for a not-claim noun or none), whether it is a not-claim noun,
#: and its span (-1, -1 when none was found).
_Found = tuple[NounRule | None, bool, int, int]
_NONE: _Found = (None, False, -1, -1)


@dataclass
class Counted:
    """What a quantity counts (category, item, unit), or the reason it makes no claim."""

    category: str = ""
    item: str = ""
    unit: str = ""
    #: Why the quantity makes no claim ("" when it makes one).
    reason: str = ""
    #: Where the counted noun begins (-1 when no noun was named).
    start: int = -1
    #: The noun's span and where it stood, for ``explain``.
    found: tuple[int, int, str] | None = None


def counted(ctx: Reading, q: Quantity, at: Place) -> Counted:
    """What quantity ``q`` counts, or why it is not a claim (a duration, a population, ...)."""
    lang, folded = ctx.lang, ctx.folded
    counter_unit, after_counter = _counter(folded, q.end, lang)
    forward_first = (
        lang.word_boundaries
        or counter_unit is None
        or folded.startswith(lang.genitive_after_counter, after_counter)
    )
    back_end = _before_hedge(folded, q)
    rule, not_claim, ns, ne, where = _noun_near(ctx, q, at, back_end, forward_first, counter_unit)
    via_number_of = False
    if rule is None and not not_claim and counter_unit is None:
        # "The number of North Korean troops in Russia is estimated at 11,000."
        rule, not_claim, ns, ne = _noun_of_count(ctx, q, at.prv, back_end, at.e)
        where = "named with 'number of' before the number"
        via_number_of = rule is not None
    found = (ns, ne, where) if ns >= 0 else None
    if not_claim:
        reason = f"{ctx.text[ns:ne]!r} counts time, distance or people, not a claim"
        return Counted(reason=reason, found=found)
    if rule is not None:
        out = Counted(rule.category, rule.item, rule.unit, start=ns, found=found)
    else:
        out = _uncounted(ctx, q, at, counter_unit)
        out.found = found
        if out.reason:
            return out
    _units(ctx, q, at, out)
    out.reason = (
        _not_claim(ctx, q, at, out.unit)
        or scope_reason(ctx, (at.s, at.e), back_end, q, (ns, ne))
        or denial_reason(ctx, q, at)
    )
    if (
        not out.reason
        and out.category == "troops"
        and _counts_casualties(ctx, q, at, (ns, ne) if ns >= 0 else (q.start, q.end), via_number_of)
    ):
        out.category = "casualties"
    return out


#: Words after a counted noun, in its clause, where a casualty word is still the noun's own
#: ("soldiers were later killed"); one more would take "sent 3,000 soldiers to make up for
#: its losses", es "para compensar sus bajas".
CASUALTY_WORDS_AFTER = 3


def _counts_casualties(
    ctx: Reading, q: Quantity, at: Place, noun: tuple[int, int], via_number_of: bool
) -> bool:
    """Whether a troop figure counts casualties: a casualty word is the counted noun's own.

    The word stands between the number and its noun ("3,000 killed soldiers"), right before the
    phrase ("killed 300 soldiers"), right after it in its clause ("soldiers were killed"), or,
    as the clause's subject, before the number with no transfer verb between ("losses exceed
    4,000 people"); a casualty word elsewhere ("sent troops to make up for its losses") is not.
    """
    rx, folded = ctx.lang.re_casualty, ctx.folded
    if rx is None:
        return False
    lo, hi = min(q.start, noun[0]), max(q.end, noun[1])
    if ctx.search(rx, lo, hi):
        return True
    limit = at.s if via_number_of else at.prv
    before = ctx.words_before(_before_hedge(folded, q) if lo == q.start else lo, limit, 3)
    if ctx.search(rx, before, lo):
        return True
    clause_end = _clause_end(folded, hi, at.nxt)
    hi = _past_kp_adjective(ctx, hi, clause_end)
    if ctx.search(rx, hi, ctx.words_after(hi, clause_end, CASUALTY_WORDS_AFTER)) and not (
            _sent(ctx, q, at)):
        return True
    if _partitive_casualty(ctx, q.end, at):
        return True
    return not via_number_of and _casualty_subject(ctx, q, at)


def _partitive_casualty(ctx: Reading, end: int, at: Place) -> bool:
    """A casualty word just after a partitive (``[categories] partitives``) that follows the
    number ending at ``end``: it counts some of the persons named before, the killed ones
    ("3,000 soldiers, 300 of whom were later killed", "hundreds of whom died", "сотни из
    которых погибли"); not when a transfer or status verb comes first ("of whom will replace")."""
    lang, folded = ctx.lang, ctx.folded
    if lang.re_partitive is None or lang.re_casualty is None:
        return False
    pos = end + (folded[end : end + 1] == " ")
    part = ctx.search(lang.re_partitive, pos, at.nxt)
    if part is None or part.start() != pos:
        return False
    limit = ctx.words_after(part.end(), _clause_end(folded, part.end(), at.nxt), PARTITIVE_WORDS)
    hit = ctx.search(lang.re_casualty, part.end(), limit)
    return hit is not None and not any(
        rx is not None and ctx.search(rx, part.end(), hit.start())
        for rx in (lang.re_transfer, lang.re_delivered, lang.re_planned)
    )


def _past_kp_adjective(ctx: Reading, end: int, limit: int) -> int:
    """The end of a North Korean adjective or genitive right after a noun ("soldats
    nord-coréens", tl "sundalo ng Hilagang Korea", "soldiers of North Korea")."""
    rx = ctx.lang.re_party
    if rx is None:
        return end
    m = rx.match(ctx.folded, end + 1, limit)
    if m is None:
        link = _LINK_WORD.match(ctx.folded, end + 1, limit)
        m = rx.match(ctx.folded, link.end(), limit) if link else None
    return m.end() if m is not None and m.lastgroup == "KP" else end


#: A short function word between a noun and its genitive ("of", tl "ng", es "de").
_LINK_WORD = re.compile(r"[^\W\d]{1,3} ")


def _sent(ctx: Reading, q: Quantity, at: Place) -> bool:
    """Whether a transfer verb stands before the number in its clause ("lähetti 3000 sotilasta
    korvaamaan tappioita": sent to make up for losses, not lost)."""
    rx = ctx.lang.re_transfer
    start = max(at.prv, _clause_start(ctx.folded, at.s, q.start))
    return rx is not None and ctx.search(rx, start, q.start) is not None


def _casualty_subject(ctx: Reading, q: Quantity, at: Place) -> bool:
    """A casualty noun opening the number's clause, no transfer verb after it ("Потери 4000")."""
    folded, lang = ctx.folded, ctx.lang
    start = max(at.prv, _clause_start(folded, at.s, q.start))
    start = (
        ctx.words_before(q.start, start, 6) if lang.word_boundaries else max(start, q.start - 16)
    )
    assert lang.re_casualty is not None
    hits = list(ctx.finditer(lang.re_casualty, start, q.start))
    if not hits:
        return False
    between = (hits[-1].end(), q.start)
    return not any(
        rx is not None and ctx.search(rx, *between)
        for rx in (lang.re_transfer, lang.re_delivered, lang.re_planned)
    )


_CLAUSE_MARKS = ",;:()"
#: Words after a partitive searched for a casualty word ("300 of whom were later killed").
PARTITIVE_WORDS = 4
#: Words right after a denial cue that may be its object, a report noun ("denied media reports").
DENIAL_OBJECT_WORDS = 2
#: Characters after a denial cue searched for its negation where words are not separated.
DENIAL_NEGATION_CHARS = 6


def _clause_end(folded: str, start: int, limit: int) -> int:
    """Where the clause that goes on at ``start`` ends (a comma, semicolon, ... or ``limit``)."""
    ends = [i for i in (folded.find(m, start, limit) for m in _CLAUSE_MARKS) if i >= 0]
    return min(ends, default=limit)


def _clause_start(folded: str, limit: int, end: int) -> int:
    """Where the clause that ends at ``end`` begins (after a comma, ... or at ``limit``)."""
    return max([limit, *(folded.rfind(m, limit, end) + 1 for m in _CLAUSE_MARKS)])


def scope_reason(
    ctx: Reading,
    sentence: tuple[int, int],
    before: int,
    q: Quantity | None = None,
    noun: tuple[int, int] = (-1, -1),
) -> str:
    """Why a figure is out of the report's scope ("" when in scope): a comparison, or a
    hypothetical or guess, before it in its sentence; or another party's forces named in its
    clause just before it or in its noun phrase, unless that phrase names North Korea."""
    s, e = sentence
    marks = _scope_marks(ctx, s, e)
    if not marks:
        return ""
    for start, end, what in marks:
        if what != "another party" and end <= before:
            return f"{ctx.text[start:end]!r} marks {what}, not a claim"
    if q is None:
        return ""
    folded, lang = ctx.folded, ctx.lang
    lo = _clause_start(folded, s, before)
    lo = ctx.words_before(before, lo, 4) if lang.word_boundaries else max(lo, before - 10)
    p_lo, p_hi = min(q.start, noun[0]) if noun[0] >= 0 else q.start, max(q.end, noun[1])
    clause_end = _clause_end(folded, p_hi, e)
    phrase_end = ctx.words_after(p_hi, clause_end, 2)  # "soldats ukrainiens", "to Ukraine"
    p_hi = ctx.words_after(p_hi, clause_end, 3)  # "shells from North Korea"
    for start, end, what in marks:
        inside = (lo <= start and end <= before) or (q.end <= start and end <= phrase_end)
        if what == "another party" and inside and not _names_kp(ctx, p_lo, p_hi):
            return f"{ctx.text[start:end]!r}: a figure about another party"
    return ""


def denial_reason(ctx: Reading, q: Quantity, at: Place) -> str:
    """Why a figure is only denied ("" when it is not): a denial by Moscow or Pyongyang in its
    sentence governs it, and no one else in the sentence asserts it.

    The cue begins before the figure, in its clause or in one it opens with a complementizer
    ("Moscow denied that 10,000 troops ...", "Der Kreml bestritt, dass 10.000 ...", "Der Kreml
    wies Berichte über 10.000 Soldaten zurück"); a clause mark or a contrast word between ends
    its reach ("Although Moscow denied it, 11,000 troops ..."), and a reporting cue past the
    denial's object gives the figure a source ("... denied it and Seoul said 10,000 ...").
    Where the verb follows what it denies (``denies_what_precedes``: ja "…との報道を否定した"),
    the cue follows the figure; a reporting cue or a contrast word between keeps it a claim
    ("…と明らかにしたが、ロシア政府は否定した").
    """
    lang = ctx.lang
    if lang.re_denial is None:
        return ""
    if lang.denies_what_precedes:
        cue = ctx.search(lang.re_denial, q.end, at.e)
        if cue is None or _own_source(ctx, q.end, cue.start()):
            return ""
    else:
        cues = [m for m in ctx.finditer(lang.re_denial, at.s, at.e) if m.start() < q.start]
        cue = cues[-1] if cues else None
        if cue is None or not _reaches(ctx, min(cue.end(), q.start), q.start):
            return ""
        # A reporting cue past the denial's object ("denied media reports that") is a source.
        past = ctx.words_after(cue.end(), at.e, DENIAL_OBJECT_WORDS)
        if lang.re_cues is not None and ctx.search(lang.re_cues, past, at.e):
            return ""
    if _negated(ctx, cue.start(), cue.end(), at) or not _denied_by_a_party(
        ctx, at.s, q.start if lang.denies_what_precedes else cue.start()
    ):
        return ""
    return f"{ctx.text[cue.start() : cue.end()]!r}: a figure only denied, not a claim"


def _negated(ctx: Reading, start: int, end: int, at: Place) -> bool:
    """Whether the denial cue at [start, end) is negated or hedged ("has not denied", "bestritt
    nicht", "부인하지 않았다"): a ``[transfers] blockers`` word just before or just after it."""
    rx = ctx.lang.re_transfer_block
    if rx is None:
        return False
    if ctx.lang.word_boundaries:
        lo, hi = ctx.words_before(start, at.s, 2), ctx.words_after(end, at.e, 1)
    else:
        lo, hi = start, min(at.e, end + DENIAL_NEGATION_CHARS)
    return ctx.search(rx, lo, start) is not None or ctx.search(rx, end, hi) is not None


def _denied_by_a_party(ctx: Reading, s: int, end: int) -> bool:
    """Whether the denier, the phrase before ``end`` (the cue; the figure where the verb comes
    last, whose topic opens the sentence), names Moscow or Pyongyang: the parties whose denials
    the report records ("Moscow denied ..."; "Seoul dismissed ..." denies nothing of theirs)."""
    lang = ctx.lang
    if lang.denies_what_precedes:  # the sentence's opening topic, or its words up to a comma
        m = lang.topic_opening.match(ctx.folded, s, end) if lang.topic_opening else None
        phrase = m.group(1) if m else ctx.text[s:end].split(",", 1)[0]
    else:
        phrase, _first = backward_phrase(ctx.text, ctx.folded, end, s, lang)
    names = lang.name_list.split(phrase)
    return any(claimant_country(name, "", lang) in ("RU", "KP") for name in names)


def _reaches(ctx: Reading, start: int, end: int) -> bool:
    """Whether a denial ending at ``start`` reaches a figure at ``end``: no contrast word between,
    and every clause mark between opens the denied clause (a complementizer follows it)."""
    lang, folded = ctx.lang, ctx.folded
    if lang.re_contrast is not None and ctx.search(lang.re_contrast, start, end):
        return False
    opener = lang.re_complementizer
    for i in range(start, end):
        if folded[i] in _CLAUSE_MARKS:
            after = i + 1 + (folded[i + 1 : i + 2] == " ")
            if opener is None or opener.match(folded, after) is None:
                return False
    return True


def _own_source(ctx: Reading, start: int, end: int) -> bool:
    """Whether folded[start:end], between a figure and the denial after it, gives the figure a
    source of its own: a reporting cue or a contrast word."""
    lang = ctx.lang
    return any(
        rx is not None and ctx.search(rx, start, end) is not None
        for rx in (lang.re_contrast, lang.re_cues)
    )


def _scope_marks(ctx: Reading, s: int, e: int) -> list[tuple[int, int, str]]:
    """The scope cues of sentence [s, e) (found once): comparisons, guesses, other parties."""
    hit = ctx.scope_marks.get((s, e))
    if hit is None:
        lang = ctx.lang
        kinds = ((lang.re_comparison, "a comparison"), (lang.re_hypothetical, "a guess"),
                 (lang.re_other_party, "another party"))
        hit = ctx.scope_marks[(s, e)] = sorted(
            (m.start(), m.end(), what)
            for rx, what in kinds
            if rx is not None
            for m in ctx.finditer(rx, s, e)
        )
    return hit


def _names_kp(ctx: Reading, start: int, end: int) -> bool:
    """Whether North Korea is named in folded[start:end] ("two North Korean soldiers")."""
    rx = ctx.lang.re_party
    return rx is not None and any(m.lastgroup == "KP" for m in ctx.finditer(rx, start, end))


def _before_hedge(folded: str, q: Quantity) -> int:
    """Where the words before the number end: hedge words before it are not nouns."""
    if q.hedge and folded[q.start - len(q.hedge) - 1 : q.start].strip():
        return q.start - len(q.hedge)
    return q.start


def _noun_near(
    ctx: Reading,
    q: Quantity,
    at: Place,
    back_end: int,
    forward_first: bool,
    counter_unit: str | None = None,
) -> tuple[NounRule | None, bool, int, int, str]:
    """The counted noun just after the number or just before it (the nearer side first).

    After a counter of persons or rounds (명, 人, 발), a noun that counts in another unit is
    another number's ("3개 사단 2만 명": divisions are the 3's), so it is passed over; a generic
    counter (개, 個: units) fits any noun.
    """
    lang, folded = ctx.lang, ctx.folded
    fwd_start = q.end
    if q.unit == "percent":
        pm = lang.re_percent.match(folded, q.end + (folded[q.end : q.end + 1] == " "))
        fwd_start = pm.end() if pm else q.end
    if lang.word_boundaries:
        fwd_end = ctx.words_after(fwd_start, at.nxt, NOUN_WINDOW_WORDS)
        back_start = ctx.words_before(q.start, at.prv, NOUN_WINDOW_BACK_WORDS)
    else:
        fwd_end = min(at.nxt, fwd_start + NOUN_WINDOW_CHARS)
        back_start = max(at.prv, q.start - NOUN_WINDOW_CHARS)
        # A noun before the number is in its clause: "英国国防部表示，朝鲜已派遣约9000名士兵" counts
        # soldiers, not the "国" of the clause before the comma.
        back_start = max(back_start, folded.rfind(",", back_start, q.start) + 1)
    searches = [("after", fwd_start, fwd_end), ("before", back_start, back_end)]
    if not forward_first:
        searches.reverse()
    for where, a, b in searches:
        rule, not_claim, ns, ne = _first_noun(ctx, a, b, last=where == "before")
        if counter_unit not in (None, "units") and rule is not None and rule.unit != counter_unit:
            continue
        if rule is not None or not_claim:
            return rule, not_claim, ns, ne, f"{where} the number"
    return None, False, -1, -1, ""


def _first_noun(ctx: Reading, a: int, b: int, last: bool = False) -> _Found:
    """The earliest (or, with last=True, the latest) counted noun or not-claim noun in
    folded[a:b], read as a text of its own (its bounds are word bounds)."""
    lang = ctx.lang
    if lang.re_any_noun is None:
        return _NONE
    rx, text = ctx.keyed_for(lang.re_any_noun)
    window, offset = text[a:b], a
    if last:
        found = list(rx.finditer(window))
        m = found[-1] if found else None
    else:
        m = rx.search(window)
    if m is None or not m.lastgroup:
        return _NONE
    if m.lastgroup == "nc":
        return (None, True, offset + m.start(), offset + m.end())
    return (lang.nouns[int(m.lastgroup[1:])], False, offset + m.start(), offset + m.end())


def _noun_of_count(ctx: Reading, q: Quantity, lo: int, hi: int, e: int) -> _Found:
    """The noun a "number of" cue names before the number ("die Zahl der Soldaten ... 3.000").

    Only for a number that ends its clause (punctuation, the sentence's end or a stop word
    follows), with no other number between the cue and it; the noun is looked for just after
    the cue, then just before it ("sotilaiden määrä").
    """
    lang, folded = ctx.lang, ctx.folded
    if lang.re_number_of is None:
        return _NONE
    follow = folded[q.end : min(e, q.end + 24)].lstrip()
    next_word = follow.split(None, 1)[0].lower().strip(".,;:") if follow else ""
    if follow and follow[0].isalnum() and next_word not in lang.stop_words:
        return _NONE  # "killed in 3 attacks": the number counts something of its own
    cues = list(ctx.finditer(lang.re_number_of, lo, hi))
    if not cues:
        return _NONE
    cue = cues[-1]
    after_end = min(ctx.words_after(cue.end(), hi, 6), hi)
    found = _first_noun(ctx, cue.end(), after_end)
    if found[0] is None and not found[1]:
        before = ctx.words_before(cue.start(), lo, 2)
        found = _first_noun(ctx, before, cue.start(), last=True)
    return found


def _counter(folded: str, end: int, lang: Language) -> tuple[str | None, int]:
    """The unit of a counter word after the number (명, 人, 발), and where the counter ends."""
    after = folded[end : end + 8]
    pos = 1 if after[:1] == " " else 0
    for rx, _qual in lang.hedge_suffix:  # "3000여 명": a hedge may stand before the counter
        hm = rx.match(after, pos)
        if hm:
            pos = hm.end() + (after[hm.end() : hm.end() + 1] == " ")
            break
    for rx, unit in lang.counters:
        cm = rx.match(after, pos)
        if cm:
            return unit, end + cm.end()
    return None, end


def _uncounted(ctx: Reading, q: Quantity, at: Place, counter_unit: str | None) -> Counted:
    """What a number with no counted noun counts: a casualty verb's victims, or its counter's."""
    lang = ctx.lang
    if counter_unit is None:
        if lang.re_casualty is not None and not q.unit:
            # "300 were killed", "unos 4.000 han muerto": the casualty verb says what is counted.
            end = ctx.words_after(q.end, at.nxt, 3)
            if ctx.search(lang.re_casualty, q.end, end) or _partitive_casualty(ctx, q.end, at):
                return Counted("casualties", "killed or wounded", "persons")
        return Counted(reason="no counted noun of the report's categories near the number")
    # A counter alone (명, 人, 발) says the unit; the language file says what it counts here.
    category = lang.counter_categories.get(counter_unit)
    if not category:
        return Counted(reason=f"a counter of {counter_unit} with no noun that says what is counted")
    return Counted(category, counter_unit, counter_unit)


def _units(ctx: Reading, q: Quantity, at: Place, out: Counted) -> None:
    """A currency or percent sign at the number sets the unit (and, for money, the goods)."""
    if q.unit in CURRENCIES:
        out.category, out.unit = "payments", q.unit
    if out.category == "payments" and out.unit in CURRENCIES:
        out.item = _goods(ctx, q.end, ctx.words_after(q.end, at.e, 12))
    if q.unit == "percent":
        out.unit = "percent"
        out.item = f"share of {out.item}"


def _goods(ctx: Reading, start: int, end: int) -> str:
    """The goods an amount of money is paid in or for ("food and oil"); "money" if none."""
    window = ctx.folded[start:end]
    found: list[tuple[int, str]] = []
    for rx, item in ctx.lang.goods:
        m = rx.search(window)
        if m and item not in [f[1] for f in found]:
            found.append((m.start(), item))
    items = [item for _pos, item in sorted(found)]
    if not items:
        return "money"
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def _not_claim(ctx: Reading, q: Quantity, at: Place, unit: str) -> str:
    """Why a counted quantity is still no claim: a statistic, or a population ("" if neither)."""
    rx = ctx.lang.re_not_context
    if rx is not None:
        cm = ctx.search(rx, ctx.words_before(q.start, at.s, 8), q.start)
        if cm:
            return f"{ctx.text[cm.start() : cm.end()]!r} marks a statistic, not a claim"
    values = [v for v in (q.value_low, q.value_high) if v is not None]
    if unit == "persons" and values and max(values) >= POPULATION_FLOOR:
        return "a million people or more is a population, not a deployment"
    if unit in _WHOLE_UNITS and any(v % 1 for v in values) and not _has_letter(q.text):
        return "a fraction of whole things in digits alone (a time, '12.30'), not a count"
    return ""


#: Units counted in whole things: a fraction of one written in digits alone is no count
#: ("1.5 million soldiers" has its scale word; "12.30 – …" is a live blog's time).
_WHOLE_UNITS = frozenset({"persons", "rounds", "missiles", "containers", "launchers", "units"})


def _has_letter(text: str) -> bool:
    """Whether a number as written holds a letter (a scale word: "1.5 million", "1,5 млн")."""
    return any(ch.isalpha() for ch in text)
