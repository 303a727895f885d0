"""The source registry: one body under many names, in many languages; people speak for bodies."""

import pytest

from claimtab.sources import identify, registry

NIS = "South Korea's National Intelligence Service"
HUR = "Ukraine's Defence Intelligence (HUR)"


@pytest.mark.parametrize(
    ("phrase", "lang", "spaced"),
    [
        ("NIS", "en", True),
        ("the National Intelligence Service", "en", True),
        ("South Korea's spy agency", "en", True),
        ("국정원", "ko", False),
        ("국가정보원은", "ko", False),
        ("韓国の国家情報院", "ja", False),
        ("Geheimdienst NIS", "de", True),
        ("des südkoreanischen Geheimdienstes", "de", True),
        ("НИС Южной Кореи", "ru", True),
        ("разведки Южной Кореи", "ru", True),
        ("le renseignement sud-coréen", "fr", True),
        ("la inteligencia surcoreana", "es", True),
        ("Etelä-Korean tiedustelupalvelun", "fi", True),
    ],
)
def test_one_body_under_many_names(phrase: str, lang: str, spaced: bool) -> None:
    found = identify(phrase, lang, spaced)
    assert found is not None and found.name == NIS and found.country == "KR"


@pytest.mark.parametrize(
    ("phrase", "lang"),
    [("Kyrylo Budanov", "en"), ("Кирилл Буданов", "ru"), ("Кирило Буданов", "uk"),
     ("HUR-Chef Budanow", "de")],
)
def test_a_person_speaks_for_a_body(phrase: str, lang: str) -> None:
    found = identify(phrase, lang)
    assert found is not None and found.name == HUR and found.kind == "intelligence"


@pytest.mark.parametrize(
    ("phrase", "lang"),
    [("the ministry", "en"), ("Olena Guseinova", "fi"), ("das Ministerium", "de"),
     ("агентство", "ru"), ("a spokesman", "en")],
)
def test_a_name_the_registry_lacks_gives_none(phrase: str, lang: str) -> None:
    assert identify(phrase, lang) is None


def test_the_earliest_name_wins() -> None:
    found = identify("Reuters, citing the Pentagon", "en")
    assert found is not None and found.name == "Reuters"


def test_an_alias_matches_whole_words_only() -> None:
    assert identify("a tapestry of claims", "en") is None  # "ap" inside a word
    assert identify("Denis said", "en") is None  # "nis" inside a word


def test_registry_entries_are_complete() -> None:
    sources = registry()
    assert len(sources) >= 30
    for src in sources.values():
        assert src.name and src.id.split("-")[0] in {
            "kr", "ua", "us", "gb", "ru", "kp", "un", "int", "media", "jp", "eu", "fr", "de", "ee"}


