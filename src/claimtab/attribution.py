"""Extraction stage 3, attribution: who makes a claim (the claimant) and which country that is."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache

from .dates import DateSpan, date_phrases
from .languages import Language
from .numwords import read_number_words
from .reading import Cue, Reading
from .sources import Source, identify, named_bodies, named_in_full, names_person, registry
from .text import fold

#: Words read for a claimant phrase.
CLAIMANT_MAX_WORDS = 12

#: A colon glued to a word (fi "NIS:n", "KIDA:n") breaks nothing.
#: A lone capitalised word this short opening a sentence is a function word ("Con", "Esa").
SHORT_WORD = 3

_CLAUSE_BREAK = re.compile(r"[,;\[\]]|:(?![^\W\d])|\s-\s|\s--\s")
_WORD = re.compile(r"\S+")


def sentence_cues(ctx: Reading, s: int, e: int) -> list[Cue]:
    """Attribution cues in sentence [s, e) (found once per sentence of the document)."""
    hit = ctx.cues.get((s, e))
    if hit is None:
        rx = ctx.lang.re_cues
        found = ctx.finditer(rx, s, e) if rx is not None else ()
        hit = ctx.cues[(s, e)] = [Cue(m.lastgroup or "after", m.start(), m.end()) for m in found]
    return hit


#: Last claimant getter: ``last()`` is the document's last named claimant; ``last(s)`` the last
#: named source of the paragraph holding sentence start ``s`` (None if there is none).
Last = Callable[..., "str | None"]

#: A following sentence that only attributes has at most this many words (characters where words
#: are not separated) besides the claimant's name: "Das teilte das Ministerium am Freitag mit."
FOLLOWING_EXTRA_WORDS = 6
FOLLOWING_EXTRA_CHARS = 14

_DIGIT = re.compile(r"\d")
#: Capital letters of the cased scripts a dateline's city is written in.
_CAPS = "A-ZÀ-ÞА-ЯЁІЇЄҐ"
#: A city in capitals with an optional date, then the agency in brackets, a dash or both
#: ("SEOUL, March 3 (Reuters) -", "KYIV (AP)", "SEUL, 27 Şubat 2025 (AA) –"): a dateline,
#: never part of a name, whether it opens a sentence or a claimant phrase.
_CITY_DATELINE = (
    rf"(?:(?:[{_CAPS}][{_CAPS}'./-]+\s*)+(?:,[^()\n]{{0,30}})?\s*"
    r"(?:\([^()\n]{1,30}\)\s*(?:-\s+)?|-\s+)"
    # Cities in title case, then the agency in brackets and a dash ("Seul / Kiev (AA) - ").
    rf"|[{_CAPS}][\w'.-]+(?:\s*/\s*[{_CAPS}][\w'.-]+)*\s*\([^()\n]{{1,30}}\)\s*[-–—]\s+)"
)
_DATELINE = re.compile(rf"^{_CITY_DATELINE}")
#: A live blog's entry time, then a dash ("18.15 –", "09:40 -", "14h30 —"): no part of a name.
_ENTRY_TIME = r"\d{1,2}[:.h]\d{2}\s*[-–—]\s+"
#: A dateline opening a sentence: a bracketed tag with the byline after it ("【ソウル共同】",
#: "（中央社記者林宜萱首爾28日專電）", "(서울=연합뉴스) 김지훈 기자 =") or a city dateline.
_TAG = re.compile(
    r"\s*(?:[【\[(][^】\]()\n]{1,40}[】\])]\s*(?:(?:[^\s=]+\s+){0,3}[^\s=]+\s*=\s*)?"
    rf"|{_CITY_DATELINE}|{_ENTRY_TIME})"
)


def claimant(
    ctx: Reading, s: int, e: int, span: tuple[int, int], last: Last, counted: int = -1,
) -> tuple[str, int]:
    """Who makes the claim about the number at ``span`` in sentence [s, e); (claimant, end).

    The end is where an appositive after the name begins (-1 if none). ``counted`` is where the
    counted noun begins: a phrase holding it is what is counted, not who counts ("Die Zahl der
    ... Nordkoreaner schätzt der NIS": the NIS estimates). A sentence without a claimant takes
    the name of a following sentence that only attributes ("Das teilte das Ministerium mit.").
    A dateline tag opening the sentence ("【ソウル共同】") is never part of a name.
    """
    tag = _TAG.match(ctx.folded, s, e)
    if tag and tag.end() <= span[0]:
        s = tag.end()
    who, end = _claimant_in(ctx, s, e, span, last, counted)
    if who == "article":
        who = (_colon_header(ctx, s, span[0], last) or following_attribution(ctx, s, e)
               or _reported_speech(ctx, s, e, last) or _restated(ctx, s, e, last) or who)
    else:
        ctx.countries.setdefault(who, "")  # named here; its country is worked out when asked
    return who, end


def _claimant_in(
    ctx: Reading, s: int, e: int, span: tuple[int, int], last: Last, counted: int = -1,
) -> tuple[str, int]:
    """The claimant named in sentence [s, e) by the cue nearest the number, or the one an
    outlet of the sentence cites ("X, citing Y, reports"); ("article", -1) for none."""
    who, end = _cued_claimant(ctx, s, e, span, last, counted)
    outlet = who != "article" and _is_outlet(ctx, who, s)
    if who == "article" or outlet:
        cited = _cited(ctx, s, e, sentence_cues(ctx, s, e), last)
        if cited:
            return cited
    if outlet:
        # "聯合ニュースによると、国家情報院は … 明らかにした": the outlet relays who speaks.
        inner = _cued_claimant(ctx, s, e, span, last, counted, outlets=False)
        relayed = inner[0] != "article" and inner[0] not in who.split()
        return inner if relayed else (who, end)
    return who, end


#: A colon that ends a sentence's opening phrase (not one inside a time, "10:30").
_HEADER_COLON = re.compile(r"[:：](?!\d)")
#: An aside in brackets inside a header ("Британское Минобороны (разведсводка от 8 сентября):").
_BRACKETED = re.compile(r"\s*[(（][^()（）]*[)）]")


def _colon_header(ctx: Reading, s: int, figure: int, last: Last) -> str:
    """The source a sentence opens with, set off by a colon before the figure ("Rzecznik
    Pentagonu Sean Parnell: ok. 100 rakiet ...", "Британское Минобороны (разведсводка): свыше
    2 тыс. ..."): only a registry source or a phrase with a speaker's noun; "" otherwise (a
    place or a topic before a colon names no one: "Seoul: ...")."""
    colon = _HEADER_COLON.search(ctx.folded, s, figure)
    if colon is None:
        return ""
    head = _BRACKETED.sub("", ctx.text[s : colon.start()])
    head = re.split(r"[,，、]", head)[-1].strip()  # "Topic, the speaker: ..." -> the speaker
    if not head or len(head.split()) > CLAIMANT_MAX_WORDS or _DIGIT.search(head):
        return ""
    who = as_name(ctx, clean_phrase(head, ctx.lang), s, last)
    named = who and (source_of(ctx, who, s) is not None or _holds_speaker(who, ctx.lang))
    return who if named else ""


def _is_outlet(ctx: Reading, who: str, s: int) -> bool:
    """Whether a claimant is a news outlet: so in the registry, else by the language's words."""
    src = source_of(ctx, who, s)
    if src is not None:
        return src.kind == "media"
    return claimant_country(who, "", ctx.lang) == "media"


def _cued_claimant(
    ctx: Reading, s: int, e: int, span: tuple[int, int], last: Last, counted: int = -1,
    outlets: bool = True,
) -> tuple[str, int]:
    """The claimant named in sentence [s, e) by the cue nearest the number (without
    ``outlets``, the nearest that names no news outlet); ("article", -1)."""
    cues = sentence_cues(ctx, s, e)
    q_start, q_end = span

    def dist(c: Cue) -> int:
        return q_start - c.end if c.end <= q_start else c.start - q_end + 1

    # A verb right after "according to" is a noun of the name phrase ("according to estimates").
    opened = {c.end + 1 for c in cues if c.kind in ("before", "citing")}
    # A definite reference no earlier body resolves ("по данным ведомства") gives way to a name
    # another cue of the sentence gives ("НРС оценила ...: по данным ведомства, ...").
    unresolved: tuple[str, int] | None = None
    for cue in sorted(cues, key=lambda c: (abs(dist(c)), c.start)):
        who, end = "", -1
        if cue.start in opened or _in_relative_clause(ctx, s, cue):
            continue
        if cue.kind == "pronoun":
            named = _subject_of_pronoun_verb(ctx, s, cue, last) or last()
            if named:
                return named, -1
            continue
        if cue.kind == "before":
            who = as_name(ctx, forward_phrase(ctx, cue.end, e), s, last)
            end = _appositive(ctx, who, cue.end, e) if who else -1
        elif cue.kind in ("after", "post"):
            who = _before_cue(ctx, s, e, cue, last, counted, q_start >= cue.end)
        elif cue.kind == "final":
            who = _final_subject(ctx, s, cue.start, counted, last)
        if who and not could_be_speaker(ctx, who, span):
            continue
        if who and (is_reference(who, ctx.lang) or _possessed(who, ctx.lang)):
            unresolved = unresolved or (who[:120], -1)
        elif who and (outlets or not _is_outlet(ctx, who, s)):
            return who[:120], end
    return unresolved or ("article", -1)


#: Marks that end a sentence or a clause of what is said: never inside a name.
_SENTENCE_MARKS = re.compile(r"[。！？!?；;]")


def could_be_speaker(ctx: Reading, who: str, span: tuple[int, int]) -> bool:
    """Whether a phrase found as a claimant can name who speaks: not when it holds the very
    figure it would attribute ("der Behörde bis zu neun Millionen Granaten", "qu'une centaine
    de missiles ... livrés"), is a first-person pronoun, holds a sentence's final mark
    ("包括……炮弹。") or no letter at all."""
    figure = ctx.folded[span[0] : span[1]].strip()
    phrase = fold(who).lower()
    if (len(figure) >= 2 and figure.lower() in phrase) or phrase in ctx.lang.first_person:
        return False  # the figure itself, or "We" of a quote ("We assess …," X said)
    return _SENTENCE_MARKS.search(who) is None and any(ch.isalpha() for ch in who)


def _cited(ctx: Reading, s: int, e: int, cues: list[Cue], last: Last) -> tuple[str, int] | None:
    """Who an outlet or speaker of sentence [s, e) cites ("X, citing Y, reported ..."): the
    claim is the cited one's; None when no citing cue is followed by a name."""
    for i, cue in enumerate(cues):
        if cue.kind == "citing":
            # The cited name ends where the outlet's own reporting verb begins ("… uvedla, že").
            end = next((c.start for c in cues[i + 1 :] if c.start >= cue.end), e)
            phrase = forward_phrase(ctx, cue.end, end)
        elif cue.kind == "cited":
            phrase = _cited_before(ctx, s, cue.start)
        else:
            continue
        who = as_name(ctx, phrase, s, last)
        if who and not is_reference(who, ctx.lang):
            return who[:120], -1
    return None


def _cited_before(ctx: Reading, s: int, cue_start: int) -> str:
    """The name cited before a cue (ko "… 관계자를 인용해"): back to the word holding the outlet's
    topic marker, or to the clause's start, without the time words between."""
    head = ctx.text[s:cue_start]
    head = head[max(head.rfind(","), head.rfind("、"), head.rfind("，")) + 1 :]
    markers = ctx.lang.main_topic_markers
    if " " in head.strip():  # a marker ends a word ("방송은 2일 … 관계자")
        words = head.split()
        cut = max((i + 1 for i, w in enumerate(words) if w.endswith(markers)), default=0)
        head = " ".join(w for w in words[cut:] if not _DIGIT.search(w))
    elif markers:  # unspaced ("ロイター通信は米国防総省")
        head = head[max(head.rfind(m) + len(m) for m in markers) :]
    return clean_phrase(head, ctx.lang)


def _possessed(phrase: str, lang: Language) -> bool:
    """Whether a claimant phrase opens with a possessive ("ses services", "its analysts"): it is
    the sentence's other speaker's, whom another cue names ("X a indiqué que ses services …")."""
    words = fold(phrase).lower().split()
    return bool(words) and words[0] in lang.possessives


def _in_relative_clause(ctx: Reading, s: int, cue: Cue) -> bool:
    """Whether a reporting verb opens a relative clause ("التي أعلن الكرملين"): its speaker is
    that clause's, not the claim's."""
    if not ctx.lang.relative_pronouns:
        return False
    before = ctx.folded[s : cue.start].split()
    return bool(before) and before[-1].lower() in ctx.lang.relative_pronouns


def _subject_of_pronoun_verb(ctx: Reading, s: int, cue: Cue, last: Last) -> str:
    """The registry source when a cue that means "he added" follows it opening the sentence
    ("El NIS añadió que …", "O NIS acrescentou"); "" otherwise ("Die Verluste belaufen sich
    demnach" names nobody)."""
    who, first = backward_phrase(ctx.text, ctx.folded, cue.start, s, ctx.lang)
    opening = ctx.folded[s:first].lower().split()
    if not who or any(w not in ctx.lang.drop_leading for w in opening) or _DIGIT.search(who):
        return ""
    who = as_name(ctx, who, s, last)
    return who if source_of(ctx, who, s) is not None else ""


def _reported_speech(ctx: Reading, s: int, e: int, last: Last) -> str:
    """The last named claimant when sentence [s, e) is in a verb form only reported speech uses
    ("Zudem habe Pjöngjang 150 Raketenwerfer übergeben." after "Der Geheimdienst teilte mit");
    "" otherwise."""
    rx = ctx.lang.re_reported_speech
    if rx is None or rx.search(ctx.folded, s, e) is None:
        return ""
    return last() or ""


def _restated(ctx: Reading, s: int, e: int, last: Last) -> str:
    """The paragraph's last named source when sentence [s, e) restates the figure before it
    ("Esa cifra podría equivaler a 9 millones de proyectiles"); "" otherwise."""
    rx = ctx.lang.re_restating
    if rx is None or rx.search(ctx.folded, s, e) is None:
        return ""
    return last(s) or ""


def following_attribution(ctx: Reading, s: int, e: int) -> str:
    """The name a following sentence of the paragraph gives when it only attributes ("" if none).

    It has no figure of its own, an attribution cue and a named claimant, and little else:
    "Rund 10.000 Soldaten seien im Einsatz. Das teilte das Verteidigungsministerium mit."
    """
    i = bisect_left(ctx.sentences, (s, e)) + 1
    if i >= len(ctx.sentences):
        return ""
    s2, e2 = ctx.sentences[i]
    if "\n" in ctx.text[e:s2] or _DIGIT.search(ctx.folded, s2, e2):
        return ""
    if not any(c.kind != "pronoun" for c in sentence_cues(ctx, s2, e2)):
        return ""
    who, _ = _claimant_in(ctx, s2, e2, (e2, e2), _nobody)
    if who == "article" or who.lower() in ctx.lang.subject_pronouns:
        return ""
    if ctx.lang.word_boundaries:
        extra = len(ctx.text[s2:e2].split()) - len(who.split())
        return who if extra <= FOLLOWING_EXTRA_WORDS else ""
    return who if (e2 - s2) - len(who) <= FOLLOWING_EXTRA_CHARS else ""


def _subject_before(ctx: Reading, s: int, e: int, cue: Cue, last: Last) -> str:
    """The speaker of a cue whose subject opens the sentence (see ``_before_cue``)."""
    appositive = as_name(ctx, _appositive_name(ctx, s, cue.start), s, last)
    opening = as_name(ctx, _opening_phrase(ctx, s, cue.start), s, last)
    subject = _sentence_subject(ctx, s, e)
    if appositive and not ctx.text[s:e].lstrip().startswith(subject + ","):
        return appositive
    if opening and (source_of(ctx, opening, s) or _holds_speaker(opening, ctx.lang)):
        return opening
    return _subject_name(ctx, subject, s)


def _subject_name(ctx: Reading, subject: str, s: int) -> str:
    """A sentence's subject as a name: without a leading article ("Das Ministerium" ->
    "Ministerium"), and "" for a lone sentence adverb ("Водночас там не виключають")."""
    words = subject.split()
    while words and words[0].lower() in ctx.lang.drop_leading:
        words.pop(0)
    name = " ".join(words)  # not clean_phrase: "Korea Południowa" ends in words that end names
    if len(words) == 1 and name.lower() in ctx.lang.stop_words and not source_of(ctx, name, s):
        return ""
    return name


def _names_subject(ctx: Reading, s: int, end: int) -> bool:
    """Whether a capitalised subject other than a date opens the sentence before ``end``."""
    name = as_name(ctx, _sentence_subject(ctx, s, end), s, _nobody)
    return bool(name) and not (len(name.split()) == 1 and len(name) <= SHORT_WORD)


def _holds_speaker(phrase: str, lang: Language, references: bool = False) -> bool:
    """Whether a phrase holds one of the language's nouns for who speaks ("разведка", "l'agence"),
    or with ``references`` a definite reference ("ведомство")."""
    if not lang.speakers:
        return False
    words = [re.split(r"['’]", w)[-1] for w in fold(phrase).lower().split()]
    return any(w.startswith(lang.speakers) or (references and w in lang.definite_references)
               for w in words)


def _nobody(*_args: object) -> None:
    """No earlier claimant (for reading a sentence on its own)."""
    return None


def as_name(ctx: Reading, phrase: str, s: int, last: Last) -> str:
    """A claimant phrase as a name: without datelines, dates, times and report nouns ("" if
    nothing is left); a definite reference ("the agency") is the paragraph's last named source."""
    if not phrase:
        return ""
    lang = ctx.lang
    phrase = _without_dates(ctx, _DATELINE.sub("", phrase))
    rx = lang.re_report_noun
    while phrase and rx is not None and not is_reference(phrase, lang) and (m := rx.match(phrase)):
        phrase = clean_phrase(phrase[m.end() :], lang)
    words = phrase.split()
    if not words or words[0].lower() in lang.byline_cues:
        return ""
    if len(words) == 1 and words[0].lower() in lang.stop_words:
        return ""  # a function word or a sentence adverb alone ("Водночас", "However")
    if lang.re_month is not None and lang.re_month.fullmatch(fold(phrase)):
        return ""  # a month alone ("März", the rest of a date cut off as a sentence)
    if not lang.word_boundaries:
        phrase = _maker_of_report(phrase.rsplit("、", 1)[-1].strip(), lang)
    if lang.re_trailing_particles is not None:
        phrase = lang.re_trailing_particles.sub("", phrase)
    if is_reference(phrase, lang):
        return last(s, True, _reference_stem(phrase, lang)) or phrase
    return phrase if phrase and could_name(phrase, lang) else ""


def _maker_of_report(phrase: str, lang: Language) -> str:
    """Where words are not separated, the maker of a report a phrase names ("国際戦略研究所が
    まとめた報告書" -> "国際戦略研究所"): the subject before a clause-subject marker when what
    follows it ends in a definite reference; else the phrase. A descriptor before "、" is cut
    off by the caller ("…傘下のシンクタンク、韓国国防研究院")."""
    for marker in lang.clause_subject_markers:
        head, sep, tail = phrase.partition(marker)
        # A marker ends its word: ko "…연구원이 발간한 보고서", never the "이" of "우크라이나".
        ends_word = " " not in phrase or tail.startswith(" ")
        refers = any(fold(tail).lower().endswith(r) for r in lang.definite_references)
        if sep and head and ends_word and refers and tail.strip() not in lang.definite_references:
            return head
    return phrase


def is_reference(phrase: str, lang: Language) -> bool:
    """Whether a claimant phrase is only a definite reference ("agency", "ведомства", fr
    "l'agence")."""
    return _unelided(phrase) in lang.definite_references


#: An elided article glued to the word after it (fr "l'", "d'", it "l'", "dell'").
_ELIDED = re.compile(r"^\w{1,4}['’](?=\w)")


def _unelided(phrase: str) -> str:
    """A phrase folded and lowercased, without an elided article opening it ("l'agence")."""
    return _ELIDED.sub("", fold(phrase).lower())


#: The letters of a definite reference's noun that a body's name must hold for the reference
#: to mean it: all but a short case ending ("разведки" -> "развед", "dienst" -> "dien").
REFERENCE_ENDING_CHARS = 2
REFERENCE_STEM_CHARS = 4


def _reference_stem(phrase: str, lang: Language) -> str:
    """The stem of a definite reference's noun, which names the kind of body it means ("the
    service" -> "serv", "der Dienst" -> "dien", ja "同研究院" -> "研究院"); "" for none."""
    words = _unelided(phrase).split()
    noun = words[-1] if words else ""
    if not lang.word_boundaries:
        prefix = next((p for p in lang.reference_prefixes if noun.startswith(p)), "")
        return noun[len(prefix):] if prefix and len(noun) > len(prefix) else ""
    if len(noun) < REFERENCE_STEM_CHARS:
        return ""
    return noun[: max(REFERENCE_STEM_CHARS, len(noun) - REFERENCE_ENDING_CHARS)]


def could_name(phrase: str, lang: Language) -> bool:
    """Whether a phrase can name who speaks: in a language with ``speakers``, a phrase of a cased
    script without a capital letter must hold a speaker's noun, a definite reference or a
    registry name ("южнокорейская разведка", not "repeatedly" or "семь недель назад")."""
    if not lang.speakers or any(ch.isupper() for ch in phrase):
        return True
    if not any(ch.islower() for ch in phrase):
        return True  # a script without case
    if _holds_speaker(phrase, lang, references=True):
        return True
    return identify(phrase, lang.code, lang.word_boundaries) is not None


def _without_dates(ctx: Reading, phrase: str) -> str:
    """The longest part of a phrase that is no date, time or aside ("On March 3 the ministry",
    "Буданов в інтерв'ю «РБК-Україна»")."""
    lang = ctx.lang
    spans = _date_words(ctx, phrase)
    if _DIGIT.search(phrase):
        spans += [m.span() for rx, _ in lang.date_forms for m in rx.finditer(phrase)]
    for rx in (lang.re_times, lang.re_asides):
        if rx is not None:
            spans += [m.span() for m in rx.finditer(fold(phrase))]
    if lang.re_date_words is not None:
        spans += [m.span() for m in lang.re_date_words.finditer(phrase)]
    if not spans:
        return phrase
    cuts = sorted(spans)
    pieces, at = [], 0
    for a, b in cuts:
        pieces.append(phrase[at:a])
        at = max(at, b)
    pieces.append(phrase[at:])
    kept = [clean_phrase(p, lang) for p in pieces]
    return max(kept, key=lambda p: len(p.split()))


#: A day to read date phrases against when the article has none: only where they stand is used.
_ANY_DAY = "2000-01-01"


def _date_words(ctx: Reading, phrase: str) -> list[tuple[int, int]]:
    """Where weekdays, relative dates and full dates stand in a phrase, but no month name alone
    ("May"), as ``date_phrases`` finds them (the article's date or not)."""
    lang = ctx.lang
    if len(ctx.published) not in (0, 10):
        return []
    found = _cached_dates(phrase, lang.code, lang.word_boundaries, lang.months_capitalised,
                          ctx.published or _ANY_DAY, lang.relative_dates, lang.month_names)
    month = lang.re_month
    # A capitalised month alone may be a word ("May"); a lowercase one is a date ("en abril").
    return [(d.start, d.end) for d in found
            if month is None or not lang.months_capitalised or not month.fullmatch(d.text)]


@lru_cache(maxsize=20_000)
def _cached_dates(
    phrase: str, code: str, spaced: bool, capitalised: bool, base: str,
    relative: tuple[tuple[str, str], ...] = (), months: tuple[tuple[str, int], ...] = (),
) -> list[DateSpan]:
    """Date phrases of a claimant phrase (only where they stand is used)."""
    return date_phrases(phrase, 0, len(phrase), code, base, spaced=spaced,
                        months_capitalised=capitalised, relative=relative, months=months)


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
    ctx: Reading, s: int, e: int, cue: Cue, last: Last, counted: int, ahead: bool = False
) -> str:
    """The claimant of a cue after the name ("X said"), or of an inverted clause ("said X").

    ``ahead``: the number follows the cue. Then, after a subject that opens the sentence, what
    follows the cue is what is said, not a name ("X, in a briefing, said North Korea sent
    9,000"); without one it may be inverted ("In juni kondigde de veiligheidschef aan dat ...",
    "قالت الوكالة إن ...")."""
    lang = ctx.lang
    if cue.kind == "after" and (inverted := _after_auxiliary(ctx, s, cue.start, counted, last)):
        return inverted
    if cue.kind == "after" and lang.subject_opens_sentence:  # "NIS, ... açıkladı"
        limit = min(counted, cue.start) if counted >= 0 else cue.start
        who = as_name(ctx, _opening_phrase(ctx, s, limit), s, last)
        if who:
            return last() or "" if who.lower() in lang.subject_pronouns else who
    who, first = backward_phrase(ctx.text, ctx.folded, cue.start, s, lang)
    cues = sentence_cues(ctx, s, e)
    inner = [c for c in cues if first <= c.start and c.end <= cue.start]
    # Who cites stands before what is cited: "Депутат X со ссылкой на брифинг … сообщил".
    citing = [c.start for c in cues if c.kind == "citing" and c.end <= cue.start
              and not _CLAUSE_BREAK.search(ctx.folded, c.end, cue.start)]
    if citing:
        who, first = backward_phrase(ctx.text, ctx.folded, min(citing), s, lang)
    elif inner and not _cue_in_name(ctx, first, inner[0]):
        # A reporting cue is never inside a name ("X cho biết NIS đánh giá" -> "NIS"), unless
        # it is a word of a name the registry knows ("Media reports in Seoul have said").
        who, first = backward_phrase(ctx.text, ctx.folded, cue.start, max(c.end for c in inner),
                                     lang)
    if cue.kind == "post" and lang.post_name_endings:
        who = _inflected_tail(who, lang.post_name_endings)
        first = max(first, ctx.text.rfind(who, s, cue.start)) if who else cue.start
    aside = _name_before_aside(ctx, s, cue.start) if cue.kind == "after" else ""
    phrase, who = who, as_name(ctx, aside or who, s, last)
    if phrase and not who and first > s and not _CLAUSE_BREAK.search(ctx.folded, first - 2, first):
        # Only a date before the cue ("X hatte Anfang Januar erklärt"): the name stands before it.
        who, first = backward_phrase(ctx.text, ctx.folded, first, s, lang)
        who = as_name(ctx, who, s, last)
    holds_counted = first <= counted < cue.start
    if holds_counted:
        who = ""
    subject = ahead and not holds_counted and _names_subject(ctx, s, cue.start)
    if cue.kind == "after" and not who and not holds_counted:
        who = as_name(ctx, _subject_before_aside(ctx, s, cue.start), s, last)
    if cue.kind == "after" and not who and not subject and not _coordinated(ctx, s, cue):
        # Inverted reporting clause: "..., said a spokesman" / "..., a déclaré X".
        who = as_name(ctx, _inverted_phrase(ctx, cue.end, e), s, last)
        if who[:1].islower() and who.split()[0].lower() in lang.stop_words or who[:1].isdigit():
            who = ""  # "..., said that ..." or "said 11,000 troops ...": no name follows
        if ahead and who and not lang.transfer_verb_first and _runs_on(ctx, cue.end, counted):
            who = ""  # "said North Korea had sent 9 million shells": what is said, not who
    if cue.kind == "after" and not who and not holds_counted and not ahead:
        who = as_name(ctx, _name_before_appositive(ctx, s, cue.start), s, last)
    if cue.kind == "after" and not who and not holds_counted and ahead:
        # What is said follows the cue: its speaker is the name set off by commas before it ("El
        # presidente, X, dijo", "Der Leiter des Amts, X, schrieb"), else the phrase opening the
        # sentence when it names a source or a speaker ("Британская военная разведка, ...,
        # оценила"), else the sentence's subject.
        if _chained(ctx, cues, cue):
            return ""  # "…, the official added, estimating that …": the earlier cue's speaker
        who = _subject_before(ctx, s, e, cue, last)
        if all(w.lower() in lang.drop_leading for w in who.split()):  # only "El", "The"
            who = ""
    if who.lower() in lang.subject_pronouns:
        who = last() or ""
    return who


