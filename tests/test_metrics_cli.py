"""`mapstudio metrics FILE DATA.csv`: dated values into bound KPI cards, all or nothing,
from the long, analytics (GA4-like) and wide layouts; bad rows named by line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.test_cli import assert_clean_error, run

from mapstudio.interchange import InterchangeError
from mapstudio.interchange.metrics_csv import bind_rows, parse_date, parse_value, read_metrics
from mapstudio.model import Card, LaneKind, Metric, Project, ProjectData, starter_map
from mapstudio.store import Document


def _project(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    content = starter_map()
    kpis = next(lane for lane in content.lanes if lane.kind == LaneKind.KPIS) if any(
        lane.kind == LaneKind.KPIS for lane in content.lanes) else content.lanes[-1]
    cards = {
        "nps": Card(kpis.id, content.stages[0].id, title="NPS",
                    metric=Metric("NPS", 30, 45, "", key="nps")),
        "conversion": Card(kpis.id, content.stages[1].id, title="Conversion",
                           metric=Metric("Conversion", 2.1, 3.0, "%", key="conversion")),
        "hand": Card(kpis.id, content.stages[2].id, title="Typed by hand",
                     metric=Metric("Calls", 10, 5, "")),
    }
    content.cards += cards.values()
    path = tmp_path / "kpis.mapstudio"
    Document.create(path, "KPIs", data=ProjectData(Project(title="KPIs"),
                                                   maps=[content])).close()
    return path, {k: c.id for k, c in cards.items()}


def _history(path: Path, card_id: str) -> list[tuple[str, float]]:
    doc = Document.open(path, read_only=True)
    try:
        return [(v.date, v.value) for v in doc.card(card_id).metric.history]
    finally:
        doc.close()


def test_long_layout_adds_dated_values_to_each_bound_kpi(tmp_path: Path) -> None:
    path, ids = _project(tmp_path)
    data = tmp_path / "data.csv"
    data.write_text("key,value,date\nnps,38,2026-03-31\nconversion,2.4%,2026-03-31\n"
                    "nps,41,2026-04-30\nconversion,\"2,6\",2026-04-30\n", encoding="utf-8")
    result = run("metrics", path, data, "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary == {"rows": 4, "layout": "long", "keys": ["conversion", "nps"],
                       "cards": 2, "values": 4}
    assert _history(path, ids["nps"]) == [("2026-03-31", 38.0), ("2026-04-30", 41.0)]
    assert _history(path, ids["conversion"]) == [("2026-03-31", 2.4), ("2026-04-30", 2.6)]
    assert _history(path, ids["hand"]) == []


def test_ga4_like_and_wide_exports_are_recognised(tmp_path: Path) -> None:
    path, ids = _project(tmp_path)
    ga4 = tmp_path / "ga4.csv"
    ga4.write_text("# ----------------------------------------\n# Start date: 20260101\n"
                   "Date,Metric,Value\n20260105,nps,33\n20260112,nps,\"1,234.5\"\n",
                   encoding="utf-8")
    assert run("metrics", path, ga4).returncode == 0
    assert _history(path, ids["nps"]) == [("2026-01-05", 33.0), ("2026-01-12", 1234.5)]
    wide = tmp_path / "wide.csv"
    wide.write_text("date;nps;conversion\n2026-02;35;2,2\n2026-03;;2,3\n", encoding="utf-8")
    result = run("metrics", path, wide)
    assert result.returncode == 0, result.stderr
    assert "wide layout" in result.stdout
    assert _history(path, ids["conversion"]) == [("2026-02-01", 2.2), ("2026-03-01", 2.3)]
    assert ("2026-02-01", 35.0) in _history(path, ids["nps"])


def test_one_bad_row_changes_nothing_and_names_its_line(tmp_path: Path) -> None:
    path, ids = _project(tmp_path)
    before = path.read_bytes()
    data = tmp_path / "bad.csv"
    data.write_text("key,value,date\nnps,38,2026-03-31\nnps,lots,2026-04-30\n"
                    "conversion,2.4,2026-13-01\n", encoding="utf-8")
    result = run("metrics", path, data)
    assert_clean_error(result)
    assert "line 3: 'lots' is not a number" in result.stderr
    assert "line 4: '2026-13-01' is not a date" in result.stderr
    assert path.read_bytes() == before and _history(path, ids["nps"]) == []
    unknown = tmp_path / "unknown.csv"
    unknown.write_text("key,value,date\nnps,38,2026-03-31\nchurn,4,2026-03-31\n",
                       encoding="utf-8")
    result = run("metrics", path, unknown)
    assert_clean_error(result)
    assert "line 3: no KPI is bound to the key 'churn'" in result.stderr
    assert _history(path, ids["nps"]) == []


def test_an_unreadable_header_or_missing_file_is_exit_3(tmp_path: Path) -> None:
    path, _ = _project(tmp_path)
    data = tmp_path / "odd.csv"
    data.write_text("who,what\nx,y\n", encoding="utf-8")
    result = run("metrics", path, data)
    assert_clean_error(result)
    assert "cannot tell the layout" in result.stderr
    assert_clean_error(run("metrics", path, tmp_path / "missing.csv"))


@pytest.mark.parametrize("text,expected", [
    ("2026-01-31", "2026-01-31"), ("20260131", "2026-01-31"), ("2026/1/31", "2026-01-31"),
    ("2026-01-31T10:00:00Z", "2026-01-31"), ("2026-01", "2026-01-01"), ("31/01/2026", None),
    ("2026-02-30", None), ("", None)])
def test_dates(text, expected) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("12.5", 12.5), ("12,5", 12.5), ("1 234", 1234.0), ("45%", 45.0), ("1,234.5", 1234.5),
    ("-3", -3.0), ("nan", None), ("inf", None), ("x", None)])
def test_values(text, expected) -> None:
    assert parse_value(text) == expected


def test_the_last_value_of_a_day_wins_and_a_key_may_feed_several_cards() -> None:
    table = read_metrics("key,value,date\nnps,1,2026-01-01\nnps,2,2026-01-01\n")
    assert sorted(bind_rows(table, {"nps": ["a", "b"]})) == [
        ("a", "2026-01-01", 2.0), ("b", "2026-01-01", 2.0)]
    with pytest.raises(InterchangeError, match="line 2, 3: no KPI"):
        bind_rows(table, {})


def test_bindings_are_read_without_loading_maps_and_a_card_without_kpi_is_refused(
        tmp_path: Path) -> None:
    from mapstudio.model import ValidationError

    path, ids = _project(tmp_path)
    doc = Document.open(path)
    try:
        assert doc.metric_bindings() == {"nps": [ids["nps"]],
                                         "conversion": [ids["conversion"]]}
        kpi = doc.card(ids["nps"])
        plain = doc.add_card(Card(kpi.lane_id, kpi.stage_id, title="No KPI", position=1))
        with pytest.raises(ValidationError, match="has no KPI"):
            doc.set_metric_values([(ids["nps"], "2026-01-01", 1.0),
                                   (plain.id, "2026-01-01", 2.0)])
        assert doc.card(ids["nps"]).metric.history == []  # nothing half-written
        before = doc.set_metric_values([(ids["nps"], "2026-01-01", 1.0)])
        assert before == [(ids["nps"], "2026-01-01", None)]
        assert doc.set_metric_values([(ids["nps"], "2026-01-01", 3.0)]) == [
            (ids["nps"], "2026-01-01", 1.0)]  # what an undo puts back
    finally:
        doc.close()