# Bodies and people a reader of this news meets, each under names in several languages
# (phrases written for this test): the registry id of the body the phrase names.
NAMED = [
    ("국방정보본부는", "ko", "kr-dia"),
    ("South Korea's Defence Intelligence Agency", "en", "kr-dia"),
    ("the US Defense Intelligence Agency", "en", "us-intelligence"),
    ("Pyongyang", "en", "kp-government"), ("власти КНДР", "ru", "kp-government"),
    ("le gouvernement nord-coréen", "fr", "kp-government"),
    ("Estonia's foreign intelligence service", "en", "ee-fis"),
    ("der estnische Auslandsgeheimdienst", "de", "ee-fis"),
    ("эстонская разведка", "ru", "ee-fis"),
    ("Национальная разведывательная служба (НРС)", "ru", "kr-nis"), ("国情院", "ja", "kr-nis"),
    ("Stato maggiore sudcoreano", "it", "kr-jcs"),
    ("Ukraine's general staff", "en", "ua-general-staff"),
    ("l'état-major général ukrainien", "fr", "ua-general-staff"),
    ("the Ministry of Unification", "en", "kr-unification"), ("통일부는", "ko", "kr-unification"),
    ("Министерство объединения Южной Кореи", "ru", "kr-unification"),
    ("das südkoreanische Vereinigungsministerium", "de", "kr-unification"),
    ("KIDA", "en", "kr-kida"), ("한국국방연구원", "ko", "kr-kida"),
    ("l'Institut coréen pour l'unification nationale", "fr", "kr-kinu"),
    ("통일연구원", "ko", "kr-kinu"), ("the Asan Institute for Policy Studies", "en", "kr-asan"),
    ("세종연구소", "ko", "kr-sejong"),
    ("the National Assembly intelligence committee", "en", "kr-lawmakers"),
    ("박선원 의원", "ko", "kr-lawmakers"), ("Lee Seong-kweun", "en", "kr-lawmakers"),
    ("Сили спеціальних операцій", "uk", "ua-sso"),
    ("Ukraine's Special Operations Forces", "en", "ua-sso"),
    ("der Sicherheitsdienst der Ukraine", "de", "ua-sbu"), ("СБУ", "uk", "ua-sbu"),
    ("Служба безопасности Украины", "ru", "ua-sbu"),
    ("Офіс генпрокурора", "uk", "ua-prosecutor-general"),
    ("la Fiscalía General de Ucrania", "es", "ua-prosecutor-general"),
    ("Служба зовнішньої розвідки", "uk", "ua-szru"),
    ("Foreign Intelligence Service of Ukraine", "en", "ua-szru"),
    ("Генштаб ЗСУ", "uk", "ua-general-staff"), ("Сирський", "uk", "ua-general-staff"),
    ("Syrskyi", "en", "ua-general-staff"), ("Syrskyjs", "de", "ua-general-staff"),
    ("Центр протидії дезінформації", "uk", "ua-ccd"), ("ЦПД", "ru", "ua-ccd"),
    ("Офіс президента", "uk", "ua-presidential-office"),
    ("Yermak", "en", "ua-presidential-office"), ("Andrii Sybiha", "en", "ua-mfa"),
    ("Сибіги", "uk", "ua-mfa"), ("МЗС України", "uk", "ua-mfa"),
    ("le ministère ukrainien des Affaires étrangères", "fr", "ua-mfa"),
    ("Skibitskyi", "en", "ua-hur"), ("Скибицкий", "ru", "ua-hur"), ("Yusov", "es", "ua-hur"),
    ("Umerov", "en", "ua-mod"), ("Совбез России", "ru", "ru-security-council"),
    ("Shoigu", "en", "ru-security-council"), ("Генштаб ВС РФ", "ru", "ru-general-staff"),
    ("Gerasimov", "fr", "ru-general-staff"), ("Минобороны России", "ru", "ru-mod"),
    ("Belousov", "en", "ru-mod"), ("Kreml-Sprecher Peskow", "de", "ru-kremlin"),
    ("Путин", "ru", "ru-kremlin"), ("Lavrov", "en", "ru-mfa"), ("Захаровой", "ru", "ru-mfa"),
    ("KCNA", "fi", "kp-kcna"), ("조선중앙통신", "ko", "kp-kcna"),
    ("the Workers' Party of Korea", "en", "kp-wpk"), ("김여정", "ko", "kp-wpk"),
    ("Kim Yo Jong", "de", "kp-wpk"), ("Kim Jong Un", "tl", "kp-kim"),
    ("the White House", "en", "us-white-house"), ("John Kirby", "en", "us-white-house"),
    ("Кирби", "ru", "us-white-house"), ("the National Security Council", "en", "us-white-house"),
    ("el Departamento de Estado", "es", "us-state"), ("Blinken", "fr", "us-state"),
    ("Rubio", "de", "us-state"), ("Pentagon", "fi", "us-pentagon"),
    ("Hegseth", "en", "us-pentagon"), ("Lloyd Austin", "en", "us-pentagon"),
    ("INDOPACOM", "en", "us-indopacom"), ("인도태평양사령부", "ko", "us-indopacom"),
    ("USFK", "en", "us-usfk"), ("주한미군", "ko", "us-usfk"),
    ("US intelligence officials", "en", "us-intelligence"),
    ("la inteligencia estadounidense", "es", "us-intelligence"),
    ("разведка США", "ru", "us-intelligence"), ("the UK Ministry of Defence", "en", "gb-mod"),
    ("Defence Intelligence", "en", "gb-mod"), ("John Healey", "en", "gb-mod"),
    ("Lammy", "en", "gb-fcdo"), ("Keir Starmer", "en", "gb-pm"), ("NATO", "de", "int-nato"),
    ("Rutte", "fr", "int-nato"), ("Столтенберг", "uk", "int-nato"),
    ("die Europäische Union", "de", "eu"), ("la UE", "es", "eu"), ("Евросоюз", "ru", "eu"),
    ("the UN Panel of Experts", "en", "un-panel"), ("MSMT", "ko", "int-msmt"),
    ("다국적제재모니터링팀", "ko", "int-msmt"), ("ISW", "de", "us-isw"),
    ("Інститут вивчення війни", "uk", "us-isw"), ("RUSI", "fr", "gb-rusi"),
    ("Королевский объединённый институт оборонных исследований", "ru", "gb-rusi"),
    ("CSIS", "en", "us-csis"), ("Beyond Parallel", "en", "us-csis"),
    ("38 North", "en", "us-38north"), ("Conflict Armament Research", "en", "gb-car"),
    ("the Open Source Centre", "en", "gb-osc"), ("防衛省", "ja", "jp-mod"),
    ("Japan's defence ministry", "en", "jp-mod"), ("日本政府", "ja", "jp-government"),
    ("ロシア外務省", "ja", "ru-mfa"), ("北朝鮮外務省", "ja", "kp-mfa"), ("Yle", "fi", "media-yle"),
    ("TASS", "en", "ru-tass"), ("Суспільне", "uk", "media-suspilne"),
]


