"""Every bundled template meets the gallery's minimums (issue: template gallery)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from mapstudio.interchange import project_from_dict
from mapstudio.model import LaneKind, MapStudioError, validate_project
from mapstudio.templates import catalogue

TEMPLATE_FILES = sorted(catalogue.bundled_template_dir().glob("*.json"))
REQUIRED_LANES = {LaneKind.TOUCHPOINTS, LaneKind.EMOTIONS, LaneKind.PAIN_POINTS,
                  LaneKind.OPPORTUNITIES}


@pytest.fixture(autouse=True)
def _private_user_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("MAPSTUDIO_USER_TEMPLATES", str(tmp_path / "user-templates"))


def test_gallery_breadth() -> None:
    entries = catalogue.list_templates()
    assert len(entries) >= 24
    assert len({e.industry for e in entries}) >= 12
    assert {e.map_type for e in entries} >= {"current_state", "future_state",
                                             "day_in_the_life", "service_blueprint"}
    assert {e.language for e in entries} >= {"en", "it", "pl", "es", "ru"}
    tags = {t for e in entries for t in e.tags}
    assert {"marketing-funnel", "customer-lifecycle"} <= tags
    assert len({e.id for e in entries}) == len(entries)


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.stem)
def test_template_minimums(path: Path) -> None:
    obj = json.loads(path.read_text(encoding="utf-8"))
    assert obj["template"]["id"] == path.stem
    data = project_from_dict(obj)  # JSON Schema + model validation
    validate_project(data)
    assert len(data.maps) == 1
    content = data.maps[0]
    assert str(content.map.map_type) == obj["template"]["map_type"]
    assert data.personas and all(p.goals and p.frustrations for p in data.personas)
    assert len(content.stages) >= 5
    assert len(content.lanes) >= 6
    assert REQUIRED_LANES <= {lane.kind for lane in content.lanes}
    assert len(content.cards) >= 40
    assert content.emotion_points, "an emotion curve"
    text = " ".join(c.title + " " + c.body for c in content.cards).casefold()
    assert "lorem" not in text and "ipsum" not in text


def test_no_card_text_repeats_across_templates() -> None:
    seen: Counter[str] = Counter()
    for path in TEMPLATE_FILES:
        obj = json.loads(path.read_text(encoding="utf-8"))
        stage_names = {s["name"].casefold() for m in obj["maps"] for s in m["stages"]}
        texts = {
            t.strip().casefold()
            for m in obj["maps"] for c in m["cards"]
            for t in (c.get("title", ""), c.get("body", ""))
            if t.strip() and t.strip().casefold() not in stage_names
        }
        seen.update(texts)
    repeated = sorted(t for t, n in seen.items() if n > 1)
    assert not repeated, repeated[:20]


def test_filters_and_search() -> None:
    assert all(e.language == "pl" for e in catalogue.list_templates(language="pl"))
    banking = catalogue.list_templates(industry="banking")
    assert banking and all(e.industry == "Banking" for e in banking)
    first = catalogue.list_templates()[0]
    assert first in catalogue.list_templates(query=first.name.split()[0])
    assert catalogue.list_templates(query="zzzz-no-such-thing") == []


def test_instantiate_gives_fresh_ids() -> None:
    entry = catalogue.list_templates()[0]
    a, b = catalogue.instantiate(entry.id), catalogue.instantiate(entry.id)
    assert a.maps[0].map.id != b.maps[0].map.id
    assert [c.title for c in a.maps[0].cards] == [c.title for c in b.maps[0].cards]
    validate_project(a)


def test_instantiated_project_speaks_the_templates_language() -> None:
    """A project made from a template takes the template's language, so its captions
    show and print in it whoever made it."""
    by_language = {e.language: e.id for e in catalogue.list_templates()}
    for code in ("ru", "pl", "it", "es", "en"):
        data = catalogue.instantiate(by_language[code])
        assert data.project.settings.language == code
    entry = catalogue.list_templates()[0]
    stored = catalogue.load_template(entry.id)  # the file itself names no language
    assert stored.project.settings.language == ""


def test_save_as_template_round_trip() -> None:
    data = catalogue.instantiate(catalogue.list_templates()[0].id)
    entry = catalogue.save_as_template(data, "Our onboarding map", description="Team copy")
    assert entry.user and entry.industry == catalogue.USER_INDUSTRY
    listed = {e.id: e for e in catalogue.list_templates()}
    assert entry.id in listed
    loaded = catalogue.load_template(entry.id)
    assert [c.title for c in loaded.maps[0].cards] == [c.title for c in data.maps[0].cards]
    catalogue.delete_user_template(entry.id)
    assert entry.id not in {e.id for e in catalogue.list_templates()}


def test_bundled_templates_cannot_be_deleted() -> None:
    with pytest.raises(MapStudioError):
        catalogue.delete_user_template(catalogue.list_templates()[0].id)


def test_unknown_template_is_a_clear_error() -> None:
    with pytest.raises(MapStudioError, match="no template"):
        catalogue.find_template("no-such-template")


def _first_map(path: Path):
    return project_from_dict(json.loads(path.read_text(encoding="utf-8"))).maps[0]


def _luminance(colour: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.stem)
def test_template_reads_like_a_finished_map(path: Path) -> None:
    """Stage headers carry white text; every stage has a feeling and a KPI against a
    target; blueprint lines sit where a consultant would draw them."""
    content = _first_map(path)
    for stage in content.stages:
        assert not stage.colour or _luminance(stage.colour) < 0.3, stage.name
        assert any(p.stage_id == stage.id for p in content.emotion_points), stage.name
        assert any(c.stage_id == stage.id and c.metric is not None
                   and c.metric.value is not None and c.metric.target is not None
                   for c in content.cards), f"KPI for {stage.name}"
    kinds = [str(lane.kind) for lane in content.lanes]
    lines = [str(lane.line_after) for lane in content.lanes]
    if str(content.map.map_type) == "service_blueprint":
        # customer actions | interaction | frontstage | visibility | backstage | internal |
        # support processes and systems
        i = kinds.index("actions")
        assert kinds[i:i + 4] == ["actions", "touchpoints", "backstage", "systems"]
        assert lines[i:i + 3] == ["interaction", "visibility", "internal"]
        assert "interaction" not in lines[:i] + lines[i + 3:]
    else:
        assert "interaction" not in lines  # no frontstage staff lane on a journey map
        behind = [n for n, kind in enumerate(kinds) if kind in ("backstage", "systems")]
        expected = {behind[0] - 1} if behind else set()
        assert {n for n, line in enumerate(lines) if line == "visibility"} == expected


def test_map_as_template_takes_one_map_with_what_it_uses(tmp_path) -> None:
    from mapstudio.demo import make_demo_copy
    from mapstudio.store import Document

    with Document.open(make_demo_copy(tmp_path)) as doc:
        data = doc.export_data()
    first = data.maps[0]
    assert first.map.counterpart_id
    template = catalogue.map_as_template(data, first.map.id, "Mortgage baseline")
    assert [m.map.title for m in template.maps] == [first.map.title]
    assert template.maps[0].map.counterpart_id is None
    assert template.project.title == "Mortgage baseline" and not template.snapshots
    used = {c.image_asset_id for c in first.cards if c.image_asset_id}
    assert used <= {a.id for a in template.assets}
    assert {p.id for p in template.personas} == set(first.map.persona_ids)
    assert data.maps[0].map.counterpart_id  # the project itself is untouched
    entry = catalogue.save_as_template(template, "Mortgage baseline", language="en")
    loaded = catalogue.instantiate(entry.id)
    assert sum(1 for c in loaded.maps[0].cards if c.image_asset_id) == len(
        [c for c in first.cards if c.image_asset_id])
    with pytest.raises(MapStudioError):
        catalogue.save_as_template(template, "  ")
