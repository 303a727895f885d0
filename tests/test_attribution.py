"""Attribution read like a person: each failure class of issue 12 in at least three languages,
on sentences written for these tests (the claimant, and its country, of the first claim)."""

import pytest

from claimtab.attribution import could_be_speaker, could_name
from claimtab.extract import extract_claims
from claimtab.languages import load_language
from claimtab.numbers import find_quantities
from claimtab.reading import Reading

CASES = {
    "leading date": [
        ("en", "On March 3 the Pentagon said North Korea had sent 10,000 soldiers to Russia.",
         "Pentagon", "US"),
        ("en", "On Friday, South Korea's spy agency said 1,500 North Korean troops had arrived.",
         "South Korea's spy agency", "KR"),
        ("de", "Am Montag sagte Kirby, 10.000 nordkoreanische Soldaten seien in Kursk.",
         "Kirby", "US"),
        ("ru", "В пятницу Пентагон сообщил, что КНДР отправила 10 000 военных.", "Пентагон", "US"),
        ("en", "At 10:30 a.m. the Pentagon said 8,000 North Korean troops were in Kursk.",
         "Pentagon", "US"),
        # The date between an inverted reporting verb and the name.
        ("fr", "La Corée du Nord a envoyé 3 000 soldats, a déclaré vendredi le renseignement "
               "sud-coréen.", "renseignement sud-coréen", "KR"),
        ("ru", "КНДР направила 3000 солдат, сообщила 3 марта 2025 года разведка Южной Кореи.",
         "разведка Южной Кореи", "KR"),
        ("es", "Corea del Norte envió 3.000 soldados, dijo el viernes el Pentágono.",
         "Pentágono", "US"),
        ("es", "Corea del Norte envió 3.000 soldados, dijo el 3 de marzo de 2025 el Pentágono.",
         "Pentágono", "US"),
        # A clause, not a name, after the date: the subject before the appositive speaks.
        ("en", "Kim Yong-hyun, South Korea's defence minister, said on Tuesday North Korea had "
               "sent 3,000 troops.", "Kim Yong-hyun", "KR"),
    ],
    "verb in another tense, gender or number": [
        ("ru", "Министерство обороны Великобритании ранее сообщало, что КНДР отправила 9000 "
               "военных.", "Министерство обороны Великобритании", "GB"),
        ("ru", "Британская разведка насчитала около 20 тысяч контейнеров.", "Британская разведка",
         "GB"),
        ("uk", "Міністерство оборони Великої Британії оголосило, що КНДР відправила 9000 "
               "військових.", "Міністерство оборони Великої Британії", "GB"),
        ("uk", "У Пентагоні повідомляли, що КНДР передала понад 2 млн снарядів.", "Пентагоні",
         "US"),
        ("es", "El Pentágono ha informado de que unos 9.000 soldados norcoreanos llegaron.",
         "Pentágono", "US"),
        ("es", "La inteligencia británica contabilizó 9.000 soldados norcoreanos.",
         "inteligencia británica", "GB"),
        ("fr", "Le Pentagone a par ailleurs estimé que 9 000 soldats nord-coréens étaient "
               "arrivés.", "Pentagone", "US"),
        ("fr", "Le renseignement britannique évoque 9 000 soldats nord-coréens.",
         "renseignement britannique", "GB"),
        ("pl", "Pentagon szacował wcześniej, że do Rosji trafiło 9 tys. żołnierzy.", "Pentagon",
         "US"),
    ],
    "verb-final subject": [
        # The subject after the reported clause, a date between it and the verb.
        ("ko", "북한이 병력 9000명을 보냈다고 영국 국방부가 지난달 밝혔다.", "영국 국방부", "GB"),
        ("ja", "北朝鮮が兵士9000人を派遣したと英国防省が明らかにしていた。", "英国防省", "GB"),
        # A long opening topic after a connective; a polite ending.
        ("ko", "한편 영국 국방부의 존 스미스 대변인은 북한군 9000명이 있다고 말했습니다.",
         "영국 국방부의 존 스미스 대변인", "GB"),
        ("ja", "一方、英国防省は先月の報告で、北朝鮮兵9000人が戦っていると指摘した。", "英国防省",
         "GB"),
        # The reported clause's own subject is not who speaks.
        ("ko", "북한이 포탄 500만 발을 보냈다고 덧붙였다.", "article", "unknown"),
        ("ja", "北朝鮮が砲弾500万発を送ったと説明した。", "article", "unknown"),
    ],
    "unknown verb": [
        ("en", "Lawmaker Park Ji-won put the figure at more than 20,000 soldiers.",
         "Lawmaker Park Ji-won", "KR"),
        ("de", "Der ukrainische Geheimdienst bezifferte die Zahl auf 11.000 Soldaten.",
         "ukrainische Geheimdienst", "UA"),
        ("fr", "Le renseignement sud-coréen a chiffré à 12 000 le nombre de soldats envoyés.",
         "renseignement sud-coréen", "KR"),
        ("ru", "Британская разведка оценила число военных КНДР в 11 000 военных.",
         "Британская разведка", "GB"),
    ],
    "cue the files lacked": [
        ("de", "Wie der südkoreanische Geheimdienst mitteilte, hat Nordkorea 11.000 Soldaten "
               "geschickt.", "südkoreanische Geheimdienst", "KR"),
        ("de", "Nordkorea hat 11.000 Soldaten geschickt, heißt es in einem Bericht des ISW.",
         "ISW", "US"),
        ("de", "Nordkorea hat 11.000 Soldaten geschickt, so Selenskyj.", "Selenskyj", "UA"),
        ("de", "Das Pentagon geht von rund 11.000 nordkoreanischen Soldaten aus.", "Pentagon",
         "US"),
        ("de", "Nach südkoreanischen Angaben hat Nordkorea 11.000 Soldaten geschickt.",
         "südkoreanischen Angaben", "KR"),
        ("de", "Der britische Militärgeheimdienst schrieb, Nordkorea habe 11.000 Soldaten "
               "geschickt.", "britische Militärgeheimdienst", "GB"),
        ("ru", "КНДР направила 11 тысяч военных, говорится в докладе ISW.", "ISW", "US"),
        ("ru", "Зеленский назвал цифру в 11 тысяч военных.", "Зеленский", "UA"),
        ("uk", "КНДР відправила 11 тисяч військових, йдеться у звіті ISW.", "ISW", "US"),
        ("uk", "КНДР відправила 11 тисяч військових, передає агентство Йонхап.",
         "агентство Йонхап", "media"),
        ("es", "Como informó el Ministerio de Defensa británico, 11.000 soldados llegaron.",
         "Ministerio de Defensa británico", "GB"),
        ("es", "Corea del Norte envió 11.000 soldados, según informó la agencia Yonhap.",
         "agencia Yonhap", "media"),
        ("es", "Corea del Norte ha enviado 11.000 soldados, señala el ISW en su último informe.",
         "ISW", "US"),
        ("ja", "韓国の合同参謀本部は、北朝鮮兵約3000人が追加派遣されたとみている。",
         "韓国の合同参謀本部", "KR"),
        ("ja", "聯合ニュースが伝えたところによると、北朝鮮兵約3000人が死傷した。", "聯合ニュース",
         "media"),
    ],
    # A name set off by commas after a title that opens the sentence; no figure is a name.
    "name between commas": [
        ("es", "El presidente ucraniano, Volodímir Zelenski, aseguró que 3.000 soldados "
               "norcoreanos murieron.", "Volodímir Zelenski", "UA"),
        ("es", "El jefe de la inteligencia militar ucraniana, Kirilo Budánov, dijo que 11.000 "
               "soldados llegaron.", "Kirilo Budánov", "UA"),
        ("en", "The head of Ukraine's military intelligence, Kyrylo Budanov, said 11,000 troops "
               "had arrived.", "Kyrylo Budanov", "UA"),
        ("fr", "Le chef du renseignement militaire ukrainien, Kyrylo Boudanov, a déclaré que "
               "11 000 soldats étaient arrivés.", "Kyrylo Boudanov", "UA"),
    ],
    "following sentence": [
        ("de", "Rund 10.000 Soldaten seien bereits im Einsatz. Das teilte das "
               "Verteidigungsministerium in Kiew mit.", "Verteidigungsministerium in Kiew", "UA"),
        ("en", "North Korea has 10,000 soldiers in Kursk. That was stated by Ukraine's defence "
               "ministry.", "Ukraine's defence ministry", "UA"),
        ("ru", "КНДР отправила в Россию 12 000 военных. Об этом сообщило Министерство обороны "
               "Украины.", "Министерство обороны Украины", "UA"),
        ("uk", "КНДР відправила до Росії 12 000 військових. Про це повідомило Міністерство "
               "оборони України.", "Міністерство оборони України", "UA"),
    ],
    "prepositional cue": [
        ("de", "Nach Einschätzung des britischen Verteidigungsministeriums hat Nordkorea 12.000 "
               "Soldaten geschickt.", "britischen Verteidigungsministeriums", "GB"),
        ("ru", "Согласно оценкам британской разведки, КНДР отправила 12 000 военных.",
         "британской разведки", "GB"),
        ("fr", "Selon les estimations du renseignement britannique, la Corée du Nord a envoyé "
               "12 000 soldats.", "renseignement britannique", "GB"),
        ("en", "According to estimates by the British defence ministry, North Korea sent 12,000 "
               "troops.", "British defence ministry", "GB"),
        ("de", "Nordkorea hat nach Angaben des ukrainischen Geheimdienstes rund 11.000 Soldaten "
               "geschickt.", "ukrainischen Geheimdienstes", "UA"),
        ("es", "Según estimaciones de la inteligencia británica, Corea del Norte envió 12.000 "
               "soldados.", "inteligencia británica", "GB"),
        ("uk", "За оцінкою британської розвідки, КНДР відправила 12 000 військових.",
         "британської розвідки", "GB"),
    ],
    # A name holding an article after a preposition or a head noun ("ministère de la Défense",
    # "Sprecher der Armee") is not cut at the article; the article alone still ends one.
    "article inside a name": [
        ("fr", "Le ministère ukrainien de la Défense estime que 3 000 soldats sont arrivés.",
         "ministère ukrainien de la Défense", "UA"),
        ("fr", "Selon le ministère britannique de la Défense, 3 000 soldats sont arrivés.",
         "ministère britannique de la Défense", "GB"),
        ("fr", "3 000 soldats sont arrivés, a déclaré le ministère de la Défense ukrainien.",
         "ministère de la Défense ukrainien", "UA"),
        ("de", "Das Verteidigungsministerium der Ukraine teilte mit, 3.000 Soldaten seien "
               "angekommen.", "Verteidigungsministerium der Ukraine", "UA"),
        ("de", "3.000 Soldaten seien angekommen, sagte der Chef des Militärgeheimdienstes der "
               "Ukraine.", "Chef des Militärgeheimdienstes der Ukraine", "UA"),
        ("es", "El jefe de la inteligencia militar ucraniana dijo que 3.000 soldados llegaron.",
         "jefe de la inteligencia militar ucraniana", "UA"),
    ],
    "report noun kept (tl)": [
        ("tl", "Ayon sa pagsusuri ng Institute for the Study of War, nagpadala ang North Korea ng "
               "12,000 sundalo.", "Institute for the Study of War", "US"),
        ("tl", "Ayon sa isang ulat ng Yonhap, nagpadala ang Pyongyang ng 1,500 sundalo.",
         "Yonhap", "media"),
        ("tl", "Batay sa datos mula sa Pentagon, may 10,000 sundalo sa Kursk.", "Pentagon", "US"),
        ("tl", "Ayon sa pagtatasa ng British intelligence, 11,000 sundalo ang ipinadala.",
         "British intelligence", "GB"),
        ("tl", "Ayon sa mga ulat ng National Intelligence Service, 3,000 pang sundalo ang "
               "ipinadala.", "National Intelligence Service", "KR"),
    ],
    "verb-final": [
        ("ja", "国家情報院は先月、北朝鮮が兵士約1万2000人を派遣したと明らかにした。",
         "国家情報院", "KR"),
        ("ja", "北朝鮮が兵士約1万2000人を派遣したと国家情報院が明らかにした。", "国家情報院", "KR"),
        ("ko", "국가정보원은 지난달 북한이 병사 1만2000명을 파견했다고 밝혔다.",
         "국가정보원", "KR"),
        ("ko", "북한이 병사 1만2000명을 파견했다고 국정원이 밝혔다.", "국정원", "KR"),
        # An opening topic of several words.
        ("ko", "우크라이나 정보당국은 북한군 1만1000명이 쿠르스크에 있다고 밝혔다.",
         "우크라이나 정보당국", "UA"),
        ("ko", "젤렌스키 대통령은 북한군 3000명이 사망했다고 주장했다.", "젤렌스키 대통령", "UA"),
        ("ko", "영국 국방부는 북한군 3000명이 사망했다고 분석했다.", "영국 국방부", "GB"),
    ],
    "unspaced report noun": [
        # 据 is glued to the name it opens, in a language without spaces.
        ("zh", "據韓國國家情報院稱，朝鮮已向俄羅斯派遣約1.2萬名士兵。", "韓國國家情報院", "KR"),
        ("zh", "据乌克兰军事情报总局称，朝鲜计划再派遣3000名士兵。", "乌克兰军事情报总局", "UA"),
    ],
    # A subject that opens the sentence with no comma after it (tr): it ends at "ise" or at the
    # genitive subject of the reported clause, in any tense or voice of the verb.
    "subject without a comma (tr)": [
        ("tr", "Güney Kore Genelkurmay Başkanlığı ise Kuzey Kore'nin Rusya'ya 13 binden fazla "
               "konteyner gönderdiğini tahmin ediyor.", "Güney Kore Genelkurmay Başkanlığı", "KR"),
        ("tr", "Güney Kore Ulusal İstihbarat Servisi (NIS) Kuzey Kore'nin Rusya'ya en az 1.000 ek "
               "asker gönderdiğini açıkladı.", "Güney Kore Ulusal İstihbarat Servisi (NIS)", "KR"),
        ("tr", "Pentagon Pyongyang'ın Kursk'a 8 bin asker konuşlandırdığını duyurmuştu.",
         "Pentagon", "US"),
        ("tr", "İngiltere Savunma Bakanlığı ise geçen hafta Rusya'nın 11 bin asker kaybettiğini "
               "öne sürmüştü.", "İngiltere Savunma Bakanlığı", "GB"),
        # Or at a month: the date stands between the subject and the reported clause.
        ("tr", "Kiev yönetimi ocak ayında Kursk'ta 2 Kuzey Koreli askeri esir aldığını "
               "duyurmuştu.", "Kiev yönetimi", "UA"),
    ],
    # Korean press names its own lawmakers and authorities without the country.
    "a country the press leaves unsaid (ko)": [
        ("ko", "유 의원은 \"북한이 올해 초 3천 명가량을 더 보냈다\"고 주장했다.", "유 의원", "KR"),
        ("ko", "군 당국은 북한군 3000명이 추가로 파병됐다고 밝혔다.", "군 당국", "KR"),
    ],
    # A question-and-answer marker opening the answer is no part of the topic.
    "an answer's marker (ja)": [
        ("ja", "Ａ　韓国の国家情報院は9月、北朝鮮が兵士1万3000人を派遣したと国会に報告した。",
         "韓国の国家情報院", "KR"),
    ],
    # An outlet relaying who speaks ("according to Yonhap, the NIS said"): the speaker's claim.
    "an outlet relays": [
        ("ja", "聯合ニュースによると、国家情報院は北朝鮮が兵士3000人を追加派遣したと明らかにした。",
         "国家情報院", "KR"),
        ("ko", "연합뉴스에 따르면, 국정원은 북한군 3000명이 추가로 파병됐다고 밝혔다.",
         "국정원", "KR"),
        ("es", "Según Yonhap, el NIS afirmó que llegaron 3.000 soldados más.", "NIS", "KR"),
        ("en", "According to Yonhap, the NIS said 3,000 more troops had arrived.", "NIS", "KR"),
    ],
    # An outlet citing a body: the claim is the cited body's, whatever cue names the outlet.
    "an outlet cites": [
        ("en", "The Financial Times, citing the Pentagon, reported that 4,000 more soldiers had "
               "arrived.", "Pentagon", "US"),
        ("de", "Die Agentur Yonhap meldete unter Berufung auf den südkoreanischen Geheimdienst, "
               "dass 3000 weitere Soldaten eingetroffen seien.",
         "südkoreanischen Geheimdienst", "KR"),
        ("ru", "Агентство Рейтер со ссылкой на британскую разведку сообщило, что в Курскую "
               "область прибыли 8000 солдат КНДР.", "британскую разведку", "GB"),
        ("it", "L'agenzia Kyodo, citando il ministero della Difesa giapponese, riferisce che "
               "sono arrivati 2.000 soldati.", "ministero della Difesa giapponese", "other"),
        ("pl", "Agencja Yonhap, powołując się na południowokoreański wywiad, podała, że do Rosji "
               "trafiło 3 tys. żołnierzy.", "południowokoreański wywiad", "KR"),
        ("cs", "Agentura Reuters s odvoláním na americké představitele uvedla, že KLDR poslala "
               "5000 vojáků.", "americké představitele", "US"),
        ("ar", "ونقلت وكالة يونهاب عن هيئة الأركان المشتركة الكورية الجنوبية قولها إن بيونغ يانغ "
               "أرسلت 3000 جندي إلى روسيا.", "هيئة الأركان المشتركة الكورية الجنوبية", "KR"),
        # The cited name before the cue, back to the outlet's topic marker.
        ("ko", "미국 CNN 방송은 2일(현지시간) 우크라이나 국방부 정보총국(HUR) "
               "관계자를 인용해 북한이 병력 3만명을 추가로 보낼 계획이라고 "
               "보도했다.", "우크라이나 국방부 정보총국(HUR) 관계자", "UA"),
        ("ko", "연합뉴스는 국가정보원을 인용해 북한군 3000명이 추가로 파병됐다고 "
               "보도했다.", "국가정보원", "KR"),
        ("ja", "ロイター通信は米国防総省の話として、北朝鮮が兵士3000人を追加派遣したと報じた。",
         "米国防総省", "US"),
    ],
    "media": [
        ("en", "North Korea has sent 10,000 troops, according to media reports.",
         "media reports", "media"),
        ("de", "Laut Medienberichten hat Nordkorea 10.000 Soldaten geschickt.",
         "Medienberichten", "media"),
        ("en", "SEOUL, Oct 18 (Reuters) - North Korea has sent 1,500 troops to Russia, South "
               "Korea's spy agency said.", "South Korea's spy agency", "KR"),
    ],
}

