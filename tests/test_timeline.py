"""Claims over time: the timeline's data, its charts, and comparisons only among claims close
in time (a count reported months later is a sequence, not a disagreement)."""

import json
import re

import pandas as pd

from claimtab import agreement, charts, timeline
from claimtab.display import spread_text
from claimtab.schema import CLAIM_COLUMNS, coerce_claims


def claim(n: int, low, high, qualifier="exact", *, date="2024-10-21", source="", claimant="X",
          country="KR", item="soldiers", unit="persons", status="delivered", per="",
          doc="003_16630df2654ec508"):
    row = dict.fromkeys(CLAIM_COLUMNS, "")
    row.update({
        "claim_id": f"{doc}-{n}", "doc_id": doc, "lang": "en", "category": "troops",
        "item": item, "value_low": low, "value_high": high, "unit": unit, "qualifier": qualifier,
        "status": status, "claimant": claimant, "claimant_country": country, "source": source,
        "reported_date": date, "per": per, "evidence": f"Sentence {n}.", "start": 0, "end": 1,
    })
    return row


def table(*rows) -> pd.DataFrame:
    return coerce_claims(pd.DataFrame(list(rows)))


def test_rows_place_each_figure_at_its_reported_date_with_its_source():
    rows = timeline.timeline_rows(table(
        claim(1, 1500.0, 1500.0, source="South Korea's National Intelligence Service",
              claimant="NIS"),
        claim(2, 10000.0, 12000.0, "range", date="2024-12", claimant="article", country="unknown"),
        claim(3, None, 12000.0, "up_to", date="2025-01-05", claimant="some sources",
              status="planned"),
        claim(4, 5000.0, None, "over", date="2024", claimant="Sergei Shoigu", country="RU"),
        claim(5, None, None, "vague", date="2024-10-21"),
    )).set_index("claim_id")
    ids = [f"003_16630df2654ec508-{i}" for i in (1, 2, 3, 4)]
    assert list(rows.loc[ids, "kind"]) == ["point", "range", "up to", "over"]
    assert list(rows.loc[ids, "day"]) == ["2024-10-21", "2024-12-15", "2025-01-05", ""]
    assert list(rows.loc[ids, "when"]) == ["21 October 2024", "December 2024", "5 January 2025",
                                           "2024"]
    assert list(rows.loc[ids, "y"]) == [1500.0, 10000.0, 12000.0, 5000.0]
    assert list(rows.loc[ids, "label"]) == [
        "South Korea's National Intelligence Service", "the article (no source named)",
        "some sources", "Sergei Shoigu"]
    assert list(rows.loc[ids, "value"]) == ["1,500", "10,000–12,000", "up to 12,000",
                                            "over 5,000"]
    assert len(rows) == 4  # the vague claim has no figure to draw
    assert not any(re.search(r"\[\d{3}", s) for s in rows["label"])  # never a document code


def test_undated_and_single_date_claims_are_listed_not_drawn():
    rows = timeline.timeline_rows(table(
        claim(1, 1500.0, 1500.0, source="NIS"), claim(2, 3000.0, 3000.0, date="", claimant="HUR"),
        claim(3, 1.0, 1.0, item="divisions", status="planned", claimant="Shoigu")))
    on_axis, lists = charts.timeline_parts(rows)
    assert on_axis.empty  # one date only: a sentence, not a one-point chart
    leads = [lead for lead, _ in lists]
    assert leads == ["2 dated figures, all reported on one day, too few dates for a chart",
                     "1 figure with no reported date, so not drawn"]
    assert lists[0][1] == ["1 division (planned) — Shoigu, 21 October 2024",
                           "1,500 soldiers — NIS, 21 October 2024"]
    assert lists[1][1] == ["3,000 soldiers — HUR"]


