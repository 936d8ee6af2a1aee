"""Mermaid journey export and import."""

from __future__ import annotations

import pytest
from strategies import sample_project

from mapstudio.interchange.errors import InterchangeError
from mapstudio.interchange.mermaid import export_mermaid, import_mermaid, map_to_mermaid
from mapstudio.model import EmotionPoint, LaneKind, validate_project

DIAGRAM = """%% hand written
journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 2
"""


def test_export_sample():
    text = export_mermaid(sample_project())
    lines = text.splitlines()
    assert lines[:3] == ["journey", "  title Kredyt hipoteczny — ąęłńóśźż", "  section Awareness"]
    # the only point in Awareness is 1 on -2..2, i.e. 4 on 1..5
    assert "    Szuka oferty: 4: Анна Петрова" in lines
    assert "    Звонит в банк: 4: Анна Петрова" in lines
    assert "  section Advocacy" in lines
    assert "Długie formularze" not in text  # pain points are not tasks


def test_scores_rescale_from_map_scale():
    data = sample_project()
    m = data.maps[0]
    emotions = next(x for x in m.lanes if x.kind is LaneKind.EMOTIONS)
    m.emotion_points = [EmotionPoint(lane_id=emotions.id, stage_id=m.stages[0].id, score=-2),
                        EmotionPoint(lane_id=emotions.id, stage_id=m.stages[0].id, score=2,
                                     position=1)]
    lines = map_to_mermaid(m, data.personas).splitlines()
    assert "    Szuka oferty: 1: Анна Петрова" in lines
    assert "    Звонит в банк: 5: Анна Петрова" in lines


def test_escaping_and_round_trip():
    data = sample_project()
    card = data.maps[0].cards[0]
    card.title = "Krok 1: <b>&amp;</b> #1; koniec\nдалее"
    text = export_mermaid(data)
    task = [line for line in text.splitlines() if "Krok" in line][0]
    assert task.count(":") == 2 and "#" not in task and ";" not in task
    back = import_mermaid(text)
    assert back.maps[0].cards[0].title == "Krok 1: <b>&amp;</b> #1; koniec далее"
    assert export_mermaid(back) == text


def test_import_diagram():
    data = import_mermaid(DIAGRAM, title="ignored")
    validate_project(data)
    m = data.maps[0]
    assert m.map.title == "My working day" and data.project.title == "My working day"
    assert [s.name for s in m.stages] == ["Go to work", "Go home"]
    assert [x.kind for x in m.lanes] == [LaneKind.ACTIONS, LaneKind.EMOTIONS]
    assert [c.title for c in m.cards] == ["Make tea", "Go upstairs", "Do work",
                                          "Go downstairs", "Sit down"]
    assert [p.score for p in m.emotion_points] == [5, 3, 1, 5, 2]
    assert (m.map.scale.min, m.map.scale.max) == (1, 5)
    assert [p.name for p in data.personas] == ["Me", "Cat"]
    me = data.personas[0].id
    assert m.cards[0].persona_id == me and m.cards[2].persona_id is None
    assert export_mermaid(data).splitlines()[3] == "    Make tea: 5: Me"


@pytest.mark.parametrize("text, expected", [
    ("", "empty text"),
    ("flowchart LR\n", "line 1: a Mermaid journey starts with 'journey'"),
    ("journey\n  section A\n  Task without score\n", "line 3: expected 'Task: score"),
    ("journey\n  section A\n  Task: great: Me\n", "line 3: score 'great' is not a whole"),
    ("journey\n\n  section A\n  Task: 9\n", "line 4: score 9 is outside 1 to 5"),
])
def test_import_errors_name_the_line(text, expected):
    with pytest.raises(InterchangeError) as info:
        import_mermaid(text)
    assert str(info.value).startswith(expected), str(info.value)