# The second claim's claimant: a definite reference to the paragraph's last named source.
REFERENCES = [
    # A verb-final cue with its subject left out continues the paragraph's last named source.
    ("ko", "영국 국방부는 북한이 9000명을 보냈다고 밝혔다. 또 북한이 포탄 500만 발을 보냈다고 "
           "덧붙였다.", "영국 국방부", "GB"),
    ("ja", "英国防省は、北朝鮮が兵士9000人を派遣したと分析した。また、砲弾は計500万発を超えたと"
           "指摘した。", "英国防省", "GB"),
    ("en", "The National Intelligence Service said North Korea sent 10,000 troops. The agency "
           "added that 3,000 more troops would follow.", "National Intelligence Service", "KR"),
    ("de", "Der südkoreanische Geheimdienst erklärte, Nordkorea habe 10.000 Soldaten geschickt. "
           "Die Behörde erklärte, weitere 3.000 Soldaten würden folgen.",
     "südkoreanische Geheimdienst", "KR"),
    ("ru", "Южнокорейская разведка заявила, что КНДР отправила 10 000 военных. Ведомство также "
           "сообщило, что КНДР отправит еще 3000 военных.", "Южнокорейская разведка", "KR"),
    ("fr", "Le renseignement sud-coréen a déclaré que la Corée du Nord a envoyé 10 000 soldats. "
           "Le service a ajouté que 3 000 soldats supplémentaires suivraient.",
     "renseignement sud-coréen", "KR"),
    ("en", "South Korean lawmaker Park Ji-won said 10,000 troops were sent. Park said 3,000 more "
           "troops would follow.", "Park", "KR"),
    # Inflected definite references ("по данным ведомства", "nach Angaben des Geheimdienstes").
    ("ru", "Южнокорейская разведка заявила, что КНДР отправила 10 000 военных. По данным "
           "ведомства, КНДР отправит еще 3000 военных.", "Южнокорейская разведка", "KR"),
    ("ru", "Минобороны Великобритании заявило, что КНДР отправила 10 000 военных. В ведомстве "
           "добавили, что КНДР отправит еще 3000 военных.", "Минобороны Великобритании", "GB"),
    ("uk", "Британська розвідка заявила, що КНДР відправила 10 000 військових. За даними "
           "відомства, КНДР відправить ще 3000 військових.", "Британська розвідка", "GB"),
    ("de", "Der südkoreanische Geheimdienst NIS erklärte, Nordkorea habe 10.000 Soldaten "
           "geschickt. Nach Angaben des Geheimdienstes sollen weitere 3.000 Soldaten folgen.",
     "südkoreanische Geheimdienst NIS", "KR"),
    ("pl", "Brytyjskie ministerstwo obrony poinformowało, że Korea Północna wysłała 10 000 "
           "żołnierzy. Według resortu, kolejne 3000 żołnierzy ma dołączyć.",
     "Brytyjskie ministerstwo obrony", "GB"),
    ("cs", "Britské ministerstvo obrany uvedlo, že KLDR vyslala 10 000 vojáků. Podle "
           "ministerstva má dalších 3000 vojáků následovat.", "Britské ministerstvo obrany", "GB"),
    ("fi", "Etelä-Korean tiedustelupalvelu kertoi, että Pohjois-Korea on lähettänyt 10 000 "
           "sotilasta. Tiedustelupalvelun mukaan 3 000 sotilasta lisää on tulossa.",
     "Etelä-Korean tiedustelupalvelu", "KR"),
    # An elided article ("l'agence") or a postposed demonstrative ("badan tersebut").
    ("fr", "Le Service national du renseignement a déclaré que 10 000 soldats ont été envoyés. "
           "Pyongyang enverra encore 3 000 soldats, a ajouté l'agence.",
     "Service national du renseignement", "KR"),
    ("it", "Il servizio di intelligence sudcoreano ha detto che sono stati inviati 10.000 soldati. "
           "L'agenzia ha aggiunto che altri 3.000 soldati arriveranno.",
     "servizio di intelligence sudcoreano", "KR"),
    ("id", "Badan Intelijen Nasional Korea Selatan mengatakan Korea Utara mengirim 10.000 tentara. "
           "Pyongyang juga memasok sekitar 250 rudal, tambah badan intelijen tersebut.",
     "Badan Intelijen Nasional Korea Selatan", "KR"),
    ("tr", "Güney Kore Ulusal İstihbarat Servisi, Kuzey Kore'nin 10 bin asker gönderdiğini "
           "açıkladı. İstihbarat servisi Kuzey Kore'nin 3 bin asker daha göndereceğini kaydetti.",
     "Güney Kore Ulusal İstihbarat Servisi", "KR"),
]


