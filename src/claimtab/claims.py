"""Extraction stage 5, claim assembly: each quantity of each sentence read through the stages
(counted noun, status, claimant, date) into a claim; restatements merged; ``explain``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, fields, replace

import pandas as pd

from .attribution import (
    Speakers,
    claimant,
    country_of,
    relayed_source,
    sentence_cues,
    source_of,
    speaker_body,
)
from .languages import Language, load_language
from .nouns import Counted, counted
from .numbers import Quantity, find_quantities
from .rates import per_of
from .reading import Place, Reading
from .schema import CLAIM_COLUMNS, coerce_claims
from .status import date_marks, event_date, reported_date, status_cue, status_marks, status_of
from .transfers import transfers


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
    return _merge_restatements(claims, doc_id, language.code, _headline_end(ctx))


def explain(text: str, lang: str | Language) -> pd.DataFrame:
    """Show, for every number in ``text``, each step the extractor took and what it found."""
    language = load_language(lang) if isinstance(lang, str) else lang
    ctx = Reading.of(text, language)
    traces = [_trace(ctx, q, at, found, claim) for q, at, found, claim in _read(ctx)]
    return pd.DataFrame(traces, columns=list(_TRACE_COLUMNS))


#: The columns of ``explain``.
_TRACE_COLUMNS = ("number", "value", "qualifier", "noun", "result", "status", "claimant",
                  "sentence")


def _read(ctx: Reading) -> Iterator[tuple[Quantity, Place, Counted, Claim | None]]:
    """Every quantity of the document, where it stands, what it counts and its claim (or None);
    then, per sentence, the transfers it states without a figure (as quantities with no value)."""
    quantities = find_quantities(ctx.text, ctx.lang, ctx.folded, ctx.keyed)
    speakers = Speakers(ctx)
    verbs = _transfer_verbs(ctx)
    qi = vi = 0
    for s, e in ctx.sentences:
        in_sent = []
        while qi < len(quantities) and quantities[qi].start < e:
            if quantities[qi].start >= s:
                in_sent.append(quantities[qi])
            qi += 1
        last_named: str | None = None
        made = False
        counted_qs = _counted_in(ctx, s, e, in_sent) if in_sent else []
        for q, at, found in counted_qs:
            claim = None if found.reason else _claim(ctx, q, at, found, speakers)
            if claim is not None:
                made = True
                last_named = claim.claimant if claim.claimant != "article" else last_named
            yield q, at, found, claim
        while vi < len(verbs) and verbs[vi] < s:
            vi += 1
        has_verb = vi < len(verbs) and verbs[vi] < e
        for q, at, found in _unquantified(ctx, s, e, counted_qs) if has_verb else ():
            claim = _claim(ctx, q, at, found, speakers)
            made = True
            last_named = claim.claimant if claim.claimant != "article" else last_named
            yield q, at, found, claim
        # Who spoke last: the sentence's last named claimant; a sentence without claims may
        # still name who speaks next ("X said: ..."), which is worked out when a pronoun asks.
        if last_named is not None:
            speakers.named(last_named, s)  # where, for "the agency" (same paragraph)
        elif not made:
            speakers.pending.append((s, e))


def _transfer_verbs(ctx: Reading) -> list[int]:
    """Where the document's transfer verbs begin (found once; most sentences have none)."""
    scanner = ctx.lang.transfer_scanner
    return [m.start() for m in scanner.matches(ctx.folded, ctx.keyed)] if scanner else []


def _counted_in(
    ctx: Reading, s: int, e: int, in_sent: list[Quantity]
) -> list[tuple[Quantity, Place, Counted]]:
    """What each quantity of sentence [s, e) counts. A calibre ("122-мм") or the number of a rate
    phrase ("1인당", per person) counts nothing and is read through: the numbers beside it look
    past it for their nouns."""
    calibre = ctx.lang.re_calibre
    rates = _rate_spans(ctx, s, e, in_sent)
    reasons = {}
    for q in in_sent:
        if calibre is not None and calibre.match(ctx.folded, q.end):
            reasons[id(q)] = "a calibre, not a count"
        elif any(a <= q.start and q.end <= b for a, b in rates):
            reasons[id(q)] = "the number of a rate phrase (per person, per day), not a count"
    counts = [q for q in in_sent if id(q) not in reasons]
    out: list[tuple[Quantity, Place, Counted]] = []
    k = 0
    for q in in_sent:
        if id(q) in reasons:
            out.append((q, Place(s, e, s, e), Counted(reason=reasons[id(q)])))
            continue
        nxt = counts[k + 1].start if k + 1 < len(counts) else e
        prv = counts[k - 1].end if k > 0 else s
        at = Place(s, e, prv, nxt)
        out.append((q, at, counted(ctx, q, at)))
        k += 1
    _drop_unit_sizes(ctx, out)
    return out


def _rate_spans(ctx: Reading, s: int, e: int, in_sent: list[Quantity]) -> list[tuple[int, int]]:
    """The rate phrases of sentence [s, e) that hold a digit ("1인당", "1人あたり"); none are
    looked for when no quantity is a bare 1."""
    rx = ctx.lang.re_rates
    if rx is None or not any(q.value_low == 1 == q.value_high for q in in_sent):
        return []
    return [m.span() for m in ctx.finditer(rx, s, e) if any(c.isdigit() for c in m.group())]


def _drop_unit_sizes(ctx: Reading, counted_qs: list[tuple[Quantity, Place, Counted]]) -> None:
    """A count of troop units right before a count of persons, with only space between, gives
    that force's size in units ("3개 사단 2만 명 규모의 병력"): the persons figure is the claim."""
    for (_q, _at, a), (nq, _nat, b) in zip(counted_qs, counted_qs[1:], strict=False):
        if a.reason or b.reason or a.found is None or a.unit != "units":
            continue
        if a.category == "troops" == b.category and b.unit == "persons":
            gap = ctx.folded[a.found[1] : nq.start]
            if not gap.replace(nq.hedge, "").strip():
                a.reason = "the size in units of the persons figure that follows"


