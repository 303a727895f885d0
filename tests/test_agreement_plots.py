"""Agreement (shared text, spreads, denials) and how values read, on documents written here."""

from claimtab import agreement
from claimtab.load import Document
from claimtab.pipeline import extract_corpus
from claimtab.plots import fmt_value

SHARED = (
    "Satellite images show trains loaded with containers crossing the border at Tumangang "
    "every week since the autumn, according to researchers who track the traffic."
)


def doc(doc_id: str, text: str, lang: str = "en") -> Document:
    return Document(doc_id, f"{doc_id}.txt", text, lang, "0", "utf-8")


def test_copied_passage_makes_two_documents_one_source():
    a = doc("a", f"Seoul says North Korea sent 10,000 troops. {SHARED}")
    b = doc("b", f"{SHARED} Kyiv says North Korea sent 10,000 troops.")
    c = doc("c", "An unrelated text about the weather in Pyongyang, which was mild this year.")
    overlap = agreement.document_overlap([a, b, c])
    assert list(zip(overlap["doc_a"], overlap["doc_b"], strict=True)) == [("a", "b")]
    groups = agreement.related_groups(overlap, ["a", "b", "c"])
    assert groups["a"] == groups["b"] != groups["c"]
    claims, _ = extract_corpus([a, b, c])
    repeated = agreement.repeated_figures(claims, groups)
    assert list(repeated["verdict"]) == ["one source: the articles share text"]


def test_boilerplate_shared_by_many_documents_is_not_counted():
    docs = [doc(f"d{i}", f"Story number {i} is about item {i * 7}. {SHARED}") for i in range(6)]
    assert len(agreement.document_overlap(docs, max_share=5)) == 0
    assert len(agreement.document_overlap(docs, max_share=50)) == 15


def test_independent_reports_and_spread():
    a = doc("a", "South Korea's spy agency said North Korea sent 10,000 troops.")
    b = doc("b", "Ukraine's military intelligence said North Korea sent 10,000 troops.")
    c = doc("c", "The Pentagon said North Korea sent 12,000 troops.")
    claims, _ = extract_corpus([a, b, c])
    repeated = agreement.repeated_figures(claims, agreement.related_groups(
        agreement.document_overlap([a, b, c]), ["a", "b", "c"]))
    assert list(repeated["verdict"]) == ["independent reports"]
    # Undated claims are never compared: they cannot be told apart from a count that grew.
    assert agreement.comparable_groups(claims).empty
    claims["reported_date"] = ["2024-10-21", "2024-11-01", "2024-12-01"]
    groups = agreement.comparable_groups(claims)
    row = groups.set_index(["category", "unit", "status"]).loc[("troops", "persons", "delivered")]
    assert (row["lowest"], row["highest"], row["spread"]) == (10000, 12000, 1.2)
    assert row["highest_claim"] == "12,000 — US Department of Defense (Pentagon), 1 December 2024"


def test_denial_marks_the_articles_claims():
    a = doc("a", "Kyiv says North Korea sent 10,000 troops. The Kremlin denied the reports.")
    b = doc("b", "Seoul says North Korea sent 12,000 troops.")
    denied = agreement.denials([a, b])
    assert list(denied["doc_id"]) == ["a"] and list(denied["denied_by"]) == ["RU"]
    claims, _ = extract_corpus([a, b])
    marked = agreement.mark_denied(claims, denied).set_index("doc_id")["denied_by"]
    assert marked.to_dict() == {"a": "RU", "b": ""}


def test_fmt_value():
    assert fmt_value(10000, 12000, "range") == "10,000–12,000"
    assert fmt_value(5e9, None, "over") == "over 5 bn"
    assert fmt_value(None, 12000, "up_to") == "up to 12,000"
    assert fmt_value(3000, 3000, "approx") == "about 3,000"
    assert fmt_value(None, None, "vague") == "no figure"


def test_an_accuracy_error_gives_one_number_for_an_exact_figure():
    from claimtab.evaluate import _fmt

    def row(low, high, qualifier):
        return {"value_low": low, "value_high": high, "unit": "persons", "qualifier": qualifier}

    assert _fmt(row(1.0, 1.0, "exact")) == "1 (persons, exact)"  # was "1–1 persons (exact)"
    assert _fmt(row(10000.0, 12000.0, "range")) == "10,000–12,000 (persons, range)"
    assert _fmt(row(float("nan"), 12000.0, "up_to")) == "…–12,000 (persons, up_to)"


def test_agreement_tables_of_documents_without_denials_or_figures():
    from claimtab.schema import empty_claims

    a = doc("a", "North Korea has sent thousands of soldiers to Russia, officials said.")
    claims, _ = extract_corpus([a])
    for table in (claims, empty_claims()):
        out = agreement.agreement_tables(table, [a])
        assert list(out["claims"]["denied_by"]) == [""] * len(table)
        assert list(out["comparable"].columns) == agreement.COMPARABLE_COLUMNS
        assert out["comparable"].empty and agreement.widest_spread(out["comparable"]) is None


def test_prose_counts_read_right():
    from claimtab.display import summary
    from claimtab.schema import empty_claims
    from claimtab.text import count

    assert [count(n, "claim") for n in (0, 1, 2, 12000)] == [
        "no claim", "1 claim", "2 claims", "12,000 claims"]
    assert count(1, "file was", "files were", none="No") == "1 file was"
    s = summary(empty_claims(), "payments")
    assert (s["claims"], s["claimants"], s["delivered_key"]) == (
        "no claim", "no named source", "no figures")


def test_key_numbers_name_who_and_when_and_never_join_claims():
    from claimtab.display import summary

    text = ("North Korea has sent 3,000 soldiers to Russia, the NIS said on 5 March 2025. "
            "North Korea will send 12,000 more soldiers, Zelensky said on 9 May 2025.")
    claims, _ = extract_corpus([Document("d1", "d1.txt", text, "en", "0", "utf-8",
                                         published_date="2025-05-10")])
    s = summary(claims, "troops")
    assert "3,000" in s["delivered_key"] and "12,000" not in s["delivered_key"]
    assert "12,000" in s["planned_key"] and " to " not in s["planned_key"]
    assert "National Intelligence Service" in s["delivered_key"] and "2025" in s["delivered_key"]
