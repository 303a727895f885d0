"""Article dates from datelines and date lines, in many languages; body dates never taken."""

import pytest

from claimtab.dates import date_phrases, find_article_date
from claimtab.languages import load_language

DATELINES = [
    ("KYIV, March 3, 2025 (Reuters) - North Korea has sent more troops.", "en"),
    ("Headline of the day\nBy Jane Doe, 3 March 2025\nThe ministry said.", "en"),
    ("BERLIN, 3. März 2025 – Nordkorea schickt weitere Soldaten.", "de"),
    ("Überschrift\nVeröffentlicht am 3. März 2025\nText.", "de"),
    ("МОСКВА, 3 марта 2025 — КНДР направила войска.", "ru"),
    ("КИЇВ, 3 березня 2025 — КНДР надіслала війська.", "uk"),
    ("[서울=연합뉴스] 2025.03.03 북한이 병력을 보냈다.", "ko"),
    ("제목\n2025년 3월 3일 서울\n본문.", "ko"),
    ("【ソウル共同】2025年3月3日 北朝鮮が兵士を派遣した。", "ja"),
    ("HELSINKI 3.3.2025 Pohjois-Korea on lähettänyt sotilaita.", "fi"),
    ("Titular\nPublicado el 3 de marzo de 2025\nTexto.", "es"),
    ("PARIS, 3 mars 2025 - La Corée du Nord a envoyé des soldats.", "fr"),
    ("MAYNILA, Marso 3, 2025 — Nagpadala ang North Korea ng mga sundalo.", "tl"),
    # Arabic-Indic digits, a weekday before the date, the Arabic comma after the cities.
    ("عنوان\nالاثنين ٣ مارس ٢٠٢٥\nنص المقال.", "ar"),
    ("القاهرة/بيروت، 3 مارس 2025 (أ ف ب) - أرسلت كوريا الشمالية جنودا.", "ar"),
    # A date in its own segment of a line of separators, after the outlet or a label.
    ("Заголовок\nНовини Світу | Оновлюється | Понеділок, 3 березня 2025\nТекст.", "uk"),
    ("Judul\nKabar Dunia | Senin, 3 Maret 2025 | Diperbarui 16.45 WIB\nTeks.", "id"),
    # Day and month with slashes, in the order the locale writes them (day first here).
    ("Tiêu đề\nThế giới | 03/03/2025 | Nguyễn Văn An\nNội dung.", "vi"),
    ("Titular\nPor Ana Ruiz | Lima | 03/03/2025\nTexto.", "es"),
    ("Titre\nPublié le 03/03/2025\nTexte.", "fr"),
]


@pytest.mark.parametrize(("text", "lang"), DATELINES)
def test_dateline_forms(text: str, lang: str) -> None:
    found = find_article_date(text, lang)
    assert found is not None and found.iso == "2025-03-03" and not found.problem


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The war began on 24 February 2022, and North Korea joined it later.", "en"),
        ("Der Krieg begann am 24. Februar 2022 mit dem Einmarsch in die Ukraine.", "de"),
        ("Война началась 24 февраля 2022 года, и КНДР вступила в неё позже.", "ru"),
        ("North Korea sent 10,000 troops in 2024.", "en"),
    ],
)
def test_a_date_inside_a_sentence_is_no_dateline(text: str, lang: str) -> None:
    assert find_article_date(text, lang) is None


def test_only_the_head_is_searched() -> None:
    body = "\n".join(f"Paragraph {i} says nothing of dates." for i in range(10))
    assert find_article_date(body + "\nKYIV, March 3, 2025 -", "en") is None


@pytest.mark.parametrize(
    ("text", "lang"), [("Titel\n31.02.2025\nText.", "de"), ("제목\n2025.13.01\n본문.", "ko")]
)
def test_an_invalid_date_is_reported_not_kept(text: str, lang: str) -> None:
    found = find_article_date(text, lang)
    assert found is not None and found.iso == "" and "not a valid date" in found.problem


@pytest.mark.parametrize(
    ("head", "iso"),
    [
        ("Title\nWorld | 03/15/2025\nText.", "2025-03-15"),
        ("Title\nWorld | 15/03/2025\nText.", "2025-03-15"),
    ],
)
def test_a_slashed_date_in_english_is_read_only_when_unambiguous(head: str, iso: str) -> None:
    assert find_article_date(head, "en").iso == iso
    assert find_article_date(head.replace("15", "04"), "en") is None  # 03/04: which is the month?


def test_a_language_dateparser_lacks_still_reads_numeric_dates() -> None:
    assert find_article_date("Title\n2025-03-03\nText", "xx").iso == "2025-03-03"


BASE = "2025-03-07"  # a Friday

