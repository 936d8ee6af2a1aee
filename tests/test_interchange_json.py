"""JSON interchange: round trips, canonical bytes, schema and model errors with paths."""

from __future__ import annotations

import copy
import json
from dataclasses import fields

import pytest
from hypothesis import HealthCheck, given, settings
from strategies import TRICKY_TEXT, project_data, sample_project

from mapstudio.interchange import (
    InterchangeError,
    dumps,
    loads,
    project_from_dict,
    project_to_dict,
    read_json,
    schema,
    template_metadata,
    write_json,
)
from mapstudio.model import (
    Asset,
    Card,
    EmotionPoint,
    Evidence,
    JourneyMap,
    Lane,
    MapContent,
    MapStudioError,
    Metric,
    MetricValue,
    Persona,
    Project,
    ProjectData,
    ProjectSettings,
    ReviewNote,
    Snapshot,
    Stage,
)


def test_schema_names_every_model_field():
    defs = schema()["$defs"]
    expected = {"project": Project, "persona": Persona, "map": JourneyMap, "stage": Stage,
                "lane": Lane, "card": Card, "emotion_point": EmotionPoint, "asset": Asset,
                "snapshot": Snapshot, "metric": Metric, "evidence": Evidence,
                "metric_value": MetricValue, "note": ReviewNote}
    for name, cls in expected.items():
        names = {f.name for f in fields(cls)} - {"map_id"}
        props = set(defs[name]["properties"]) - {"stages", "lanes", "cards", "emotion_points",
                                                  "notes"}
        assert props == names, name
    settings_props = set(defs["project"]["properties"]["settings"]["properties"])
    assert settings_props == {f.name for f in fields(ProjectSettings)}


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(project_data(with_snapshots=True))
def test_json_round_trip_is_exact(data):
    text = dumps(data)
    again = loads(text)
    assert again == data
    assert dumps(again) == text


def test_export_is_canonical_and_unicode():
    data = sample_project()
    text = dumps(data)
    assert text == dumps(loads(text))
    assert "ąęłńóśźż" in text and "Анна Петрова" in text and "<b>&amp;</b>" in text
    obj = json.loads(text)
    assert list(obj) == sorted(obj)
    assert "map_id" not in obj["maps"][0]["stages"][0]
    assert "map_id" not in obj["maps"][0]["lanes"][0]


def test_write_json_is_atomic_and_refuses_existing(tmp_path):
    data = sample_project()
    target = tmp_path / "out.json"
    write_json(data, target)
    first = target.read_bytes()
    with pytest.raises(InterchangeError, match="already exists"):
        write_json(data, target)
    write_json(data, target, force=True)
    assert target.read_bytes() == first
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
    assert read_json(target) == data


def test_optional_fields_take_defaults():
    obj = {"format": "mapstudio", "version": 1, "project": {"id": "p", "title": "T"},
           "maps": [{"id": "m", "title": "M", "map_type": "future_state",
                     "stages": [{"id": "s1", "name": "A"}, {"id": "s2", "name": "B"}],
                     "lanes": [{"id": "l", "kind": "actions", "title": "Do"}],
                     "cards": [{"id": "c1", "lane_id": "l", "stage_id": "s1"},
                               {"id": "c2", "lane_id": "l", "stage_id": "s1"}]}]}
    data = project_from_dict(obj)
    m = data.maps[0]
    assert [s.position for s in m.stages] == [0, 1]
    assert m.stages[0].map_id == "m" and m.lanes[0].map_id == "m"
    assert [c.position for c in m.cards] == [0, 1]
    assert m.cards[0].span == 1 and m.cards[0].metric is None and m.cards[0].tags == []
    assert data.project.settings == ProjectSettings()


def _valid() -> dict:
    return json.loads(dumps(sample_project()))


@pytest.mark.parametrize("mutate, expected", [
    (lambda o: o["maps"][0]["cards"][2].update(severity=7),
     "maps[0].cards[2].severity: 7 is greater than the maximum of 5"),
    (lambda o: o["maps"][0]["cards"][0].update(span=0),
     "maps[0].cards[0].span: 0 is less than the minimum of 1"),
    (lambda o: o["maps"][0]["lanes"][1].update(kind="feelings"),
     "maps[0].lanes[1].kind: 'feelings' is not one of"),
    (lambda o: o["maps"][0].update(map_type="past"), "maps[0].map_type: 'past' is not one of"),
    (lambda o: o["maps"][0]["stages"][0].update(name=5),
     "maps[0].stages[0].name: 5 is not of type 'string'"),
    (lambda o: o["maps"][0]["cards"][0].pop("lane_id"),
     "maps[0].cards[0]: 'lane_id' is a required property"),
    (lambda o: o["maps"][0]["cards"][1].update(colour="red"), "maps[0].cards[1].colour: 'red'"),
    (lambda o: o["personas"][0].update(favourite_food="pierogi"),
     "personas[0]: Additional properties are not allowed ('favourite_food'"),
    (lambda o: o["maps"][0]["stages"][0].update(position=-1),
     "maps[0].stages[0].position: -1 is less than the minimum of 0"),
    (lambda o: o["maps"][0]["emotion_points"][1].update(series="maybe"),
     "maps[0].emotion_points[1].series"),
    (lambda o: o.update(version=2), "version: 1 was expected"),
    (lambda o: o.pop("project"), "(document): 'project' is a required property"),
    (lambda o: o["maps"][0]["cards"][2].update(severity=True),
     "maps[0].cards[2].severity: True is not of type 'integer', 'null'"),
])
def test_schema_errors_name_the_path(mutate, expected):
    obj = _valid()
    mutate(obj)
    with pytest.raises(InterchangeError) as info:
        project_from_dict(obj)
    assert str(info.value).startswith(expected), str(info.value)
    assert isinstance(info.value, MapStudioError)


