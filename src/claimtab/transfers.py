"""Extraction stage 6, claims without a figure: a transfer a sentence asserts with no quantity
("North Korea has also supplied ballistic missiles to Russia", "Russia pays in food and oil").

A sentence asserts a transfer when it names a party (North Korea or Russia, from the language's
``[countries]``) before a transfer verb (``[transfers] verbs``, or ``receive_verbs`` whose
subject receives) and a category noun near that verb (``[categories] nouns`` for what North
Korea gives, ``[transfers] payments`` for what Russia gives). Which
party gives decides the categories: North Korea gives troops, munitions and missiles, Russia
gives payments. Questions, denials, negations and speculation (``[transfers] blockers``) and
sentences out of scope (``nouns.scope_reason``) assert nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .nouns import scope_reason
from .reading import Reading

#: Words after the transfer verb searched for category nouns (characters for unspaced scripts).
NOUN_WINDOW_WORDS = 12
NOUN_WINDOW_CHARS = 30
#: In a verb-first language, the subject right after the verb (its first words).
SUBJECT_AFTER_WORDS = 3
_DIGIT = re.compile(r"\d")
#: What each party gives in this report.
GIVES = {"KP": ("troops", "munitions", "missiles"), "RU": ("payments",)}


@dataclass(frozen=True)
class Transfer:
    """A category a sentence says was transferred, with no figure: what, and where its noun is."""

    category: str
    item: str
    start: int
    end: int


def transfers(ctx: Reading, s: int, e: int, figured: set[str]) -> list[Transfer]:
    """The transfers sentence [s, e) asserts without a figure, one per category not in
    ``figured`` (the categories the sentence already gives a figure for)."""
    lang, folded = ctx.lang, ctx.folded
    if lang.re_transfer is None or lang.re_party is None:
        return []
    verb = ctx.search(lang.re_transfer, s, e)
    if verb is None:
        return []
    subject = ctx.search(lang.re_party, s, verb.start())
    if subject is None:  # verb-first (VSO), or inverted after an opening phrase (de, nl V2)
        subject = _subject_after(ctx, verb.end(), e)
    if subject is None or not subject.lastgroup:
        return []
    giver = subject.lastgroup
    if verb.lastgroup == "recv":
        giver = "RU" if giver == "KP" else "KP"
    after = max(verb.end(), subject.end())
    if lang.word_boundaries:
        end = ctx.words_after(after, e, NOUN_WINDOW_WORDS)
    else:
        end = min(e, after + NOUN_WINDOW_CHARS)
    wanted = [c for c in GIVES[giver] if c not in figured]
    if not wanted:
        return []
    if giver == "RU":
        found = _payments(ctx, subject.end(), end)
    else:
        found = _goods_of_kp(ctx, subject.end(), end, wanted)
    found = [t for t in found if not _figure_before(ctx, s, t.start)]
    if not found or "?" in folded[s:e] or _blocked(ctx, s, e):
        return []
    return found


def _subject_after(ctx: Reading, start: int, e: int) -> re.Match[str] | None:
    """A party right after the verb, as the subject of a verb-first clause (VSO) or of one
    inverted after an opening phrase ("Im Gegenzug liefert Russland Nordkorea Öl"): it begins
    within SUBJECT_AFTER_WORDS words of the verb, with nothing between."""
    lang = ctx.lang
    if lang.re_party is None:
        return None
    m = ctx.search(lang.re_party, start, ctx.words_after(start, e, SUBJECT_AFTER_WORDS))
    if m is None or ctx.folded[start : m.start()].split():
        return None
    return m


def _figure_before(ctx: Reading, s: int, start: int) -> bool:
    """Whether digits stand just before a noun: a figure the reader did not take ("300,000
    152mm shells") is still a figure, so the noun states no transfer without one."""
    if ctx.lang.word_boundaries:
        lo = ctx.words_before(start, s, 3)
    else:
        lo = max(s, start - 12)
    return _DIGIT.search(ctx.folded, lo, start) is not None


def _blocked(ctx: Reading, s: int, e: int) -> bool:
    """Whether the sentence denies, negates, speculates or is out of scope."""
    lang = ctx.lang
    for rx in (lang.re_transfer_block, lang.re_denial):
        if rx is not None and ctx.search(rx, s, e):
            return True
    return bool(scope_reason(ctx, (s, e), e))


def _goods_of_kp(ctx: Reading, start: int, end: int, wanted: list[str]) -> list[Transfer]:
    """The first noun of each wanted category North Korea gives, in folded[start:end]."""
    lang, rx = ctx.lang, ctx.lang.re_any_noun
    if rx is None:
        return []
    out: dict[str, Transfer] = {}
    for m in ctx.finditer(rx, start, end):
        if not m.lastgroup or m.lastgroup == "nc":
            continue
        rule = lang.nouns[int(m.lastgroup[1:])]
        if rule.category in wanted and rule.category not in out:
            out[rule.category] = Transfer(rule.category, rule.item, m.start(), m.end())
    return sorted(out.values(), key=lambda t: t.start)


def _payments(ctx: Reading, start: int, end: int) -> list[Transfer]:
    """One payment claim for the goods Russia gives in folded[start:end] ([transfers] payments)."""
    found: list[tuple[int, int, str]] = []
    for rx, item in ctx.lang.transfer_payments:
        m = ctx.search(rx, start, end)
        if m and item not in [f[2] for f in found]:
            found.append((m.start(), m.end(), item))
    if not found:
        return []
    found.sort()
    items = [f[2] for f in found]
    item = items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
    return [Transfer("payments", item, found[0][0], found[0][1])]
