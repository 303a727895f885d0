"""Claims carry who says so (one registry name per body, in every language), when the claim was
made, and whether the figure is a rate: sentences made up for the purpose, several languages."""

import pytest

from claimtab.extract import extract_claims

NIS = "South Korea's National Intelligence Service"
ARTICLE_DATE = "2025-03-07"  # a Friday


def only(text: str, lang: str, date: str = ARTICLE_DATE):
    claims = extract_claims(text, lang, "x", date)
    assert len(claims) == 1, claims
    return claims[0]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("North Korea has sent about 3,000 more soldiers, South Korea's spy agency said.", "en"),
        (
            "Nordkorea hat rund 3.000 weitere Soldaten geschickt, teilte der Geheimdienst NIS mit.",
            "de",
        ),
        ("Selon le renseignement sud-coréen, la Corée du Nord a envoyé 3 000 soldats.", "fr"),
        ("По данным разведки Южной Кореи, КНДР направила 3000 солдат.", "ru"),
        ("국정원은 북한이 병력 3000명을 추가로 파병했다고 밝혔다.", "ko"),
    ],
)
def test_one_source_whatever_the_name_or_language(text: str, lang: str) -> None:
    claim = only(text, lang)
    assert (claim.source, claim.source_kind, claim.claimant_country) == (
        NIS, "intelligence", "KR")


def test_a_claimant_the_registry_lacks_keeps_the_text_country() -> None:
    claim = only("Ukrainian analyst Ivan Petrenko said North Korea sent 3,000 soldiers.", "en")
    assert claim.source == "" and claim.source_kind == "unknown"
    assert claim.claimant_country == "UA"


@pytest.mark.parametrize(
    ("text", "lang", "reported"),
    [
        ("North Korea has sent 3,000 more soldiers, the NIS said on Thursday.", "en", "2025-03-06"),
        ("Last month the NIS said that North Korea had sent 3,000 soldiers.", "en", "2025-02"),
        (
            "Nordkorea hat 3.000 Soldaten geschickt, teilte der NIS am Mittwoch mit.",
            "de", "2025-03-05",
        ),
        (
            "КНДР направила 3000 солдат, сообщила в пятницу разведка Южной Кореи.",
            "ru", ARTICLE_DATE,
        ),
        ("국정원은 지난달 북한이 병력 3000명을 파병했다고 밝혔다.", "ko", "2025-02"),
        ("North Korea has sent 3,000 soldiers, the NIS said.", "en", ARTICLE_DATE),
    ],
)
def test_the_statement_date_else_the_article_date(text: str, lang: str, reported: str) -> None:
    assert only(text, lang).reported_date == reported


@pytest.mark.parametrize(
    ("text", "lang", "reported"),
    [
        # A date between the reporting verb and the figure, in the verb's clause.
        ("Britain's Defence Intelligence said in an update last month that Pyongyang had sent "
         "120 howitzers.", "en", "2025-02"),
        ("El presidente ucraniano aseguró el pasado 27 de febrero que Rusia recibió 120 obuses.",
         "es", "2025-02-27"),
        # A date that starts a period is what the figure covers, never the day of the claim.
        ("Nach Angaben des britischen Geheimdienstes hat Pjöngjang seit Oktober 2024 etwa 9000 "
         "Soldaten geschickt.", "de", ARTICLE_DATE),
        ("By British estimates, since October 2024 Pyongyang has sent about 9,000 soldiers.",
         "en", ARTICLE_DATE),
        # A postposition after the date says the same ("以降", "이후").
        ("英国防省は2024年10月以降、北朝鮮が兵士約9000人を派遣したと発表した。", "ja",
         ARTICLE_DATE),
        ("영국 국방부는 2024년 10월 이후 북한이 병력 9000명을 보냈다고 밝혔다.", "ko",
         ARTICLE_DATE),
    ],
)
def test_a_statement_date_by_the_verb_not_a_period_start(text: str, lang: str,
                                                         reported: str) -> None:
    assert only(text, lang).reported_date == reported


def test_an_event_date_is_not_a_statement_date() -> None:
    claim = only("The NIS said that in January 2024 North Korea sent 1,500 soldiers.", "en")
    assert claim.reported_date == ARTICLE_DATE and claim.event_date == "2024-01"


def test_the_dateline_is_no_event_date() -> None:
    text = (
        "SEOUL, March 7, 2025 (Reuters) - North Korea has sent 3,000 "
        "more soldiers, the NIS said."
    )
    assert only(text, "en").event_date == ""


def test_no_article_date_no_guess() -> None:
    claim = only("North Korea has sent 3,000 more soldiers, the NIS said on Thursday.", "en", "")
    assert claim.reported_date == ""