def _params():
    for kind, cases in CASES.items():
        for i, case in enumerate(cases, 1):
            yield pytest.param(*case, id=f"{kind}:{case[0]}:{i}")


@pytest.mark.parametrize("code,text,who,country", list(_params()))
def test_claimant_of_first_claim(code: str, text: str, who: str, country: str) -> None:
    c = extract_claims(text, code, published_date="2025-03-07")[0]
    assert (c.claimant, c.claimant_country) == (who, country)


@pytest.mark.parametrize("code,text,who,country", CASES["leading date"][:3] + [
    ("fr", "La Corée du Nord a envoyé 3 000 soldats, a déclaré vendredi le renseignement "
           "sud-coréen.", "renseignement sud-coréen", "KR"),
    ("es", "Corea del Norte envió 3.000 soldados, dijo el viernes el Pentágono.",
     "Pentágono", "US"),
])
def test_a_date_is_no_name_without_the_article_date(code, text, who, country) -> None:
    c = extract_claims(text, code)[0]
    assert (c.claimant, c.claimant_country) == (who, country)


@pytest.mark.parametrize("code,text,who,country", REFERENCES, ids=lambda v: str(v)[:12])
def test_definite_reference_is_the_paragraphs_last_source(code, text, who, country) -> None:
    c = extract_claims(text, code)[1]
    assert (c.claimant, c.claimant_country) == (who, country)


@pytest.mark.parametrize("code,text", [
    # The reported clause opens the sentence: no subject before its genitive, no claimant.
    ("tr", "Kuzey Kore'nin Rusya'ya 3 bin asker gönderdiği açıklandı."),
    # A lowercase opening is no subject.
    ("tr", "ocak ayında Kuzey Kore'nin 3 bin asker gönderdiği belirtildi."),
])
def test_a_turkish_sentence_without_a_subject_is_the_articles(code: str, text: str) -> None:
    assert extract_claims(text, code, published_date="2025-03-07")[0].claimant == "article"


def test_an_age_is_no_claim() -> None:
    # An age is no count of soldiers ("24 yaşın altındaki askerler": soldiers under 24).
    text = "Servis, birliklerin 24 yaşın altındaki askerlerden oluştuğunu değerlendiriyor."
    assert [c.value_low for c in extract_claims(text, "tr")] == []


@pytest.mark.parametrize("code,text,who", [
    # What is cited is no speaker: the outlet's own cue names the claimant.
    ("en", "Pyongyang sent 3,000 troops, the ministry said, citing security concerns.",
     "ministry"),
    # A lawmaker citing a briefing stays the claimant (the briefing body is the source).
    ("ru", "Депутат Пак Сон Вон со ссылкой на брифинг разведки сообщил, что КНДР отправила "
           "3000 военных.", "Депутат Пак Сон Вон"),
    ("es", "El diputado Lee Seong-kweun, citando a la inteligencia surcoreana, dijo que llegaron "
           "3.000 soldados.", "diputado Lee Seong-kweun"),
])
def test_only_an_outlet_gives_way_to_whom_it_cites(code: str, text: str, who: str) -> None:
    assert extract_claims(text, code, published_date="2025-03-07")[0].claimant == who


@pytest.mark.parametrize("code,text,who,source", [
    # A speaker the registry lacks, whose appositive names the body they speak for.
    ("en", "John Smith, a spokesman for the Pentagon, said 3,000 troops had arrived.",
     "John Smith", "US Department of Defense (Pentagon)"),
    ("fr", "Ivan Martin, porte-parole du parquet général ukrainien, a indiqué que 70 missiles "
           "ont été tirés.", "Ivan Martin", "Prosecutor General's Office of Ukraine"),
    ("es", "Juan Pérez, portavoz del Ministerio de Defensa de Ucrania, dijo que llegaron 3.000 "
           "soldados.", "Juan Pérez", "Ukraine's Ministry of Defence"),
    # An appositive that is no speaker's noun names no body of theirs.
    ("en", "Kim Soo-hyun, who met the Pentagon chief, said 3,000 troops had arrived.",
     "Kim Soo-hyun", ""),
])
def test_a_speakers_appositive_names_their_body(code: str, text: str, who: str,
                                                 source: str) -> None:
    c = extract_claims(text, code, published_date="2025-03-07")[0]
    assert (c.claimant, c.source) == (who, source)


@pytest.mark.parametrize("code,text,source", [
    # Named again ("he said"), the speaker still speaks for the body their appositive named.
    ("en", "John Smith, a spokesman for the Pentagon, said 3,000 troops had arrived. He said "
           "2,000 more troops would follow.", "US Department of Defense (Pentagon)"),
    ("es", "Juan Pérez, portavoz del Ministerio de Defensa de Ucrania, dijo que llegaron 3.000 "
           "soldados. Según él, otros 2.000 soldados llegarán.", "Ukraine's Ministry of Defence"),
    ("fr", "Ivan Martin, porte-parole du parquet général ukrainien, a indiqué que 70 missiles ont "
           "été tirés. Selon lui, 20 autres missiles ont été tirés.",
     "Prosecutor General's Office of Ukraine"),
])
def test_a_speaker_named_again_keeps_their_body(code: str, text: str, source: str) -> None:
    claims = extract_claims(text, code, published_date="2025-03-07")
    assert [c.source for c in claims] == [source, source]


@pytest.mark.parametrize("code,text,who", [
    # A possessive phrase in the reported clause is the outer speaker's.
    ("fr", "Ivan Martin a indiqué que ses services avaient recensé 70 missiles.", "Ivan Martin"),
    ("en", "Budanov said his agency had counted 3,000 dead soldiers.", "Budanov"),
    ("de", "Budanow sagte, seine Behörde habe 3.000 tote Soldaten gezählt.", "Budanow"),
    # With no other speaker the possessive phrase stays.
    ("en", "Its analysts said 3,000 soldiers had died.", "Its analysts"),
])
def test_a_possessive_phrase_gives_way_to_the_speaker(code: str, text: str, who: str) -> None:
    assert extract_claims(text, code, published_date="2025-03-07")[0].claimant == who


@pytest.mark.parametrize("code,text,who", [
    # A reference met again means the body it meant the first time, whoever spoke between.
    ("en", "The Multilateral Sanctions Monitoring Team said 9 million shells were sent. The report "
           "said 100 missiles were sent. The Pentagon said 11,000 troops were sent. The report "
           "also said 200 more missiles were sent.", "Multilateral Sanctions Monitoring Team"),
    ("pt", "A Equipa Multilateral de Monitorização de Sanções afirmou que 9 milhões de munições "
           "foram enviadas. O documento indica que 100 mísseis foram enviados. O Pentágono disse "
           "que 11 mil soldados foram enviados. O documento indica ainda que 200 canhões foram "
           "enviados.", "Equipa Multilateral de Monitorização de Sanções"),
    ("es", "El Equipo Multilateral de Monitoreo de Sanciones dijo que se enviaron 9 millones de "
           "proyectiles. El informe dijo que se enviaron 100 misiles. El Pentágono dijo que se "
           "enviaron 11.000 soldados. El informe dijo también que se enviaron 200 cañones.",
     "Equipo Multilateral de Monitoreo de Sanciones"),
])
def test_a_reference_met_again_means_the_same_body(code: str, text: str, who: str) -> None:
    assert extract_claims(text, code, published_date="2025-03-07")[-1].claimant == who


def test_a_following_sentence_with_its_own_content_does_not_attribute() -> None:
    text = ("North Korea has 10,000 soldiers in Kursk. The ministry said the troops were trained "
            "in the east of the country for several weeks before they moved.")
    assert extract_claims(text, "en")[0].claimant == "article"


@pytest.mark.parametrize("code,text", [
    ("en", "Theresa May said 100 troops would be sent."),
    ("de", "Nach Angaben des Ministeriums seien 10.000 Soldaten im Einsatz."),
])
def test_names_are_kept_whole(code: str, text: str) -> None:
    who = extract_claims(text, code)[0].claimant
    assert who in ("Theresa May", "Ministeriums")


# A surname alone later in a document is the registry person named in full before it (and the
# body that person speaks for): (claimant as written, source, country) of the last claim.
SURNAMES = [
    ("en", "White House spokesman John Kirby spoke to reporters on Monday. Kirby added that "
           "3,000 more North Korean soldiers were on their way.",
     "Kirby", "White House (US National Security Council)", "US"),
    ("de", "US-Verteidigungsminister Lloyd Austin sprach am Montag in Rom. Austin sagte, 10.000 "
           "nordkoreanische Soldaten seien in Kursk.",
     "Austin", "US Department of Defense (Pentagon)", "US"),
    ("ru", "Министр обороны США Ллойд Остин выступил в Риме. По словам Остина, КНДР отправила "
           "10 000 военных.", "Остина", "US Department of Defense (Pentagon)", "US"),
    ("es", "El secretario de Defensa, Lloyd Austin, habló en Roma. Austin dijo que 10.000 "
           "soldados norcoreanos estaban en Kursk.",
     "Austin", "US Department of Defense (Pentagon)", "US"),
    ("fi", "Yhdysvaltain puolustusministeri Lloyd Austin puhui Roomassa. Austinin mukaan "
           "Pohjois-Korea on lähettänyt 10 000 sotilasta.",
     "Austinin", "US Department of Defense (Pentagon)", "US"),
    ("uk", "Керівник ЦПД Андрій Коваленко виступив у Києві. Коваленко заявив, що КНДР "
           "відправила 12 000 військових.",
     "Коваленко", "Ukraine's Centre for Countering Disinformation", "UA"),
    ("fr", "Le ministre britannique de la Défense, John Healey, était à Kiev. Healey a déclaré "
           "que 12 000 soldats nord-coréens avaient été envoyés.",
     "Healey", "UK Ministry of Defence", "GB"),
    ("en", "South Korean lawmaker Park Sun-won briefed reporters. Park said 3,000 more troops "
           "would follow.",
     "Park", "South Korean lawmakers (National Assembly intelligence committee)", "KR"),
    # The nearest full name before it decides between two people of one surname.
    ("en", "Kim Yo Jong issued a statement. Kim Jong Un visited a factory. Kim said 5,000 more "
           "troops would be sent.", "Kim", "Kim Jong Un", "KP"),
]


@pytest.mark.parametrize("code,text,who,source,country", SURNAMES,
                         ids=[f"{c[0]}:{c[2]}" for c in SURNAMES])
def test_a_surname_alone_is_the_person_named_in_full_before(code, text, who, source,
                                                             country) -> None:
    c = extract_claims(text, code, published_date="2025-03-07")[-1]
    assert (c.claimant, c.source, c.claimant_country) == (who, source, country)


