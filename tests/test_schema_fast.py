"""The compiled JSON Schema check (issue 18: 200,000 cards in seconds, not minutes) says
exactly what jsonschema says: the same verdict, the same path, the same message."""

from __future__ import annotations

import json
import time

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema.exceptions import best_match
from test_fuzz_imports import BASE, HOSTILE_VALUES, PATHS

from mapstudio.interchange import InterchangeError, dumps, loads
from mapstudio.interchange.json_format import json_path, schema
from mapstudio.interchange.schema_fast import FastSchema
from mapstudio.model import Card, JourneyMap, Lane, MapContent, Project, ProjectData, Stage

FAST = FastSchema(schema())
SLOW = jsonschema.Draft202012Validator(schema())


def jsonschema_says(obj) -> str | None:
    error = best_match(SLOW.iter_errors(obj))
    return None if error is None else f"{json_path(error.absolute_path)}: {error.message}"


def fast_says(obj) -> str | None:
    found = FAST.error(obj)
    return None if found is None else f"{json_path(found[0])}: {found[1]}"


@st.composite
def one_change(draw) -> dict:
    """The valid sample project with one value replaced by a hostile one."""
    doc = json.loads(json.dumps(BASE))
    path = draw(st.sampled_from(PATHS))
    target = doc
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = draw(st.one_of(HOSTILE_VALUES, st.sampled_from(
        [1.0, 2.5, -1, 0, 6, 1001, "", "#12345", "#zzzzzz", "x" * 201, "to_be", True])))
    return doc


@settings(max_examples=300, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(one_change())
def test_the_compiled_check_says_what_jsonschema_says(doc) -> None:
    assert fast_says(doc) == jsonschema_says(doc)


def test_a_valid_project_passes_without_jsonschema() -> None:
    assert FAST.valid(BASE) and fast_says(BASE) is None


def big_project(cards: int) -> ProjectData:
    m = JourneyMap(title="Big")
    stages = [Stage(map_id=m.id, position=i, name=f"S{i}") for i in range(10)]
    lanes = [Lane(map_id=m.id, position=i, title=f"L{i}") for i in range(5)]
    cells = [(lane, stage) for lane in lanes for stage in stages]
    content = MapContent(map=m, stages=stages, lanes=lanes, cards=[
        Card(lane_id=cells[n % 50][0].id, stage_id=cells[n % 50][1].id, position=n // 50,
             title=f"Card {n}", severity=1 + n % 5, tags=["a"]) for n in range(cards)])
    return ProjectData(project=Project(title="Big"), maps=[content])


def test_twenty_thousand_cards_import_in_a_few_seconds_and_errors_are_found_as_fast():
    text = dumps(big_project(20_000))  # jsonschema alone: about ten seconds
    start = time.perf_counter()
    assert len(loads(text).maps[0].cards) == 20_000
    assert time.perf_counter() - start < 4
    obj = json.loads(text)
    obj["maps"][0]["cards"][19_999]["severity"] = 9
    start = time.perf_counter()
    try:
        loads(json.dumps(obj))
    except InterchangeError as exc:
        assert str(exc) == "maps[0].cards[19999].severity: 9 is greater than the maximum of 5"
    else:
        raise AssertionError("a severity of 9 was accepted")
    assert time.perf_counter() - start < 4
