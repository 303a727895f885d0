"""Deterministic synthetic news articles in ten languages, for benchmarks and scale tests.

``python benchmarks/generate.py OUT_DIR N`` writes N articles; the same N gives the same files.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from pathlib import Path

LANGS = ["en", "fi", "tl", "de", "es", "fr", "ru", "uk", "ko", "ja"]

# Per language: claim sentences with {n} (a grouped number) and {who}, and filler sentences.
TEMPLATES: dict[str, dict[str, list[str]]] = {
    "en": {
        "claims": [
            "North Korea has sent about {n} soldiers to Russia, {who} said on Monday.",
            "According to {who}, Pyongyang supplied more than {n} artillery shells.",
            "{who} estimates that up to {n} troops could be deployed next year.",
            "Russia paid over {n} million dollars for the weapons, according to {who}.",
            "Between {n} and {m} containers of ammunition crossed the border, {who} said.",
        ],
        "who": [
            "South Korea's intelligence service",
            "a Ukrainian official",
            "Reuters",
            "the Pentagon",
            "analysts in Seoul",
        ],
        "filler": [
            "The war has now lasted for more than 1,000 days.",
            "Talks between the two leaders took place in 2024 in Pyongyang.",
            "Officials did not respond to a request for comment on Tuesday.",
            "The region has seen heavy fighting since the summer.",
            "Analysts say the partnership has deepened steadily over the past two years, "
            "with delegations travelling between the capitals almost every month.",
            "The Kremlin has repeatedly dismissed such reports as speculation and has refused "
            "to comment on the details of its military cooperation with Pyongyang.",
            "Western governments have responded with new sanctions, although their effect on "
            "the flow of weapons across the border remains difficult to measure.",
            "Satellite images published by independent researchers show increased activity at "
            "the port of Rajin and at a railway crossing near the Russian border.",
            "Diplomats at the United Nations warned that the arrangement could undermine "
            "the sanctions regime that has been in place since 2006.",
        ],
    },
    "fi": {
        "claims": [
            "Pohjois-Korea on lähettänyt noin {n} sotilasta Venäjälle, {who} kertoi.",
            "{who} mukaan Pohjois-Korea on toimittanut yli {n} tykistöammusta.",
            "{who} arvioi, että Venäjä on maksanut jopa {n} miljoonaa euroa.",
        ],
        "who": ["Etelä-Korean tiedustelupalvelu", "Ukrainan armeija", "Reutersin"],
        "filler": [
            "Sota on kestänyt jo yli 1000 päivää.",
            "Maiden johtajat tapasivat viime vuonna Pjongjangissa.",
        ],
    },
    "tl": {
        "claims": [
            "Ayon sa {who}, nakapagpadala na ang North Korea ng mahigit {n} sundalo.",
            "Magpapadala pa ang Pyongyang ng {n} sundalo, ayon sa {who}.",
            "Ipinahayag ng {who} na mahigit {n} bala ang naipadala na.",
        ],
        "who": ["militar ng Ukraine", "South Korea", "Reuters"],
        "filler": ["Nagpulong ang dalawang lider noong Hunyo.", "Walang tugon ang Kremlin."],
    },
    "de": {
        "claims": [
            "Laut {who} hat Nordkorea rund {n} Soldaten nach Russland geschickt.",
            "Nordkorea lieferte mehr als {n} Granaten, sagte {who}.",
            "Nach Angaben des {who} sollen bis zu {n} Soldaten folgen.",
        ],
        "who": ["südkoreanischen Geheimdienstes", "Pentagon", "ukrainischen Militärs"],
        "filler": ["Der Kreml bestreitet die Angaben.", "Die Gespräche fanden 2024 statt."],
    },
    "es": {
        "claims": [
            "Corea del Norte ha enviado unos {n} soldados, según {who}.",
            "Según {who}, Pyongyang suministró más de {n} proyectiles.",
        ],
        "who": ["Seúl", "la inteligencia ucraniana", "el Pentágono"],
        "filler": ["El Kremlin lo niega.", "La guerra dura ya casi tres años."],
    },
    "fr": {
        "claims": [
            "Selon {who}, la Corée du Nord a envoyé environ {n} soldats.",
            "Pyongyang aurait livré plus de {n} obus, a déclaré {who}.",
        ],
        "who": ["Séoul", "Kiev", "le Pentagone"],
        "filler": ["Le Kremlin dément.", "La guerre dure depuis près de trois ans."],
    },
    "ru": {
        "claims": [
            "По данным {who}, КНДР направила около {n} военных.",
            "КНДР поставила более {n} снарядов, заявил {who}.",
        ],
        "who": ["разведки Украины", "Сеула", "Пентагона"],
        "filler": ["В Кремле эти сведения отрицают.", "Война длится почти три года."],
    },
    "uk": {
        "claims": [
            "За даними {who}, КНДР передала понад {n} снарядів.",
            "Пхеньян надіслав близько {n} військових, повідомив {who}.",
        ],
        "who": ["ГУР", "Сеула", "Пентагону"],
        "filler": ["Війна триває понад 1000 днів.", "Кремль це заперечує."],
    },
    "ko": {
        "claims": [
            "{who}에 따르면 북한은 약 {n}명의 병력을 파병했다.",
            "북한은 포탄 {n}발을 보냈다고 {who}가 밝혔다.",
        ],
        "who": ["국가정보원", "합동참모본부", "우크라이나 정보총국"],
        "filler": ["러시아는 이를 부인했다.", "양국 정상은 2024년 6월 만났다."],
    },
    "ja": {
        "claims": [
            "{who}によると、北朝鮮はロシアに約{n}人の兵士を派遣した。",
            "北朝鮮は砲弾{n}発以上を供与したと{who}が発表した。",
        ],
        "who": ["韓国の国家情報院", "ウクライナ国防省", "米国防総省"],
        "filler": ["ロシアはこれを否定している。", "両首脳は2024年6月に会談した。"],
    },
}

GROUP = {"en": ",", "tl": ",", "ko": ",", "ja": ",", "de": ".", "es": ".", "fi": " ",
         "fr": " ", "ru": " ", "uk": " "}


def _number(rng: random.Random, lang: str) -> int:
    return rng.choice([500, 1000, 1500, 3000, 6700, 10000, 12000, 15000, 20000])


def _fmt(n: int, lang: str) -> str:
    return f"{n:,}".replace(",", GROUP[lang])


def article(i: int, seed: int = 2024) -> tuple[str, str]:
    """The i-th synthetic article: (language, text). Deterministic for (i, seed)."""
    rng = random.Random(seed * 1_000_003 + i)
    lang = LANGS[i % len(LANGS)]
    t = TEMPLATES[lang]
    sentences = []
    # Real news articles run to 15-40 sentences, and most carry no figure at all.
    for _ in range(rng.randint(15, 40)):
        if rng.random() < 0.15:
            n = _number(rng, lang)
            s = rng.choice(t["claims"])
            s = s.format(n=_fmt(n, lang), m=_fmt(n + 2000, lang), who=rng.choice(t["who"]))
            sentences.append(s[:1].upper() + s[1:])  # "{who} estimates ...": "A Ukrainian ..."
        else:
            sentences.append(rng.choice(t["filler"]))
    sep = "" if lang in ("ja",) else " "
    paragraphs = [sep.join(sentences[k : k + 3]) for k in range(0, len(sentences), 3)]
    return lang, "\n\n".join(paragraphs) + "\n"


def articles(n: int, seed: int = 2024) -> Iterator[tuple[str, str, str]]:
    """Yield (doc_id, language, text) for n articles, one at a time."""
    for i in range(n):
        lang, text = article(i, seed)
        yield f"synthetic_{i:06d}_{lang}", lang, text


def write_corpus(out_dir: str | Path, n: int, seed: int = 2024) -> Path:
    """Write n articles as .txt files into out_dir (created); return it."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for doc_id, _lang, text in articles(n, seed):
        (out / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    return out


if __name__ == "__main__":
    write_corpus(sys.argv[1], int(sys.argv[2]))