@pytest.mark.parametrize("code,text", [
    ("en", "Austin said 10,000 troops were in Kursk."),  # no full name before: no source
    ("en", "Austin said 10,000 troops were in Kursk. Lloyd Austin spoke later."),  # only after
    ("de", "Der Analyst Tom Cooper war in Rom. Cooper sagte, 10.000 Soldaten seien in Kursk."),
])
def test_a_surname_without_a_registry_full_name_before_has_no_source(code, text) -> None:
    assert extract_claims(text, code, published_date="2025-03-07")[0].source == ""


@pytest.mark.parametrize("text,who", [
    ("Der britische Militärgeheimdienst teilte mit, Nordkorea habe 9.000 Soldaten geschickt. "
     "Zudem habe Pjöngjang 150 Raketenwerfer übergeben.", "britische Militärgeheimdienst"),
    ("Der britische Militärgeheimdienst teilte mit, Nordkorea habe 9.000 Soldaten geschickt.\n"
     "Im Januar seien 300 Soldaten gefallen, hieß es weiter.", "britische Militärgeheimdienst"),
    # Indicative: the article's own statement.
    ("Der britische Militärgeheimdienst teilte mit, Nordkorea habe 9.000 Soldaten geschickt. "
     "Pjöngjang hat zudem 150 Raketenwerfer übergeben.", "article"),
])
def test_reported_speech_goes_on_with_the_last_named_claimant(text: str, who: str) -> None:
    assert extract_claims(text, "de")[1].claimant == who


@pytest.mark.parametrize("code,phrase,ok", [
    ("en", "repeatedly", False), ("en", "senior officials", True), ("en", "Seoul", True),
    ("fr", "semaine dernière", False), ("fr", "renseignement britannique", True),
    ("es", "primer envío", False), ("es", "fuentes militares británicas", True),
    ("ru", "той же оценке", False), ("ru", "британской разведки", True),
    ("uk", "минулого тижня", False), ("uk", "британська розвідка", True),
    ("ja", "北朝鮮から", True),  # a script without case: not judged by this rule
])
def test_a_phrase_without_a_capital_is_a_name_only_with_a_speakers_noun(code, phrase, ok) -> None:
    assert could_name(phrase, load_language(code)) is ok


@pytest.mark.parametrize("code,text", [
    ("fr", "La semaine dernière a indiqué que 9 000 soldats étaient arrivés."),
    ("es", "El primer envío informó que llegaron 9.000 soldados."),
    ("it", "La settimana scorsa ha detto che 9.000 soldati erano arrivati."),
])
def test_an_article_or_a_date_alone_is_no_name(code: str, text: str) -> None:
    assert extract_claims(text, code)[0].claimant == "article"


@pytest.mark.parametrize("code,text,who", [
    # A month with the word that places it, or a year with the word for "year", is a date.
    ("de", "Der britische Premier Keir Starmer hatte Anfang Januar erklärt, Nordkorea habe 9.000 "
           "Soldaten geschickt.", "britische Premier Keir Starmer"),
    ("ru", "В начале декабря Кир Стармер заявил, что КНДР отправила 9000 военных.",
     "Кир Стармер"),
    ("uk", "У червні 2025 року міністр оборони Великої Британії Джон Гілі заявив, що КНДР "
           "відправила 9000 військових.", "міністр оборони Великої Британії Джон Гілі"),
    ("en", "In late January the UK defence secretary said 9,000 troops had arrived.",
     "UK defence secretary"),
])
def test_a_placed_month_or_a_year_word_is_no_part_of_a_name(code, text, who) -> None:
    assert extract_claims(text, code, published_date="2025-07-01")[0].claimant == who


@pytest.mark.parametrize("code,text,who,country", [
    # An unresolved "the agency" gives way to a body another cue of the sentence names ...
    ("ru", "В четверг Министерство обороны Великобритании оценило потери скромнее: по данным "
           "ведомства, погибли около 100 военных КНДР.",
     "Министерство обороны Великобритании", "GB"),
    ("en", "On Thursday Britain's Defence Intelligence said losses were lower: according to the "
           "agency, about 100 North Korean soldiers were killed.",
     "Britain's Defence Intelligence", "GB"),
    # ... and alone it names no country, whatever the words after it.
    ("ru", "По данным ведомства, погибли около 100 военных КНДР.", "ведомства", "unknown"),
    ("es", "Según el organismo, murieron unos 100 soldados norcoreanos.", "organismo", "unknown"),
])
def test_an_unresolved_reference_gives_way_and_has_no_country(code, text, who, country) -> None:
    c = extract_claims(text, code)[-1]
    assert (c.claimant, c.claimant_country) == (who, country)


@pytest.mark.parametrize("text,who", [
    ("英国国防部还表示，朝鲜已向俄罗斯派遣约1.1万名士兵。", "英国国防部"),
    ("另据英国国防部透露，朝鲜向俄罗斯运送了1000个集装箱。", "英国国防部"),
    ("英國國防部又稱，北韓已向俄羅斯派遣約1萬名士兵。", "英國國防部"),
])
def test_an_adverb_glued_to_a_chinese_name_is_cut_off(text: str, who: str) -> None:
    assert extract_claims(text, "zh")[0].claimant == who


@pytest.mark.parametrize("code,text", [
    # A dateline's city in capitals opening the sentence never speaks.
    ("es", "SEÚL, 14 de enero de 2025.— Corea del Norte envió 3.000 soldados a Kursk, afirmó."),
    ("en", "SEOUL, January 14, 2025 - North Korea has sent 3,000 more troops to Kursk, it said."),
    ("fr", "SÉOUL, 14 janvier 2025 — La Corée du Nord a envoyé 3 000 soldats, a-t-on affirmé."),
])
def test_a_datelines_city_never_speaks(code: str, text: str) -> None:
    assert extract_claims(text, code)[0].claimant == "article"


def test_a_demonstrative_date_after_an_inverted_cue_is_skipped() -> None:
    text = "Corea del Norte envió 3.000 soldados, informó este martes el Pentágono."
    assert extract_claims(text, "es", published_date="2025-01-14")[0].claimant == "Pentágono"


# More rules, each on sentences written for it: the claimant of the first claim.
FIRST_CLAIMANT: dict[str, list[tuple[str, str, str]]] = {}
FIRST_CLAIMANT["a name before a postposition is the words in its case"] = [
    # A name before a postposition: only the words in its case (fi genitive), colon and all.
    ("fi", "Britannian tiedustelun mukaan Pohjois-Korea on lähettänyt 9 000 sotilasta.",
     "Britannian tiedustelun"),
    ("fi", "Venäjä maksaa MI6:n mukaan noin 2 000 dollaria kuukaudessa.", "MI6:n"),
    ("fi", "Ensimmäiset 1 500 sotilasta saapuivat Pentagonin mukaan Vladivostokiin.",
     "Pentagonin"),
]
FIRST_CLAIMANT["verbs of counting and valuing, and report nouns before the maker"] = [
    ("en", "An analysis by the Institute for the Study of War counted 11,000 containers.",
     "Institute for the Study of War"),
    ("pl", "Instytut Studiów nad Wojną wycenia pomoc Pjongjangu na 20 mld dolarów.",
     "Instytut Studiów nad Wojną"),
    ("ko", "우크라이나 정보총국은 북한군 1만1000명이 쿠르스크에 있다고 주장해 왔다.",
     "우크라이나 정보총국"),
    ("ru", "По данным издания «Важные истории», КНДР получила 200 тысяч рублей.",
     "издания «Важные истории»"),
]
FIRST_CLAIMANT["the subject after a perfect's auxiliary, when adverbs open the sentence"] = [
    ("de", "Bereits im Juni hatte der Sekretär des russischen Sicherheitsrats, Sergej Schoigu, "
           "bei einem Besuch in Pjöngjang angekündigt, Nordkorea werde 1000 Minenräumer "
           "entsenden.", "Sekretär des russischen Sicherheitsrats"),
    ("de", "Zuvor hatte Budanow im Fernsehen gesagt, 3000 Soldaten seien gefallen.", "Budanow"),
    ("nl", "Eerder had Budanov op televisie gezegd dat 3000 soldaten waren gesneuveld.",
     "Budanov"),
    # A subject before the auxiliary is the speaker, whatever follows the auxiliary.
    ("de", "Der ukrainische Geheimdienst hatte am Montag gemeldet, 3000 Soldaten seien "
           "gefallen.", "ukrainische Geheimdienst"),
]
FIRST_CLAIMANT["an inverted cue with a month or a place before the name"] = [
    ("es", "Unos 4.700 han muerto o resultado heridos, calculó en abril el espionaje surcoreano "
           "ante el Parlamento.", "espionaje surcoreano"),
    ("es", "Corea del Norte enviará 1.000 zapadores, anunció el martes en Pyongyang el "
           "secretario del Consejo de Seguridad ruso.", "secretario del Consejo de Seguridad ruso"),
    ("fr", "La Corée du Nord enverra 1 000 démineurs, a annoncé mardi à Pyongyang le secrétaire "
           "du Conseil de sécurité russe.", "secrétaire du Conseil de sécurité russe"),
    ("pt", "A Coreia do Norte enviou 3.000 soldados, afirmou em abril o serviço de inteligência "
           "sul-coreano.", "serviço de inteligência sul-coreano"),
]
FIRST_CLAIMANT["a verb of transfer is no cue, and a coordinated verb shares its subject"] = [
    ("uk", "Буданов заявив, що КНДР щомісяця передає Росії 200 тисяч снарядів.", "Буданов"),
    ("ru", "Буданов заявил, что КНДР ежемесячно передает России 200 тысяч снарядов.", "Буданов"),
    # "передає X." closing the sentence is the outlet's "reports".
    ("uk", "КНДР передала Росії 3000 снарядів, передає Reuters.", "Reuters"),
    ("uk", "Буданов заявив, що КНДР передала Росії 3000 снарядів, і назвав Пхеньян «арсеналом "
           "Кремля».", "Буданов"),
    ("en", "Budanov said North Korea had sent 3,000 shells, and called Pyongyang the Kremlin's "
           "arsenal.", "Budanov"),
]
FIRST_CLAIMANT["a speaker who speaks of a figure"] = [
    ("cs", "Britské ministerstvo obrany hovoří o více než 6000 mrtvých a raněných.",
     "Britské ministerstvo obrany"),
    ("ru", "Британская разведка говорит о 6000 погибших и раненых.", "Британская разведка"),
    ("uk", "Британська розвідка говорить про 6000 загиблих і поранених.", "Британська розвідка"),
    ("nl", "De Britse inlichtingendiensten spreken van 6000 doden en gewonden.",
     "Britse inlichtingendiensten"),
    ("nl", "Zuid-Korea kwam eind april uit op 4700 slachtoffers.", "Zuid-Korea"),
    ("nl", "Het Britse ministerie van Defensie komt uit op 6000 doden.",
     "Britse ministerie van Defensie"),
]
FIRST_CLAIMANT["a quotation, then the speaker's name and appositive before the cue"] = [
    ("en", "\"At least 1,000 soldiers were killed,\" Kyrylo Budanov, the head of HUR, said on "
           "Friday.", "Kyrylo Budanov"),
    ("vi", "\"Ít nhất 1.000 lính đã thiệt mạng\", ông Kyrylo Budanov, người đứng đầu HUR, cho "
           "biết.", "ông Kyrylo Budanov"),
    ("fr", "« Au moins 1 000 soldats ont été tués », Kyrylo Boudanov, le chef du renseignement "
           "militaire, a déclaré.", "Kyrylo Boudanov"),
]
FIRST_CLAIMANT["the name before an aside that a preposition opens"] = [
    ("it", "Il capo dell'intelligence militare, Kyrylo Budanov, in un'intervista al sito "
           "americano The War Zone ha affermato che la Corea del Nord ha consegnato 50 obici.",
     "Kyrylo Budanov"),
    ("en", "The head of military intelligence, Kyrylo Budanov, in an interview with The War Zone "
           "said North Korea had delivered 50 howitzers.", "Kyrylo Budanov"),
    ("id", "Duta Besar Korea Utara untuk PBB, Kim Song, pada akhir Oktober menyebut 3.000 tentara "
           "itu rumor.", "Kim Song"),
]
FIRST_CLAIMANT["the name set off by commas after a role speaks"] = [
    # A role before the name set off by commas: the name speaks.
    ("de", "Der Sprecher des Ministeriums, Hans Müller, schrieb, Nordkorea habe 9.000 Soldaten "
           "geschickt.", "Hans Müller"),
    ("en", "Britain's military intelligence agency, DI, has said that 9,000 troops arrived.",
     "DI"),
    ("es", "El portavoz del ministerio británico, John Smith, dijo que llegaron 9.000 soldados.",
     "John Smith"),
    # A capitalised function word opening the sentence is no subject.
    ("es", "Con ese refuerzo, el contingente superaría ya los 9.000 efectivos, dijo.",
     "article"),
]
FIRST_CLAIMANT["reporting verbs of more languages"] = [
    ("nl", "Het Britse ministerie van Defensie hield het op 9.000 soldaten.",
     "Britse ministerie van Defensie"),
    ("vi", "Bộ Quốc phòng Anh dự báo Triều Tiên có thể gửi thêm 9.000 binh sĩ.",
     "Bộ Quốc phòng Anh"),
    ("id", "Kementerian Pertahanan Inggris mengakui 9.000 tentara Korea Utara berada di Kursk.",
     "Kementerian Pertahanan Inggris"),
]
FIRST_CLAIMANT["more name forms"] = [
    # A name that ends like a subject marker ("세르게이") inside a topic marked "는".
    ("ko", "앞서 세르게이 라브로프 러시아 외무장관은 북한이 병력 9000명을 보냈다고 밝힌 바 있다.",
     "세르게이 라브로프 러시아 외무장관"),
    # A report "published by" X is X's.
    ("en", "North Korea sent 9,000 troops, according to a report published on Thursday by the "
           "International Institute for Strategic Studies.",
     "International Institute for Strategic Studies"),
    ("es", "Corea del Norte envió 9.000 soldados, según un informe publicado el jueves por el "
           "Instituto Internacional de Estudios Estratégicos.",
     "Instituto Internacional de Estudios Estratégicos"),
    ("fr", "La Corée du Nord a envoyé 9 000 soldats, selon un rapport publié jeudi par l'Institut "
           "international d'études stratégiques.",
     "l'Institut international d'études stratégiques"),
    # An abbreviation in brackets goes with a name before a postposition.
    ("fi", "Britannian puolustusministeriön (MoD) mukaan Venäjälle on lähetetty 9 000 sotilasta.",
     "Britannian puolustusministeriön (MoD)"),
]