#: Words of a speaker's appositive at most ("the head of Ukraine's military intelligence").
APPOSITIVE_WORDS = 8


def _name_before_appositive(ctx: Reading, s: int, cue_start: int) -> str:
    """The name before an appositive that a cue follows ("“…,” Kyrylo Budanov, the head of HUR,
    said"): the phrase before the comma that opens a lowercase appositive ending at the cue."""
    head = ctx.folded[s:cue_start].rstrip()
    if not head.endswith(","):
        return ""
    opened = head.rfind(",", 0, len(head) - 1)
    appositive = head[opened + 1 : -1].strip()
    if (opened < 0 or not appositive[:1].islower() or _DIGIT.search(appositive)
            or len(appositive.split()) > APPOSITIVE_WORDS):
        return ""
    who, _ = backward_phrase(ctx.text, ctx.folded, s + opened, s, ctx.lang)
    return who if any(w[:1].isupper() for w in who.split()) else ""  # "ông Kyrylo Budanov"


#: Words of a person's name set off by commas, at most.
NAME_WORDS = 4


def _name_before_aside(ctx: Reading, s: int, cue_start: int) -> str:
    """The name set off by commas before an aside that a preposition opens and the cue ends
    ("Kyrylo Budanov, in un'intervista al sito americano The War Zone ha affermato"); ""."""
    head = ctx.folded[s:cue_start]
    commas = [i for i, ch in enumerate(head) if ch == ","]
    if len(commas) < 2:
        return ""
    opener = head[commas[-1] + 1 :].split()
    lang = ctx.lang
    if not opener or not opener[0].islower() or opener[0] not in lang.stop_words:
        return ""
    name = ctx.text[s + commas[-2] + 1 : s + commas[-1]].split()
    if not name or len(name) > NAME_WORDS or not all(w[:1].isupper() for w in name):
        return ""
    who = " ".join(name)
    role = claimant_country(ctx.text[s : s + commas[-2]], "", lang)  # "Duta Besar Korea Utara"
    if role != "unknown" and not ctx.countries.get(who):
        ctx.countries[who] = role
    return who