NAMED += [
    ("Национальная разведывательная служба", "ru", "kr-nis"), ("정보당국은", "ko", "kr-nis"),
    ("спецслужбы Южной Кореи", "ru", "kr-nis"), ("Etelä-Korean tiedustelun", "fi", "kr-nis"),
    ("Объединенный комитет начальников штабов", "ru", "kr-jcs"), ("군 당국은", "ko", "kr-jcs"),
    ("le ministère de la Défense sud-coréen", "fr", "kr-mnd"), ("정보총국", "ko", "ua-hur"),
]


# The main bodies in the languages added last (it pt nl pl cs tr id vi zh ar); the Italian,
# Portuguese and Dutch names of the UK and Russian defence ministries and of the Kremlin once
# stood under John Kirby, Antony Blinken and Donald Trump.
NAMED += [
    ("l'Unione europea", "it", "eu"), ("a União Europeia", "pt", "eu"),
    ("de Europese Unie", "nl", "eu"), ("Unii Europejskiej", "pl", "eu"),
    ("Evropská unie", "cs", "eu"), ("Avrupa Birliği", "tr", "eu"), ("Uni Eropa", "id", "eu"),
    ("Liên minh châu Âu", "vi", "eu"), ("欧盟", "zh", "eu"), ("الاتحاد الأوروبي", "ar", "eu"),
    ("il ministero della Difesa giapponese", "it", "jp-mod"),
    ("o Ministério da Defesa do Japão", "pt", "jp-mod"),
    ("het Japanse ministerie van Defensie", "nl", "jp-mod"),
    ("japońskie ministerstwo obrony", "pl", "jp-mod"),
    ("japonské ministerstvo obrany", "cs", "jp-mod"),
    ("Japonya Savunma Bakanlığı", "tr", "jp-mod"),
    ("Kementerian Pertahanan Jepang", "id", "jp-mod"), ("Bộ Quốc phòng Nhật Bản", "vi", "jp-mod"),
    ("日本防卫省", "zh", "jp-mod"), ("وزارة الدفاع اليابانية", "ar", "jp-mod"),
    ("l'intelligence statunitense", "it", "us-intelligence"),
    ("a inteligência americana", "pt", "us-intelligence"),
    ("de Amerikaanse inlichtingendiensten", "nl", "us-intelligence"),
    ("amerykański wywiad", "pl", "us-intelligence"),
    ("americká rozvědka", "cs", "us-intelligence"), ("ABD istihbaratı", "tr", "us-intelligence"),
    ("intelijen AS", "id", "us-intelligence"), ("tình báo Mỹ", "vi", "us-intelligence"),
    ("美国情报机构", "zh", "us-intelligence"), ("الاستخبارات الأمريكية", "ar", "us-intelligence"),
    ("il ministero della Difesa britannico", "it", "gb-mod"),
    ("o Ministério da Defesa britânico", "pt", "gb-mod"),
    ("het Britse ministerie van Defensie", "nl", "gb-mod"),
    ("l'intelligence britannica", "it", "gb-mod"),
    ("il ministero della Difesa russo", "it", "ru-mod"),
    ("o Ministério da Defesa russo", "pt", "ru-mod"),
    ("het Russische ministerie van Defensie", "nl", "ru-mod"), ("il Cremlino", "it", "ru-kremlin"),
    ("Điện Kremlin", "vi", "ru-kremlin"), ("il ministero degli Esteri russo", "it", "ru-mfa"),
    ("Ławrow", "pl", "ru-mfa"), ("俄罗斯外交部", "zh", "ru-mfa"),
    ("Rusya Dışişleri Bakanlığı", "tr", "ru-mfa"), ("وزارة الخارجية الروسية", "ar", "ru-mfa"),
    ("il ministero degli Esteri ucraino", "it", "ua-mfa"), ("MSZ Ukrainy", "pl", "ua-mfa"),
    ("乌克兰外交部", "zh", "ua-mfa"), ("Bộ Ngoại giao Ukraine", "vi", "ua-mfa"),
    ("朝鲜外务省", "zh", "kp-mfa"), ("Kementerian Luar Negeri Korea Utara", "id", "kp-mfa"),
    ("il ministero dell'Unificazione", "it", "kr-unification"), ("统一部", "zh", "kr-unification"),
    ("l'esercito russo", "it", "ru-general-staff"), ("rosyjska armia", "pl", "ru-general-staff"),
    ("俄军", "zh", "ru-general-staff"), ("Quân đội Nga", "vi", "ru-general-staff"),
    ("Şoygu", "tr", "ru-security-council"), ("绍伊古", "zh", "ru-security-council"),
    ("Starmer", "it", "gb-pm"), ("brytyjski premier", "pl", "gb-pm"),
    ("het Oekraïense Centrum voor de bestrijding van desinformatie", "nl", "ua-ccd"),
    ("Centrum Przeciwdziałania Dezinformacji", "pl", "ua-ccd"),
    ("Angkatan Udara Ukraina", "id", "ua-air-force"), ("乌克兰空军", "zh", "ua-air-force"),
    ("Không quân Ukraine", "vi", "ua-air-force"),
    ("Ukrayna Hava Kuvvetleri", "tr", "ua-air-force"),
    ("Pasukan Operasi Khusus Ukraina", "id", "ua-sso"),
    ("le forze speciali ucraine", "it", "ua-sso"),
    ("il governo giapponese", "it", "jp-government"), ("Pemerintah Jepang", "id", "jp-government"),
    ("la procura generale ucraina", "it", "ua-prosecutor-general"),
    ("l'Ufficio del presidente ucraino", "it", "ua-presidential-office"),
]


