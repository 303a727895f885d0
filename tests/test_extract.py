"""The extractor on sentences written for these tests (each language's own rows and traps are
in src/claimtab/languages/tests/<code>.toml, run by test_languages.py)."""

import pytest
from helpers import SEEDS

from claimtab.evaluate import evaluate, load_annotations
from claimtab.extract import extract_claims, split_sentences
from claimtab.languages import load_language
from claimtab.load import Document, load_corpus
from claimtab.pipeline import extract_corpus
from claimtab.schema import CLAIM_COLUMNS, validate_claims


@pytest.mark.parametrize(
    "lang,sentence",
    [
        # The number counts something of its own, or something that is not a claim.
        ("en", "A number of North Korean soldiers were wounded in 3 separate attacks."),
        ("en", "The number of North Korean soldiers visiting Moscow rose in 2024 to 5 visits."),
        ("en", "The number of meetings between the two armies reached 12."),
        ("de", "Die Zahl der Treffen der beiden Armeen stieg auf 12."),
        # Another number stands between the cue and this one.
        ("en", "The number of soldiers was 10,000 in March, against 12 in 2023."),
    ],
)
def test_number_of_needs_a_number_that_ends_its_clause(lang, sentence):
    values = [c.value_low for c in extract_claims(sentence, lang)]
    assert values in ([], [10000])


def test_claimant_and_status_and_date():
    text = (
        "On February 27, 2024, South Korea's defence minister said North Korea had sent "
        "about 6,700 containers since September 2023. He said it would send 2,000 more troops."
    )
    c1, c2 = extract_claims(text, "en", "x")
    assert (c1.claimant, c1.claimant_country, c1.status) == (
        "South Korea's defence minister",
        "KR",
        "delivered",
    )
    assert c1.event_date == "2023-09"
    assert (c2.category, c2.value_low, c2.status) == ("troops", 2000, "planned")
    assert c2.claimant == "South Korea's defence minister" and c2.claimant_country == "KR"
    assert [c.claim_id for c in (c1, c2)] == ["x-1", "x-2"]


def test_inverted_reporting_clause():
    (c,) = extract_claims("Pyongyang sent 3,000 more troops, said a Ukrainian official.", "en")
    assert (c.claimant, c.claimant_country) == ("Ukrainian official", "UA")


def test_restated_figure_is_one_claim_and_keeps_the_named_source():
    text = "North Korea sent 10,000 soldiers. According to Kyiv, the 10,000 soldiers are in Kursk."
    (c,) = extract_claims(text, "en", "d")
    assert c.claimant == "Kyiv" and c.claimant_country == "UA"
    assert c.evidence == "North Korea sent 10,000 soldiers."


def test_evidence_is_the_verbatim_sentence_and_offsets_point_at_the_number():
    text = "Intro line.\nSeoul said \u201cabout 10\u202f000\u201d soldiers went. Next sentence."
    (c,) = extract_claims(text, "en")
    assert c.evidence == "Seoul said \u201cabout 10\u202f000\u201d soldiers went."
    assert text[c.start : c.end] == "10\u202f000"


def test_sentences_do_not_split_on_abbreviations():
    text = "The U.S. and the U.K. said 5,000 troops. Then Dr. Kim spoke."
    spans = split_sentences(text, load_language("en"))
    assert [text[s:e] for s, e in spans] == [
        "The U.S. and the U.K. said 5,000 troops.",
        "Then Dr. Kim spoke.",
    ]


def test_document_in_a_language_without_a_file_is_reported_not_analysed():
    docs = [
        Document(
            "hu_01", "hu_01.txt", "Észak-Korea 10 000 katonát küldött.", "hu", "0", "utf-8"
        ),
        Document("en_01", "en_01.txt", "North Korea sent 10,000 soldiers.", "en", "0", "utf-8"),
    ]
    df, problems = extract_corpus(docs)
    assert list(df["doc_id"]) == ["en_01"]
    assert [str(p) for p in problems] == [
        "hu_01.txt: skipped: not analysed: no language file for 'hu'"
    ]