PHRASES = [
    ("The NIS said on Friday that more troops would follow.", "en", True, "2025-03-07"),
    ("The ministry said on Thursday.", "en", True, "2025-03-06"),
    ("Last month the agency said so.", "en", True, "2025-02"),
    ("On October 18 the NIS said so.", "en", True, "2024-10-18"),
    ("Der NIS teilte am Mittwoch mit.", "de", True, "2025-03-05"),
    ("Das Ministerium sagte am 18. Oktober.", "de", True, "2024-10-18"),
    ("Как сообщили в пятницу в разведке.", "ru", True, "2025-03-07"),
    ("В прошлом месяце разведка сообщила.", "ru", True, "2025-02"),
    ("Розвідка повідомила 15 січня.", "uk", True, "2025-01-15"),
    ("El ministerio dijo en enero.", "es", True, "2025-01"),
    ("Ministeriö kertoi perjantaina.", "fi", True, "2025-03-07"),
    ("국정원은 지난달 밝혔다.", "ko", False, "2025-02"),
    ("국정원은 10월 18일 밝혔다.", "ko", False, "2024-10-18"),
    ("国家情報院は先月明らかにした。", "ja", False, "2025-02"),
    ("国家情報院は10月18日に明らかにした。", "ja", False, "2024-10-18"),
]


@pytest.mark.parametrize(("text", "lang", "spaced", "iso"), PHRASES)
def test_date_phrases_resolve_against_the_article_date(
    text: str, lang: str, spaced: bool, iso: str
) -> None:
    found = date_phrases(text, 0, len(text), lang, BASE, spaced=spaced)
    assert [d.iso for d in found] == [iso]


def test_a_modal_verb_is_no_month() -> None:
    text = "North Korea may send more troops in May."
    found = date_phrases(text, 0, len(text), "en", BASE, months_capitalised=True)
    assert [(d.text, d.iso) for d in found] == [("May", "2024-05")]


def test_an_impossible_day_gives_nothing() -> None:
    text = "国家情報院は2024年2月30日に"
    assert date_phrases(text, 0, len(text), "ja", BASE, spaced=False) == []


@pytest.mark.parametrize(("text", "lang", "base", "iso"), [
    # A week is the month it lies in; one spanning two months is only its year.
    ("Sie sagten es letzte Woche.", "de", "2025-03-20", "2025-03"),
    ("Sie sagten es letzte Woche.", "de", "2025-03-04", "2025"),
    ("Минулого тижня розвідка повідомила.", "uk", "2025-04-28", "2025-04"),
    ("The agency said earlier this week.", "en", "2025-06-18", "2025-06"),
    ("The agency said earlier this week.", "en", "2025-07-01", "2025"),
    ("L'agence l'a dit la semaine dernière.", "fr", "2025-01-02", "2024-12"),
    ("L'agence l'a dit la semaine dernière.", "fr", "2025-01-08", ""),
])
def test_a_week_is_read_as_its_month(text: str, lang: str, base: str, iso: str) -> None:
    found = date_phrases(text, 0, len(text), lang, base)
    assert [d.iso for d in found] == ([iso] if iso else [])


@pytest.mark.parametrize(("code", "text", "iso"), [
    # A language file's relative words beside dateparser's.
    ("de", "Der Präsident hatte vergangenen Monat gewarnt.", "2025-02"),
    ("it", "Il ministero lo ha detto lo scorso mese.", "2025-02"),
    ("pl", "Resort podał to w ubiegłym tygodniu.", "2025-03"),
    ("tr", "Bakanlık geçtiğimiz ay açıkladı.", "2025-02"),
])
def test_a_language_files_relative_words_are_dates(code: str, text: str, iso: str) -> None:
    lang = load_language(code)
    found = date_phrases(text, 0, len(text), code, "2025-03-20", relative=lang.relative_dates)
    assert [d.iso for d in found] == [iso]


def test_no_base_date_no_resolution() -> None:
    assert date_phrases("said on Friday", 0, 14, "en", "") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Live\nThe Daily | Live\nMon 3 Mar 2025 16:02 GMT (first published 07:30 GMT)\n", "en"),
        ("Titel\nVon Anna Schmidt und Jan Berg | 3. März 2025\nText.", "de"),
        ("Pamagat\nNi Juan dela Cruz | Marso 3, 2025\nTeksto.", "tl"),
        ("Titre\nLundi 3 mars 2025, 14 h 05\nTexte.", "fr"),
    ],
)
def test_weekdays_and_bylines_before_a_date(text: str, lang: str) -> None:
    found = find_article_date(text, lang)
    assert found is not None and found.iso == "2025-03-03"


def test_month_names_do_not_depend_on_the_hash_seed() -> None:
    import os
    import subprocess
    import sys

    code = ("from claimtab.dates import date_phrases as f; t = 'Er hatte Anfang Januar erklärt';"
            "print([d.iso for d in f(t, 0, len(t), 'de', '2025-02-20', months_capitalised=True)])")
    out = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("1", "2", "3", "4")
    }
    assert out == {"['2025-01']\n"}


