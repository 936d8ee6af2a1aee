"""The health check: each kind of finding from a crafted map, none where the map is
sound, and `mapstudio check --health` on every bundled template and on a crafted file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from tests.test_cli import assert_clean_error, run

from mapstudio.cli import main
from mapstudio.layout import FixedWidthMeasure
from mapstudio.layout.health import map_health
from mapstudio.model import (
    Card,
    Lane,
    LaneKind,
    MapContent,
    Metric,
    Project,
    ProjectData,
    Stage,
    starter_map,
)
from mapstudio.model.entities import Evidence, JourneyMap, MetricValue
from mapstudio.model.enums import EvidenceSource
from mapstudio.model.health import KINDS, map_findings
from mapstudio.store import Document
from mapstudio.templates import catalogue

TODAY = date(2026, 6, 1)
SOURCED = [Evidence(EvidenceSource.INTERVIEW, "12 interviews")]


def crafted() -> MapContent:
    """A map with one of every problem the health check knows."""
    m = JourneyMap(title="Onboarding", owner="", review_by="2026-01-31")
    first, second = Stage(m.id, name="Sign up", position=0), Stage(m.id, name="Use",
                                                                   position=1)
    lanes = [Lane(m.id, kind=kind, title=kind.value, position=i) for i, kind in enumerate(
        (LaneKind.TOUCHPOINTS, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES, LaneKind.KPIS))]
    touch, pain, opportunity, kpi = (lane.id for lane in lanes)
    cards = [
        Card(touch, first.id, title="Web form", evidence=SOURCED),
        Card(pain, second.id, title="Cannot find the export", evidence=SOURCED),
        Card(opportunity, first.id, title="Guided setup", evidence=SOURCED),
        Card(kpi, first.id, title="Activation", evidence=SOURCED,
             metric=Metric("Activation", 40, None, "%")),
        Card(kpi, second.id, title="Weekly use", evidence=SOURCED,
             metric=Metric("Weekly use", 3, 5, "", key="weekly_use",
                           history=[MetricValue("2025-11-02", 3)])),
        Card(touch, first.id, title="Pneumonoultramicroscopicsilicovolcanoconiosis form",
             position=1),
    ]
    return MapContent(m, [first, second], lanes, cards)


def sound(content: MapContent) -> MapContent:
    """The same map with every problem answered."""
    m = content.map
    m.owner, m.review_by = "CX lead", "2026-12-31"
    stages, lanes = content.stages, content.lanes
    touch, _pain, opportunity, _kpi = (lane.id for lane in lanes)
    content.cards[2].owner = "Product"
    content.cards[3].metric.target = 60
    content.cards[4].metric.history.append(MetricValue("2026-05-20", 4))
    content.cards[5].title = "Short form"
    content.cards[5].evidence = SOURCED
    content.cards += [Card(opportunity, stages[1].id, title="Export button", owner="Design",
                           evidence=SOURCED),
                      Card(touch, stages[1].id, title="App", evidence=SOURCED)]
    return content


def _kinds(findings) -> set[str]:
    return {f.kind for f in findings}


def test_a_crafted_map_triggers_every_kind_and_a_sound_one_none() -> None:
    content = crafted()
    findings = map_health(content, FixedWidthMeasure(), TODAY)
    assert _kinds(findings) == set(KINDS)
    by_kind = {f.kind: f for f in findings}
    assert by_kind["pain-without-opportunity"].target_id == content.cards[1].id
    assert "'Use'" in by_kind["pain-without-opportunity"].message
    assert by_kind["opportunity-without-owner"].target_id == content.cards[2].id
    assert by_kind["kpi-without-target"].target_id == content.cards[3].id
    assert "2025-11-02" in by_kind["kpi-stale"].message
    assert by_kind["stage-without-touchpoint"].target_id == content.stages[1].id
    assert by_kind["assumptions"].target_id == content.stages[0].id
    assert "1 of 4 cards" in by_kind["assumptions"].message
    assert by_kind["text-overflow"].target_id == content.cards[5].id
    assert {f.map_id for f in findings} == {content.map.id}
    assert map_health(sound(crafted()), FixedWidthMeasure(), TODAY) == []


def test_a_review_date_still_ahead_and_a_spanning_opportunity_are_no_findings() -> None:
    content = crafted()
    content.map.review_by = "2026-06-01"  # due today: not yet overdue
    opportunity = content.cards[2]
    opportunity.span = 2  # it covers the second stage's pain point too
    kinds = _kinds(map_findings(content, TODAY))
    assert "review-overdue" not in kinds and "pain-without-opportunity" not in kinds


def _write(path: Path, content: MapContent) -> Path:
    Document.create(path, "Crafted", data=ProjectData(Project(title="Crafted"),
                                                      maps=[content])).close()
    return path


def test_check_health_json_names_every_kind_and_exits_0(tmp_path: Path) -> None:
    path = _write(tmp_path / "crafted.mapstudio", crafted())
    result = run("check", path, "--health", "--json")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    # the review date is in the past for any real today, the stale KPI too
    assert {item["kind"] for item in items} == set(KINDS)
    assert all({"kind", "target_id", "message", "map_id"} <= item.keys() for item in items)
    text = run("check", path, "--health")
    assert text.returncode == 0 and "finding(s)" in text.stdout
    assert "pain-without-opportunity" in text.stdout


def test_check_health_of_a_bad_file_is_exit_3(tmp_path: Path) -> None:
    bad = tmp_path / "bad.mapstudio"
    bad.write_bytes(b"not a database")
    assert_clean_error(run("check", bad, "--health", "--json"))


@pytest.mark.parametrize("template", [t.id for t in catalogue.list_templates()])
def test_every_template_gives_a_list_of_findings(template, tmp_path: Path, capsys) -> None:
    path = tmp_path / "t.mapstudio"
    Document.create(path, "T", data=catalogue.instantiate(template)).close()
    capsys.readouterr()
    assert main(["check", str(path), "--health", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert isinstance(items, list)
    for item in items:
        assert {"kind", "target_id", "message"} <= item.keys()
        assert item["kind"] in KINDS and item["message"]


def test_the_starter_map_has_only_owner_and_evidence_advice() -> None:
    kinds = _kinds(map_findings(starter_map(), TODAY))
    assert kinds <= {"map-without-owner", "assumptions", "stage-without-touchpoint"}
