"""Snapshots: compressed canonical JSON that restores exactly; compare summaries."""

from __future__ import annotations

import copy
import zlib
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from strategies import project_data, sample_project

from mapstudio.interchange import (
    InterchangeError,
    diff_projects,
    dumps,
    make_snapshot,
    snapshot_to_project,
)
from mapstudio.model import Card, Snapshot, Stage


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(project_data(with_snapshots=True))
def test_snapshot_round_trip(data):
    snap = make_snapshot(data, "v1 ąę", note="Привет")
    restored = snapshot_to_project(snap)
    assert restored == replace(data, snapshots=[])
    assert diff_projects(replace(data, snapshots=[]), restored) == []


def test_snapshot_is_compressed_canonical_json_without_snapshots():
    data = sample_project()
    data.snapshots = [make_snapshot(data, "old")]
    snap = make_snapshot(data, "new", "note")
    text = zlib.decompress(snap.data).decode()
    assert text == dumps(replace(data, snapshots=[]))
    assert snap.name == "new" and snap.note == "note" and snap.created
    assert make_snapshot(data, "again").data == snap.data


def test_damaged_snapshot_is_reported():
    with pytest.raises(InterchangeError, match="snapshot 'x': damaged data"):
        snapshot_to_project(Snapshot(name="x", data=b"garbage"))
    bad = zlib.compress(b'{"format": "mapstudio", "version": 1}')
    with pytest.raises(InterchangeError, match="snapshot 'y': .*'project' is a required"):
        snapshot_to_project(Snapshot(name="y", data=bad))


def test_diff_summarises_cards_stages_lanes():
    a = sample_project()
    b = copy.deepcopy(a)
    m = b.maps[0]
    m.cards[0].title = "Nowy tytuł"
    m.cards[2].severity = 5
    removed = m.cards.pop(1)
    m.stages.append(Stage(map_id=m.map.id, position=len(m.stages), name="Po zakupie"))
    m.cards.append(Card(lane_id=m.lanes[0].id, stage_id=m.stages[-1].id, title="Ankieta"))
    m.lanes[2].title = "Myśli"
    lines = diff_projects(a, b)
    headline = lines[0]
    assert headline.startswith(f"Map {a.maps[0].map.title!r}: ")
    assert "+1 stage" in headline and "+1 card" in headline and "-1 card" in headline
    assert "2 cards changed" in headline and "1 lane changed" in headline
    assert "  + card 'Ankieta'" in lines
    assert f"  - card {removed.title!r}" in lines
    assert "  ~ card 'Nowy tytuł': title" in lines
    assert "  ~ card 'Długie formularze': severity" in lines
    assert "  + stage 'Po zakupie'" in lines
    assert diff_projects(a, a) == []


def test_diff_maps_added_removed():
    a = sample_project()
    b = copy.deepcopy(a)
    b.maps = []
    assert diff_projects(a, b) == [f"Map {a.maps[0].map.title!r}: removed"]
    assert diff_projects(b, a) == [f"Map {a.maps[0].map.title!r}: added (3 cards)"]