@pytest.mark.parametrize("mutate, expected", [
    (lambda o: o["maps"][0]["emotion_points"][0].update(score=9),
     "maps[0].emotion_points[0].score: emotion score 9 is outside the scale -2..2"),
    (lambda o: o["maps"][0]["cards"][1].update(span=9),
     "maps[0].cards[1].span: card spans past the last stage"),
    (lambda o: o["maps"][0]["cards"][0].update(stage_id="nowhere"),
     "maps[0].cards[0].stage_id:"),
    (lambda o: o["maps"][0]["cards"][1].update(position=5), "maps[0].cards[1].position:"),
    (lambda o: o["maps"][0].update(persona_ids=["ghost"]), "maps[0].persona_ids:"),
    (lambda o: o["maps"][0]["stages"][1].update(position=7), "maps[0].stages:"),
    (lambda o: o["maps"][0]["scale"].update(labels=["a"]), "maps[0].scale:"),
    (lambda o: o["maps"][0]["cards"][0].update(id=o["maps"][0]["cards"][1]["id"]),
     "duplicate ids"),
])
def test_model_errors_name_the_path(mutate, expected):
    obj = _valid()
    mutate(obj)
    with pytest.raises(InterchangeError) as info:
        project_from_dict(obj)
    assert str(info.value).startswith(expected), str(info.value)


def test_malformed_json_names_line_and_column(tmp_path):
    path = tmp_path / "file.json"
    path.write_text('{\n  "format": "mapstudio",\n    "version" 1\n}\n', encoding="utf-8")
    with pytest.raises(InterchangeError) as info:
        read_json(path)
    assert str(info.value).startswith("file.json: not valid JSON: line 3 column 15: ")
    with pytest.raises(InterchangeError, match="NaN is not allowed"):
        loads('{"format": NaN}')
    with pytest.raises(InterchangeError, match=r"^\(document\): \[\] is not of type 'object'"):
        loads("[]")


def test_not_utf8_and_missing_file(tmp_path):
    path = tmp_path / "latin.json"
    path.write_bytes(dumps(sample_project()).encode("utf-16"))
    with pytest.raises(InterchangeError, match="latin.json: not UTF-8 text"):
        read_json(path)
    with pytest.raises(InterchangeError, match="no such file"):
        read_json(tmp_path / "missing.json")
    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf" + dumps(sample_project()).encode())
    assert read_json(bom).project.title == "Projekt ąęł"


def test_bad_base64_names_the_asset():
    obj = _valid()
    obj["snapshots"] = [{"id": "s", "name": "x", "data": "not base64!"}]
    with pytest.raises(InterchangeError, match=r"snapshots\[0\].data: not valid base64"):
        project_from_dict(obj)


def test_template_metadata():
    obj = _valid()
    assert template_metadata(obj) is None
    meta = {"id": "banking-x", "name": "X", "industry": "Banking", "map_type": "current_state",
            "language": "pl", "description": "ąę", "tags": ["a"]}
    obj["template"] = copy.deepcopy(meta)
    assert template_metadata(obj) == meta
    assert project_from_dict(obj).maps[0].map.title == sample_project().maps[0].map.title
    obj["template"]["language"] = "Polish"
    with pytest.raises(InterchangeError, match="template.language"):
        project_from_dict(obj)


def test_project_to_dict_round_trips_through_dict():
    data = sample_project()
    assert project_from_dict(project_to_dict(data)) == data
    assert project_from_dict(json.loads(json.dumps(project_to_dict(data)))) == data


def test_tricky_text_survives():
    data = sample_project()
    data.maps[0].cards[0].title = " | ".join(TRICKY_TEXT)
    assert loads(dumps(data)).maps[0].cards[0].title == " | ".join(TRICKY_TEXT)


def test_empty_project_round_trips():
    data = ProjectData(project=Project(), maps=[MapContent(map=JourneyMap())])
    assert loads(dumps(data)) == data


def test_language_and_kpi_direction_are_optional_and_round_trip():
    """Files written before the project language and the KPI direction existed still
    load (no language: the interface's; no direction: guessed); new ones keep both."""
    obj = _valid()
    assert obj["project"]["settings"]["language"] == "pl"
    assert obj["maps"][0]["cards"][2]["metric"]["direction"] == "higher"
    again = project_from_dict(copy.deepcopy(obj))
    assert again.project.settings.language == "pl"
    assert again.maps[0].cards[2].metric.direction == "higher"
    del obj["project"]["settings"]["language"]
    del obj["maps"][0]["cards"][2]["metric"]["direction"]
    old = project_from_dict(obj)
    assert old.project.settings.language == ""
    assert old.maps[0].cards[2].metric.direction is None
    assert json.loads(dumps(old))["maps"][0]["cards"][2]["metric"]["direction"] is None


@pytest.mark.parametrize("mutate, expected", [
    (lambda o: o["maps"][0]["cards"][2]["metric"].update(direction="up"),
     "maps[0].cards[2].metric.direction: 'up' is not one of"),
    (lambda o: o["project"]["settings"].update(language="Russian"),
     "project.settings.language: 'Russian' does not match"),
])
def test_bad_language_or_direction_names_the_path(mutate, expected):
    obj = _valid()
    mutate(obj)
    with pytest.raises(InterchangeError) as info:
        project_from_dict(obj)
    assert str(info.value).startswith(expected), str(info.value)