# Inflected and transliterated names that were missed.
NAMED += [
    ("el Pentágono", "es", "us-pentagon"), ("el secretario de Defensa estadounidense", "es",
                                            "us-pentagon"),
    ("Kim Yong Hyun", "en", "kr-mnd"), ("Ким Ён Хён", "ru", "kr-mnd"), ("金龍顕", "ja", "kr-mnd"),
    ("le panel d'experts de l'ONU", "fr", "un-panel"), ("유엔 전문가패널", "ko", "un-panel"),
    ("国連安保理専門家パネル", "ja", "un-panel"), ("британское Минобороны", "ru", "gb-mod"),
    ("британське Міноборони", "uk", "gb-mod"),
]

# A curly apostrophe is a straight one; generic names of a body that any reader maps.
NAMED += [
    ("Britain’s Ministry of Defence", "en", "gb-mod"), ("the MoD", "en", "gb-mod"),
    ("el espionaje surcoreano", "es", "kr-nis"), ("la inteligencia de Seúl", "es", "kr-nis"),
    ("韓國情報單位", "zh", "kr-nis"), ("medios surcoreanos", "es", "media-unnamed"),
    ("South Korea’s spy agency", "en", "kr-nis"),
    # A descriptive name in the feminine, and a person in a language's own spelling.
    ("la agencia de espionaje surcoreana", "es", "kr-nis"),
    ("l'agenzia di spionaggio sudcoreana", "it", "kr-nis"),
    ("l'espionnage sud-coréen", "fr", "kr-nis"), ("Kyrylo Boedanov", "nl", "ua-hur"),
    ("les services de renseignement britanniques", "fr", "gb-mod"),
    ("wywiad brytyjski", "pl", "gb-mod"), ("İngiliz istihbaratı", "tr", "gb-mod"),
    ("der südkoreanische Generalstab", "de", "kr-jcs"),
    ("de Zuid-Koreaanse generale staf", "nl", "kr-jcs"),
    ("os serviços secretos militares ucranianos", "pt", "ua-hur"),
    ("les services secrets sud-coréens", "fr", "kr-nis"), ("韓国の情報当局", "ja", "kr-nis"),
    ("het Multilaterale Sanctiemonitoringsteam", "nl", "int-msmt"),
    ("Wielostronny Zespół Monitorowania Sankcji", "pl", "int-msmt"),
    ("l'Istituto internazionale di studi strategici", "it", "gb-iiss"),
    ("Uluslararası Stratejik Araştırmalar Enstitüsü", "tr", "gb-iiss"),
]


