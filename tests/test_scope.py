"""Issue 13, "only real claims, and all of them": the scope rules of the language files, tested
in several languages on sentences made up for the purpose (none from a corpus)."""

import pytest

from claimtab.extract import extract_claims


def _rows(text: str, lang: str) -> list[tuple]:
    """(category, low, high, unit, qualifier) of each claim of ``text``."""
    return [(c.category, c.value_low, c.value_high, c.unit, c.qualifier)
            for c in extract_claims(text, lang)]


# Casualties are told apart by what is counted, not by a casualty word anywhere in the clause.
@pytest.mark.parametrize("lang,text,category", [
    ("en", "North Korea has sent 3,000 more soldiers to Russia to make up for losses.", "troops"),
    ("en", "North Korea's losses have already passed 4,000 troops.", "casualties"),
    ("en", "About 1,200 North Korean soldiers were killed or wounded in Kursk.", "casualties"),
    ("ru", "Потери КНДР уже превышают 4000 человек.", "casualties"),
    ("ru", "КНДР направила ещё 3000 солдат, чтобы восполнить потери.", "troops"),
    ("de", "Nordkorea hat 3.000 Soldaten geschickt, um Verluste auszugleichen.", "troops"),
    ("de", "Die Verluste Nordkoreas übersteigen bereits 4.000 Soldaten.", "casualties"),
    ("uk", "КНДР відправила ще 3000 солдатів, щоб компенсувати втрати.", "troops"),
    ("es", "Corea del Norte envió otros 3.000 soldados para compensar sus bajas.", "troops"),
    ("fr", "Plus de 1 000 soldats nord-coréens auraient été tués.", "casualties"),
])
def test_casualties_are_what_is_counted(lang: str, text: str, category: str) -> None:
    rows = _rows(text, lang)
    assert [r[0] for r in rows] == [category], rows


# Figures about other parties, comparisons, hypotheticals and guesses make no claim.
@pytest.mark.parametrize("lang,text", [
    ("en", "By comparison, Ukraine's gunners fire about 2,000 shells a day."),
    ("en", "I bet it's 20,000 soldiers."),
    ("en", "If North Korea sent 50,000 troops, the front would change."),
    ("en", "The United States has provided about 2 million shells to Ukraine."),
    ("de", "Zum Vergleich: Die ukrainischen Streitkräfte verschießen rund 2.000 Granaten am Tag."),
    ("de", "Wenn Nordkorea 50.000 Soldaten schickt, ändert sich die Lage."),
    ("ru", "Для сравнения, украинские артиллеристы выпускают около 2000 снарядов в день."),
    ("ru", "Если КНДР отправит 50 тысяч солдат, ситуация изменится."),
    ("fr", "Par comparaison, les artilleurs ukrainiens tirent environ 2 000 obus par jour."),
    ("es", "En comparación, las fuerzas ucranianas disparan unos 2.000 proyectiles al día."),
    ("fi", "Vertailun vuoksi Ukrainan joukot ampuvat noin 2 000 ammusta päivässä."),
    ("ko", "비교하면 우크라이나군은 하루 약 2000발의 포탄을 쏜다."),
])
def test_figures_out_of_scope_make_no_claim(lang: str, text: str) -> None:
    assert _rows(text, lang) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Ukrainian forces captured two North Korean soldiers in Kursk."),
    ("uk", "ЗСУ взяли в полон 12 північнокорейських солдатів."),
    ("fr", "Les forces ukrainiennes ont capturé deux soldats nord-coréens."),
])
def test_another_party_acting_on_north_koreans_is_still_a_claim(lang: str, text: str) -> None:
    assert [r[0] for r in _rows(text, lang)] == ["casualties"]


# Counters and calibres: a calibre is never a count; the count before it reads through it.
@pytest.mark.parametrize("lang,text,want", [
    ("ko", "북한은 3개 사단 2만 명 규모의 병력을 파견했다.", ("troops", 20000.0, "persons")),
    ("ru", "КНДР поставила России 40 тысяч 122-мм реактивных снарядов.",
     ("munitions", 40000.0, "rounds")),
    ("uk", "КНДР передала Росії 40 тисяч 122-мм реактивних снарядів.",
     ("munitions", 40000.0, "rounds")),
    ("ja", "北朝鮮は兵士1万人をロシアに派遣した。", ("troops", 10000.0, "persons")),
    ("ko", "북한은 컨테이너 2만8000개 분량의 포탄을 보냈다.", ("munitions", 28000.0, "containers")),
])
def test_counters_and_calibres(lang: str, text: str, want: tuple) -> None:
    rows = _rows(text, lang)
    assert [(r[0], r[1], r[3]) for r in rows] == [want], rows