def test_units_and_periods_get_charts_of_their_own():
    rows = timeline.timeline_rows(table(
        claim(1, 1.0, 1.0, unit="units"), claim(2, 2.0, 2.0),
        claim(3, 5e8, 5e8, unit="EUR", per="year"), claim(4, 5e9, None, "over", unit="EUR"),
        claim(5, 3.0, 3.0)))
    assert timeline.chart_keys(rows) == [("persons", ""), ("EUR", ""), ("EUR", "year"),
                                         ("units", "")]
    assert timeline.unit_label("EUR", "year") == "euros per year"


def test_timeline_spec_counts_from_zero_and_names_every_mark():
    rows = timeline.timeline_rows(table(
        claim(1, 1500.0, 1500.0, source="NIS"),
        claim(2, 10000.0, 12000.0, "range", date="2024-12-20", claimant="HUR", country="UA"),
        claim(3, None, 12000.0, "up_to", date="2025-02-01", claimant="some sources",
              status="planned", country="unknown")))
    for narrow in (False, True):
        spec = charts.timeline_spec(rows, "persons", narrow)
        text = json.dumps(spec, allow_nan=False)  # no NaN: the browser must parse it
        point_layer = spec["layer"][2]
        assert point_layer["encoding"]["y"]["scale"]["domain"][0] == 0
        data = spec["data"]["values"]
        assert [d["Source"] for d in data] == ["NIS", "HUR", "some sources"]
        assert [d["label"] for d in data] == [["1"], ["2"], ["3"]]
        assert [d["fill"] for d in data] == ["South Korea", "Ukraine", "planned"]
        assert data[2]["end"] < data[2]["y"]  # "up to": the arrow points down
        assert "Sentence 2." in text
    assert charts.nice_top(13800) == 20000 and charts.nice_top(2.4) == 2.5


def test_labels_of_close_marks_do_not_overlap():
    rows = timeline.timeline_rows(table(*[
        claim(i, 1000.0 + i, 1000.0 + i, date=f"2024-10-{10 + i}", claimant=f"S{i}")
        for i in range(1, 6)] + [claim(9, 9000.0, 9000.0, date="2025-03-01")]))
    spec = charts.timeline_spec(rows, "persons")
    size, top = charts.SIZES["wide"], spec["layer"][2]["encoding"]["y"]["scale"]["domain"][1]
    ys = sorted(d["ly"] / top * size["height"] for d in spec["data"]["values"][:5])
    assert all(b - a >= size["label"] for a, b in zip(ys, ys[1:], strict=False))


def test_timeline_html_has_wide_and_narrow_drawings_a_key_and_an_interactive_spec():
    rows = timeline.timeline_rows(table(
        claim(1, 1500.0, 1500.0, source="South Korea's National Intelligence Service"),
        claim(2, 11000.0, 11000.0, "approx", date="2024-12-20", claimant="</script><b>x",
              country="UA")))
    out = charts.timeline_html(rows, "Troops", "Claims, not facts.", "t1")
    assert out.count("data:image/svg+xml;base64,") == 2
    assert '<source media="(max-width: 640px)"' in out
    assert "<li>1,500 soldiers — South Korea&#x27;s National Intelligence Service, " \
           "21 October 2024</li>" in out
    assert "<li>about 11,000 soldiers — &lt;/script&gt;&lt;b&gt;x, 20 December 2024</li>" in out
    spec_text = out.split('class="claimtab-vega-spec">')[1].split("</script>")[0]
    assert set(json.loads(spec_text)) == {"wide", "narrow"}
    assert 'alt="Troops. 2 dated claims in persons, by reported date: ' in out
    assert out == charts.timeline_html(rows, "Troops", "Claims, not facts.", "t1")  # same bytes


def test_key_figures_name_who_and_when_never_a_range_across_claims():
    rows = timeline.timeline_rows(table(
        claim(1, 1500.0, 1500.0, source="NIS"),
        claim(2, 11000.0, 11000.0, "approx", date="2024-12-20", claimant="HUR", country="UA"),
        claim(3, 10000.0, 12000.0, "range", date="", claimant="article", country="unknown")))
    assert timeline.key_figures(rows) == (
        "the latest, about 11,000 soldiers — HUR, 20 December 2024; the highest, "
        "10,000–12,000 soldiers — the article (no source named), no date")
    assert timeline.key_figures(rows, "planned") == "no figures"