def _subject_before_aside(ctx: Reading, s: int, cue_start: int) -> str:
    """The phrase before an aside set off by commas that the cue follows ("A senior US
    official, speaking on condition of anonymity, said ...", "In a report released in May, the
    MSMT, formed by 11 states, said ..."): the first phrase set off by commas before the aside
    that is a registry source or holds a speaker's noun; "" otherwise."""
    head = ctx.folded[s:cue_start].rstrip()
    if not head.endswith(","):
        return ""
    last = head.rfind(",", 0, len(head) - 1)
    aside = head[last + 1 : -1].split()
    if last < 0 or not aside or not aside[0][:1].islower():
        return ""
    start = s + (m.end() if (m := _TAG.match(ctx.folded, s, s + last)) else 0)
    for k, part in enumerate(_comma_parts(ctx.text, start, s + last)):
        phrase = clean_phrase(part, ctx.lang)
        if not phrase or len(phrase.split()) > CLAIMANT_MAX_WORDS or _DIGIT.search(phrase):
            continue
        if k and not _ELIDED.sub("", phrase)[:1].isupper():
            continue  # after the first, only a name: "…, the MSMT, formed by …, said"
        if source_of(ctx, phrase, s) is not None or _holds_speaker(phrase, ctx.lang):
            return phrase
    return ""


