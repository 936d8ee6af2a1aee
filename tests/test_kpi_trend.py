"""A KPI card with a dated history shows its newest value against target and a trend line
of its history, laid out once for every renderer."""

from __future__ import annotations

from mapstudio.layout import FixedWidthMeasure, layout_map
from mapstudio.layout.kpi import TREND_MAX_POINTS, latest_value, trend_points
from mapstudio.model import Card, Metric, starter_map
from mapstudio.model.entities import MetricValue


def _kpi(history: list[float], target: float | None = 50.0) -> tuple:
    content = starter_map()
    metric = Metric("Conversion", 10.0, target, "%", key="conversion",
                    history=[MetricValue(f"2026-0{i + 1}-01", v) for i, v in enumerate(history)])
    card = Card(content.lanes[0].id, content.stages[0].id, title="Conversion", metric=metric)
    content.cards.append(card)
    return content, card


def test_the_newest_dated_value_is_shown_and_its_history_is_a_line_inside_the_card() -> None:
    content, card = _kpi([20.0, 30.0, 45.0])
    box = layout_map(content, FixedWidthMeasure()).cards[card.id]
    bar = next(b for b in box.badges if b.kind == "metric")
    assert bar.text.startswith("45") and abs(bar.value - 0.9) < 1e-9  # 45 of 50
    trend = next(b for b in box.badges if b.kind == "trend")
    assert len(trend.points) == 3 and trend.colour == bar.colour
    assert trend.rect.y >= bar.rect.bottom
    ys = [y for _, y in trend.points]
    assert ys[0] > ys[1] > ys[2]  # rising values climb (y grows downwards)
    assert trend.guide_y is not None and trend.guide_y < ys[2]  # the target is above
    for x, y in trend.points:
        assert box.rect.x < x < box.rect.right and box.rect.y < y < box.rect.bottom
    assert trend.rect.bottom < box.rect.bottom


def test_one_value_or_none_draws_no_trend_and_a_hand_typed_value_stays() -> None:
    content, card = _kpi([20.0])
    box = layout_map(content, FixedWidthMeasure()).cards[card.id]
    assert [b.kind for b in box.badges] == ["metric"]
    assert latest_value(card.metric) == 20.0
    card.metric.history = []
    assert latest_value(card.metric) == 10.0


def test_a_flat_history_without_target_stays_in_its_box_and_long_ones_are_cut() -> None:
    points, guide = trend_points([5.0] * 3, None, 0, 0, 100, 16)
    assert guide is None and all(0 < y < 16 for _, y in points)
    points, _ = trend_points(list(range(200)), None, 0, 0, 100, 16)
    assert len(points) == TREND_MAX_POINTS
    assert points[0][0] == 0 and points[-1][0] == 100


def test_the_trend_is_printed(tmp_path) -> None:
    import pdfplumber
    from tests.test_cli import run

    from mapstudio.model import Project, ProjectData
    from mapstudio.store import Document

    content, card = _kpi([20.0, 35.0, 30.0, 45.0])
    path = tmp_path / "kpi.mapstudio"
    Document.create(path, "KPI", data=ProjectData(Project(title="KPI"), maps=[content])).close()
    out = tmp_path / "kpi.pdf"
    result = run("export", path, "-o", out, "--paper", "A3")
    assert result.returncode == 0, result.stderr
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        lines = [c for c in page.curves + page.lines if len(c.get("pts", ())) == 4]
        text = page.extract_text()
    assert lines, "no four-point trend line on the page"
    xs = [x for x, _ in lines[0]["pts"]]
    assert xs == sorted(xs) and xs[-1] - xs[0] > 50  # left to right across the card
    assert "45" in text  # the newest value, not the one typed by hand (10)