FIRST_CLAIMANT["a dateline tag opening the sentence is no part of a name"] = [
    ("ja", "【ロンドン時事】英国防省は3日、北朝鮮が兵士約9千人を派遣したと発表した。", "英国防省"),
    ("zh", "（本報記者王明倫敦3日電）英國國防部表示，北韓已派遣約9000名士兵。", "英國國防部"),
    ("ko", "(런던=연합뉴스) 홍길동 특파원 = 영국 국방부는 북한이 병력 9천명을 보냈다고 밝혔다.",
     "영국 국방부"),
]
FIRST_CLAIMANT["a descriptor set off by a comma before the topic"] = [
    ("ja", "英国の情報機関、国防情報局は3日、北朝鮮が兵士約9千人を派遣したと分析した。",
     "国防情報局"),
    ("ja", "米シンクタンク、戦略国際問題研究所（CSIS）は、北朝鮮が砲弾900万発を送ったと推定した。",
     "戦略国際問題研究所（CSIS）"),
]
FIRST_CLAIMANT["'an estimated' is a hedge, no reporting verb"] = [
    ("en", "Pyongyang first sent troops in 2024, when an estimated 9,000 soldiers were deployed.",
     "article"),
    ("en", "The estimated 9,000 soldiers were deployed in 2024.", "article"),
]
FIRST_CLAIMANT["a body 'in' its city, and present-tense Arabic verbs"] = [
    ("en", "The Hudson Institute in Washington estimated that Pyongyang had sent 9,000 soldiers.",
     "Hudson Institute in Washington"),
    ("ar", "لكن معهد هدسون في واشنطن قدّر أن كوريا الشمالية أرسلت 9 آلاف جندي.",
     "معهد هدسون في واشنطن"),
    ("ar", "تقدّر الاستخبارات البريطانية أن كوريا الشمالية أرسلت نحو 9 آلاف جندي.",
     "الاستخبارات البريطانية"),
]
FIRST_CLAIMANT["'does not rule out' reports a claim"] = [
    ("en", "Britain's Defence Intelligence does not rule out that Pyongyang sends 9,000 "
           "more troops.",
     "Britain's Defence Intelligence"),
    ("ru", "Британская разведка не исключает, что Пхеньян направит ещё до 9 тысяч человек.",
     "Британская разведка"),
    ("uk", "Британська розвідка не виключає, що Пхеньян надішле ще до 9 тисяч військових.",
     "Британська розвідка"),
    ("es", "La inteligencia británica no descarta que Pyongyang envíe otros 9.000 soldados.",
     "inteligencia británica"),
    ("ko", "영국 국방부는 또 북한이 병력 9천 명을 추가로 보낼 가능성을 배제하지 않고 있다.",
     "영국 국방부"),
]
FIRST_CLAIMANT["more subject forms"] = [
    # ko "도" ("also") marks the subject as "은/는" do.
    ("ko", "영국 국방부도 북한이 9000여 명을 추가로 보낸 것으로 파악하고 있다.", "영국 국방부"),
    ("de", "Das britische Verteidigungsministerium zählte außerdem rund 900 ballistische Raketen.",
     "britische Verteidigungsministerium"),
]
FIRST_CLAIMANT["after a subject, what follows the cue is said, no name"] = [
    ("en", "SEOUL (Reuters) - Britain's Defence Intelligence, in a briefing, said North Korea "
           "sent 9,000 troops.", "Britain's Defence Intelligence"),
    ("ru", "Британская военная разведка (DI), выступая на брифинге, оценила потери "
           "северокорейских военных в 9000 человек.", "Британская военная разведка (DI)"),
]
FIRST_CLAIMANT["without a subject before it, a cue is inverted"] = [
    ("ar", "قالت وزارة الدفاع البريطانية اليوم الاثنين إن نحو 9 آلاف جندي كوري شمالي وصلوا إلى "
           "روسيا.", "وزارة الدفاع البريطانية"),
    ("nl", "In juni kondigde de Britse minister van Defensie John Healey aan dat er nog 9000 "
           "soldaten naar Koersk zouden komen.", "Britse minister van Defensie John Healey"),
    # After a date, a registry name followed by more words ("en una rueda de prensa").
    ("es", "Corea del Norte envió otros 9.000 soldados, informó este martes el Ministerio de "
           "Defensa británico en una rueda de prensa.", "Ministerio de Defensa británico"),
]
FIRST_CLAIMANT["a dateline in capitals before a dash is no part of a name"] = [
    ("tr", "ANKARA, 3 Mart 2025 (AA) – İngiltere Savunma Bakanlığı, Kuzey Kore'nin Rusya'ya "
           "yaklaşık 9 bin asker gönderdiğini açıkladı.", "İngiltere Savunma Bakanlığı"),
]
FIRST_CLAIMANT["more cues and name forms of zh, ja and ar"] = [
    ("zh", "英國情報單位並研判，北韓可能在今年上半年再派遣最多3000名兵力赴俄。", "英國情報單位"),
    ("zh", "據出席會議的議員向記者轉述，英國國防部研判，北韓部署在俄羅斯境內的兵力約1萬1000人。",
     "英國國防部"),
    # A descriptor set off by "、" before the name is no part of it.
    ("ja", "英政府系のシンクタンク、国際戦略研究所（IISS）がまとめた報告書によると、北朝鮮が得た"
           "利益は最大200億ドルに上る。", "国際戦略研究所（IISS）"),
    # A reporting verb of a relative clause ("التي أعلن الكرملين") does not attribute the claim.
    ("ar", "تقدّر الاستخبارات البريطانية أن كوريا الشمالية أرسلت نحو ٢٠ ألف جندي إلى روسيا، شارك "
           "معظمهم في معارك كورسك التي أعلن الكرملين انتهاءها.", "الاستخبارات البريطانية"),
]
FIRST_CLAIMANT["an interview between a name and its verb is no name"] = [
    ("uk", "Глава британської розвідки в інтерв'ю «Бі-бі-сі» заявив, що в Курській області "
           "перебуває близько 9 тисяч військових КНДР.", "Глава британської розвідки"),
    ("ru", "Глава британской разведки в интервью «Би-би-си» заявил, что в Курской области "
           "находятся около 9 тысяч военных КНДР.", "Глава британской разведки"),
]

