"""The loader on files written here: encodings, bad files, furniture, repeats, metadata."""

import codecs

import pytest
from helpers import SEEDS

from claimtab.load import (
    DocumentError,
    decode_bytes,
    load_corpus,
    load_document,
)
from claimtab.text import fold

EN = (
    "North Korea has sent thousands of soldiers to Russia, officials in Seoul said on Monday. "
    "The troops are being trained in the far east before they move to the front line.\n"
)
FI = (
    "Pohjois-Korea on lähettänyt Venäjälle tuhansia sotilaita, kertoi Etelä-Korean "
    "tiedustelupalvelu maanantaina. Sotilaat koulutetaan Venäjän kaukoidässä ennen rintamalle "
    "siirtymistä, ja heidän määränsä voi vielä kasvaa.\n"
)
TL = (
    "Nagpadala na ang North Korea ng libu-libong sundalo sa Russia, ayon sa mga opisyal ng "
    "South Korea noong Lunes. Sinasanay ang mga sundalo sa malayong silangan bago sila ipadala "
    "sa harapan ng digmaan.\n"
)


def write(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


def test_utf16_with_bom_is_read(tmp_path):
    p = write(tmp_path, "a.txt", codecs.BOM_UTF16_LE + EN.encode("utf-16-le"))
    doc, warnings = load_document(p)
    assert doc.text.startswith("North Korea has sent")
    assert doc.encoding == "utf-16"
    assert warnings == []


def test_utf16_without_bom_is_read_and_reported(tmp_path):
    p = write(tmp_path, "a.txt", EN.encode("utf-16-le"))
    doc, warnings = load_document(p)
    assert "thousands of soldiers" in doc.text
    assert [w.severity for w in warnings] == ["warning"]
    assert "utf-16-le" in warnings[0].reason


def test_utf8_bom_is_dropped(tmp_path):
    p = write(tmp_path, "a.txt", codecs.BOM_UTF8 + EN.encode("utf-8"))
    doc, _ = load_document(p)
    assert doc.text.startswith("North")
    assert doc.encoding == "utf-8-sig"


def test_cp1252_falls_back_and_is_reported_never_silently(tmp_path):
    text = "Pyongyang’s “brotherly help” — 5,000 soldiers, said the café owner.\n" + EN
    p = write(tmp_path, "legacy.txt", text.encode("cp1252"))
    doc, warnings = load_document(p)
    assert "Pyongyang’s “brotherly help” — 5,000" in doc.text
    assert "café" in doc.text
    assert doc.encoding == "cp1252"
    assert len(warnings) == 1 and "cp1252" in warnings[0].reason
    assert str(warnings[0]).startswith("legacy.txt: warning:")


@pytest.mark.parametrize(
    "name,data,reason",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n \t\n", "empty file"),
        ("junk.txt", bytes(range(256)) * 20, "binary data"),
        ("zeros.txt", b"\x00\x01\x02\x03" * 100 + b"\xff\xfe\xfd", "binary data"),
    ],
)
def test_bad_files_raise_one_line_reasons(tmp_path, name, data, reason):
    p = write(tmp_path, name, data)
    with pytest.raises(DocumentError) as exc:
        load_document(p)
    assert reason in str(exc.value)
    assert "\n" not in str(exc.value)


def test_random_junk_without_nul_bytes_is_not_prose():
    import random

    rng = random.Random(7)
    junk = bytes(rng.randrange(128, 256) for _ in range(3000))
    with pytest.raises(DocumentError):
        decode_bytes(junk)


def test_too_large_file_is_skipped(tmp_path):
    p = write(tmp_path, "big.txt", EN * 50)
    with pytest.raises(DocumentError, match="too large"):
        load_document(p, max_bytes=1000)