#: An elided article glued to a name ("l'Équipe", "dell'Istituto").
_ELIDED = re.compile(r"^\w{1,4}['’]")


def _comma_parts(text: str, start: int, end: int) -> list[str]:
    """The phrases commas set off in text [start, end), in order."""
    return [p.strip() for p in text[start:end].split(",")]


def _chained(ctx: Reading, cues: list[Cue], cue: Cue) -> bool:
    """Whether a cue follows another reporting cue and a comma only ("the official added,
    estimating that ...", "dijo, y agregó que"): both have the earlier cue's speaker."""
    return any(c.kind == "after" and c.end <= cue.start
               and ctx.folded[c.end : cue.start].strip() in (",", "")
               for c in cues if c is not cue)


def _cue_in_name(ctx: Reading, first: int, cue: Cue) -> bool:
    """Whether a cue inside a phrase is a word of a registry name: the phrase up to the cue's
    end names a source ("Media reports"), the words before it alone do not ("Media")."""
    if first >= cue.start:
        return False
    return (source_of(ctx, ctx.text[first : cue.end], first) is not None
            and source_of(ctx, ctx.text[first : cue.start].strip(), first) is None)


def _runs_on(ctx: Reading, cue_end: int, counted: int) -> bool:
    """Whether what follows a cue runs on to the figure with no clause break or complementizer
    between ("said North Korea had sent 9 million shells"): it is what is said, not a name
    ("قدّر التقرير أن نحو ١١ ألف", "kondigde X aan dat" name their speaker)."""
    end = _figure_start(ctx.folded, cue_end, counted)  # the figure's own commas break nothing
    if end <= cue_end or _CLAUSE_BREAK.search(ctx.folded, cue_end, end):
        return False
    that = ctx.lang.re_complementizer
    return that is None or that.search(ctx.folded, cue_end, end) is None