@pytest.mark.parametrize(("phrase", "lang", "expected"), NAMED)
def test_bodies_and_people_in_many_languages(phrase: str, lang: str, expected: str) -> None:
    found = identify(phrase, lang, lang not in ("ko", "ja"))
    assert found is not None and found.id == expected


@pytest.mark.parametrize(("phrase", "lang"), [
    ("Russian military bloggers", "en"),  # no army's claim
    ("officials in Sejong", "en"),  # the city, not the institute
    ("yleinen mielipide", "fi"),  # "yle" only as the broadcaster's name
    ("суспільство", "uk"),  # the word, not the broadcaster
    ("малюк", "uk"),  # the word, not the SBU's former head
    ("Служба зовнішньої розвідки Росії", "uk"),  # Russia's SVR is not Ukraine's SZRU
    ("Healey", "en"),  # a surname alone needs the full name before it (see test_attribution)
])
def test_words_that_look_like_names_are_no_source(phrase: str, lang: str) -> None:
    assert identify(phrase, lang) is None


# A body or an outlet named with its country's capital is that body; unnamed officials are no
# source (annotators leave them without one).
CAPITALS = [
    ("Kyiv's defence ministry", "en", "ua-mod"), ("Moscow's foreign ministry", "en", "ru-mfa"),
    ("Washington Post", "en", "media-wapo"), ("Washington Postin", "fi", "media-wapo"),
    ("the Kyiv Independent", "en", "media-kyiv-independent"), ("Moscow Times", "en",
                                                               "media-moscow-times"),
    ("South Korean intelligence officials", "en", "kr-nis"), ("US defense officials", "en",
                                                             "us-pentagon"),
]


@pytest.mark.parametrize(("phrase", "lang", "expected"), CAPITALS)
def test_a_body_named_with_its_capital(phrase: str, lang: str, expected: str) -> None:
    found = identify(phrase, lang)
    assert found is not None and found.id == expected


@pytest.mark.parametrize("phrase", ["Ukrainian officials", "a senior US official", "Seoul"])
def test_unnamed_officials_are_no_source(phrase: str) -> None:
    assert identify(phrase, "en") is None


@pytest.mark.parametrize("phrase", ["러시아 정보당국", "북한 군 당국"])
def test_another_countrys_authorities_are_not_seouls(phrase: str) -> None:
    assert identify(phrase, "ko", False) is None


def test_every_canonical_name_names_its_source() -> None:
    # Annotators write the registry's names; the score identifies them in English.
    sources = registry()
    for src in sources.values():
        found = identify(src.name, "en")
        body = sources[src.speaks_for] if src.speaks_for else src
        assert found is not None and found.id == body.id, src.name


# English names of the main bodies as annotators and English articles write them.
@pytest.mark.parametrize(("phrase", "expected"), [
    ("Ministry of Defence of Ukraine", "ua-mod"), ("Ukrainian MoD", "ua-mod"),
    ("UK MoD", "gb-mod"), ("Ministry of Defence (UK)", "gb-mod"),
    ("British intelligence", "gb-mod"),
    ("Russian MoD", "ru-mod"), ("US DoD", "us-pentagon"), ("Japan Ministry of Defense", "jp-mod"),
    ("Ukraine's intelligence", "ua-hur"), ("Armed Forces of Ukraine", "ua-general-staff"),
    ("Ukrainian army", "ua-general-staff"), ("Japanese government", "jp-government"),
])
def test_english_names_of_the_main_bodies(phrase: str, expected: str) -> None:
    found = identify(phrase, "en")
    assert found is not None and found.id == expected


def test_people_speak_for_bodies_that_exist() -> None:
    sources = registry()
    people = [s for s in sources.values() if s.speaks_for]
    assert len(people) >= 40 and all(s.person for s in people)
    assert all(not sources[s.speaks_for].speaks_for for s in people)