@pytest.mark.parametrize("lang,text", [
    ("en", "North Korea has shipped 152mm shells to Russia."),
    ("de", "Nordkorea lieferte 152-mm-Granaten."),
    ("ru", "КНДР поставляет 152-мм снаряды."),
])
def test_a_calibre_alone_is_no_count(lang: str, text: str) -> None:
    assert all(r[4] == "unquantified" for r in _rows(text, lang))


# Restatements: a headline restating a body figure is one claim, the body's (with its hedge).
@pytest.mark.parametrize("lang,text,qualifier", [
    ("en", "North Korea sends 12,000 troops\n\nNorth Korea has sent about 12,000 troops to Russia.",
     "approx"),
    ("de", "Nordkorea schickt 12.000 Soldaten\n\nNordkorea hat mehr als 12.000 Soldaten geschickt.",
     "over"),
    ("ru", "КНДР отправила 12 тысяч военных\n\nКНДР отправила около 12 тысяч военных в Россию.",
     "approx"),
    ("es", "Corea del Norte envía 12.000 soldados\n\nCorea del Norte envió unos 12.000 soldados.",
     "approx"),
])
def test_headline_restating_the_body_is_the_body_claim(lang: str, text: str, qualifier: str):
    claims = extract_claims(text, lang)
    assert len(claims) == 1, [c.evidence for c in claims]
    assert claims[0].qualifier == qualifier and "\n" not in claims[0].evidence
    assert claims[0].start > text.index("\n")


# Status: decisions and pluperfect decisions are planned.
@pytest.mark.parametrize("lang,text", [
    ("en", "North Korea had decided to send 5,000 more troops."),
    ("de", "Nordkorea beschloss, weitere 5.000 Soldaten zu schicken."),
    ("ru", "КНДР решила направить ещё 5000 военных."),
    ("uk", "КНДР вирішила направити ще 5000 військових."),
    ("fr", "La Corée du Nord a décidé d'envoyer 5 000 soldats supplémentaires."),
    ("es", "Corea del Norte decidió enviar otros 5.000 soldados."),
])
def test_decisions_are_planned(lang: str, text: str) -> None:
    claims = extract_claims(text, lang)
    assert [c.status for c in claims] == ["planned"]


# Claims without a figure.
@pytest.mark.parametrize("lang,text,want", [
    ("en", "North Korea has also supplied ballistic missiles to Russia, the Pentagon said.",
     [("missiles", "ballistic missiles", "Pentagon")]),
    ("en", "Russia pays in food, oil and technology.",
     [("payments", "food, oil and technology", "article")]),
    ("de", "Nordkorea hat Russland auch ballistische Raketen geliefert.",
     [("missiles", "ballistic missiles", "article")]),
    ("ru", "Взамен Москва передала Пхеньяну нефть и продовольствие.",
     [("payments", "oil and food", "article")]),
    ("fr", "La Corée du Nord a aussi livré des missiles balistiques à la Russie.",
     [("missiles", "ballistic missiles", "article")]),
    ("ko", "북한은 러시아에 탄도미사일과 포탄을 공급했다.",
     [("missiles", "ballistic missiles", "article"), ("munitions", "shells", "article")]),
    # Verb first (ar verb_first): the party right after the verb is the subject.
    ("ar", "أرسلت كوريا الشمالية قوات إلى روسيا.", [("troops", "troops", "article")]),
    ("ar", "تلقت روسيا صواريخ باليستية من كوريا الشمالية.",
     [("missiles", "ballistic missiles", "article")]),
])
def test_claims_without_a_figure(lang: str, text: str, want: list) -> None:
    claims = extract_claims(text, lang)
    assert [(c.category, c.item, c.claimant) for c in claims] == want
    assert all(c.qualifier == "unquantified" and c.value_low is None for c in claims)


@pytest.mark.parametrize("lang,text", [
    ("en", "North Korea has not supplied missiles to Russia."),
    ("en", "Has North Korea sent troops to Russia?"),
    ("en", "Moscow denied that North Korea had sent troops."),
    ("en", "North Korea could send more troops to Russia."),
    ("de", "Nordkorea hat keine Soldaten nach Russland geschickt."),
    ("ru", "КНДР не направляла войска в Россию."),
    ("fr", "La Corée du Nord n'a pas envoyé de soldats en Russie."),
    ("es", "Corea del Norte no ha enviado tropas a Rusia."),
    ("ar", "لم ترسل كوريا الشمالية قوات إلى روسيا."),
    ("ar", "هل أرسلت كوريا الشمالية صواريخ إلى روسيا؟"),
])
def test_denials_questions_and_negations_state_no_transfer(lang: str, text: str) -> None:
    assert extract_claims(text, lang) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "North Korea has sent 11,000 troops to Russia."),
    ("de", "Nordkorea hat 11.000 Soldaten nach Russland geschickt."),
    ("ru", "КНДР направила в Россию 11 тысяч солдат."),
])
def test_no_claim_without_a_figure_where_the_sentence_gives_one(lang: str, text: str) -> None:
    assert [r[4] for r in _rows(text, lang)] == ["exact"]