def _figure_start(folded: str, start: int, end: int) -> int:
    """Where the last figure in digits before ``end`` begins ("28,000" of "… 28,000 containers"),
    not before ``start``; ``end`` when there is none."""
    i = end
    while i > start and not folded[i - 1].isdigit():
        i -= 1
    if i == start:
        return end
    while i > start and (folded[i - 1].isdigit() or _in_figure(folded, i - 1)):
        i -= 1
    return i


def _in_figure(folded: str, i: int) -> bool:
    """Whether the character at ``i`` is a separator between digits ("28,000", "1.5")."""
    return folded[i] in ",." and i > 0 and folded[i - 1].isdigit()


def _coordinated(ctx: Reading, s: int, cue: Cue) -> bool:
    """Whether a reporting verb follows a conjunction ("…, і назвав Пхеньян …", "and called
    it"): it shares the earlier clause's subject, so what follows it is no inverted name."""
    before = ctx.folded[s : cue.start].split()
    return bool(before) and before[-1].lower() in ctx.lang.conjunction_words


def _after_auxiliary(ctx: Reading, s: int, cue_start: int, counted: int, last: Last) -> str:
    """The subject right after a perfect's auxiliary when only adverbs and dates open the
    sentence before it ("Bereits im Juni hatte der Sekretär des Sicherheitsrats … angekündigt",
    "Zuvor hatte Budanow im Fernsehen gesagt"); "" otherwise."""
    rx = ctx.lang.re_auxiliary
    m = rx.search(ctx.folded, s, cue_start) if rx is not None else None
    if m is None or not ctx.folded[s : m.start()].strip() or m.end() <= counted < cue_start:
        return ""
    lang = ctx.lang
    opening = _without_dates(ctx, ctx.text[s : m.start()]).lower().split()
    month = lang.re_month
    if any(w.strip(",") not in lang.stop_words and not (month and month.fullmatch(w.strip(",")))
           for w in opening):
        return ""  # a subject opens the sentence ("Der Dienst hatte in Kiew gemeldet")
    return as_name(ctx, forward_phrase(ctx, m.end(), cue_start), s, last)


#: The longest lowercase word that may open a date after an inverted cue ("este martes").
DATE_LEAD_CHARS = 4

#: Words read after an inverted cue for a date standing before the name.
_DATE_LOOKAHEAD_CHARS = 40


def _past_date(ctx: Reading, start: int, e: int) -> int:
    """Where the name after an inverted cue begins when a date or time stands first, with a
    short lowercase word before or after it ("a déclaré vendredi le renseignement ...",
    "сообщила 3 марта 2025 года разведка ..."); else ``start``."""
    phrase = ctx.folded[start : min(e, start + _DATE_LOOKAHEAD_CHARS)]
    spans = _date_words(ctx, phrase)
    if ctx.lang.re_times is not None:
        spans += [m.span() for m in ctx.lang.re_times.finditer(phrase)]
    for a, b in sorted(spans):
        before = phrase[:a].split()
        if len(before) > 1 or any(not w.islower() or len(w) > DATE_LEAD_CHARS for w in before):
            break
        b = _past_place(ctx, phrase, b)
        rest = phrase[b:]
        word = rest.split()[0] if rest.split() else ""
        if word.lower() in ctx.lang.stop_words:  # "said Monday that ...": no name follows
            return start + b if word.lower() in ctx.lang.drop_leading else start
        if word.islower() and len(word) <= 4 and word.isalpha():
            b += rest.find(word) + len(word)
        return start + b
    return start


def _past_place(ctx: Reading, phrase: str, at: int) -> int:
    """Past a place after the date of an inverted cue ("anunció el martes en Pyongyang el
    secretario …"): a short preposition, a capitalised word and an article after them."""
    words = phrase[at:].split()
    lang = ctx.lang
    if (len(words) >= 3 and len(words[0]) <= SHORT_WORD and words[0] in lang.stop_words
            and words[1][:1].isupper() and words[2].lower() in lang.drop_leading):
        return phrase.find(words[1], at) + len(words[1])
    return at


def _inverted_phrase(ctx: Reading, start: int, e: int) -> str:
    """The name after an inverted cue ("..., a déclaré X"). After a date it must run to the end
    of the clause ("said Monday North Korea had sent ..." goes on with a clause, not a name), or
    name a registry source."""
    at = _past_date(ctx, start, e)
    if at != start:
        phrase = forward_phrase(ctx, at, e)
        m = _CLAUSE_BREAK.search(ctx.folded, at, e)
        rest = ctx.text[at : m.start() if m else e].split()
        ends = phrase and rest and rest[-1].rstrip(".!?\"'»”") == phrase.split()[-1]
        known = phrase and identify(phrase, ctx.lang.code, ctx.lang.word_boundaries) is not None
        return phrase if ends or known else ""  # "informó este martes el NIS en una sesión"
    return forward_phrase(ctx, start, e)