@pytest.mark.parametrize("lang", ["vi", "es", "de", "ru"])
def test_a_slashed_date_is_read_day_first_where_the_locale_writes_it_so(lang: str) -> None:
    assert find_article_date("Title\nWorld | 04/03/2025\nText.", lang).iso == "2025-03-04"


@pytest.mark.parametrize(
    ("text", "lang", "iso"),
    [
        ("英国防省は4日、発表した", "ja", "2025-03-04"),
        ("영국 국방부는 지난달 28일 밝혔다", "ko", "2025-02-28"),
        ("英國國防部28日表示", "zh", "2025-02-28"),  # a day after the article's: last month's
        ("先月4日に発表した", "ja", "2025-02-04"),
    ],
)
def test_a_cjk_day_of_the_month_is_the_last_such_day(text: str, lang: str, iso: str) -> None:
    found = date_phrases(text, 0, len(text), lang, BASE, spaced=False)
    assert [d.iso for d in found] == [iso]


@pytest.mark.parametrize(
    ("text", "lang"), [("4日間にわたり", "ja"), ("2일 동안", "ko"), ("1日あたり", "ja")]
)
def test_a_count_of_days_is_no_date(text: str, lang: str) -> None:
    assert date_phrases(text, 0, len(text), lang, BASE, spaced=False) == []


@pytest.mark.parametrize(
    ("text", "lang", "iso"),
    [
        ("英国防省は9月、報告した", "ja", "2024-09"),  # after the article's March: last year's
        ("영국 국방부는 지난 2월 보고서에서", "ko", "2025-02"),
        ("英國國防部2024年11月表示", "zh", "2024-11"),
    ],
)
def test_a_cjk_month_alone_is_the_last_such_month(text: str, lang: str, iso: str) -> None:
    found = date_phrases(text, 0, len(text), lang, BASE, spaced=False)
    assert [d.iso for d in found] == [iso]


@pytest.mark.parametrize(
    ("text", "lang"), [("3か月で", "ja"), ("3개월 동안", "ko"), ("12月末", "ja")]
)
def test_a_count_of_months_or_a_digit_month_name_is_no_day(text: str, lang: str) -> None:
    assert all(len(d.iso) != 10 for d in date_phrases(text, 0, len(text), lang, BASE,
                                                       spaced=False))


@pytest.mark.parametrize("text,lang,iso", [
    # A month's other name after a slash (Arabic writes both calendars' names) is part of it.
    ("بقلم: سامر الحداد | المرصد الدولي | 19 يونيو/حزيران 2025\n\nنص المقال.", "ar", "2025-06-19"),
    ("القاهرة، 3 أكتوبر/تشرين الأول 2024 (وكالة) –\n\nنص المقال.", "ar", "2024-10-03"),
    ("Seoul, 3 March/April 2025 —\n\nText.", "en", "2025-03-03"),
])
def test_a_month_named_in_two_calendars_is_one_date(text: str, lang: str, iso: str) -> None:
    found = find_article_date(text, lang)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize("text,lang,iso", [
    # A relative phrase is read before a weekday it begins with (id "minggu": Sunday).
    ("Zelensky minggu lalu menyatakan", "id", "2025-06"),
    ("Zelensky pekan lalu menyatakan", "id", "2025-06"),
    ("Zelensky pada hari Minggu menyatakan", "id", "2025-06-15"),
])
def test_a_relative_phrase_wins_over_a_weekday_it_begins_with(text: str, lang: str, iso: str):
    L = load_language(lang)
    found = date_phrases(text, 0, len(text), lang, "2025-06-19", spaced=L.word_boundaries,
                         months_capitalised=L.months_capitalised, relative=L.relative_dates)
    assert [d.iso for d in found] == [iso]


@pytest.mark.parametrize("text,iso", [
    # A month named by a word and its number (vi "tháng 3", March) is a month alone, and its
    # number is no day; with a year after "năm" or a slash, that year.
    ("trong một báo cáo hồi tháng 3 ước tính", "2025-03"),
    ("kể từ tháng 9/2023,", "2023-09"),
    ("vào tháng 12 năm 2024", "2024-12"),
    ("ngày 5 tháng 3 năm 2024", "2024-03-05"),
    ("hôm 15 tháng 9", "2024-09-15"),
])
def test_a_numbered_month_is_a_month_and_its_number_no_day(text: str, iso: str) -> None:
    assert [d.iso for d in date_phrases(text, 0, len(text), "vi", "2025-06-17")] == [iso]


@pytest.mark.parametrize("text,lang,iso", [
    # A month with its year stays a month, in the languages that write it with a day too.
    ("in March 2024", "en", "2024-03"),
    ("im März 2024", "de", "2024-03"),
    ("en marzo de 2024", "es", "2024-03"),
])
def test_a_month_with_its_year_is_that_month(text: str, lang: str, iso: str) -> None:
    assert [d.iso for d in date_phrases(text, 0, len(text), lang, "2025-06-17")] == [iso]