def test_bad_files_do_not_stop_the_others(tmp_path):
    write(tmp_path, "a_good.txt", EN)
    write(tmp_path, "b_empty.txt", b"")
    write(tmp_path, "c_junk.txt", bytes(range(256)) * 10)
    write(tmp_path, "d_good.md", FI)
    write(tmp_path, "notes.csv", "not,a,document\n")  # not a document suffix: not looked at
    corpus = load_corpus(tmp_path)
    assert [d.doc_id for d in corpus.documents] == ["a_good", "d_good"]
    assert [(p.file, p.severity) for p in corpus.problems] == [
        ("b_empty.txt", "skipped"),
        ("c_junk.txt", "skipped"),
    ]
    lines = [str(p) for p in corpus.problems]
    assert lines[0] == "b_empty.txt: skipped: empty file"
    assert all("\n" not in line for line in lines)
    table = corpus.problems_table()
    assert list(table["file"]) == ["b_empty.txt", "c_junk.txt"]


def test_repeated_paragraph_is_removed_once(tmp_path):
    caption = "Soldiers board a train in Vladivostok in a photo released by the ministry. [AFP]"
    text = f"{EN}\n{caption}\n{caption}\n\nThe second paragraph stays where it is.\n"
    doc, _ = load_document(write(tmp_path, "r.txt", text))
    assert doc.text.count(caption) == 1
    assert doc.repeats == [caption]
    assert "The second paragraph stays" in doc.text


def test_short_repeated_lines_are_kept(tmp_path):
    text = f"{EN}\n- Yes.\n{EN[:40]}\n- Yes.\n"
    doc, _ = load_document(write(tmp_path, "s.txt", text))
    assert doc.text.count("- Yes.") == 2


def test_furniture_lines_are_removed_in_the_documents_language(tmp_path):
    text = f"{TL}\nGusto mo ba ang artikulong ito?\n\n\nCaptcha *\n"
    doc, _ = load_document(write(tmp_path, "t.txt", text))
    assert doc.lang == "tl"
    assert "Gusto mo ba" not in doc.text and "Captcha" not in doc.text
    assert doc.furniture == ["Gusto mo ba ang artikulong ito?", "Captcha *"]
    assert doc.text.endswith("harapan ng digmaan.")


def test_metadata_date_byline_title_outlet(tmp_path):
    text = (
        " date 2025-03-02 Seoul says Pyongyang sent more troops\nBy Jane Q. Doe\n"
        f"According to Reuters and Yonhap |\n{EN}"
    )
    doc, _ = load_document(write(tmp_path, "m.txt", text))
    assert doc.published_date == "2025-03-02"
    assert doc.byline == "Jane Q. Doe"
    assert doc.title == "Seoul says Pyongyang sent more troops"
    assert doc.outlet == "Reuters and Yonhap"
    assert "By Jane" not in doc.text and "date 2025" not in doc.text
    assert doc.text.startswith("Seoul says Pyongyang sent more troops\n")


def test_body_paragraph_is_not_mistaken_for_a_title(tmp_path):
    doc, _ = load_document(write(tmp_path, "n.txt", EN))
    assert doc.title == ""


@pytest.mark.parametrize("text,code", [(EN, "en"), (FI, "fi"), (TL, "tl")])
def test_language_identified(tmp_path, text, code):
    doc, _ = load_document(write(tmp_path, "x.txt", text))
    assert doc.lang == code


def test_seed_corpus_loads_with_metadata():
    corpus = load_corpus(SEEDS)
    assert corpus.problems == []
    table = corpus.table().set_index("doc_id")
    assert table["lang"].to_dict() == {
        "000_75ee0fbe31e1d6f2": "tl",
        "001_6b5e52197f17f9d4": "en",
        "002_552cfe670177d561": "en",
        "003_16630df2654ec508": "en",
        "004_01852d29cc1f2954": "fi",
    }
    tl = table.loc["000_75ee0fbe31e1d6f2"]
    assert tl["outlet"] == "AFP at Global Watch"
    assert tl["furniture_removed"] == 2 and tl["repeats_removed"] == 1
    assert tl["title"] == "Russia lalong dumedepende sa North Korea sa pananakop sa Ukraine"
    en = table.loc["003_16630df2654ec508"]
    assert (en["published_date"], en["byline"]) == ("2024-10-21", "Tural Heybatov")