#: The unit of a claim without a figure, by category (the unit its figure would have).
_UNQUANTIFIED_UNITS = {"troops": "persons", "munitions": "rounds", "missiles": "missiles"}


def _unquantified(
    ctx: Reading, s: int, e: int, counted_qs: list[tuple[Quantity, Place, Counted]]
) -> list[tuple[Quantity, Place, Counted]]:
    """The transfers sentence [s, e) states without a figure, each as a quantity with no value."""
    if ctx.lang.re_transfer is None:
        return []
    figured = {found.category for _q, _at, found in counted_qs}
    figured.discard("")
    out = []
    for t in transfers(ctx, s, e, figured):
        q = Quantity(None, None, "unquantified", t.start, t.end, ctx.text[t.start : t.end])
        unit = _UNQUANTIFIED_UNITS.get(t.category, "units")
        out.append((q, Place(s, e, s, e), Counted(t.category, t.item, unit, start=t.start)))
    return out


def _claim(ctx: Reading, q: Quantity, at: Place, found: Counted, speakers: Speakers) -> Claim:
    """The claim a counted quantity makes: its status, claimant, source, country and dates."""
    s, e = at.s, at.e
    who, who_end = claimant(ctx, s, e, (q.start, q.end), speakers.last, found.start)
    src = source_of(ctx, who, s) or speaker_body(ctx, who, s, e, speakers)
    src = relayed_source(ctx, src, who, s, e)
    if src is not None and not ctx.countries.get(who):
        ctx.countries[who] = src.country  # for "he said" and the surname alone later on
    stated = reported_date(ctx, s, e, sentence_cues(ctx, s, e), who, q.start)
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
        reported_date=stated,
        event_date=event_date(date_marks(ctx, s, e), q.start, q.end, ctx.published, stated),
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
    row = dict.fromkeys(_TRACE_COLUMNS, "")  # every column, so no cell is missing (NaN)
    row.update({"number": q.text, "qualifier": q.qualifier, "sentence": text[at.s : at.e],
                "value": _value_text(q), "noun": "none found"})
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


def _headline_end(ctx: Reading) -> int:
    """Where the document's headline ends: its first line, when that line has no final mark
    and more text follows (0 when there is no headline)."""
    line_end = ctx.folded.find("\n")
    first = ctx.folded[:line_end].rstrip() if line_end > 0 else ""
    if not first or first[-1] in ".!?。！？:;" or not ctx.folded[line_end:].strip():
        return 0
    return line_end


def _figure(c: Claim) -> tuple[object, ...]:
    """A claim's figure: its category, unit and bounds, a hedged bound ("more than 10,000")
    being the same figure as the bare number; unquantified claims also by their status."""
    bounds = tuple(sorted({v for v in (c.value_low, c.value_high) if v is not None}))
    extra = (c.status,) if c.qualifier in ("unquantified", "vague") else ()
    return (c.category, c.unit, c.qualifier == "unquantified", bounds, *extra)


def _merge_restatements(
    claims: list[Claim], doc_id: str, lang: str, headline_end: int = 0
) -> list[Claim]:
    """A figure restated in the same document is one claim; a named source beats 'article'.

    A headline restating a body figure gives way to the body sentence (its hedge, status and
    evidence); otherwise the first statement is kept, with the same status.
    """
    out: list[Claim] = []
    index: dict[tuple[object, ...], int] = {}
    for c in claims:
        if c.qualifier == "unquantified" and c.start < headline_end:
            continue  # a headline ("Why Pyongyang is sending soldiers") asserts nothing alone
        fig = _figure(c)
        key = (*fig, c.status) if c.qualifier not in ("unquantified", "vague") else fig
        head = index.get(("headline", *fig))
        if head is not None and c.start >= headline_end:
            _take_body(out[head], c)
            index.pop(("headline", *fig))
            index[key] = head
            continue
        if key in index:
            first = out[index[key]]
            if first.claimant == "article" and c.claimant != "article":
                _copy(first, c, _ATTRIBUTION)
            if not first.event_date and c.event_date:
                first.event_date = c.event_date
            continue
        index[("headline", *fig) if c.start < headline_end else key] = len(out)
        out.append(c)
    # The claims were made for this document alone, so they are completed in place.
    for i, c in enumerate(out):
        c.claim_id, c.doc_id, c.lang = f"{doc_id}-{i + 1}", doc_id, lang
    return out


#: The fields that say who makes a claim and when: kept together when restatements merge.
_ATTRIBUTION = ("claimant", "claimant_country", "source", "source_kind", "reported_date")


def _take_body(head: Claim, body: Claim) -> None:
    """Put the body's statement of a figure in place of the headline's (a named source kept)."""
    kept = replace(head) if body.claimant == "article" != head.claimant else None
    _copy(head, body, [f.name for f in fields(Claim) if f.name != "claim_id"])
    if kept is not None:
        _copy(head, kept, _ATTRIBUTION)


def _copy(dst: Claim, src: Claim, names: Iterable[str]) -> None:
    """Set the fields ``names`` of ``dst`` to those of ``src``."""
    for name in names:
        setattr(dst, name, getattr(src, name))


def claims_table(claims: Iterable[Claim]) -> pd.DataFrame:
    """The claims as a DataFrame with the data dictionary's columns and types."""
    rows = [asdict(c) for c in claims]
    df = pd.DataFrame(rows, columns=CLAIM_COLUMNS)
    return coerce_claims(df)