@pytest.mark.parametrize(
    ("text", "lang", "per"),
    [
        (
            "Russia pays about 2,000 dollars a month per soldier, the NIS said.",
            "en", "person/month",
        ),
        ("Russland zahlt rund 2.000 Dollar pro Monat und Soldat, sagte der NIS.", "de", "month"),
        ("La Russie verse environ 2 000 dollars par mois, selon le NIS.", "fr", "month"),
        (
            "Rusia paga unos 1.500 dólares mensuales por cada trabajador, según el NIS.",
            "es", "person/month",
        ),
        (
            "Россия платит около 1500 долларов в месяц на каждого солдата, сообщила разведка.",
            "ru", "person/month",
        ),
        (
            "Sotilaiden lähettäminen tuo Kim Jong-unille noin 500 miljoonan euron vuositulot.",
            "fi", "year",
        ),
        ("Russia has paid North Korea 5 billion dollars, the NIS said.", "en", ""),
    ],
)
def test_rates_are_kept_apart_from_totals(text: str, lang: str, per: str) -> None:
    assert only(text, lang).per == per


def test_each_figure_has_its_own_rate_and_time_words_are_no_rate() -> None:
    text = "Russia pays 2,000 dollars a month, or 24,000 dollars a year, the NIS said."
    assert [c.per for c in extract_claims(text, "en")] == ["month", "year"]
    later = "Russia paid 9,000 dollars, a year after the deal and a month later."
    assert only(later, "en").per == ""


# A statement date that names its year is read even when the article has no date; a relative
# one ("on Friday") is not. Neither is the event date the figure refers to.
ABSOLUTE = [
    ("North Korea has sent 3,000 more soldiers, the NIS said on March 3, 2025.", "en"),
    ("Nordkorea hat 3.000 Soldaten geschickt, teilte der NIS am 3. März 2025 mit.", "de"),
    ("КНДР направила 3000 солдат, сообщила 3 марта 2025 года разведка Южной Кореи.", "ru"),
    ("La Corée du Nord a envoyé 3 000 soldats, a déclaré le 3 mars 2025 le renseignement "
     "sud-coréen.", "fr"),
    ("国家情報院は2025年3月3日、北朝鮮が兵士約3000人を派遣したと明らかにした。", "ja"),
    ("국정원은 2025년 3월 3일 북한이 병력 3000명을 파병했다고 밝혔다.", "ko"),
]


@pytest.mark.parametrize(("text", "lang"), ABSOLUTE)
def test_an_absolute_statement_date_without_an_article_date(text: str, lang: str) -> None:
    claim = only(text, lang, "")
    assert (claim.reported_date, claim.event_date, claim.source) == ("2025-03-03", "", NIS)


# A month with its year before the claimant dates the statement, with or without the article's
# date, also in the case forms of the language file that dateparser lacks (locatives); in what
# is said it dates the event.
MONTH_AND_YEAR = [
    ("In July 2024, the NIS said North Korea had sent 5,000 soldiers to Russia.", "en"),
    ("En julio de 2024, el NIS estimó que Corea del Norte había enviado 5.000 soldados.", "es"),
    ("В июле 2024 года разведка Южной Кореи заявила, что КНДР отправила 5000 солдат.", "ru"),
    ("У липні 2024 року розвідка Південної Кореї повідомила, що КНДР відправила 5000 "
     "військових.", "uk"),
    ("W lipcu 2024 r. wywiad Korei Południowej poinformował, że Korea Północna wysłała 5000 "
     "żołnierzy.", "pl"),
]


@pytest.mark.parametrize(("text", "lang"), MONTH_AND_YEAR)
@pytest.mark.parametrize("article", [ARTICLE_DATE, ""])
def test_a_month_and_year_before_the_claimant_dates_the_statement(
    text: str, lang: str, article: str
) -> None:
    claim = only(text, lang, article)
    assert (claim.reported_date, claim.event_date, claim.source) == ("2024-07", "", NIS)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In July 2024, North Korea sent 5,000 soldiers to Russia, the NIS said.", "en"),
        ("У липні 2024 року КНДР відправила 5000 військових, повідомила розвідка Південної "
         "Кореї.", "uk"),
    ],
)
def test_a_month_and_year_in_what_is_said_dates_the_event(text: str, lang: str) -> None:
    claim = only(text, lang, "")
    assert (claim.reported_date, claim.event_date) == ("", "2024-07")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Nordkorea hat 3.000 Soldaten geschickt, teilte der NIS am Montag mit.", "de"),
        ("La Corée du Nord a envoyé 3 000 soldats, a déclaré vendredi le renseignement "
         "sud-coréen.", "fr"),
        ("КНДР направила 3000 солдат, сообщила в пятницу разведка Южной Кореи.", "ru"),
    ],
)
def test_a_relative_statement_date_needs_the_article_date(text: str, lang: str) -> None:
    assert only(text, lang, "").reported_date == ""
    assert only(text, lang).reported_date in ("2025-03-03", ARTICLE_DATE)