@pytest.mark.parametrize("lang,text", [
    ("fi", "Pohjois-Korea on lähettänyt noin 1 500 sotilasta Venäjälle, Ukrainan armeija kertoi."),
    ("en", "North Korea has sent about 1,500 soldiers to Russia, Ukraine's military said."),
    ("de", "Nordkorea hat rund 1.500 Soldaten geschickt, sagten ukrainische Streitkräfte."),
])
def test_another_party_as_the_claimant_is_no_scope_cue(lang: str, text: str) -> None:
    assert [r[0] for r in _rows(text, lang)] == ["troops"]


# A fraction of whole things written in digits alone is no count (a live blog's time); with a
# scale word it is ("1.5 million shells").
@pytest.mark.parametrize("lang,text,want", [
    ("tr", "12.30 – Budanov, asker sayısının 11 bin olduğunu söyledi.", [11000.0]),
    ("en", "12.30 - Around 3,000 North Korean soldiers arrived, officials said.", [3000.0]),
    ("de", "12.30 – Rund 3000 nordkoreanische Soldaten sind eingetroffen.", [3000.0]),
    ("en", "North Korea has sent 1.5 million artillery shells.", [1500000.0]),
    ("ru", "КНДР передала 1,5 млн артиллерийских снарядов.", [1500000.0]),
])
def test_a_fraction_of_whole_things_in_digits_is_no_count(lang: str, text: str, want: list):
    assert [row[1] for row in _rows(text, lang)] == want


@pytest.mark.parametrize("code,text", [
    # A limit set by others is no claim: "the UN cap of 500,000 barrels".
    ("en", "That is far above the cap of 500,000 barrels of refined petroleum a year set by U.N. "
           "sanctions."),
    ("it", "Mosca ha ricambiato con petrolio raffinato ben oltre il tetto di 500.000 barili annui "
           "fissato dal Consiglio di sicurezza."),
    ("ko", "유엔 안보리 결의가 정한 연간 정제유 반입 상한은 50만 배럴이다."),
    ("fr", "Le plafond fixé par l'ONU est de 500 000 barils de pétrole raffiné par an."),
])
def test_a_cap_set_by_others_is_no_claim(code: str, text: str) -> None:
    assert extract_claims(text, code) == []


@pytest.mark.parametrize("code,text", [
    # Soldiers sent to make up for losses are troops, however close the casualty word.
    ("fi", "Otsikko\nTammikuussa Pohjois-Korea lähetti kolmisentuhatta lisäsotilasta korvaamaan "
           "raskaita tappioita, tiedustelupalvelu arvioi."),
    ("ru", "Заголовок\nКНДР направила 3 тыс. солдат восполнить потери, сообщила разведка."),
    ("uk", "Заголовок\nКНДР направила 3 тисячі солдатів компенсувати втрати, повідомила розвідка."),
    ("es", "Título\nCorea del Norte envió 3.000 soldados para cubrir bajas, según el NIS."),
])
def test_soldiers_sent_for_losses_are_troops(code: str, text: str) -> None:
    claims = extract_claims(text, code)
    assert [(c.category, c.value_low) for c in claims] == [("troops", 3000)]


@pytest.mark.parametrize("code,text", [
    # Another party's losses, named at the figure, are no claim about North Korea.
    ("en", "Ukraine's General Staff says Russia has lost more than 880,000 troops since February "
           "2022."),
    ("vi", "Bộ Tổng tham mưu Ukraine cho biết Nga đã mất khoảng 1.000 quân trong ngày hôm qua."),
    ("es", "Según Kiev, las pérdidas rusas superan los 1.500 soldados al día."),
    ("de", "Die russischen Verluste liegen bei 1500 Soldaten am Tag, so Kiew."),
])
def test_another_partys_losses_are_no_claim(code: str, text: str) -> None:
    assert extract_claims(text, code) == []


@pytest.mark.parametrize("code,text", [
    # A casualty word after the noun's North Korean genitive is still the noun's own.
    ("tl", "Ayon sa NIS, humigit-kumulang 4,000 sundalo ng Hilagang Korea ang nasawi o "
           "nasugatan."),
    ("es", "Según el SBU, unos 4.000 soldados de Corea del Norte han muerto."),
    ("en", "The NIS said some 400 soldiers of North Korea had been killed."),
    # "Put out of action" counts the killed and the wounded.
    ("fr", "Selon le HUR, près de 4 000 soldats nord-coréens hors de combat."),
    ("es", "Según el HUR, unos 4.000 soldados norcoreanos fuera de combate."),
])
def test_casualties_after_a_genitive_or_put_out_of_action(code: str, text: str) -> None:
    assert extract_claims(text, code)[0].category == "casualties"
