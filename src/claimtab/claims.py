"""Extraction stage 5, claim assembly: each quantity of each sentence read through the stages
(counted noun, status, claimant, date) into a claim; restatements merged; ``explain``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass

import pandas as pd

from .attribution import Speakers, claimant, country_of, sentence_cues
from .languages import Language, load_language
from .nouns import Counted, counted
from .numbers import Quantity, find_quantities
from .rates import per_of
from .reading import Place, Reading
from .schema import CLAIM_COLUMNS, coerce_claims
from .sources import identify
from .status import date_marks, event_date, reported_date, status_cue, status_marks, status_of


@dataclass
class Claim:
    """One claim a document makes (the columns of the claims table)."""

    claim_id: str
    doc_id: str
    lang: str
    category: str
    item: str
    value_low: float | None
    value_high: float | None
    unit: str
    qualifier: str
    status: str
    claimant: str
    claimant_country: str
    source: str
    source_kind: str
    reported_date: str
    event_date: str
    per: str
    evidence: str
    start: int
    end: int


def extract_claims(
    text: str,
    lang: str | Language,
    doc_id: str = "doc",
    published_date: str = "",
) -> list[Claim]:
    """Read every claim about troops, munitions, missiles, payments or casualties from ``text``."""
    language = load_language(lang) if isinstance(lang, str) else lang
    ctx = Reading.of(text, language, published_date)
    claims = [claim for _q, _at, _found, claim in _read(ctx) if claim is not None]
    return _merge_restatements(claims, doc_id, language.code)


def explain(text: str, lang: str | Language) -> pd.DataFrame:
    """Show, for every number in ``text``, each step the extractor took and what it found."""
    language = load_language(lang) if isinstance(lang, str) else lang
    ctx = Reading.of(text, language)
    traces = [_trace(ctx, q, at, found, claim) for q, at, found, claim in _read(ctx)]
    cols = ["number", "value", "qualifier", "noun", "result", "status", "claimant", "sentence"]
    return pd.DataFrame(traces, columns=cols).fillna("")


def _read(ctx: Reading) -> Iterator[tuple[Quantity, Place, Counted, Claim | None]]:
    """Every quantity of the document, where it stands, what it counts and its claim (or None)."""
    quantities = find_quantities(ctx.text, ctx.lang, ctx.folded)
    speakers = Speakers(ctx)
    qi = 0
    for s, e in ctx.sentences:
        in_sent = []
        while qi < len(quantities) and quantities[qi].start < e:
            if quantities[qi].start >= s:
                in_sent.append(quantities[qi])
            qi += 1
        last_named: str | None = None
        made = False
        for k, q in enumerate(in_sent):
            nxt = in_sent[k + 1].start if k + 1 < len(in_sent) else e
            prv = in_sent[k - 1].end if k > 0 else s
            at = Place(s, e, prv, nxt)
            found = counted(ctx, q, at)
            claim = None if found.reason else _claim(ctx, q, at, found, speakers)
            if claim is not None:
                made = True
                last_named = claim.claimant if claim.claimant != "article" else last_named
            yield q, at, found, claim
        # Who spoke last: the sentence's last named claimant; a sentence without claims may
        # still name who speaks next ("X said: ..."), which is worked out when a pronoun asks.
        if last_named is not None:
            speakers.named(last_named, s)  # where, for "the agency" (same paragraph)
        elif not made:
            speakers.pending.append((s, e))


def _claim(ctx: Reading, q: Quantity, at: Place, found: Counted, speakers: Speakers) -> Claim:
    """The claim a counted quantity makes: its status, claimant, source, country and dates."""
    s, e = at.s, at.e
    who, who_end = claimant(ctx, s, e, (q.start, q.end), speakers.last, found.start)
    src = identify(who, ctx.lang.code, ctx.lang.word_boundaries) if who != "article" else None
    return Claim(
        claim_id="",
        doc_id="",
        lang=ctx.lang.code,
        category=found.category,
        item=found.item,
        value_low=q.value_low,
        value_high=q.value_high,
        unit=found.unit,
        qualifier=q.qualifier,
        status=status_of(status_marks(ctx, s, e), q.start, q.end),
        claimant=who,
        claimant_country=src.country if src else country_of(ctx, who, who_end, e),
        source=src.name if src else "",
        source_kind=src.kind if src else "unknown",
        reported_date=reported_date(ctx, s, e, sentence_cues(ctx, s, e), who),
        event_date=event_date(date_marks(ctx, s, e), q.start, q.end, ctx.published),
        per=per_of(ctx, q.start, q.end, at),
        evidence=ctx.text[s:e],
        start=q.start,
        end=q.end,
    )


def _trace(
    ctx: Reading, q: Quantity, at: Place, found: Counted, claim: Claim | None
) -> dict[str, str]:
    """One row of ``explain``: what each step found for quantity ``q``."""
    text = ctx.text
    row = {"number": q.text, "qualifier": q.qualifier, "sentence": text[at.s : at.e],
           "value": _value_text(q), "noun": "none found"}  # fmt: skip
    if found.found is not None:
        ns, ne, where = found.found
        row["noun"] = f"{text[ns:ne]!r} ({where})"
    if claim is None:
        row["result"] = f"not a claim: {found.reason}"
        return row
    cue = status_cue(status_marks(ctx, at.s, at.e), q.start, q.end)
    why = f"cue {text[cue[0] : cue[1]]!r}" if cue else "no cue: default"
    row["status"] = f"{claim.status} ({why})"
    row["result"] = f"claim: {claim.category}, {claim.item} ({claim.unit})"
    row["claimant"] = f"{claim.claimant} ({claim.claimant_country})"
    return row


def _value_text(q: Quantity) -> str:
    """The bounds of a quantity as text, for ``explain``."""

    def f(v: float | None) -> str:
        return "—" if v is None else f"{v:,.10g}"

    return f"{f(q.value_low)} – {f(q.value_high)}" + (f" ({q.unit})" if q.unit else "")


def _merge_restatements(claims: list[Claim], doc_id: str, lang: str) -> list[Claim]:
    """A figure restated in the same document is one claim; a named source beats 'article'."""
    out: list[Claim] = []
    index: dict[tuple[object, ...], int] = {}
    for c in claims:
        key = (c.category, c.unit, c.value_low, c.value_high, c.status)
        if key in index:
            first = out[index[key]]
            if first.claimant == "article" and c.claimant != "article":
                first.claimant, first.claimant_country = c.claimant, c.claimant_country
                first.source, first.source_kind = c.source, c.source_kind
                first.reported_date = c.reported_date
            if not first.event_date and c.event_date:
                first.event_date = c.event_date
            continue
        index[key] = len(out)
        out.append(c)
    # The claims were made for this document alone, so they are completed in place.
    for i, c in enumerate(out):
        c.claim_id, c.doc_id, c.lang = f"{doc_id}-{i + 1}", doc_id, lang
    return out


def claims_table(claims: Iterable[Claim]) -> pd.DataFrame:
    """The claims as a DataFrame with the data dictionary's columns and types."""
    rows = [asdict(c) for c in claims]
    df = pd.DataFrame(rows, columns=CLAIM_COLUMNS)
    return coerce_claims(df)
