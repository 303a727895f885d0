"""The extractor on sentences written for these tests: the exact row, and the traps."""

import pytest
from helpers import SEEDS

from claimtab.evaluate import evaluate, load_annotations
from claimtab.extract import extract_claims, split_sentences
from claimtab.languages import load_language
from claimtab.load import Document, load_corpus
from claimtab.pipeline import extract_corpus
from claimtab.schema import CLAIM_COLUMNS, validate_claims

N = None
ROWS = [
    # lang, sentence, (category, value_low, value_high, unit, qualifier)
    ("en", "Seoul says Pyongyang has sent about 11,000 troops to Kursk.",
     ("troops", 11000, 11000, "persons", "approx")),
    ("en", "Kyiv estimates that North Korea supplied more than 5 million artillery shells.",
     ("munitions", 5e6, N, "rounds", "over")),
    ("en", "Russia paid up to $2bn for the weapons, officials said.",
     ("payments", N, 2e9, "USD", "up_to")),
    ("en", "Around 300 North Korean soldiers have been killed and 2,700 wounded, the NIS said.",
     ("casualties", 300, 300, "persons", "approx")),
    ("en", "Pyongyang could send another 20,000 soldiers next year.",
     ("troops", 20000, 20000, "persons", "exact")),
    ("en", "About 60% of the shells fired by Russia come from North Korea.",
     ("munitions", 60, 60, "percent", "approx")),
    ("fi", "Pohjois-Korea on lähettänyt noin 12 000 sotilasta Venäjälle.",
     ("troops", 12000, 12000, "persons", "approx")),
    ("fi", "Venäjä on maksanut lähes kaksi miljardia euroa.",
     ("payments", 2e9, 2e9, "EUR", "approx")),
    ("tl", "Nagpadala ang North Korea ng mahigit 12,000 sundalo sa Russia.",
     ("troops", 12000, N, "persons", "over")),
    ("tl", "Ayon sa militar, magpapadala pa ito ng tatlong libong sundalo.",
     ("troops", 3000, 3000, "persons", "exact")),
    ("de", "Laut dem Pentagon hat Nordkorea rund 10.000 Soldaten entsandt.",
     ("troops", 10000, 10000, "persons", "approx")),
    ("de", "Nordkorea lieferte mehr als 1,5 Millionen Granaten.",
     ("munitions", 1.5e6, N, "rounds", "over")),
    ("es", "Corea del Norte ha enviado unos 12.000 soldados, según Seúl.",
     ("troops", 12000, 12000, "persons", "approx")),
    ("es", "Rusia pagó más de 1.000 millones de euros.",
     ("payments", 1e9, N, "EUR", "over")),
    ("fr", "Selon Séoul, Pyongyang a envoyé environ 11 000 soldats.",
     ("troops", 11000, 11000, "persons", "approx")),
    ("fr", "La Corée du Nord aurait livré plus de 200 missiles balistiques.",
     ("missiles", 200, N, "missiles", "over")),
    ("ru", "По данным разведки, КНДР направила около 12 тысяч военных.",
     ("troops", 12000, 12000, "persons", "approx")),
    ("ru", "КНДР поставила более 3 млн снарядов.",
     ("munitions", 3e6, N, "rounds", "over")),
    ("uk", "За даними ГУР, КНДР передала понад 100 ракет.",
     ("missiles", 100, N, "missiles", "over")),
    ("uk", "КНДР може відправити ще до 25 тис. військових.",
     ("troops", N, 25000, "persons", "up_to")),
    ("ko", "국정원에 따르면 북한은 약 1만2000명의 병력을 보냈다.",
     ("troops", 12000, 12000, "persons", "approx")),
    ("ko", "북한은 포탄 900만 발을 보냈다.",
     ("munitions", 9e6, 9e6, "rounds", "exact")),
    ("ja", "北朝鮮はロシアに約1万人の兵士を派遣した。",
     ("troops", 10000, 10000, "persons", "approx")),
    ("ja", "北朝鮮は砲弾500万発以上を供与した。",
     ("munitions", 5e6, N, "rounds", "at_least")),
]  # fmt: skip