@pytest.mark.parametrize(
    ("text", "lang", "reported"),
    [
        # "3." before its month ends no sentence: the whole date is the statement's.
        ("Am 3. März sagte Kirby, 10.000 nordkoreanische Soldaten seien in Kursk.", "de",
         "2025-03-03"),
        # Tagalog "may" (there is) before a figure is no May.
        ("Ayon sa NIS, may 3,000 pang sundalo ang ipinadala.", "tl", ARTICLE_DATE),
        ("Ayon sa NIS, may 10 sundalo pa sa Kursk.", "tl", ARTICLE_DATE),
    ],
)
def test_what_is_no_statement_date(text: str, lang: str, reported: str) -> None:
    assert only(text, lang).reported_date == reported


@pytest.mark.parametrize("lang,text,iso", [
    # A date in an aside after the claimant's name dates the statement ("X, on Tuesday, said").
    ("ar", "أعلن أمين مجلس الأمن الروسي سيرغي شويغو، يوم الثلاثاء، أن كوريا الشمالية سترسل 1500 "
           "جندي إلى كورسك.", "2025-06-17"),
    ("ar", "من جهته، قال رئيس الاستخبارات العسكرية الأوكرانية كيريلو بودانوف، في مقابلة الشهر "
           "الماضي، إن كوريا الشمالية أرسلت 1500 جندي.", "2025-05"),
    ("en", "Kyrylo Budanov, in an interview last month, said North Korea had sent 1,500 more "
           "soldiers.", "2025-05"),
    ("es", "Kirilo Budánov, en una entrevista el mes pasado, dijo que Corea del Norte envió 1.500 "
           "soldados.", "2025-05"),
    # After a comma with no closing comma the date is in what is said: the article's date.
    ("es", "De acuerdo con medios surcoreanos, en enero llegaron a Rusia unos 2.000 soldados "
           "norcoreanos.", "2025-06-19"),
])
def test_a_date_in_an_aside_after_the_name_dates_the_statement(lang: str, text: str, iso: str):
    assert extract_claims(text, lang, published_date="2025-06-19")[0].reported_date == iso


@pytest.mark.parametrize("code,text", [
    # A sentence naming its claimant only by a reference goes on with the date stated before.
    ("en", "The National Intelligence Service said on Tuesday that North Korea had sent 3,000 "
           "more troops. The agency added that about 1,000 soldiers had been killed."),
    ("de", "Der Geheimdienst NIS teilte am Dienstag mit, Nordkorea habe 3000 weitere Soldaten "
           "geschickt. Die Behörde fügte hinzu, rund 1000 Soldaten seien getötet worden."),
    ("fr", "Le service national du renseignement a indiqué mardi que la Corée du Nord avait "
           "envoyé 3 000 soldats supplémentaires. L'agence a ajouté qu'environ 1 000 soldats "
           "avaient été tués."),
])
def test_a_reference_keeps_the_date_stated_before(code: str, text: str) -> None:
    claims = extract_claims(text, code, published_date="2025-06-06")
    assert [c.reported_date for c in claims] == ["2025-06-03", "2025-06-03"]


def test_a_source_named_again_without_a_date_is_dated_by_the_article() -> None:
    text = ("The National Intelligence Service said on Tuesday that North Korea had sent 3,000 "
            "more troops. In a separate report, the National Intelligence Service estimated that "
            "about 1,000 soldiers had been killed.")
    claims = extract_claims(text, "en", published_date="2025-06-06")
    assert [c.reported_date for c in claims] == ["2025-06-03", "2025-06-06"]


# A date in an aside after the claimant, or after a definite reference to it ("the agency",
# "el servicio", "الجهاز"), dates the statement when a reporting cue or "that" follows the aside.
ASIDE_BEFORE_SPEECH = [
    ("The agency, in a closed-door briefing to members of parliament on Thursday, which lasted "
     "three hours, told them that about 300 North Korean soldiers have been killed.", "en"),
    ("Añadió el servicio, en una sesión a puerta cerrada ante la comisión de inteligencia el "
     "jueves, que unos 300 soldados norcoreanos han muerto.", "es"),
    ("Acrescentou o serviço, numa reunião à porta fechada com a comissão de informações do "
     "parlamento na quinta-feira, que cerca de 300 soldados norte-coreanos morreram.", "pt"),
    ("وقال الجهاز، في إفادة مغلقة أمام لجنة الاستخبارات في البرلمان يوم الخميس، إن نحو 300 جندي "
     "كوري شمالي قتلوا.", "ar"),
]
NAMED_BEFORE = {
    "en": "North Korea has sent 3,000 more soldiers to Russia, South Korea's spy agency said. ",
    "es": "Corea del Norte ha enviado 3.000 soldados más a Rusia, según el Servicio Nacional de "
          "Inteligencia de Corea del Sur. ",
    "pt": "A Coreia do Norte enviou mais 3.000 soldados para a Rússia, segundo o Serviço Nacional "
          "de Inteligência da Coreia do Sul. ",
    "ar": "أرسلت كوريا الشمالية 3000 جندي إضافي إلى روسيا، وفقا لجهاز الاستخبارات الوطني في كوريا "
          "الجنوبية. ",
}


