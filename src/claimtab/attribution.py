"""Extraction stage 3, attribution: who makes a claim (the claimant) and which country that is."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .languages import Language
from .reading import Cue, Reading
from .text import fold

#: Words read for a claimant phrase.
CLAIMANT_MAX_WORDS = 12

_CLAUSE_BREAK = re.compile(r"[,;:\[\]]|\s-\s|\s--\s")
_WORD = re.compile(r"\S+")


def sentence_cues(ctx: Reading, s: int, e: int) -> list[Cue]:
    """Attribution cues in sentence [s, e) (found once per sentence of the document)."""
    hit = ctx.cues.get((s, e))
    if hit is None:
        rx = ctx.lang.re_cues
        found = rx.finditer(ctx.folded, s, e) if rx is not None else ()
        hit = ctx.cues[(s, e)] = [Cue(m.lastgroup or "after", m.start(), m.end()) for m in found]
    return hit


def claimant(
    ctx: Reading, s: int, e: int, span: tuple[int, int], last: Callable[[], str | None],
    counted: int = -1,
) -> tuple[str, int]:  # fmt: skip
    """Who makes the claim about the number at ``span`` in sentence [s, e); (claimant, end).

    The end is where an appositive after the name begins (-1 if none). ``counted`` is where the
    counted noun begins: a phrase holding it is what is counted, not who counts ("Die Zahl der
    ... Nordkoreaner schätzt der NIS": the NIS estimates).
    """
    cues = sentence_cues(ctx, s, e)
    q_start, q_end = span

    def dist(c: Cue) -> int:
        return q_start - c.end if c.end <= q_start else c.start - q_end + 1

    for cue in sorted(cues, key=lambda c: (abs(dist(c)), c.start)):
        who = ""
        if cue.kind == "pronoun":
            who = last()
            if who:
                return who, -1
            continue
        if cue.kind == "before":
            who = forward_phrase(ctx, cue.end, e)
            if who:
                return who[:120], _appositive(ctx, who, cue.end, e)
        elif cue.kind in ("after", "post"):
            who = _before_cue(ctx, s, e, cue, last, counted)
        elif cue.kind == "final":
            who = _topic_subject(ctx, s, cue.start)
        if who:
            return who[:120], -1
    return "article", -1


def _appositive(ctx: Reading, who: str, start: int, e: int) -> int:
    """Where an appositive after the name begins ("X, director of ... in Ukraine,"), or -1.

    It tells where the claimant is from. Only a lowercase word after the comma starts one; a
    capital starts the main clause ("According to X, Pyongyang sent ...").
    """
    folded = ctx.folded
    tail = fold(who)[-8:]
    at = folded.find(tail, start, e)
    after = at + len(tail) if at >= 0 else -1
    if after >= 0 and folded[after : after + 2] == ", " and folded[after + 2 : after + 3].islower():
        return after
    return -1


def _before_cue(
    ctx: Reading, s: int, e: int, cue: Cue, last: Callable[[], str | None], counted: int
) -> str:
    """The claimant of a cue after the name ("X said"), or of an inverted clause ("said X")."""
    lang = ctx.lang
    who, first = backward_phrase(ctx.text, ctx.folded, cue.start, s, lang)
    holds_counted = first <= counted < cue.start
    if holds_counted:
        who = ""
    if cue.kind == "after" and not who:
        # Inverted reporting clause: "..., said a spokesman" / "..., a déclaré X".
        who = forward_phrase(ctx, cue.end, e)
        if who[:1].islower() and who.split()[0].lower() in lang.stop_words:
            who = ""
    if cue.kind == "after" and not who and not holds_counted:
        who = _sentence_subject(ctx, s, e)
    if who.lower() in lang.subject_pronouns:
        who = last() or ""
    return who


def clean_phrase(phrase: str, lang: Language) -> str:
    """A claimant phrase without leading articles, trailing stop words and punctuation."""
    words = phrase.strip(" \t,.;:-\"'“”«»").split()
    while words and words[0].lower().strip("\"'") in lang.drop_leading:
        words.pop(0)
    while words and words[-1].lower() in lang.stop_words:
        words.pop()
    return " ".join(words).strip(" ,.;:\"'“”")


def forward_phrase(ctx: Reading, start: int, limit: int) -> str:
    """The phrase that begins at ``start`` (a name after a cue), up to a clause break."""
    folded, stop_words = ctx.folded, ctx.lang.stop_words
    m = _CLAUSE_BREAK.search(folded, start, limit)
    stop = m.start() if m else limit
    words = []
    for wm in _WORD.finditer(folded, start, stop):
        w = wm.group(0)
        if words and w.lower().strip(".,") in stop_words:
            break
        words.append(ctx.text[wm.start() : wm.end()])
        if len(words) >= CLAIMANT_MAX_WORDS:
            break
    return clean_phrase(" ".join(words), ctx.lang)


def backward_phrase(
    text: str, folded: str, end: int, limit: int, lang: Language
) -> tuple[str, int]:
    """The phrase that ends at ``end`` (a cue after a name), and where its first word begins."""
    seg = folded[limit:end]
    breaks = list(_CLAUSE_BREAK.finditer(seg))
    start = limit + (breaks[-1].end() if breaks else 0)
    words = list(_WORD.finditer(folded, start, end))
    kept: list[str] = []
    first = end
    for wm in reversed(words):
        w = wm.group(0).lower().strip(".,")
        if w in lang.stop_words and kept:
            break
        if w in lang.stop_words:
            continue
        kept.append(text[wm.start() : wm.end()])
        first = wm.start()
        if len(kept) >= CLAIMANT_MAX_WORDS:
            break
    return clean_phrase(" ".join(reversed(kept)), lang), first


def _sentence_subject(ctx: Reading, s: int, e: int) -> str:
    """The run of capitalised words that opens a sentence ("Ukrainian President X Y")."""
    words = []
    for wm in _WORD.finditer(ctx.folded, s, e):
        w = ctx.text[wm.start() : wm.end()]
        if not w[:1].isupper():
            break
        words.append(w.rstrip(","))
        if w.endswith(","):
            break
    return " ".join(words)


def _topic_subject(ctx: Reading, s: int, cue_start: int) -> str:
    """For verb-final languages: the subject before the verb, else the sentence's topic."""
    lang, text = ctx.lang, ctx.text
    if lang.topic_before_verb is None or lang.topic_opening is None:
        return ""
    m = lang.topic_before_verb.search(ctx.folded[s:cue_start].rstrip())
    if m and len(m.group(1)) > 1:
        return text[s + m.start(1) : s + m.end(1)]
    m = lang.topic_opening.match(ctx.folded[s:cue_start])
    if m:
        return text[s + m.start(1) : s + m.end(1)]
    return ""


def claimant_country(phrase: str, context: str, lang: Language) -> str:
    """The country (UA, KR, ..., media) a claimant phrase names; 'unknown' if none."""
    return _country(phrase, context, lang)


@lru_cache(maxsize=50_000)
def _country(phrase: str, context: str, lang: Language) -> str:
    """The country of the earliest country name in the phrase, else in its context."""
    for chunk in (phrase, context):
        best: tuple[int, str] | None = None
        folded = fold(chunk)
        for rx, country in lang.countries:
            m = rx.search(folded)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), country)
        if best is not None:
            return best[1]
    return "unknown"