@pytest.mark.parametrize("lang,sentence,row", ROWS)
def test_exact_row(lang, sentence, row):
    claims = extract_claims(sentence, lang)
    got = [(c.category, c.value_low, c.value_high, c.unit, c.qualifier) for c in claims]
    assert got[:1] == [row]


# "The number of X ... is N": the noun is named before the number, with a cue from the file.
NUMBER_OF = [
    ("en", "The number of North Korean soldiers in Russia has now reached roughly 14,000.",
     ("troops", 14000, 14000, "persons", "approx")),
    ("en", "Officials put the total number of artillery rounds shipped so far at 7 million.",
     ("munitions", 7e6, 7e6, "rounds", "exact")),
    ("en", "The number of North Korean troops killed or wounded in Kursk rose to about 4,000.",
     ("casualties", 4000, 4000, "persons", "approx")),
    ("de", "Die Gesamtzahl der nordkoreanischen Soldaten in Kursk liegt bei etwa 14.000.",
     ("troops", 14000, 14000, "persons", "approx")),
    ("fr", "Le nombre d'obus livrés par Pyongyang dépasserait désormais 9 millions.",
     ("munitions", 9e6, 9e6, "rounds", "exact")),
    ("es", "El número de soldados norcoreanos heridos ya supera los 2.500.",
     ("casualties", 2500, 2500, "persons", "exact")),
    ("fi", "Venäjälle lähetettyjen sotilaiden määrä on kasvanut noin 14 000:aan.",
     ("troops", 14000, 14000, "persons", "approx")),
    ("ru", "Численность северокорейских солдат под Курском достигла 14 тысяч.",
     ("troops", 14000, 14000, "persons", "exact")),
    ("uk", "Кількість північнокорейських ракет, переданих Росії, перевищила 250.",
     ("missiles", 250, 250, "missiles", "exact")),
    ("tl", "Ang bilang ng mga sundalong ipinadala ng Pyongyang ay umabot na sa 14,000.",
     ("troops", 14000, 14000, "persons", "exact")),
]  # fmt: skip


@pytest.mark.parametrize("lang,sentence,row", NUMBER_OF)
def test_noun_named_with_number_of_before_the_number(lang, sentence, row):
    test_exact_row(lang, sentence, row)


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


TRAPS = [
    ("en", "The war has lasted 2.5 years and 20 million North Koreans live under Kim."),
    ("en", "Kim met Putin 3 times, most recently on June 19, 2024, 7,000 km from Kyiv."),
    ("en", "The KN-23 and the Hwasong-11 are ballistic missiles."),
    ("en", "North Korea's exports were worth 300 million dollars last year."),
    ("fi", "Sota on kestänyt 1000 päivää, ja maassa asuu 26 miljoonaa ihmistä."),
    ("tl", "Noong Mayo 26, nagpulong sila sa loob ng pitong buwan."),
    ("de", "Kim Jong-un ist seit 13 Jahren an der Macht; 26 Millionen Menschen leben dort."),
    ("es", "Los dos países firmaron el tratado el 19 de junio de 2024."),
    ("fr", "La Corée du Nord compte 26 millions d'habitants depuis 2020."),
    ("ru", "Договор подписан 19 июня 2024 года, до фронта около 100 км."),
    ("uk", "Війна триває понад 1000 днів."),
    ("ko", "2023년 8월 15일 두 정상은 3시간 동안 만났다."),
    ("ja", "2024年10月21日、両首脳は3時間会談した。"),
]


@pytest.mark.parametrize("lang,sentence", TRAPS)
def test_traps_make_no_claim(lang, sentence):
    assert extract_claims(sentence, lang) == []


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
            "it_01", "it_01.txt", "La Corea del Nord ha inviato 10.000 soldati.", "it", "0", "utf-8"
        ),
        Document("en_01", "en_01.txt", "North Korea sent 10,000 soldiers.", "en", "0", "utf-8"),
    ]
    df, problems = extract_corpus(docs)
    assert list(df["doc_id"]) == ["en_01"]
    assert [str(p) for p in problems] == [
        "it_01.txt: skipped: not analysed: no language file for 'it'"
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