def test_comparisons_only_within_a_time_window_and_sequences_otherwise():
    claims = table(
        claim(1, 1500.0, 1500.0, date="2024-10-18", source="NIS"),
        claim(2, 3000.0, 3000.0, date="2024-11-30", claimant="HUR", country="UA"),
        claim(3, 11000.0, 11000.0, "approx", date="2025-03-10", claimant="Pentagon",
              country="US"),
        claim(4, 12000.0, 12000.0, date="2025-03-20", claimant="Kyiv", country="UA"),
        claim(5, 1000.0, 1000.0, date="2024-10-18", item="mine-clearance personnel",
              claimant="Shoigu", country="RU"),
        claim(6, 9999.0, 9999.0, date="", claimant="undated"),
    )
    groups = agreement.comparable_groups(claims)
    assert list(groups["reported"]) == ["18 October 2024 to 30 November 2024",
                                        "10 March 2025 to 20 March 2025"]
    assert list(groups["spread"]) == [2.0, 1.09]
    assert list(groups["lowest_claim"]) == ["1,500 — NIS, 18 October 2024",
                                            "about 11,000 — Pentagon, 10 March 2025"]
    assert list(groups["highest_claim"]) == ["3,000 — HUR, 30 November 2024",
                                             "12,000 — Kyiv, 20 March 2025"]
    assert agreement.comparable_groups(claims, window_days=5).empty
    wide = agreement.comparable_groups(claims, window_days=365)
    assert list(wide["claims"]) == [4]  # a year joins the stages of a count that grew
    seq = agreement.sequences(claims)
    assert list(seq["item"]) == ["soldiers"]
    assert seq["in_date_order"].iloc[0].startswith(
        "1,500 (NIS, 18 October 2024) → 3,000 (HUR, 30 November 2024) → about 11,000")
    text = spread_text(agreement.widest_spread(groups))["spread_sentence"]
    assert text == ("The widest spread is for soldiers (persons, delivered), reported 18 October "
                    "2024 to 30 November 2024: from 1,500 — NIS, 18 October 2024, to 3,000 — HUR, "
                    "30 November 2024; the highest is 2 times the lowest.")


def test_one_sources_figures_are_not_a_disagreement():
    claims = table(claim(1, 60.0, None, "over", unit="percent", claimant="Lakiychuk"),
                   claim(2, None, 80.0, "up_to", unit="percent", claimant="Lakiychuk"))
    assert agreement.comparable_groups(claims).empty
    assert agreement.time_windows(["2024-01-01", "2024-03-31", "2024-04-01"]) == [0, 0, 1]


def test_every_claimant_country_has_a_colour_of_its_own_in_legend_order():
    """No two groups share a colour (UK and France, UN and other once did); a chart's legend
    lists its groups in the registry's order, each with its own colour."""
    from claimtab.plots import COUNTRY_STYLE

    colours = [c.upper() for c, _name in COUNTRY_STYLE.values()]
    assert len(set(colours)) == len(colours) == len(COUNTRY_STYLE)
    codes = list(COUNTRY_STYLE)
    rows = timeline.timeline_rows(table(*[
        claim(i, 1000.0 * (i + 1), 1000.0 * (i + 1), country=code, claimant=f"C{i}",
              date=f"2024-{1 + i % 12:02d}-01")
        for i, code in enumerate(reversed(codes))]))
    scale = charts.timeline_spec(rows, "persons")["layer"][1]["encoding"]["color"]["scale"]
    assert scale["domain"] == [name for _c, name in COUNTRY_STYLE.values()]
    assert scale["range"] == [c for c, _name in COUNTRY_STYLE.values()]