def country_of(ctx: Reading, who: str, who_end: int, e: int) -> str:
    """The claimant's country, from its name or the appositive after it, or as named before."""
    if who == "article":
        return "unknown"
    context = ""
    if who_end >= 0:
        comma = ctx.folded.find(",", who_end + 2, e)
        context = ctx.text[who_end : comma if comma > 0 else ctx.words_after(who_end, e, 15)]
    country = claimant_country(who, context, ctx.lang)
    if country == "unknown":
        return ctx.countries.get(who, "unknown")
    ctx.countries.setdefault(who, country)
    return country


class Speakers:
    """Who spoke last in a document, for "he said"; worked out only when a pronoun needs it."""

    def __init__(self, ctx: Reading) -> None:
        self.ctx = ctx
        self.current: str | None = None
        self.pending: list[tuple[int, int]] = []  # sentences without claims since then

    def named(self, who: str) -> None:
        """``who`` made the last claim."""
        self.current, self.pending = who, []

    def last(self) -> str | None:
        """The last named claimant (a sentence without claims may name who speaks next)."""
        while self.pending:
            s, e = self.pending.pop()
            if any(c.kind != "pronoun" for c in sentence_cues(self.ctx, s, e)):
                who, _ = claimant(self.ctx, s, e, (e, e), lambda: None)
                if who != "article":
                    self.named(who)
                    break
        return self.current