def clean_phrase(phrase: str, lang: Language) -> str:
    """A claimant phrase without leading articles, trailing stop words and punctuation."""
    words = phrase.strip(" \t,.;:-\"'“”«»").split()
    while words and words[0].lower().strip("\"'") in lang.drop_leading:
        words.pop(0)
    while words and words[-1].lower() in lang.stop_words:
        words.pop()
    cleaned = " ".join(words).strip(" ,.;:\"'“”")
    while cleaned.endswith((")", "）")) and cleaned.count(cleaned[-1]) > cleaned.count(
            "(" if cleaned[-1] == ")" else "（"):
        cleaned = cleaned[:-1].rstrip(" ,.;:")  # the close of a bracket the name stood in
    end = cleaned[-8:]
    return cleaned + _closing_mark(cleaned, phrase[phrase.rfind(end) + len(end) :] if end else "")


#: Quotation marks that open a quoted name, and the marks that close it.
_QUOTE_PAIRS = (("«", "»"), ("„", "“”"), ("“", "”"))


def _closing_mark(phrase: str, tail: str) -> str:
    """The closing quotation mark stripped off a phrase that opened one ("издания «Важные
    истории»"), from what followed it; "" when the phrase's quotes are closed."""
    for opening, closings in _QUOTE_PAIRS:
        open_marks = phrase.count(opening)
        if open_marks and open_marks > sum(phrase.count(c) for c in closings):
            return tail[0] if tail and tail[0] in closings else ""
    return ""


def forward_phrase(ctx: Reading, start: int, limit: int) -> str:
    """The phrase that begins at ``start`` (a name after a cue), up to a clause break."""
    folded, stop_words = ctx.folded, ctx.lang.stop_words
    m = _CLAUSE_BREAK.search(folded, start, limit)
    clause_end = m.start() if m else limit
    stop = _number_word_start(ctx, start, clause_end)
    words: list[str] = []
    for wm in _WORD.finditer(folded, start, stop):
        w = wm.group(0)
        if words and _DIGIT.match(w):
            words = _without_hedge(words, ctx.lang)  # the figure and its hedge end the name
            break
        if words and w.lower().strip(".,") in stop_words and not _joined(words[-1], w, ctx.lang):
            break
        words.append(ctx.text[wm.start() : wm.end()])
        if len(words) >= CLAIMANT_MAX_WORDS:
            break
    else:
        if stop < clause_end:
            words = _without_hedge(words, ctx.lang)
    return clean_phrase(" ".join(words), ctx.lang)


def _number_word_start(ctx: Reading, start: int, stop: int) -> int:
    """Where a figure written in words begins in folded[start:stop] (``stop`` if none): like
    digits, it and its hedge end a name ("nach Berechnungen der Behörde bis zu neun Millionen")."""
    seg = ctx.folded[start:stop]
    if not seg.strip():
        return stop
    found = [n for n in read_number_words(seg, ctx.lang.code) if n.value >= 2 and n.start > 0]
    return start + found[0].start if found else stop


def _joined(before: str, stop: str, lang: Language) -> bool:
    """Whether the stop word ``stop`` after the word ``before`` goes on with the name ("de la
    Défense", "Sprecher der Armee")."""
    rx = lang.name_joiners
    return rx is not None and rx.fullmatch(f"{before.strip('.,')} {stop.strip('.,')}") is not None


def _without_hedge(words: list[str], lang: Language) -> list[str]:
    """The words before a figure without the hedge that opens it ("... NIS rund" -> "... NIS")."""
    tail = " ".join(words).lower()
    for phrase, _qual in lang.hedge_phrases:
        if tail.endswith(" " + phrase):
            return words[: len(words) - len(phrase.split())]
    return words


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
    for i in range(len(words) - 1, -1, -1):
        wm = words[i]
        w = wm.group(0).lower().strip(".,")
        joined = i > 0 and _joined(words[i - 1].group(0), w, lang)
        if w in lang.stop_words and kept and not joined:
            break
        if w in lang.stop_words and not (kept and joined):
            continue
        kept.append(text[wm.start() : wm.end()])
        first = wm.start()
        if len(kept) >= CLAIMANT_MAX_WORDS:
            break
    return clean_phrase(" ".join(reversed(kept)), lang), first


def _inflected_tail(phrase: str, endings: tuple[str, ...]) -> str:
    """The words at the end of a phrase that all have one of the case endings a name before a
    postposition takes ("Venäjä maksaa NIS:n" -> "NIS:n")."""
    words = phrase.split()
    i = len(words)
    while i > 0 and (words[i - 1].lower().endswith(endings) or words[i - 1].startswith("(")):
        i -= 1  # an abbreviation in brackets goes with the name ("yhteisesikunnan (JCS)")
    return " ".join(words[i:])


def _appositive_name(ctx: Reading, s: int, cue_start: int) -> str:
    """The name set off by commas right before a cue, auxiliaries and adverbs between ("El
    presidente ucraniano, Volodímir Zelenski, aseguró", "…agency, HUR, has said"); "" when the
    cue follows no such name or it holds a figure."""
    head = _without_auxiliaries(ctx.folded[s:cue_start].rstrip())
    if not head.endswith(","):
        return ""
    opened = head.rfind(",", 0, len(head) - 1)
    if opened < 0:
        return ""
    name = ctx.text[s + opened + 1 : s + len(head) - 1].strip()
    words = name.split()
    if not words or not words[0][:1].isupper() or len(words) > CLAIMANT_MAX_WORDS:
        return ""
    return "" if _DIGIT.search(name) else clean_phrase(name, ctx.lang)


#: Lowercase words read back over between an appositive's comma and its cue ("has already").
AUXILIARY_WORDS = 2


def _without_auxiliaries(head: str) -> str:
    """A sentence's head without the few lowercase words that end it after a comma."""
    words = head.split(" ")
    for _ in range(AUXILIARY_WORDS):
        if len(words) < 2 or words[-1].endswith(",") or not words[-1].islower():
            break
        words.pop()
    return " ".join(words)


def _sentence_subject(ctx: Reading, s: int, e: int) -> str:
    """The run of capitalised words that opens a sentence ("Ukrainian President X Y"); a lone
    short word is a capitalised function word, no subject ("Con ese refuerzo", "Esa cifra")."""
    words: list[str] = []
    for wm in _WORD.finditer(ctx.folded, s, e):
        w = ctx.text[wm.start() : wm.end()]
        if not words and w.endswith(",") and w[:-1].lower() in ctx.lang.stop_words:
            continue  # a sentence adverb before the subject ("Meanwhile, the minister ...")
        if not w[:1].isupper():
            break
        words.append(w.rstrip(","))
        if w.endswith(","):
            break
    if len(words) == 1 and len(words[0]) <= SHORT_WORD and (
        not words[0].isupper() or len(words[0]) == 1
    ):
        return ""  # "Con", or a capitalised preposition of one letter ("В обмен", "У")
    if words and words[0].isupper() and len(words[0]) > SHORT_WORD and words[0].isalpha():
        return ""  # a dateline's city ("SEÚL, 14 de enero ..."), never a speaker
    first = words[0].lower() if words else ""
    lang = ctx.lang
    if first in lang.stop_words and first not in lang.drop_leading and (
            len(first) <= SHORT_WORD or len(words) == 1):
        return ""  # a preposition opens it ("En Seúl, el portavoz dijo ...", "Dans un rapport")
    name = " ".join(words)
    if words and identify(name, lang.code, lang.word_boundaries) is None:
        return _registry_subject(ctx, s, e) or name
    return name