@pytest.mark.parametrize(("text", "lang"), ASIDE_BEFORE_SPEECH)
def test_a_date_in_an_aside_before_the_speech_dates_the_statement(text: str, lang: str) -> None:
    claims = extract_claims(NAMED_BEFORE[lang] + text, lang, "x", ARTICLE_DATE)
    assert [(c.value_low, c.source, c.reported_date) for c in claims] == [
        (3000, NIS, ARTICLE_DATE), (300, NIS, "2025-03-06")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("According to the NIS, in fighting around Kursk in January, about 300 North Korean "
         "soldiers were killed.", "en"),
        ("Según el NIS, en los combates de Kursk en enero, murieron unos 300 soldados "
         "norcoreanos.", "es"),
        ("Laut dem NIS, bei den Kämpfen um Kursk im Januar, wurden etwa 300 nordkoreanische "
         "Soldaten getötet.", "de"),
    ],
)
def test_a_date_in_an_aside_before_what_is_said_is_no_statement_date(text: str, lang: str) -> None:
    assert only(text, lang).reported_date == ARTICLE_DATE


# The date a report was released dates the claims it makes ("a report published in late May");
# a preposition after the date is no since word (it "a fine maggio dal ...": by the MSMT).
MSMT = "Multilateral Sanctions Monitoring Team"
RELEASED = [
    ("According to a report published in late May by the Multilateral Sanctions Monitoring "
     "Team, North Korea has sent at least 9 million artillery shells to Russia.", "en", "2025-05"),
    ("Secondo un rapporto pubblicato a fine maggio dal Multilateral Sanctions Monitoring Team, "
     "la Corea del Nord ha inviato alla Russia almeno 9 milioni di proiettili.", "it", "2025-05"),
    ("Według raportu Wielostronnego Zespołu Monitorowania Sankcji, opublikowanego pod koniec "
     "maja, Korea Północna wysłała do Rosji co najmniej 9 mln pocisków artyleryjskich.", "pl",
     "2025-05"),
    ("وفقا لتقرير فريق مراقبة العقوبات متعدد الأطراف الصادر أواخر مايو، أرسلت كوريا الشمالية إلى "
     "روسيا ما لا يقل عن 9 ملايين قذيفة مدفعية.", "ar", "2025-05"),
    ("Según el informe del Equipo Multilateral de Vigilancia de Sanciones, difundido el 29 de "
     "mayo, Corea del Norte envió a Rusia al menos 9 millones de proyectiles de artillería.", "es",
     "2025-05-29"),
]


@pytest.mark.parametrize(("text", "lang", "iso"), RELEASED)
def test_a_reports_release_date_dates_its_claims(text: str, lang: str, iso: str) -> None:
    claim = only(text, lang, "2025-06-19")
    assert (claim.source, claim.reported_date) == (MSMT, iso)


def test_a_release_date_far_from_its_word_dates_nothing() -> None:
    text = ("The team said in a report published after eleven countries had gathered "
            "evidence through January that North Korea has sent 9 million shells to Russia.")
    assert only(text, "en", "2025-06-19").reported_date == "2025-06-19"


# "At the start of the month" by the cue dates the statement to the article's month.
START_OF_MONTH = [
    ("Начальник ГУР в начале месяца заявил, что КНДР передала России около 100 реактивных "
     "систем залпового огня.", "ru"),
    ("Начальник ГУР на початку місяця заявив, що КНДР передала Росії близько 100 реактивних "
     "систем залпового вогню.", "uk"),
    ("El jefe de la inteligencia ucraniana afirmó a principios de mes que Corea del Norte ha "
     "entregado a Rusia unos 100 lanzacohetes múltiples.", "es"),
    ("Ukraine's military intelligence chief said at the start of the month that North Korea "
     "had delivered about 100 multiple rocket launchers to Russia.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), START_OF_MONTH)
def test_the_start_of_the_month_is_the_articles_month(text: str, lang: str) -> None:
    assert only(text, lang).reported_date == ARTICLE_DATE[:7]
