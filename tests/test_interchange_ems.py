"""EMS YAML (enablement-map-studio) import."""

from __future__ import annotations

import pytest

from mapstudio.interchange.ems_yaml import import_ems_yaml
from mapstudio.interchange.errors import InterchangeError
from mapstudio.interchange.json_format import dumps, loads
from mapstudio.model import LaneKind, validate_project

#: A realistic EMS file as the enablement-map-studio app saves it: a cjm document, a
#: service blueprint whose team tasks link back to journey actions, and an outcome.
EMS_SAMPLE = """\
kind: cjm
version: '1.0'
id: cjm:mortgage-online
persona:
  name: Marta Kowalska
  description: >-
    Pierwszy kredyt hipoteczny; porównuje oferty w telefonie wieczorami.
phases:
  - id: cjm:phase:research
    name: Research
  - id: cjm:phase:apply
    name: Wniosek / Application
  - id: cjm:phase:decision
    name: Decyzja
actions:
  - id: cjm:action:compare
    name: Compare mortgage offers
    phase: cjm:phase:research
    touchpoints:
      - Bank website
      - Comparison site
    thoughts_feelings:
      - Która oferta jest naprawdę najtańsza?
      - "<b>&amp;</b> APR vs. rate: confusing"
    emotion_score: 0
  - id: cjm:action:upload
    name: Upload documents
    phase: cjm:phase:apply
    touchpoints:
      - Mobile app
    thoughts_feelings:
      - Зачем им столько документов?
    emotion_score: -2
  - id: cjm:action:call
    name: Call the advisor
    phase: cjm:phase:apply
    touchpoints: [Phone]
    emotion_score: -1
  - id: cjm:action:offer
    name: Receive the offer
    phase: cjm:phase:decision
    touchpoints:
      - Email
    thoughts_feelings:
      - Finally!
    emotion_score: 2
---
kind: sbp
version: '1.0'
id: sbp:mortgage-backoffice
lanes:
  - id: sbp:lane:cjm
    name: Customer Journey
    kind: cjm
  - id: sbp:lane:underwriting
    name: Underwriting
    kind: team
    description: Credit risk checks
tasks:
  - id: sbp:task:verify
    lane: sbp:lane:underwriting
    name: Verify income documents
    description: Manual check against the credit bureau.
    source_id: cjm:action:upload
  - id: sbp:task:valuation
    lane: sbp:lane:underwriting
    name: Order property valuation
  - id: cjm:action:upload
    lane: sbp:lane:cjm
    name: Upload documents
    readonly: true
---
kind: outcome
version: '1.0'
id: oc:mortgage
kgi:
  id: oc:kgi
  name: Faster mortgage decisions
"""


def test_import_sample():
    data = import_ems_yaml(EMS_SAMPLE, title="Hipoteka online")
    validate_project(data)
    m = data.maps[0]
    assert m.map.title == "Hipoteka online" and data.project.title == "Hipoteka online"
    assert [s.name for s in m.stages] == ["Research", "Wniosek / Application", "Decyzja"]
    assert [(x.kind, x.title) for x in m.lanes] == [
        (LaneKind.ACTIONS, "Actions"), (LaneKind.TOUCHPOINTS, "Touchpoints"),
        (LaneKind.THOUGHTS, "Thoughts and feelings"), (LaneKind.EMOTIONS, "Emotions"),
        (LaneKind.BACKSTAGE, "Underwriting")]
    by_lane = {x.kind: [c.title for c in m.cards if c.lane_id == x.id] for x in m.lanes}
    assert by_lane[LaneKind.ACTIONS] == ["Compare mortgage offers", "Upload documents",
                                         "Call the advisor", "Receive the offer"]
    assert "Phone" in by_lane[LaneKind.TOUCHPOINTS]
    assert "<b>&amp;</b> APR vs. rate: confusing" in by_lane[LaneKind.THOUGHTS]
    assert "Зачем им столько документов?" in by_lane[LaneKind.THOUGHTS]
    assert by_lane[LaneKind.BACKSTAGE] == ["Verify income documents"]
    assert [(p.score, p.label) for p in m.emotion_points] == [
        (0, "Compare mortgage offers"), (-2, "Upload documents"), (-1, "Call the advisor"),
        (2, "Receive the offer")]
    assert [p.position for p in m.emotion_points] == [0, 0, 1, 0]
    assert (m.map.scale.min, m.map.scale.max) == (-2, 2)
    assert data.personas[0].name == "Marta Kowalska"
    assert m.map.persona_ids == [data.personas[0].id]
    apply = m.stages[1]
    assert [c.title for c in m.cards_in(m.lanes[0].id, apply.id)] == [
        "Upload documents", "Call the advisor"]
    assert loads(dumps(data)) == data


def test_tolerates_missing_keys():
    data = import_ems_yaml("kind: cjm\nactions:\n  - name: Just browsing\n")
    m = data.maps[0]
    assert [s.name for s in m.stages] == ["No phase"]
    assert [c.title for c in m.cards] == ["Just browsing"]
    assert m.emotion_points == [] and data.personas == []
    empty = import_ems_yaml("kind: cjm\n")
    assert [s.name for s in empty.maps[0].stages] == ["Journey"]


@pytest.mark.parametrize("text, expected", [
    ("kind: cjm\nphases: research\n", "cjm.phases: expected a list, got text"),
    ("kind: cjm\nactions:\n  - name: a\n    touchpoints: 5\n",
     "cjm.actions[0].touchpoints: expected a list, got a number"),
    ("kind: cjm\nactions:\n  - name: a\n    thoughts_feelings: [{a: 1}]\n",
     "cjm.actions[0].thoughts_feelings[0]: expected text, got a mapping"),
    ("kind: cjm\nactions:\n  - name: a\n    emotion_score: 5\n",
     "cjm.actions[0].emotion_score: 5 is outside -2..2"),
    ("kind: cjm\nactions:\n  - name: a\n    emotion_score: happy\n",
     "cjm.actions[0].emotion_score: expected a number from -2 to 2, got text"),
    ("kind: cjm\nactions:\n  - name: a\n    phase: nowhere\n",
     "cjm.actions[0].phase: no phase with id 'nowhere'"),
    ("kind: cjm\nactions:\n  - just text\n", "cjm.actions[0]: expected a mapping, got text"),
    ("kind: outcome\nid: x\n", "no customer journey (kind: cjm) in the file (found: outcome)"),
    ("- a\n- b\n", "YAML document 1: expected a mapping"),
    ("kind: cjm\nphases: [\n", "not valid YAML: line 3 column 1"),
    ("kind: cjm\n  bad: indent\n", "not valid YAML: line 2"),
])
def test_errors_are_clear(text, expected):
    with pytest.raises(InterchangeError) as info:
        import_ems_yaml(text)
    assert str(info.value).startswith(expected), str(info.value)


def test_unsafe_yaml_is_refused():
    with pytest.raises(InterchangeError, match="not valid YAML"):
        import_ems_yaml("kind: !!python/object/apply:os.system ['echo hi']\n")