def _registry_subject(ctx: Reading, s: int, e: int) -> str:
    """The words that open sentence [s, e) up to a stop word, when they name a registry source:
    a name with lower-case words ("Korea Institute for Defense Analyses in ...", vi "Viện Phân
    tích Quốc phòng Hàn Quốc (KIDA) trong ..."); "" otherwise, and when a clause break or a
    figure comes first (an appositive after a comma names the speaker: "Ukraine's president,
    Volodymyr Zelenskyy, said")."""
    m = _CLAUSE_BREAK.search(ctx.folded, s, e)
    words: list[str] = []
    for wm in _WORD.finditer(ctx.folded, s, m.start() if m else e):
        w = ctx.text[wm.start() : wm.end()]
        if _DIGIT.search(w) or len(words) >= CLAIMANT_MAX_WORDS:
            return ""
        if words and w.lower() in ctx.lang.stop_words:
            break
        words.append(w)
    else:
        return ""
    phrase = clean_phrase(" ".join(words), ctx.lang)
    lang = ctx.lang
    return phrase if phrase and identify(phrase, lang.code, lang.word_boundaries) else ""


def _opening_phrase(ctx: Reading, s: int, limit: int) -> str:
    """The capitalised phrase that opens a sentence and ends at a comma before ``limit`` ("")."""
    m = _CLAUSE_BREAK.search(ctx.folded, s, limit)
    if m is None or m.group(0) != ",":
        return _subject_end(ctx, s, m.start() if m else limit)
    opening = ctx.text[s : m.start()].lstrip(" \t\"'“«")
    phrase = clean_phrase(opening, ctx.lang)  # "El diputado X" -> "diputado X"
    words = phrase.split()
    if not words or not opening[:1].isupper() or len(words) > CLAIMANT_MAX_WORDS:
        return ""
    return phrase


def _subject_end(ctx: Reading, s: int, limit: int) -> str:
    """The capitalised subject opening a sentence up to where the language says a subject
    without a comma ends (tr "NIS ise …", "NIS Kuzey Kore'nin … açıkladı"); "" for none."""
    rx = ctx.lang.re_subject_end
    if rx is None:
        return ""
    m = rx.search(ctx.folded, s, limit)
    end = m.start() if m is not None else _month_after(ctx, s, limit)
    if end < 0 or not ctx.text[s:end].lstrip()[:1].isupper():
        return ""
    phrase = forward_phrase(ctx, s, end)
    return phrase if len(phrase.split()) < CLAIMANT_MAX_WORDS else ""


def _month_after(ctx: Reading, s: int, limit: int) -> int:
    """Where the first month name after the sentence's first word stands ("Kiev yönetimi ocak
    ayında …": the subject ends before its date), or -1."""
    month = ctx.lang.re_month
    words = list(_WORD.finditer(ctx.folded, s, limit))[1:] if month is not None else []
    return next((w.start() for w in words if month and month.fullmatch(w.group(0))), -1)


def _final_subject(ctx: Reading, s: int, cue_start: int, counted: int, last: Last) -> str:
    """The claimant of a verb-final cue: its subject, else (none named, or only what is
    counted) the paragraph's last named source, whom a subject left out continues
    ("また、…計1千万発を超えたと指摘した" after "国情院は…")."""
    phrase, at = _topic_subject(ctx, s, cue_start)
    if phrase and not at <= counted < at + len(phrase) and not _counts(ctx.lang, phrase):
        return as_name(ctx, phrase, s, last)
    return last(s) or ""


def _counts(lang: Language, phrase: str) -> bool:
    """Whether a phrase holds a counted noun or a casualty word ("北朝鮮から搬出された砲弾"):
    what is counted, never who counts."""
    rx, folded = lang.re_any_noun, fold(phrase)
    if lang.re_casualty is not None and lang.re_casualty.search(folded):
        return True  # "このうち戦死者": the dead are counted
    return rx is not None and any(m.lastgroup != "nc" for m in rx.finditer(folded))


def _topic_subject(ctx: Reading, s: int, cue_start: int) -> tuple[str, int]:
    """For verb-final languages: the subject after the reported clause ("…고 국가정보원이 4일
    밝혔다"), else the topic opening the sentence after its connectives ("一方、韓国国家情報院は");
    the phrase and where it begins ("", -1)."""
    lang, folded = ctx.lang, ctx.folded
    if lang.topic_before_verb is None or lang.topic_opening is None:
        return "", -1
    at = s
    if lang.re_quote_marker is not None:  # the subject follows the reported clause's "と"
        for q in lang.re_quote_marker.finditer(folded, s, cue_start):
            at = q.end()
    if at > s and (m := lang.topic_opening.match(folded[at:cue_start])):
        return _span_text(ctx, at, m)
    tail = folded[at:cue_start].rstrip()
    if lang.re_verb_gap is not None and (g := lang.re_verb_gap.search(tail)):
        tail = tail[: g.start()].rstrip()
    m = lang.topic_before_verb.search(tail)
    if m and len(m.group(1)) > 1:
        return _span_text(ctx, at, m)
    opens = lang.re_openers.match(folded, s, cue_start) if lang.re_openers is not None else None
    start = _after_relay(ctx, opens.end() if opens else s, cue_start)
    m = None
    if lang.topic_opening_main is not None:
        m = lang.topic_opening_main.match(folded[start:cue_start])
    m = m or lang.topic_opening.match(folded[start:cue_start])
    if m is None or at > s and folded.startswith(lang.clause_subject_markers, start + m.end(1)):
        return "", -1  # "북한이 … 보냈다고 덧붙였다": the reported clause's subject
    return _span_text(ctx, start, m)


def _after_relay(ctx: Reading, start: int, cue_start: int) -> int:
    """Where the topic begins after a relaying clause that opens the sentence ("聯合ニュースに
    よると、国家情報院は"): after the postposition cue and its comma; else ``start``."""
    rx = ctx.lang.re_cues
    found = rx.finditer(ctx.folded, start, cue_start) if rx is not None else ()
    m = next((c for c in found if c.lastgroup == "post"), None)
    if m is None or ctx.folded[m.end() : m.end() + 1] not in ("、", ","):
        return start
    return m.end() + 1


def _span_text(ctx: Reading, at: int, m: re.Match[str]) -> tuple[str, int]:
    """The text of group 1 of a match made on the text from ``at``, and where it begins."""
    return ctx.text[at + m.start(1) : at + m.end(1)], at + m.start(1)


def source_of(ctx: Reading, who: str, s: int) -> Source | None:
    """The registry source of a claimant: the one its phrase names, else the registry person
    whose full name the document gave before sentence ``s`` when the phrase is only part of it
    ("Kirby added" after "John Kirby"); None for the article or a name the registry lacks."""
    if who == "article":
        return None
    lang = ctx.lang
    src = identify(who, lang.code, lang.word_boundaries)
    if src is None and lang.word_boundaries:
        src = named_in_full(who, ctx.text, s, lang.code)
    return src


def speaker_body(ctx: Reading, who: str, s: int, e: int, speakers: Speakers) -> Source | None:
    """The body a speaker the registry lacks speaks for: the one their appositive names here,
    else the one it named when they were last named ("Sinabi ni X, direktor … sa Strategy XXI
    …" and then "aniya")."""
    found = appositive_source(ctx, who, s, e)
    if found is not None:
        speakers.bodies[who] = found
    return found or speakers.bodies.get(who)


def appositive_source(ctx: Reading, who: str, s: int, e: int) -> Source | None:
    """The registry body a speaker's appositive names when the claimant is not in the registry
    ("Ivan X, porte-parole du parquet général ukrainien, a indiqué"): the appositive follows the
    name between commas and opens with a noun for who speaks; None otherwise."""
    after = _appositive(ctx, who, s, e) if who != "article" else -1
    end = ctx.folded.find(",", after + 2, e) if after >= 0 else -1
    lang = ctx.lang
    words = fold(ctx.text[after + 2 : end]).lower().split() if end > 0 else []
    while words and words[0] in lang.drop_leading:
        words.pop(0)  # "a spokesman for the Pentagon"
    if not words or not lang.speakers or not words[0].startswith(lang.speakers):
        return None
    return identify(ctx.text[after + 2 : end], lang.code, lang.word_boundaries)