# Rules that reach back (references, continuations): the claimant of the last claim.
LAST_CLAIMANT: dict[str, list[tuple[str, str, str]]] = {}
# Wire copy puts each sentence in its own paragraph: "the agency" is the body named before.
LAST_CLAIMANT["definite reference reaches a body named in an earlier paragraph"] = [
    ("en", "Britain's Defence Intelligence said North Korea sent 9,000 troops.\n"
           "The agency added that 3,000 more troops would follow.",
     "Britain's Defence Intelligence"),
    ("de", "Der britische Militärgeheimdienst teilte mit, Nordkorea habe 9.000 Soldaten "
           "geschickt.\nDie Behörde schätzte, dass 3.000 weitere Soldaten folgen.",
     "britische Militärgeheimdienst"),
    ("es", "El Ministerio de Defensa británico dijo que llegaron 9.000 soldados.\n"
           "El ministerio añadió que llegarán otros 3.000 soldados.",
     "Ministerio de Defensa británico"),
]
# A person is no agency: across a paragraph only a body is referred to.
LAST_CLAIMANT["definite reference does not reach a person of an earlier paragraph"] = [
    ("en", "John Smith said North Korea sent 9,000 troops.\n"
           "The agency added that 3,000 more troops would follow.", "agency"),
    ("ru", "Джон Смит заявил, что КНДР отправила 9000 военных.\n"
           "Ведомство сообщило, что прибудут еще 3000 военных.", "Ведомство"),
    ("es", "John Smith dijo que llegaron 9.000 soldados.\n"
           "El ministerio señaló que llegarán otros 3.000 soldados.", "ministerio"),
]
LAST_CLAIMANT["the report is the body named before"] = [
    # "The report" refers back to the body named before it.
    ("en", "Britain's Defence Intelligence said 9,000 troops had arrived.\n"
           "The report said 3,000 more troops would follow.", "Britain's Defence Intelligence"),
    ("pl", "Brytyjski wywiad podał, że do Rosji trafiło 9 tys. żołnierzy.\n"
           "Raport wskazuje także, że trafiło tam 100 pocisków balistycznych.",
     "Brytyjski wywiad"),
    ("es", "El Ministerio de Defensa británico dijo que llegaron 9.000 soldados.\n"
           "El documento sostiene que llegarán otros 3.000 soldados.",
     "Ministerio de Defensa británico"),
]
LAST_CLAIMANT["a pronoun verb after a subject is that subjects"] = [
    # A cue meaning "he added" after a subject that opens the sentence: that subject speaks.
    ("pt", "O Pentágono acrescentou que cada soldado recebe cerca de 2.000 dólares por mês.",
     "Pentágono"),
    ("es", "El Pentágono añadió que cada soldado recibe unos 2.000 dólares al mes.", "Pentágono"),
    ("es", "El Pentágono dijo que hay 9.000 soldados. Añadió que llegarán otros 3.000 soldados.",
     "Pentágono"),
]
LAST_CLAIMANT["more verb final and arabic forms"] = [
    # A topic holding what is counted is not who counts: the source named before continues.
    ("ja", "英国防省は、北朝鮮が兵士9000人を派遣したと分析した。また、北朝鮮から送られた砲弾は計"
           "500万発を超えたと指摘した。", "英国防省"),
    # A source before an adnominal reporting verb ("X가 밝힌 N": the N X gave).
    ("ko", "이는 영국 국방부가 밝힌 사상자 4700명보다 많은 수치다.", "영국 국방부"),
    # A leading "and it was" is no part of the name; a report "issued by" X is X's.
    ("ar", "وكان ستارمر قد قال إن أكثر من 3 آلاف جندي كوري شمالي قتلوا.", "ستارمر"),
    ("ar", "كشف تقرير أصدره فريق الرصد متعدد الأطراف للعقوبات أن كوريا الشمالية شحنت ٩ ملايين "
           "قذيفة.", "فريق الرصد متعدد الأطراف للعقوبات"),
]
LAST_CLAIMANT["more references back"] = [
    # "between" ends a name; "des Dienstes" refers back; "nach seinen Angaben" is the last source.
    ("de", "Der britische Militärgeheimdienst teilte mit, 9.000 Soldaten seien in Kursk.\n"
           "Hinzu kämen nach Schätzung des Dienstes zwischen 400 und 500 Verwundete.",
     "britische Militärgeheimdienst"),
    ("de", "Der britische Militärgeheimdienst teilte mit, 9.000 Soldaten seien in Kursk. "
           "Hinzu kämen nach seinen Angaben etwa 700 Verwundete.", "britische Militärgeheimdienst"),
    ("en", "Britain's Defence Intelligence said 9,000 troops were in Kursk.\n"
           "Between 400 and 500 were wounded, the authors of the report said.",
     "Britain's Defence Intelligence"),
    ("es", "El Ministerio de Defensa británico dijo que llegaron 9.000 soldados.\n"
           "De ellos, unos 600 murieron, calcularon los autores.",
     "Ministerio de Defensa británico"),
]
LAST_CLAIMANT["a definite reference is the last body named"] = [
    # "The service" is the last *body* named, past a person named since.
    ("de", "Der britische Militärgeheimdienst schätzt die Zahl der Gefallenen auf rund 2.000.\n"
           "Diese Zahl nannte der Dienst nach Angaben des Abgeordneten John Smith am Mittwoch. "
           "Hinzu kämen nach Schätzung des Dienstes etwa 4.000 Verwundete.",
     "britische Militärgeheimdienst"),
    ("en", "Britain's Defence Intelligence said 9,000 troops had arrived. Lawmaker John Smith "
           "said so on Tuesday.\nThe agency added that 3,000 more troops would follow.",
     "Britain's Defence Intelligence"),
    ("ar", "قالت وزارة الدفاع البريطانية إن 9 آلاف جندي وصلوا.\nوقال جون سميث إن الوضع خطير.\n"
           "وأضافت الوزارة أن 3 آلاف جندي آخرين سيصلون.", "وزارة الدفاع البريطانية"),
]
LAST_CLAIMANT["a restating sentence goes on with the source"] = [
    # A sentence restating the figure before goes on with the paragraph's last named source.
    ("es", "El Ministerio de Defensa británico dijo que llegaron 9.000 contenedores. Esa cifra "
           "podría equivaler a más de 9 millones de proyectiles.",
     "Ministerio de Defensa británico"),
    ("id", "Kementerian Pertahanan Inggris mengatakan Korea Utara mengirim 13.000 kontainer. "
           "Jumlah itu setara dengan lebih dari 8 juta butir peluru artileri.",
     "Kementerian Pertahanan Inggris"),
    ("en", "Britain's Defence Intelligence said 9,000 containers had arrived. This figure may "
           "correspond to more than 9 million shells.", "Britain's Defence Intelligence"),
    # Not across a paragraph.
    ("en", "Britain's Defence Intelligence said 9,000 containers had arrived.\nThis figure may "
           "correspond to more than 9 million shells.", "article"),
]
LAST_CLAIMANT["hearsay and tagalog cues"] = [
    # ja hearsay "…という" goes on with the last named source.
    ("ja", "英国防省の報道官は、北朝鮮が兵士9000人を派遣したと述べた。"
           "北朝鮮はさらに、多連装ロケット砲を100基規模で追加供与する計画だという。",
     "英国防省の報道官"),
    # tl "estimated by", "added by".
    ("tl", "Tinataya ng IISS na maaaring magpadala ang North Korea ng 3,000 pang sundalo.", "IISS"),
    ("tl", "Dagdag pa ng IISS, nakapagpadala na rin umano ang North Korea ng mahigit 220 piraso ng "
           "self-propelled gun.", "IISS"),
]
LAST_CLAIMANT["the name after an inner cue speaks"] = [
    # A reporting cue is never inside a name: the name after the inner cue speaks.
    ("vi", "Phát biểu sau cuộc họp, nghị sĩ John Smith cho biết Bộ Quốc phòng Anh đánh giá "
           "khoảng 2.000 binh sĩ Triều Tiên đã thiệt mạng.", "Bộ Quốc phòng Anh"),
    ("en", "Lawmaker John Smith said the IISS estimated that Pyongyang had shipped 2 million "
           "rounds.", "IISS"),
    # A passive is no reporting cue: the subject before "said" speaks.
    ("en", "Britain's Defence Intelligence said North Korea was believed to have shipped another "
           "1,200 containers of munitions.", "Britain's Defence Intelligence"),
]

LAST_CLAIMANT["a reference with 同 or 该 is the body named before"] = [
    ("ja", "英国防省は、北朝鮮が兵士9千人を派遣したと発表した。同省は、砲弾が900万発に上ると"
           "推定した。", "英国防省"),
    ("ja", "戦略国際問題研究所は、北朝鮮が兵士9千人を派遣したと分析した。同研究所によると、"
           "北朝鮮は砲弾約900万発も送った。", "戦略国際問題研究所"),
    ("zh", "英國國防部表示，北韓已派遣約9000名士兵。同機構還指出，北韓另送出900萬發砲彈。",
     "英國國防部"),
]
LAST_CLAIMANT["a counted casualty phrase is no claimant"] = [
    ("ja", "英国防省は、北朝鮮が兵士9千人を派遣したと発表した。このうち死者は約900人に上ると"
           "推定した。", "英国防省"),
]

LAST_CLAIMANT["'the group' and 'in the report' are the body named before"] = [
    ("ru", "Британская разведка сообщила, что КНДР отправила 9 тысяч военных. В докладе группы "
           "также говорится примерно о 900 баллистических ракетах.", "Британская разведка"),
    ("de", "Das Institut IISS teilte mit, Nordkorea habe 9000 Soldaten geschickt. Die Gruppe "
           "zählte außerdem rund 900 ballistische Raketen.", "Institut IISS"),
]

LAST_CLAIMANT["a definite reference is the last body of its kind"] = [
    ("en", "Britain's Defence Intelligence said 9,000 troops had arrived. The Pentagon said it "
           "could not confirm this. The intelligence service added that 900 more would follow.",
     "Britain's Defence Intelligence"),
    ("nl", "Volgens de Britse inlichtingendienst zijn 9000 soldaten aangekomen. Het Pentagon "
           "bevestigde dat niet. Volgens de dienst zijn nog eens 900 soldaten onderweg.",
     "Britse inlichtingendienst"),
    ("ja", "国家情報院は、北朝鮮が兵士9千人を派遣したと発表した。英国防省は確認していないと述べた。"
           "同院は、さらに900人が送られると分析した。", "国家情報院"),
]


def _claimant_cases(table: dict[str, list[tuple[str, str, str]]]):
    for kind, cases in table.items():
        for i, case in enumerate(cases, 1):
            yield pytest.param(*case, id=f"{kind}:{case[0]}:{i}")


@pytest.mark.parametrize("code,text,who", list(_claimant_cases(FIRST_CLAIMANT)))
def test_claimant_of_the_first_claim(code: str, text: str, who: str) -> None:
    assert extract_claims(text, code)[0].claimant == who


@pytest.mark.parametrize("code,text,who", list(_claimant_cases(LAST_CLAIMANT)))
def test_claimant_of_the_last_claim(code: str, text: str, who: str) -> None:
    assert extract_claims(text, code)[-1].claimant == who


def test_a_lawmaker_relays_the_briefing_body_the_sentence_names() -> None:
    text = ("South Korean lawmakers said after a closed-door briefing by the Joint Chiefs of Staff "
            "that 9,000 more troops had arrived.")
    claim = extract_claims(text, "en")[0]
    assert (claim.claimant, claim.source) == ("South Korean lawmakers",
                                              "South Korea's Joint Chiefs of Staff")
    alone = extract_claims("South Korean lawmakers said 9,000 more troops had arrived.", "en")[0]
    assert alone.source_kind == "parliament"


@pytest.mark.parametrize("code,text,who", [
    # A figure written in words ends the name after a cue, as digits do, with its hedge.
    ("de", "Nach Angaben des Ministeriums bis zu zwölftausend Soldaten sollen in Kursk sein.",
     "Ministeriums"),
    ("ru", "По оценкам Пентагона около трёх тысяч военных КНДР уже находятся в Курской области.",
     "Пентагона"),
    ("en", "According to the Pentagon some three thousand soldiers have arrived.", "Pentagon"),
])
def test_a_figure_in_words_ends_the_name_before_it(code: str, text: str, who: str) -> None:
    assert extract_claims(text, code)[0].claimant == who


@pytest.mark.parametrize("code,text,phrase,ok", [
    # A phrase a cue would take that holds the very figure it attributes names no one; nor
    # does one holding a sentence's final mark, or no letter.
    ("fr", "Il a indiqué qu'une centaine de missiles avaient été livrés.",
     "qu'une centaine de missiles avaient été livrés", False),
    ("de", "Demnach könnten bis zu neun Millionen Granaten geliefert worden sein.",
     "Behörde bis zu neun Millionen Granaten", False),
    ("zh", "朝鲜已经向俄罗斯运送了一万二千枚炮弹。", "运送了一万二千枚炮弹。", False),
    ("zh", "朝鲜已经向俄罗斯运送了一万二千枚炮弹。", "。", False),
    ("ja", "北朝鮮は砲弾1万発を送った。", "韓国の国家情報院。", False),
    ("en", "He said 3,000 troops were sent.", "the ministry", True),
    ("de", "Demnach könnten bis zu neun Millionen Granaten geliefert worden sein.",
     "der Geheimdienst", True),
])
def test_a_phrase_holding_the_figure_or_a_final_mark_is_no_claimant(code, text, phrase,
                                                                   ok) -> None:
    lang = load_language(code)
    ctx = Reading.of(text, lang)
    q = find_quantities(text, lang)[0]
    assert could_be_speaker(ctx, phrase, (q.start, q.end)) is ok


