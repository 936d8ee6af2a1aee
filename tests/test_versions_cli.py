"""`mapstudio versions` and `mapstudio diff --since`: versions saved and listed from the
command line, and what changed since one, card by card, with ids."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from tests.test_cli import assert_clean_error, run

from mapstudio.model import Card, MapContent, Project, ProjectData, starter_map
from mapstudio.model.comparison import compare_maps
from mapstudio.store import Document


def _project(tmp_path: Path) -> Path:
    path = tmp_path / "review.mapstudio"
    doc = Document.create(path, "Review", data=ProjectData(Project(title="Review"),
                                                          maps=[starter_map()]))
    try:
        content = doc.load_map(doc.maps()[0].id)
        lane, other_lane = content.lanes[0], content.lanes[1]
        first, second = content.stages[0], content.stages[1]
        for title in ("Keep me", "Edit me", "Move me", "Drop me"):
            doc.add_card(Card(lane.id, first.id, title=title))
        assert other_lane and second
    finally:
        doc.close()
    return path


def _cards(doc) -> dict[str, Card]:
    return {c.title: c for c in doc.load_map(doc.maps()[0].id).cards}


def test_versions_are_saved_and_listed(tmp_path: Path) -> None:
    path = _project(tmp_path)
    assert json.loads(run("versions", path, "--json").stdout) == []
    saved = run("versions", path, "--save", "After the workshop", "--note", "agreed", "--json")
    assert saved.returncode == 0, saved.stderr
    version = json.loads(saved.stdout)
    listed = json.loads(run("versions", path, "--json").stdout)
    assert [(v["id"], v["name"], v["note"]) for v in listed] == [
        (version["id"], "After the workshop", "agreed")]
    text = run("versions", path)
    assert "After the workshop" in text.stdout and "agreed" in text.stdout


def test_diff_lists_added_changed_moved_and_removed_cards_with_ids(tmp_path: Path) -> None:
    path = _project(tmp_path)
    assert run("versions", path, "--save", "Baseline").returncode == 0
    doc = Document.open(path)
    try:
        content = doc.load_map(doc.maps()[0].id)
        cards = _cards(doc)
        doc.update_card(cards["Edit me"].id, title="Edited", severity=4)
        doc.move_card(cards["Move me"].id, content.lanes[1].id, content.stages[1].id, 0)
        doc.delete_card(cards["Drop me"].id)
        added = doc.add_card(Card(content.lanes[0].id, content.stages[2].id, title="New one"))
        doc.update_stage(content.stages[0].id, name="Discover")
    finally:
        doc.close()

    result = run("diff", path, "--since", "Baseline", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["since"]["name"] == "Baseline"
    (entry,) = report["maps"]
    assert entry["counts"] == {"added": 1, "changed": 1, "moved": 1, "removed": 1}
    by_kind = {(c["entity"], c["kind"]): c for c in entry["changes"]}
    assert by_kind["card", "added"]["id"] == added.id
    changed = by_kind["card", "changed"]
    assert changed["id"] == cards["Edit me"].id
    assert {(f["field"], f["before"], f["after"]) for f in changed["fields"]} == {
        ("title", "Edit me", "Edited"), ("severity", None, 4)}
    moved = by_kind["card", "moved"]
    assert moved["id"] == cards["Move me"].id
    assert (moved["from"]["stage"], moved["to"]["stage_id"]) == (
        content.stages[0].name, content.stages[1].id)  # where it was, named as it was then
    assert moved["from"]["lane_id"] == content.lanes[0].id
    assert moved["to"]["lane_id"] == content.lanes[1].id
    assert by_kind["card", "removed"]["id"] == cards["Drop me"].id
    stage = by_kind["stage", "changed"]
    assert stage["fields"] == [{"field": "name", "before": content.stages[0].name,
                                "after": "Discover"}]
    assert cards["Keep me"].id not in {c["id"] for c in entry["changes"]}

    text = run("diff", path, "--since", "baseline").stdout  # names match without case
    assert "- card 'Drop me'" in text and cards["Drop me"].id in text
    assert "> card 'Move me'" in text and "~ card 'Edited': title: 'Edit me' → 'Edited'" in text


def test_diff_of_an_unknown_version_or_file_is_one_line_exit_3(tmp_path: Path) -> None:
    path = _project(tmp_path)
    run("versions", path, "--save", "Baseline")
    result = run("diff", path, "--since", "Nope")
    assert_clean_error(result)
    assert "Baseline" in result.stderr  # says which versions there are
    assert_clean_error(run("versions", tmp_path / "missing.mapstudio"))
    assert_clean_error(run("versions", path, "--save", "  "))


def test_compare_of_a_new_map_lists_every_card_as_added() -> None:
    content = starter_map()
    content.cards.append(Card(content.lanes[0].id, content.stages[0].id, title="A"))
    changes = compare_maps(None, content)
    assert changes.status == "added" and changes.counts()["added"] == 1
    same = compare_maps(content, content)
    assert same.status == "same" and same.items == ()
    gone = compare_maps(content, None)
    assert gone.status == "removed"
    assert [i.kind for i in gone.items] == ["removed"]
    assert isinstance(MapContent(content.map), MapContent)


def test_diff_prints_the_change_report_as_pdf(tmp_path: Path) -> None:
    import pdfplumber

    path = _project(tmp_path)
    run("versions", path, "--save", "Baseline")
    doc = Document.open(path)
    try:
        cards = _cards(doc)
        doc.update_card(cards["Edit me"].id, title="Edited")
        doc.delete_card(cards["Drop me"].id)
    finally:
        doc.close()
    report = tmp_path / "changes.pdf"
    result = run("diff", path, "--since", "Baseline", "-o", report)
    assert result.returncode == 0, result.stderr
    with pdfplumber.open(report) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    assert text.startswith("Changes since “Baseline”")
    assert "1 changed · 1 removed" in text
    assert "~ card 'Edited': title: 'Edit me' → 'Edited'" in text
    assert "- card 'Drop me'" in text
    assert_clean_error(run("diff", path, "--since", "Baseline", "-o", report))  # no --force
    assert run("diff", path, "--since", "Baseline", "-o", report, "--force").returncode == 0


def test_map_header_changes_and_kpi_histories_are_said_briefly() -> None:
    from mapstudio.model import Metric
    from mapstudio.model.comparison import compare_maps
    from mapstudio.model.entities import MetricValue

    old = starter_map("Onboarding")
    card = Card(old.lanes[0].id, old.stages[0].id, title="NPS", metric=Metric("NPS", 30, 40))
    old.cards.append(card)
    new = copy.deepcopy(old)
    new.map.owner, new.map.review_by = "CX lead", "2027-01-31"
    new.cards[0].metric.history = [MetricValue(f"2026-0{m}-01", 30 + m) for m in range(1, 6)]
    changes = compare_maps(old, new)
    (header,) = [i for i in changes.items if i.entity == "map"]
    assert {f.field for f in header.fields} == {"owner", "review_by"}
    assert "review_by: — → '2027-01-31'" in header.describe()
    (kpi,) = [i for i in changes.items if i.entity == "card"]
    assert "history=5 values" in kpi.describe()
    assert changes.counts()["changed"] == 1  # cards only in the counts