def test_seed_claims_table_follows_the_data_dictionary():
    corpus = load_corpus(SEEDS)
    df, problems = extract_corpus(corpus.documents)
    assert problems == []
    assert list(df.columns) == CLAIM_COLUMNS
    assert validate_claims(df) == []
    for row in df.itertuples():
        doc = next(d for d in corpus.documents if d.doc_id == row.doc_id)
        assert row.evidence in doc.text
        assert doc.text.index(row.evidence) <= row.start < row.end


def test_seed_accuracy_meets_the_target():
    corpus = load_corpus(SEEDS)
    df, _ = extract_corpus(corpus.documents)
    ev = evaluate(
        df, load_annotations(SEEDS.parent / "annotations" / "seeds.csv"), corpus.documents
    )
    assert ev.f1 >= 0.95
    assert not ev.traps["claim_made"].any()


def test_held_out_accuracy_meets_the_target():
    root = SEEDS.parent
    corpus = load_corpus(root / "testset")
    df, _ = extract_corpus(corpus.documents)
    ev = evaluate(df, load_annotations(root / "annotations" / "testset.csv"), corpus.documents)
    assert ev.f1 >= 0.85


def test_a_phrase_holding_the_counted_noun_is_not_the_claimant():
    # German puts the object first and the subject after the verb: the noun phrase before
    # "schätzt" is what is counted; who estimates follows the verb.
    sentence = (
        "Die Zahl der nordkoreanischen Soldaten in Kursk schätzt der ukrainische "
        "Militärgeheimdienst auf 14.000."
    )
    [claim] = extract_claims(sentence, "de")
    assert (claim.category, claim.value_low) == ("troops", 14000)
    assert claim.claimant == "ukrainische Militärgeheimdienst"
    assert claim.claimant_country == "UA"


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("zh", "英国国防部表示，朝鲜已派遣约9000名士兵。"),
        ("zh", "英國國防部表示，北韓已派遣約9000名兵力。"),
        ("ja", "英国防省によると、北朝鮮は約9000人の兵士を派遣した。"),
    ],
)
def test_a_noun_before_the_comma_is_not_what_a_cjk_number_counts(lang, sentence):
    """The "国" of "英国国防部" is in another clause: the number counts soldiers."""
    claims = extract_claims(sentence, lang)
    assert [(c.category, c.value_low) for c in claims] == [("troops", 9000)]


@pytest.mark.parametrize("code,text", [
    # The giver may follow the verb after an opening phrase (verb second, or free word order).
    ("de", "Titel\nIm Gegenzug liefert Russland Nordkorea Öl, Lebensmittel und Militärtechnologie, "
           "so der NIS."),
    ("nl", "Titel\nIn ruil daarvoor levert Rusland Noord-Korea olie, voedsel en "
           "luchtafweersystemen, aldus de NIS."),
    ("cs", "Titulek\nVýměnou za to dodává Rusko Severní Koreji ropu, potraviny a technologie, "
           "uvedla NIS."),
])
def test_an_inverted_giver_states_a_transfer_without_a_figure(code: str, text: str) -> None:
    claims = extract_claims(text, code)
    assert [(c.category, c.qualifier) for c in claims] == [("payments", "unquantified")]


@pytest.mark.parametrize("code,text", [
    # Captured soldiers are casualties, in every way a language says it.
    ("ko", "우크라이나 보안국(SBU)은 올해 1월 생포한 북한군 병사 2명을 조사하고 있다고 밝혔다."),
    ("fr", "Titre\nKiev annonce la capture de deux soldats nord-coréens dans la région de Koursk."),
    ("pt", "Titulo\nZelensky disse que as forças ucranianas capturaram dois soldados "
           "norte-coreanos em janeiro."),
    ("de", "Titel\nZwei Soldaten gerieten in Gefangenschaft, sagte Selenskyj."),
    ("vi", "Tiêu đề\nZelensky thông báo lực lượng Ukraine đã bắt sống hai lính Triều Tiên ở "
           "Kursk."),
])
def test_captured_soldiers_are_casualties(code: str, text: str) -> None:
    assert [(c.category, c.value_low) for c in extract_claims(text, code)] == [("casualties", 2)]