def test_nfc_and_fold_keep_offsets():
    from claimtab.text import normalise

    raw = "Cafe\u0301 \u201c10\u202f000\u201d \u2013 \uff11\uff12\u00a0troops\r\n"
    text = normalise(raw)
    assert text == "Café \u201c10\u202f000\u201d \u2013 \uff11\uff12\u00a0troops\n"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded == 'Café "10 000" - 12 troops\n'


def test_document_ids_keep_unique_stems_and_disambiguate_by_path():
    from claimtab.load import document_ids

    names = ["a/x.txt", "b/x.txt", "c/y.txt", "x.md", "z.txt", "z.md", "a__x.txt", "d/z_txt.md"]
    assert document_ids(names) == {
        "c/y.txt": "y",  # unique stem: kept, wherever the file is
        "a__x.txt": "a__x",  # unique stem: kept; the path-based id of a/x.txt must avoid it
        "a/x.txt": "a__x_txt",
        "b/x.txt": "b__x",
        "x.md": "x",  # the only x at the top: its path without suffix is its stem
        "d/z_txt.md": "z_txt",
        "z.md": "z",
        "z.txt": "z_txt_2",  # z taken by z.md (sorted first), z_txt by d/z_txt.md
    }
    assert document_ids(["s/x.txt", "t/x.txt"]) == document_ids(["t/x.txt", "s/x.txt"])


def test_same_file_name_in_two_folders_gives_two_documents(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    write(tmp_path / "a", "x.txt", EN)
    write(tmp_path / "b", "x.txt", FI)
    write(tmp_path, "y.txt", TL)
    corpus = load_corpus(tmp_path)
    assert corpus.problems == []
    assert [(d.doc_id, d.file) for d in corpus.documents] == [
        ("a__x", "a/x.txt"), ("b__x", "b/x.txt"), ("y", "y.txt"),
    ]


@pytest.mark.parametrize(
    "name,data,kind",
    [
        ("empty.txt", b"", "empty"),
        ("junk.txt", bytes(range(256)) * 4, "binary"),
        ("broken.txt", codecs.BOM_UTF16_LE + b"\x00\xd8\x41", "undecodable"),
        ("digits.txt", b"1234 5678 " * 50, "not_prose"),
        ("big.txt", EN.encode() * 50, "too_large"),
        ("nav.html", b"<html><body><nav>Home</nav><script>x()</script></body></html>", "no_text"),
    ],
)
def test_files_that_cannot_be_used_have_a_kind(tmp_path, name, data, kind):
    from claimtab.load import load_file

    doc, problems = load_file(write(tmp_path, name, data), max_bytes=2000)
    assert doc is None
    assert [(p.file, p.kind, p.severity) for p in problems] == [(name, kind, "skipped")]


def test_caveats_and_languages_without_a_file_have_a_kind(tmp_path):
    from claimtab.load import language_problem, load_file

    legacy = write(tmp_path, "legacy.txt", ("café " + EN).encode("cp1252"))
    doc, problems = load_file(legacy)
    assert doc is not None and [(p.kind, p.severity) for p in problems] == [
        ("encoding_guessed", "warning")
    ]
    write(tmp_path, "eo.txt.json", "[1, 2]")
    esperanto = "Laŭ fontoj en Seulo, Nord-Koreio sendis ĉirkaŭ 11.000 soldatojn al Rusio."
    eo = write(tmp_path, "eo.txt", esperanto + " Aliaj eble baldaŭ sekvos.\n")
    doc, problems = load_file(eo)
    assert [p.kind for p in problems] == ["sidecar_ignored"]
    problem = language_problem(doc)
    assert (problem.kind, problem.file) == ("no_language_file", "eo.txt")
    assert str(problem) == "eo.txt: skipped: not analysed: no language file for 'eo'"
    doc.lang = None
    assert language_problem(doc).kind == "unknown_language"
    assert language_problem(doc).reason == "not analysed: no language file for 'unknown language'"