@pytest.mark.parametrize("code,text,who,country", [
    # A source in brackets after the figure, opened by the language's word for "source"/"data".
    ("en", "North Korea supplied up to 40% of the shells Russia fired (source: Pentagon).",
     "Pentagon", "US"),
    ("uk", "КНДР передала Росії понад 200 ракет (дані Міноборони Британії).",
     "Міноборони Британії", "GB"),
    ("de", "Nordkorea hat rund 8.000 Soldaten entsandt (Quelle: Pentagon).", "Pentagon", "US"),
    # A source that opens the sentence, set off by a colon: the last part of a "topic, speaker:"
    # opening; a place before the colon names no one.
    ("pl", "Rzecznik Pentagonu John Smith: ok. 100 rakiet balistycznych trafiło do Rosji.",
     "Rzecznik Pentagonu John Smith", "US"),
    ("ru", "Британская разведка (сводка от 8 сентября): свыше 2 тыс. военных КНДР погибли.",
     "Британская разведка", "GB"),
    ("it", "Corea del Nord, l'intelligence di Seul: inviati in Russia altri 3.000 soldati.",
     "l'intelligence di Seul", "KR"),
    ("en", "Seoul: North Korea has sent 3,000 more troops to Russia.", "article", "unknown"),
])
def test_a_bracketed_or_colon_set_source_is_the_claimant(code, text, who, country) -> None:
    claim = extract_claims(text, code)[0]
    assert (claim.claimant, claim.claimant_country) == (who, country)


@pytest.mark.parametrize("code,text,who", [
    # A sentence adverb before the subject is no part of it, nor is a phrase that opens with a
    # preposition; an addressee after the verb ("a la prensa") is not who speaks.
    ("en", "Meanwhile, Japan's defence minister, Gen Nakatani, told a press conference that "
           "North Korea had sent 3,000 soldiers.", "Gen Nakatani"),
    ("it", "Intanto, il portavoce del ministero, Marco Rossi, ha detto che la Corea del Nord ha "
           "inviato 3.000 soldati.", "Marco Rossi"),
    ("uk", "Водночас, речник міністерства, Іван Петренко, заявив, що КНДР відправила 3000 "
           "військових.", "Іван Петренко"),
    ("es", "En Seúl, el diputado Kim explicó a la prensa que Corea del Norte envió 3.000 "
           "soldados.", "diputado Kim"),
])
def test_a_sentence_adverb_or_an_addressee_is_no_name(code: str, text: str, who: str) -> None:
    assert extract_claims(text, code)[0].claimant == who


@pytest.mark.parametrize("code,text,who", [
    # A dateline of cities in title case, the agency in brackets and a dash, is no name.
    ("tr", "Seul / Kiev (AA) - Güney Kore Genelkurmay Başkanlığı, Kuzey Kore'nin 3 bin asker "
           "daha gönderdiğini açıkladı.", "Güney Kore Genelkurmay Başkanlığı"),
    ("de", "Seoul/Kiew (dpa) - Der Geheimdienst NIS teilte mit, dass Nordkorea 3.000 weitere "
           "Soldaten geschickt habe.", "Geheimdienst NIS"),
    ("en", "Seoul / Kyiv (Reuters) - South Korea's spy agency said North Korea had sent 3,000 "
           "more troops.", "South Korea's spy agency"),
    # An impersonal plural verb with "in" and a body: the body speaks ("сообщили в Минобороны").
    ("ru", "Не менее 1500 из них погибли, сообщили в Минобороны Украины.", "Минобороны Украины"),
    ("uk", "Щонайменше 1500 з них загинули, повідомили у Міноборони України.",
     "Міноборони України"),
    # A Tagalog particle between the verb and its agent ("Sinabi naman ni X").
    ("tl", "Sinabi naman ni Kyrylo Budanov na 148 ballistic missile ang natanggap ng Russia.",
     "Kyrylo Budanov"),
])
def test_datelines_impersonal_verbs_and_particles(code: str, text: str, who: str) -> None:
    assert extract_claims(text, code)[0].claimant == who


@pytest.mark.parametrize("code,text,who", [
    # "We" of a quote is who speaks, never a name: the quote's speaker is the one named after it.
    ("en", '"We assess that North Korea has sent 3,000 more troops," John Smith, the Pentagon '
           "spokesman, told reporters.", "John Smith"),
    ("en", '"We believe 3,000 more troops have arrived," the spokesman said.', "spokesman"),
    ("es", '"Nosotros calculamos que llegaron 3.000 soldados", dijo el portavoz del Pentágono.',
     "portavoz del Pentágono"),
    ("nl", '"Wij schatten dat er 3.000 soldaten zijn aangekomen", zei de woordvoerder.',
     "woordvoerder"),
])
def test_a_first_person_pronoun_is_no_claimant(code: str, text: str, who: str) -> None:
    assert extract_claims(text, code)[0].claimant == who


@pytest.mark.parametrize("code,text,who", [
    # The phrase opening a sentence speaks when an aside set off by commas stands between it
    # and the cue: what follows the cue is what is said, never a name ("said Pyongyang ...").
    ("en", "A senior US official, speaking on condition of anonymity, said Pyongyang had sent "
           "200 rocket launchers.", "senior US official"),
    ("es", "Un alto funcionario estadounidense, que pidió el anonimato, dijo que Pyongyang envió "
           "200 lanzacohetes.", "alto funcionario estadounidense"),
    ("fr", "Un haut responsable américain, sous couvert d'anonymat, a déclaré que Pyongyang avait "
           "envoyé 200 lance-roquettes.", "haut responsable américain"),
    ("it", "Un alto funzionario americano, che ha chiesto l'anonimato, ha detto che Pyongyang ha "
           "inviato 200 lanciarazzi.", "alto funzionario americano"),
    # An article opening the subject is no preposition ("Der", "The"): the subject still speaks.
    ("de", "Der Bundesnachrichtendienst, eine Behörde in Pullach, beziffert die Einnahmen des "
           "Regimes auf rund 28 Billionen Won.", "Bundesnachrichtendienst"),
    ("de", "Das Verteidigungsministerium, so heißt es in Kiew, schätzt den Inhalt auf rund neun "
           "Millionen Schuss Artilleriemunition.", "Verteidigungsministerium"),
    # A cue chained to a reporting cue by a comma has that cue's speaker.
    ("en", "Deliveries of shells had continued, the official added, estimating that more than "
           "20,000 containers had been sent.", "official"),
    ("es", "Los envíos continúan, dijo el portavoz, estimando que llegaron más de 20.000 "
           "contenedores.", "portavoz"),
])
def test_an_aside_or_a_chained_cue_keeps_the_speaker(code: str, text: str, who: str) -> None:
    assert extract_claims(text, code)[0].claimant == who


@pytest.mark.parametrize("code,text,who", [
    # A live blog's entry time before a dash is no part of the name that follows it.
    ("tr", "18.15 – Pentagon Sözcüsü Sabrina Singh, basın toplantısında, en az 3 bin askerin "
           "taşındığını bildirdi.", "Pentagon Sözcüsü Sabrina Singh"),
    ("tr", "12.30 – Ukrayna Savunma İstihbaratı Başkanı Kirilo Budanov, asker sayısının 11 bin "
           "olduğunu söyledi.", "Ukrayna Savunma İstihbaratı Başkanı Kirilo Budanov"),
    ("en", "09:40 - Pentagon spokeswoman Sabrina Singh said at least 3,000 North Korean troops "
           "had moved to Russia.", "Pentagon spokeswoman Sabrina Singh"),
    ("de", "18.15 – Pentagon-Sprecherin Sabrina Singh sagte, mindestens 3000 nordkoreanische "
           "Soldaten seien in Russland.", "Pentagon-Sprecherin Sabrina Singh"),
])
def test_a_live_blog_entry_time_is_no_name(code: str, text: str, who: str) -> None:
    assert extract_claims(text, code)[0].claimant == who


@pytest.mark.parametrize("code,text,who", [
    # A lone sentence adverb before the verb is no one; a name ending in words that end names
    # elsewhere ("Południowa") is still a name.
    ("uk", "Водночас там не виключають, що Пхеньян направить ще щонайменше 1500 військових.",
     "article"),
    ("pl", "Tymczasem tam nie wykluczają, że Pjongjang wyśle co najmniej 1500 żołnierzy.",
     "article"),
    ("pl", "Korea Południowa szacuje, że Pjongjang wysłał 12 tys. żołnierzy.", "Korea Południowa"),
    ("ru", "Однако там не исключают, что Пхеньян направит ещё не менее 1500 военных.", "article"),
])
def test_a_sentence_adverb_is_no_subject(code: str, text: str, who: str) -> None:
    assert extract_claims(text, code)[0].claimant == who


@pytest.mark.parametrize("code,text", [
    # A lawmaker the registry lacks relays the briefing body the sentence names ...
    ("de", "Der Abgeordnete Kim Tae-ho sagte nach einer Unterrichtung durch den NIS, Nordkorea "
           "habe weitere 3000 Soldaten nach Russland geschickt."),
    ("ru", "Как сообщил журналистам депутат Ким Тхэ Хо, ссылаясь на брифинг Национальной "
           "разведывательной службы, КНДР направила в Россию ещё 3 тыс. военных."),
    ("es", "El diputado Kim Tae-ho explicó tras una sesión informativa del Servicio Nacional de "
           "Inteligencia que Corea del Norte envió otros 3.000 soldados."),
    # ... or the one such body the article named before ("after the session").
    ("en", "The National Intelligence Service briefed lawmakers on Tuesday. Lawmaker Kim Tae-ho "
           "told reporters after the session that North Korea had sent 3,000 more troops."),
    ("tr", "Ulusal İstihbarat Servisi (NIS) milletvekillerine kapalı bir brifing verdi. "
           "Milletvekili Kim Tae-ho oturumun ardından Kuzey Kore'nin 3 bin asker daha "
           "gönderdiğini söyledi."),
])
def test_a_lawmaker_relays_the_briefing_body(code: str, text: str) -> None:
    claim = extract_claims(text, code)[-1]
    assert (claim.source, claim.claimant_country) == (
        "South Korea's National Intelligence Service", "KR")
    assert "Kim" in claim.claimant or "Ким" in claim.claimant


def test_a_lawmaker_with_two_bodies_named_before_keeps_no_source() -> None:
    text = ("The National Intelligence Service and Ukraine's military intelligence agency HUR "
            "gave new figures. Lawmaker Kim Tae-ho said North Korea had sent 3,000 more troops.")
    assert extract_claims(text, "en")[-1].source == ""


@pytest.mark.parametrize("code,text", [
    # "Western" alone names no country of the table's: the claimant's country is "other".
    ("en", "Western intelligence sources say Moscow pays about $2,000 per soldier per month."),
    ("de", "Nach Schätzungen westlicher Geheimdienste sind bis zu 4000 Soldaten getötet oder "
           "verwundet worden."),
    ("es", "Los servicios de inteligencia occidentales estiman que Moscú abona unos 2.000 dólares "
           "mensuales por cada soldado desplegado."),
    ("it", "Fonti dell'intelligence occidentale indicano che un nuovo contingente di almeno 3.000 "
           "uomini potrebbe partire."),
])
def test_western_sources_are_of_another_country(code: str, text: str) -> None:
    assert extract_claims(text, code)[0].claimant_country == "other"