#: The kinds of body a lawmaker relays when the sentence names one ("Lawmaker X said after a
#: closed briefing by the NIS that ..."): the claim is the briefing body's.
RELAYED_KINDS = ("intelligence", "military")


def relayed_source(ctx: Reading, src: Source | None, who: str, s: int, e: int) -> Source | None:
    """The source of a claim: a lawmaker's (kind parliament, or a claimant the registry lacks
    called a lawmaker) is the intelligence or military body whose briefing they relay: the one
    the same sentence names, else the one body the document's lawmakers relayed before, else
    the one such body the document named before ("… after the session"); else ``src``."""
    if src is not None and src.kind != "parliament":
        return src
    rx = ctx.lang.re_lawmakers
    if src is None and (rx is None or who == "article" or (
            rx.search(fold(who).lower()) is None and not _lawmaker_aside(ctx, rx, who, s, e))):
        return None
    body = _briefing_body(ctx, s, e)
    if body is not None:
        ctx.relays[who] = body.id
        return body
    relayed = set(ctx.relays.values()) or {b.id for b in _briefing_bodies(ctx, 0, s)}
    return registry()[relayed.pop()] if len(relayed) == 1 else src


def _lawmaker_aside(ctx: Reading, rx: re.Pattern[str], who: str, s: int, e: int) -> bool:
    """Whether the aside set off by commas right after the claimant's name in sentence [s, e)
    calls them a lawmaker ("Kim Tae-ho, who sits on the intelligence committee, said")."""
    at = ctx.text.find(who, s, e)
    if at < 0 or not ctx.text.startswith(",", at + len(who)):
        return False
    close = ctx.text.find(",", at + len(who) + 1, e)
    return close > 0 and rx.search(fold(ctx.text[at + len(who) + 1 : close]).lower()) is not None


def _briefing_bodies(ctx: Reading, s: int, e: int) -> list[Source]:
    """The intelligence and military bodies text [s, e) names, in order."""
    bodies = named_bodies(ctx.text[s:e], ctx.lang.code, ctx.lang.word_boundaries)
    return [b for b in bodies if b.kind in RELAYED_KINDS]


def _briefing_body(ctx: Reading, s: int, e: int) -> Source | None:
    """The first intelligence or military body sentence [s, e) names, or None."""
    return next(iter(_briefing_bodies(ctx, s, e)), None)


def claimant_country(phrase: str, context: str, lang: Language) -> str:
    """The country (UA, KR, ..., media) a claimant phrase names; 'unknown' if none."""
    return _country(phrase, context, lang)


@lru_cache(maxsize=50_000)
def _country(phrase: str, context: str, lang: Language) -> str:
    """The country of the earliest country name in the phrase, else in its context. An outlet
    or the media named in the phrase are the media, whatever country they are of ("South Korean
    media", "die ukrainische Zeitung"): the table's convention for outlets."""
    for in_phrase, chunk in ((True, phrase), (False, context)):
        best: tuple[int, str] | None = None
        folded = fold(chunk)
        for rx, country in lang.countries:
            m = rx.search(folded)
            if m and in_phrase and country == "media":
                return country
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), country)
        if best is not None:
            return best[1]
    return "unknown"


def country_of(ctx: Reading, who: str, who_end: int, e: int) -> str:
    """The claimant's country, from its name or the appositive after it, or as named before."""
    if who == "article" or is_reference(who, ctx.lang):
        return "unknown"  # an unresolved "the agency" names no country
    context = ""
    if who_end >= 0:
        comma = ctx.folded.find(",", who_end + 2, e)
        context = ctx.text[who_end : comma if comma > 0 else ctx.words_after(who_end, e, 15)]
    country = claimant_country(who, context, ctx.lang)
    if country == "unknown":
        return ctx.countries.get(who) or _named_before(ctx, who)
    if not ctx.countries.get(who):
        ctx.countries[who] = country
    return country


def _named_before(ctx: Reading, who: str) -> str:
    """The country of a claimant named in full earlier in the document ("Park" after "South
    Korean lawmaker Park Ji-won"): every word of ``who`` is a capitalised word of that name."""
    words = who.split()
    if not words or not all(w[:1].isupper() for w in words):
        return "unknown"
    for earlier, country in reversed(ctx.countries.items()):
        if earlier == who or not set(words) <= set(earlier.split()):
            continue
        src = identify(earlier, ctx.lang.code, ctx.lang.word_boundaries)
        country = src.country if src else country or claimant_country(earlier, "", ctx.lang)
        if country != "unknown":
            return country
    return "unknown"


class Speakers:
    """Who spoke last in a document, for "he said"; worked out only when a pronoun needs it."""

    def __init__(self, ctx: Reading) -> None:
        self.ctx = ctx
        self.current: str | None = None
        self.at = -1  # where the sentence of the last named claimant begins
        self.pending: list[tuple[int, int]] = []  # sentences without claims since then
        self.history: list[str] = []  # every claimant named so far, in order
        self.referred: dict[str, str] = {}  # the body each reference's stem meant so far
        self.bodies: dict[str, Source] = {}  # the body a speaker's appositive named

    def named(self, who: str, at: int = -1) -> None:
        """``who`` made the last claim, in the sentence that begins at ``at``."""
        self.current, self.at, self.pending = who, at, []
        if not self.history or self.history[-1] != who:
            self.history.append(who)

    def last(self, s: int = -1, body: bool = False, stem: str = "") -> str | None:
        """The last named claimant (a sentence without claims may name who speaks next); with
        ``s``, only one named earlier in the paragraph of the sentence beginning at ``s``; with
        ``body`` (for "the agency"), the last body named, in this paragraph or before: the last
        registry body whose name holds ``stem`` when one does ("the service" after "the
        National Intelligence Service" and then "the Pentagon" is the NIS)."""
        self._read_pending(every=body)
        if body:
            bodies = [who for who in reversed(self.history) if self._body(who)]
            named = (who for who in bodies if stem and stem in fold(who).lower()
                     and self._registered(who))
            # "o documento" again is the body it meant before ("O documento indica …").
            meant = self.referred.get(stem)
            found = next(named, meant if meant in bodies else bodies[0] if bodies else None)
            if stem and found is not None:
                self.referred.setdefault(stem, found)
            return found
        if s >= 0 and (self.at < 0 or "\n" in self.ctx.text[self.at : s]):
            return None
        return self.current

    def _read_pending(self, every: bool) -> None:
        """Name who the sentences without claims since the last claim name: the latest one, or
        (``every``, for a body further back) all of them, in order."""
        found: list[tuple[str, int]] = []
        while self.pending:
            ps, pe = self.pending.pop()
            if any(c.kind != "pronoun" for c in sentence_cues(self.ctx, ps, pe)):
                who, _ = _claimant_in(self.ctx, ps, pe, (pe, pe), _nobody)
                if who != "article":
                    found.append((who, ps))
                    if not every:
                        break
        for who, ps in reversed(found):
            self.named(who, ps)

    def _registered(self, who: str) -> bool:
        """Whether a claimant names a registry source (not "informe internacional")."""
        lang = self.ctx.lang
        return identify(who, lang.code, lang.word_boundaries) is not None

    def _body(self, who: str) -> bool:
        """Whether a claimant is a body, not a person: so in the registry, else its phrase holds
        a definite-reference noun ("Geheimdienst NIS")."""
        lang = self.ctx.lang
        if identify(who, lang.code, lang.word_boundaries) is not None:
            return not names_person(who, lang.code, lang.word_boundaries)
        words = fold(who).lower().split()
        return any(w in lang.definite_references for w in words)
