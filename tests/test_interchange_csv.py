"""CSV: export → import → export is identical; errors name row and column."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import HealthCheck, given, settings
from strategies import TRICKY_TEXT, project_data, sample_project

from mapstudio.interchange.csv_format import COLUMNS, export_csv, import_csv
from mapstudio.interchange.errors import InterchangeError
from mapstudio.model import LaneKind, MapType, Series


def rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def unique_map_titles(data) -> bool:
    titles = [m.map.title for m in data.maps]
    return len(set(titles)) == len(titles)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.filter_too_much])
@given(project_data().filter(unique_map_titles))
def test_csv_round_trip_is_identical(data):
    text = export_csv(data)
    again = import_csv(text, title="x")
    assert export_csv(again) == text
    assert [len(m.cards) for m in again.maps] == [len(m.cards) for m in data.maps]
    assert [len(m.stages) for m in again.maps] == [len(m.stages) for m in data.maps]
    assert [len(m.emotion_points) for m in again.maps] == [
        len(m.emotion_points) for m in data.maps]


def test_columns_and_content():
    data = sample_project()
    text = export_csv(data)
    table = rows(text)
    assert list(table[0]) == list(COLUMNS)
    assert text.endswith("\r\n")
    cards = [r for r in table if r["row_type"] == "card"]
    points = [r for r in table if r["row_type"] == "emotion"]
    assert len(cards) == 3 and len(points) == 2
    first = cards[0]
    assert first["map"] == "Kredyt hipoteczny — ąęłńóśźż"
    assert first["map_type"] == "current_state" and first["lane_kind"] == "actions"
    assert first["body"] == "<b>&amp;</b>"
    assert cards[1]["title"] == "Звонит в банк" and cards[1]["span"] == "2"
    pain = cards[2]
    assert (pain["severity"], pain["metric_name"], pain["metric_value"],
            pain["metric_target"], pain["tags"]) == ("4", "NPS", "12.5", "30", "forms;ąę")
    assert points[0]["persona"] == "Анна Петрова" and points[0]["scale"] == "-2..2"
    assert points[1]["title"] == "Злой"
    # empty stages and lanes are kept as structure rows so an import restores them
    assert {r["stage"] for r in table if r["row_type"] == "stage"} == {
        "Purchase", "Retention", "Advocacy"}
    imported = import_csv(text, title="Z pliku")
    m = imported.maps[0]
    assert [s.name for s in m.stages] == [s.name for s in data.maps[0].stages]
    assert [(x.title, x.kind) for x in m.lanes] == [(x.title, x.kind) for x in data.maps[0].lanes]
    assert imported.project.title == "Z pliku"
    assert [p.name for p in imported.personas] == ["Анна Петрова"]
    assert m.map.persona_ids == [imported.personas[0].id]
    assert export_csv(imported) == text


def test_tricky_text_and_formulas_survive():
    data = sample_project()
    card = data.maps[0].cards[0]
    card.title = "=HYPERLINK(\"http://evil\")"
    card.body = "\n".join(TRICKY_TEXT)
    card.owner = "'quoted"
    text = export_csv(data)
    assert [r for r in rows(text) if r["row_type"] == "card"][0]["title"].startswith("'=")
    back = import_csv(text).maps[0].cards[0]
    assert (back.title, back.body, back.owner) == (card.title, card.body, card.owner)


def test_minimal_hand_written_csv():
    text = ("Stage;Lane;Title;Severity\n"
            "Szukanie;Customer actions;Porównuje oferty;\n"
            "Szukanie;Pain points;Zbyt wiele opcji;4\n"
            "Wniosek;Customer actions;Wypełnia wniosek;\n"
            "Szukanie;Customer actions;Dzwoni;\n")
    data = import_csv(text, title="Hipoteka")
    m = data.maps[0]
    assert m.map.title == "Hipoteka" and m.map.map_type is MapType.CURRENT_STATE
    assert [s.name for s in m.stages] == ["Szukanie", "Wniosek"]
    assert [(x.title, x.kind) for x in m.lanes] == [
        ("Customer actions", LaneKind.ACTIONS), ("Pain points", LaneKind.PAIN_POINTS)]
    cell = m.cards_in(m.lanes[0].id, m.stages[0].id)
    assert [c.title for c in cell] == ["Porównuje oferty", "Dzwoni"]
    assert [c.position for c in cell] == [0, 1]
    assert m.cards[1].severity == 4


def test_emotion_rows():
    text = ("row_type,stage,lane,title,score,series,scale\n"
            "emotion,A,Feelings,ok,4,to_be,1..5\n"
            "emotion,B,Feelings,,2,,1..5\n")
    m = import_csv(text).maps[0]
    assert m.lanes[0].kind is LaneKind.EMOTIONS
    assert (m.map.scale.min, m.map.scale.max) == (1, 5)
    assert [(p.score, p.series, p.label) for p in m.emotion_points] == [
        (4, Series.TO_BE, "ok"), (2, Series.AS_IS, "")]


@pytest.mark.parametrize("text, expected", [
    ("stage,title\nA,x\n", "CSV header (row 1) is missing required column(s): lane"),
    ("stage,lane,title,severity\nA,L,x,1\nA,L,y,high\n",
     "row 3, column severity: 'high' is not a whole number"),
    ("stage,lane,title,severity\nA,L,x,9\n", "row 2, column severity: 9 is outside 1..5"),
    ("stage,lane,title,span\nA,L,x,2\n",
     "row 2, column span: 2 stages from 'A' runs past the last stage"),
    ("stage,lane,title,metric_value\nA,L,x,lots\n", "row 2, column metric_value: 'lots'"),
    ("stage,lane,title,metric_direction\nA,L,x,up\n",
     "row 2, column metric_direction: 'up' is not higher, lower or empty"),
    ("stage,lane,title,lane_kind\nA,L,x,feelings\n", "row 2, column lane_kind: 'feelings'"),
    ("row_type,stage,lane,title\nnote,A,L,x\n", "row 2, column row_type: 'note'"),
    ("row_type,stage,lane,title,score\nemotion,A,E,x,\n", "row 2, column score: an emotion"),
    ("row_type,stage,lane,title,score\nemotion,A,E,x,7\n",
     "row 2, column score: 7 is outside the scale -2..2"),
    ("stage,stage_position,lane,title\nA,0,L,x\nB,0,L,y\n", "row 3, column stage_position"),
    ("stage,lane,title,moment_of_truth\nA,L,x,perhaps\n", "row 2, column moment_of_truth"),
    ("stage,lane,title,colour\nA,L,x,red\n", "card: colour 'red' is not #rrggbb"),
    ("", "CSV is empty"),
    ("stage,lane,title\n", "CSV has a header but no rows"),
    ('stage,lane,title\nA,L,"x\n', "not valid CSV"),
])
def test_errors_name_row_and_column(text, expected):
    with pytest.raises(InterchangeError) as info:
        import_csv(text)
    assert str(info.value).startswith(expected), str(info.value)


def test_empty_map_survives():
    from mapstudio.model import JourneyMap, MapContent

    data = sample_project()
    data.maps.append(MapContent(map=JourneyMap(title="Pusta mapa", position=1,
                                               map_type=MapType.FUTURE_STATE)))
    text = export_csv(data)
    again = import_csv(text)
    assert again.maps[1].map.title == "Pusta mapa"
    assert again.maps[1].map.map_type is MapType.FUTURE_STATE
    assert export_csv(again) == text


def test_kpi_direction_column_round_trips():
    """metric_direction: higher, lower or empty (the guess); hand-written capitals and
    "auto" are understood; files without the column import as before."""
    data = sample_project()
    table = rows(export_csv(data))
    pain = next(r for r in table if r["row_type"] == "card" and r["metric_name"] == "NPS")
    assert pain["metric_direction"] == "higher"
    again = import_csv(export_csv(data))
    assert next(c for c in again.maps[0].cards if c.metric).metric.direction == "higher"
    text = ("stage,lane,title,metric_name,metric_value,metric_direction\n"
            "A,KPIs,x,Viewing hours,9,Higher\nA,KPIs,y,Returns,4,LOWER\n"
            "A,KPIs,z,NPS,30,auto\nA,KPIs,w,Plain,1,\nA,KPIs,v,,,lower\n")
    cards = import_csv(text).maps[0].cards
    assert [c.metric.direction for c in cards] == ["higher", "lower", None, None, "lower"]
    old = import_csv("stage,lane,title,metric_name,metric_value\nA,KPIs,x,NPS,3\n")
    assert old.maps[0].cards[0].metric.direction is None