@pytest.mark.parametrize("code,text", [
    # A phrase set off by commas after an opening prepositional phrase speaks across an aside.
    ("en", "In a report released in late May, the Multilateral Sanctions Monitoring Team (MSMT), "
           "formed by 11 countries, said North Korea had sent at least 9 million shells."),
    ("id", "Dalam laporan yang dirilis akhir Mei, Tim Pemantau Sanksi Multilateral (MSMT), yang "
           "dibentuk 11 negara, menyatakan Korea Utara telah mengirim sedikitnya 9 juta butir "
           "amunisi artileri."),
    ("es", "En un informe publicado a finales de mayo, el Equipo Multilateral de Vigilancia de "
           "Sanciones (MSMT), creado por 11 países, afirmó que Corea del Norte envió al menos 9 "
           "millones de proyectiles."),
    ("fr", "Dans un rapport publié fin mai, l'Équipe multilatérale de surveillance des sanctions "
           "(MSMT), créée par 11 pays, affirme que la Corée du Nord a envoyé au moins 9 millions "
           "d'obus."),
])
def test_the_name_after_an_opening_phrase_speaks_across_an_aside(code: str, text: str) -> None:
    claim = extract_claims(text, code, published_date="2025-09-12")[0]
    assert (claim.source, claim.reported_date) == ("Multilateral Sanctions Monitoring Team",
                                                   "2025-05")


@pytest.mark.parametrize("code,text", [
    # What runs on after a cue to the figure, with no comma or "that", is what is said.
    ("en", "The sanctions team said North Korea had sent at least 9 million artillery shells."),
    ("en", "In its report, the team said Pyongyang had shipped about 28,000 containers."),
])
def test_the_subject_of_what_is_said_is_no_claimant(code: str, text: str) -> None:
    assert extract_claims(text, code)[0].claimant == "article"


def test_a_date_with_a_comma_after_an_inverted_name_keeps_the_name() -> None:
    text = ("Як розповів журналістам депутат Лі Сон Квон після закритого брифінгу 24 квітня, "
            "втрати північнокорейців сягнули близько 4 700 осіб.")
    assert "Лі Сон Квон" in extract_claims(text, "uk", published_date="2025-04-28")[0].claimant


def test_a_cue_word_inside_a_registry_name_is_no_cue() -> None:
    # "reports" is a reporting verb, but "Media reports" is a name the registry knows.
    text = "Media reports in Seoul have said Moscow pays about $2,000 per soldier per month."
    claim = extract_claims(text, "en")[0]
    assert (claim.claimant, claim.claimant_country) == ("Media reports in Seoul", "media")


@pytest.mark.parametrize("code,text,who", [
    # A month's or a title's abbreviation ends no sentence: the name before it still speaks.
    ("en", "Kyrylo Budanov said on Feb. 27 that some 5,200 North Koreans had been killed.",
     "Kyrylo Budanov"),
    ("en", "Rep. Joe Wilson said in Sept. 2025 that 300 more North Korean soldiers had arrived.",
     "Rep. Joe Wilson"),
    ("de", "Budanow sagte am 27. Febr. 2025, rund 5200 Nordkoreaner seien getötet worden.",
     "Budanow"),
    ("fr", "Boudanov a déclaré le 27 févr. 2025 que 5 200 Nord-Coréens avaient été tués.",
     "Boudanov"),
    ("es", "Budánov dijo el 27 de sept. de 2025 que 5.200 norcoreanos habían muerto.",
     "Budánov"),
])
def test_an_abbreviated_month_or_title_ends_no_sentence(code: str, text: str, who: str) -> None:
    assert extract_claims(text, code, published_date="2025-10-01")[0].claimant == who


@pytest.mark.parametrize("code,text", [
    # Unnamed media are the media, whatever country they are of (the table's convention).
    ("en", "South Korean media reported that Pyongyang was preparing to send up to 6,000 more "
           "troops."),
    ("de", "Ukrainische Medien berichteten, 3000 nordkoreanische Soldaten seien in Kursk."),
    ("fi", "Eteläkorealaismedian mukaan Pohjois-Korea valmistelee jopa 3 000 sotilaan "
           "lähettämistä Venäjälle."),
    ("tr", "Güney Kore medyası, Kuzey Kore'nin 3 bin asker daha gönderdiğini bildirdi."),
])
def test_unnamed_media_of_a_country_are_the_media(code: str, text: str) -> None:
    assert extract_claims(text, code)[0].claimant_country == "media"


def test_a_figure_denied_by_moscow_in_the_press_stays_no_claim() -> None:
    # "in the Western press" is where the reports stood, not who speaks.
    text = ("Kremlin Sözcüsü Dmitriy Peskov ise Batı basınında yer alan ve Kursk'ta 15 binden "
            "fazla Kuzey Koreli askerin savaştığını öne süren haberleri \"asılsız\" olarak "
            "nitelendirdi.")
    assert extract_claims(text, "tr") == []


@pytest.mark.parametrize("code,text", [
    # Anonymous sources or officials at a place: the place names their country.
    ("en", "North Korea sent 3,000 troops, according to military sources in Seoul."),
    ("fr", "Pyongyang a envoyé 3 000 soldats, selon des sources militaires à Séoul."),
    ("it", "Circa 10.000 soldati nordcoreani restano schierati, secondo fonti militari a Seul."),
    ("es", "Corea del Norte envió 3.000 soldados, según fuentes militares en Seúl."),
    ("pt", "A Coreia do Norte enviou 3.000 soldados, segundo fontes militares em Seul."),
])
def test_sources_at_a_place_are_of_its_country(code: str, text: str) -> None:
    assert extract_claims(text, code)[0].claimant_country == "KR"


@pytest.mark.parametrize("code,text,source", [
    # A registry name with lower-case words opens the sentence: the whole name is the subject.
    ("vi", "Viện Phân tích Quốc phòng Hàn Quốc (KIDA) trong một báo cáo ước tính Nga đã trả cho "
           "Triều Tiên khoảng 20 tỷ USD.", "Korea Institute for Defense Analyses (KIDA)"),
    ("en", "The Korea Institute for Defense Analyses in a report estimated that Russia paid North "
           "Korea about $20 billion for the shells.",
     "Korea Institute for Defense Analyses (KIDA)"),
    # An appositive after a comma still names the speaker.
    ("en", "Ukraine's president, Volodymyr Zelenskyy, said that up to 12,000 North Korean troops "
           "could be sent.", "Volodymyr Zelensky (President of Ukraine)"),
])
def test_a_registry_name_with_lower_case_words_opens_the_sentence(code, text, source) -> None:
    assert extract_claims(text, code)[0].source == source


@pytest.mark.parametrize("code,text", [
    # The aside after the name calls the claimant a lawmaker: they relay the briefing body.
    ("en", "Kim Tae-ho, who sits on the National Assembly's intelligence committee, said after a "
           "closed-door briefing by the NIS that at least 4,000 North Korean soldiers had been "
           "killed or wounded."),
    ("es", "Kim Tae-ho, miembro del comité de inteligencia, dijo tras una sesión informativa del "
           "Servicio Nacional de Inteligencia que Corea del Norte envió otros 3.000 soldados."),
    ("ru", "Ким Тхэ Хо, член комитета по разведке, заявил после брифинга Национальной "
           "разведывательной службы, что КНДР направила ещё 3 тыс. военных."),
    ("de", "Kim Tae-ho, Mitglied des Geheimdienstausschusses, sagte nach einer Unterrichtung durch "
           "den NIS, Nordkorea habe 3000 weitere Soldaten geschickt."),
])
def test_a_lawmaker_named_in_an_aside_relays_the_briefing_body(code: str, text: str) -> None:
    claim = extract_claims(text, code)[0]
    assert (claim.source, claim.claimant_country) == (
        "South Korea's National Intelligence Service", "KR")


@pytest.mark.parametrize("code,text,country", [
    # "The (same) official" means the official named before in the paragraph.
    ("es", "Un alto funcionario del Departamento de Estado dijo que Moscú paga 2.000 dólares por "
           "soldado. El mismo funcionario cifró en 500 millones de dólares los ingresos del "
           "régimen.", "US"),
    ("fr", "Un haut responsable américain a affirmé que Moscou verse 2 000 dollars par soldat. "
           "Le même responsable a évoqué 300 millions de dollars.", "US"),
    ("en", "A senior U.S. official said Moscow pays $2,000 per soldier. The official added that "
           "Russia had paid North Korea $300 million for the troops.", "US"),
    # tl "dagdag pa niya": he added.
    ("tl", "Sinabi ng isang opisyal ng Pentagon na umabot na sa 3,000 ang nasugatan. Kabilang "
           "dito ang hindi bababa sa 300 na namatay, dagdag pa niya.", "US"),
])
def test_the_same_official_or_he_added_is_the_one_named_before(code, text, country) -> None:
    claims = extract_claims(text, code)
    assert len(claims) == 2 and claims[1].claimant_country == country
    assert claims[1].claimant == claims[0].claimant


# "states" is a reporting verb only before "that" or a comma or colon; else it is the noun of
# "the United States", "member states".
@pytest.mark.parametrize(
    ("text", "who", "country"),
    [
        ("The United States said North Korea has sent 10,000 troops to Russia.",
         "United States", "US"),
        ("The United States estimates North Korea has sent 10,000 troops to Russia.",
         "United States", "US"),
        ("Several member states believe North Korea has sent 10,000 troops to Russia.",
         "Several member states", "unknown"),
    ],
)
def test_states_as_a_noun_is_no_cue(text: str, who: str, country: str) -> None:
    (claim,) = extract_claims(text, "en", "x", "2025-03-07")
    assert (claim.claimant, claim.claimant_country) == (who, country)


def test_states_before_that_is_a_cue() -> None:
    (claim,) = extract_claims("The NIS report states that North Korea has sent 10,000 troops "
                              "to Russia.", "en", "x", "2025-03-07")
    assert claim.source == "South Korea's National Intelligence Service"


# The word that opens a topic phrase ("as for", it "quanto a", es "en cuanto a", fr "quant à")
# is no claimant.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Quanto agli armamenti, un rapporto del Multilateral Sanctions Monitoring Team (Msmt), "
         "il gruppo di undici Paesi, stima che la Corea del Nord abbia fornito 9 milioni di "
         "proiettili.", "it"),
        ("Quanto às armas, um relatório da Equipa Multilateral de Monitorização de Sanções "
         "(MSMT), o grupo de onze países, estima que a Coreia do Norte forneceu 9 milhões de "
         "projéteis.", "pt"),
        ("Quant aux armes, un rapport de l'Équipe multilatérale de surveillance des sanctions "
         "(MSMT), le groupe de onze pays, estime que la Corée du Nord a fourni 9 millions "
         "d'obus.", "fr"),
        ("En cuanto a las armas, un informe del Equipo Multilateral de Vigilancia de Sanciones "
         "(MSMT), el grupo de once países, estima que Corea del Norte ha suministrado 9 "
         "millones de proyectiles.", "es"),
    ],
)
def test_a_topic_word_is_no_claimant(text: str, lang: str) -> None:
    (claim,) = extract_claims(text, lang, "x", "2025-03-07")
    assert claim.claimant.split()[0].lower() not in ("quanto", "quant", "cuanto", "en")
