"""Layout geometry with a fixed-width measure: deterministic, no Qt."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mapstudio.layout import (
    DEFAULT_STYLE,
    FixedWidthMeasure,
    FontSpec,
    bezier_segments,
    layout_map,
    wrap_text,
)
from mapstudio.model import (
    Card,
    EmotionPoint,
    JourneyMap,
    Lane,
    LaneKind,
    LineAfter,
    MapContent,
    Metric,
    Persona,
    Series,
    Stage,
)

MEASURE = FixedWidthMeasure()
FONT = FontSpec(False, 10)  # 6 units per character


def make_map(stages=3, lanes=(LaneKind.TOUCHPOINTS, LaneKind.EMOTIONS, LaneKind.PAIN_POINTS),
             widths=None) -> MapContent:
    jm = JourneyMap(title="Test map")
    content = MapContent(map=jm)
    for i in range(stages):
        content.stages.append(Stage(map_id=jm.id, position=i, name=f"Stage {i}",
                                    width=(widths[i] if widths else 240.0)))
    for i, kind in enumerate(lanes):
        content.lanes.append(Lane(map_id=jm.id, position=i, kind=kind, title=f"Lane {i}"))
    return content


def add_card(content, lane_index, stage_index, **fields) -> Card:
    lane, stage = content.lanes[lane_index], content.stages[stage_index]
    position = len(content.cards_in(lane.id, stage.id))
    card = Card(lane_id=lane.id, stage_id=stage.id, position=position, **fields)
    content.cards.append(card)
    return card


# ---- wrapping ---------------------------------------------------------------------------


def test_wrap_keeps_words_and_respects_width() -> None:
    lines = wrap_text("the quick brown fox jumps over the lazy dog", FONT, 60, MEASURE)
    assert lines == ["the quick", "brown fox", "jumps over", "the lazy", "dog"]
    assert all(MEASURE.width(line, FONT) <= 60 for line in lines)


def test_wrap_breaks_words_longer_than_a_line() -> None:
    lines = wrap_text("Supercalifragilistic", FONT, 60, MEASURE)
    assert lines == ["Supercalif", "ragilistic"]


def test_wrap_honours_newlines_and_empty_text() -> None:
    assert wrap_text("a\nb", FONT, 100, MEASURE) == ["a", "b"]
    assert wrap_text("", FONT, 100, MEASURE) == [""]


def test_wrap_with_line_limit_ends_in_ellipsis() -> None:
    lines = wrap_text("one two three four five six", FONT, 30, MEASURE, max_lines=2)
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert MEASURE.width(lines[-1], FONT) <= 30


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.integers(10, 400))
def test_wrap_loses_no_characters(text, width) -> None:
    lines = wrap_text(text, FONT, width, MEASURE)
    assert "".join("".join(lines).split()) == "".join(text.split())
    assert all(MEASURE.width(line, FONT) <= max(width, FONT.size) for line in lines)


# ---- grid -------------------------------------------------------------------------------


def test_stage_columns_follow_stage_widths() -> None:
    content = make_map(widths=[200, 300, 150])
    g = layout_map(content, MEASURE)
    rects = [g.stages[s.id].rect for s in content.stages]
    assert [r.w for r in rects] == [200, 300, 150]
    for left, right in itertools.pairwise(rects):
        assert left.right == pytest.approx(right.x)
        assert left.y == right.y and left.h == right.h
    assert g.width == pytest.approx(rects[-1].right + DEFAULT_STYLE.margin)


def test_lane_rows_stack_and_cells_fill_the_grid() -> None:
    content = make_map()
    g = layout_map(content, MEASURE)
    rows = [g.lanes[lane.id].rect for lane in content.lanes]
    for upper, lower in itertools.pairwise(rows):
        assert upper.bottom == pytest.approx(lower.y)
    for lane in content.lanes:
        for stage in content.stages:
            cell = g.cells[(lane.id, stage.id)]
            assert cell.y == g.lanes[lane.id].rect.y and cell.h == g.lanes[lane.id].rect.h
            assert cell.x == g.stages[stage.id].rect.x and cell.w == g.stages[stage.id].rect.w
    assert g.cell_at(*g.cells[(content.lanes[1].id, content.stages[2].id)].centre) == (
        content.lanes[1].id, content.stages[2].id)
    assert g.height >= rows[-1].bottom


def test_cards_stack_inside_their_cell_without_overlap() -> None:
    content = make_map()
    for i in range(4):
        add_card(content, 0, 1, title=f"Card {i} " + "word " * (i * 5), body="details " * i)
    add_card(content, 2, 0, title="Pain", severity=4)
    g = layout_map(content, MEASURE)
    boxes = [g.cards[c.id].rect for c in content.cards]
    for a, b in itertools.combinations(boxes, 2):
        assert not a.intersects(b)
    for card in content.cards:
        cell = g.cells[(card.lane_id, card.stage_id)]
        box = g.cards[card.id].rect
        assert cell.x <= box.x and box.right <= cell.right
        assert cell.y <= box.y and box.bottom <= cell.bottom
    in_cell = [g.cards[c.id].rect for c in content.cards_in(content.lanes[0].id,
                                                            content.stages[1].id)]
    assert [r.y for r in in_cell] == sorted(r.y for r in in_cell)


def test_lane_height_grows_with_content_and_text_is_never_cut() -> None:
    content = make_map()
    long_text = " ".join(f"word{i}" for i in range(300))
    card = add_card(content, 0, 0, title="Long", body=long_text)
    g = layout_map(content, MEASURE)
    box = g.cards[card.id]
    lane_rect = g.lanes[content.lanes[0].id].rect
    assert lane_rect.bottom >= box.rect.bottom + DEFAULT_STYLE.cell_padding - 0.01
    text = " ".join(line.text for line in box.lines)
    assert "word299" in text and "…" not in text
    for line in box.lines:
        assert box.rect.y < line.baseline <= box.rect.bottom
        assert line.x + MEASURE.width(line.text, line.font) <= box.rect.right + 0.01


def test_fixed_lane_height_is_a_minimum() -> None:
    content = make_map()
    content.lanes[0].height = 400
    g = layout_map(content, MEASURE)
    assert g.lanes[content.lanes[0].id].rect.h == 400


def test_spanning_card_covers_columns_and_pushes_neighbours_down() -> None:
    content = make_map(stages=4)
    first = add_card(content, 0, 1, title="Above")
    wide = add_card(content, 0, 0, title="Wide", span=3)
    neighbour = add_card(content, 0, 2, title="Below")  # position 0 in stage 2
    g = layout_map(content, MEASURE)
    w = g.cards[wide.id].rect
    assert w.x < g.stages[content.stages[0].id].rect.right
    assert w.right > g.stages[content.stages[2].id].rect.x
    assert w.right <= g.stages[content.stages[2].id].rect.right
    boxes = [g.cards[c.id].rect for c in (first, wide, neighbour)]
    for a, b in itertools.combinations(boxes, 2):
        assert not a.intersects(b)


def test_span_past_the_last_stage_is_clipped_to_the_map() -> None:
    content = make_map(stages=2)
    wide = add_card(content, 0, 1, title="Too wide", span=5)
    g = layout_map(content, MEASURE)
    assert g.cards[wide.id].rect.right <= g.stages[content.stages[1].id].rect.right


def test_badges_sit_inside_the_card_and_wrap() -> None:
    content = make_map(widths=[120, 240, 240])
    opp = add_card(content, 2, 0, title="Narrow", severity=5, impact=4, effort=2)
    kpi = add_card(content, 0, 1, title="KPI", metric=Metric("NPS", 30, 40, "pts"))
    g = layout_map(content, MEASURE)
    for card in (opp, kpi):
        box = g.cards[card.id]
        for badge in box.badges:
            assert box.rect.x <= badge.rect.x and badge.rect.right <= box.rect.right + 0.01
            assert box.rect.y <= badge.rect.y and badge.rect.bottom <= box.rect.bottom
        for a, b in itertools.combinations(box.badges, 2):
            assert not a.rect.intersects(b.rect)
    assert {b.kind for b in g.cards[opp.id].badges} == {"severity", "impact", "effort"}
    metric = next(b for b in g.cards[kpi.id].badges if b.kind == "metric")
    assert metric.value == pytest.approx(0.75)


def test_channel_icon_badge_does_not_overlap_the_title() -> None:
    content = make_map()
    card = add_card(content, 0, 0, title="Email " * 20, channel="email")
    box = layout_map(content, MEASURE).cards[card.id]
    icon = next(b for b in box.badges if b.kind == "channel")
    for line in box.lines:
        assert line.x + MEASURE.width(line.text, line.font) <= icon.rect.x


def test_image_card_keeps_aspect_ratio_with_caption_below() -> None:
    content = make_map(lanes=(LaneKind.STORYBOARD,))
    card = add_card(content, 0, 0, title="Caption", image_asset_id="img")
    box = layout_map(content, MEASURE, image_sizes={"img": (400, 200)}).cards[card.id]
    assert box.image_rect.w / box.image_rect.h == pytest.approx(2.0)
    assert box.lines[0].baseline > box.image_rect.bottom
    assert box.rect.bottom >= box.lines[-1].baseline


def test_long_stage_name_grows_the_header_instead_of_cutting() -> None:
    content = make_map(widths=[120, 240, 240])
    content.stages[0].name = "A very long stage name that needs several lines"
    g = layout_map(content, MEASURE)
    header = g.stages[content.stages[0].id]
    assert "needs" in " ".join(line.text for line in header.lines)
    assert header.lines[-1].baseline < header.rect.bottom
    assert len({g.stages[s.id].rect.h for s in content.stages}) == 1


def test_phase_groups_span_runs_of_stages() -> None:
    content = make_map(stages=4)
    for stage, phase in zip(content.stages, ["Before", "Before", "During", ""], strict=True):
        stage.phase = phase
    g = layout_map(content, MEASURE)
    assert [p.lines[0].text for p in g.phases] == ["Before", "During"]
    assert g.phases[0].rect.w == pytest.approx(480)
    assert g.phases[0].rect.bottom <= g.stages[content.stages[0].id].rect.y


def test_lane_kind_label_is_not_repeated_when_it_is_the_title() -> None:
    content = make_map()
    content.lanes[0].title = "Touchpoints"
    g = layout_map(content, MEASURE)
    assert [line.text for line in g.lanes[content.lanes[0].id].lines] == ["Touchpoints"]
    assert [line.text for line in g.lanes[content.lanes[2].id].lines] == ["Lane 2",
                                                                          "PAIN POINTS"]


# ---- emotions and blueprint --------------------------------------------------------------


def test_emotion_series_per_persona_and_series() -> None:
    content = make_map()
    ann, bob = Persona(name="Ann", colour="#ff0000"), Persona(name="Bob", colour="#0000ff")
    content.map.persona_ids = [ann.id, bob.id]
    lane = content.lanes[1]
    for i, stage in enumerate(content.stages):
        content.emotion_points.append(EmotionPoint(lane.id, stage.id, score=i - 1,
                                                   persona_id=ann.id))
        content.emotion_points.append(EmotionPoint(lane.id, stage.id, score=2,
                                                   persona_id=bob.id, series=Series.TO_BE))
    g = layout_map(content, MEASURE, [ann, bob])
    assert [(s.colour, s.dashed) for s in g.series] == [("#ff0000", False), ("#0000ff", True)]
    plot = g.plot_rects[lane.id]
    ann_points = g.series[0].points
    for point, stage in zip(ann_points, content.stages, strict=True):
        assert point.x == pytest.approx(g.stages[stage.id].rect.centre[0])
        assert plot.y <= point.y <= plot.bottom
    assert ann_points[0].y > ann_points[1].y > ann_points[2].y  # higher score, higher up
    assert g.series[1].points[0].y == pytest.approx(plot.y)  # the top of a -2..2 scale
    assert [t.score for t in g.ticks] == [-2, -1, 0, 1, 2]
    assert ("Bob (to-be)", "#0000ff", True) in g.legend


def test_several_points_in_one_stage_are_spread() -> None:
    content = make_map()
    lane, stage = content.lanes[1], content.stages[0]
    for k in range(3):
        content.emotion_points.append(EmotionPoint(lane.id, stage.id, score=0, position=k))
    g = layout_map(content, MEASURE)
    xs = [p.x for p in g.series[0].points]
    rect = g.stages[stage.id].rect
    assert xs == sorted(xs) and len(set(xs)) == 3
    assert all(rect.x < x < rect.right for x in xs)


def test_blueprint_lines_after_marked_lanes() -> None:
    content = make_map()
    content.lanes[0].line_after = LineAfter.VISIBILITY
    g = layout_map(content, MEASURE)
    (line,) = g.blueprint_lines
    assert line.y == pytest.approx(g.lanes[content.lanes[0].id].rect.bottom)
    assert line.label == "Line of visibility"


def test_curve_never_overshoots_its_points() -> None:
    points = [(0.0, 50.0), (100.0, 50.0), (200.0, 100.0), (300.0, 0.0), (400.0, 100.0)]
    for (c1, c2, end), start in zip(bezier_segments(points), points, strict=False):
        low, high = sorted((start[1], end[1]))
        assert low <= c1[1] <= high and low <= c2[1] <= high
    assert bezier_segments(points)[-1][2] == points[-1]
