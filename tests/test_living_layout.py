"""Living-map marks in the layout: every renderer draws what these boxes say."""

from __future__ import annotations

from datetime import date, timedelta

from mapstudio.layout import FixedWidthMeasure, layout_map
from mapstudio.layout.header import OVERDUE, stewardship
from mapstudio.layout.labels import ENGLISH
from mapstudio.model import (
    Card,
    Confidence,
    Evidence,
    EvidenceSource,
    NoteTarget,
    ReviewNote,
    starter_map,
)

MEASURE = FixedWidthMeasure()


def _map():
    content = starter_map("Map")
    lane, stages = content.lanes[0], content.stages
    content.cards = [
        Card(lane_id=lane.id, stage_id=stages[0].id, title="Validated",
             confidence=Confidence.VALIDATED),
        Card(lane_id=lane.id, stage_id=stages[1].id, title="Backed",
             evidence=[Evidence(EvidenceSource.SURVEY, "n=212")]),
        Card(lane_id=lane.id, stage_id=stages[2].id, title="Guess",
             evidence=[Evidence(EvidenceSource.ASSUMPTION)]),
        Card(lane_id=lane.id, stage_id=stages[3].id, title="Plain"),
    ]
    return content


def _badges(geometry, card, kind):
    return [b for b in geometry.cards[card.id].badges if b.kind == kind]


def test_each_card_shows_how_well_it_is_backed() -> None:
    content = _map()
    g = layout_map(content, MEASURE)
    marks = [_badges(g, c, "evidence") for c in content.cards]
    assert [m[0].text for m in marks[:3]] == ["validated", "some_evidence", "assumed"]
    assert [m[0].value for m in marks[:3]] == [2.0, 1.0, 0.0]
    assert marks[3] == []
    for card, found in zip(content.cards[:3], marks, strict=False):
        box = g.cards[card.id]
        assert box.rect.x < found[0].rect.x and found[0].rect.right <= box.rect.right
        title = box.lines[0]
        assert title.x + MEASURE.width(title.text, title.font) <= found[0].rect.x


def test_open_notes_are_counted_on_their_card_only_when_the_map_carries_them() -> None:
    content = _map()
    card = content.cards[3]
    first = ReviewNote(NoteTarget.CARD, card.id, "Source?")
    content.notes = [first, ReviewNote(NoteTarget.CARD, card.id, "Reply", parent_id=first.id),
                     ReviewNote(NoteTarget.CARD, card.id, "Done", resolved=True),
                     ReviewNote(NoteTarget.CARD, card.id, "And this?")]
    g = layout_map(content, MEASURE)
    assert [b.text for b in _badges(g, card, "notes")] == ["2"]  # open notes, no replies
    content.notes = []
    assert _badges(layout_map(content, MEASURE), card, "notes") == []


def test_the_header_names_the_owner_and_says_when_review_is_overdue() -> None:
    content = _map()
    content.map.owner = "CX lead"
    content.map.review_by = (date.today() - timedelta(days=1)).isoformat()
    text, colour = stewardship(content.map, ENGLISH)
    assert text.startswith("Owner: CX lead  ·  Review overdue since ") and colour == OVERDUE
    g = layout_map(content, MEASURE)
    assert any(line.text.startswith("Owner: CX lead") for line in g.title_lines)
    content.map.review_by = "2999-01-31"
    assert stewardship(content.map, ENGLISH)[0] == "Owner: CX lead  ·  Review by 31 January 2999"
    content.map.owner, content.map.review_by = "", None
    assert stewardship(content.map, ENGLISH) == ("", "")


def test_every_bundled_template_starts_with_evidence_and_an_owner() -> None:
    from mapstudio.templates.catalogue import list_templates, load_template

    for entry in list_templates():
        data = load_template(entry.id)
        content = data.maps[0]
        assert content.map.owner, entry.id
        backed = [c for c in content.cards if c.evidence]
        assert len(backed) >= 5, entry.id
        levels = {c.confidence for c in backed}
        assert {Confidence.VALIDATED, Confidence.ASSUMED} <= levels, entry.id
        assert all(e.note for c in backed for e in c.evidence), entry.id


def test_a_stage_header_counts_its_open_notes() -> None:
    content = _map()
    first, second = content.stages[0], content.stages[1]
    content.notes = [ReviewNote(NoteTarget.STAGE, first.id, "Owner?"),
                     ReviewNote(NoteTarget.STAGE, first.id, "KPI?"),
                     ReviewNote(NoteTarget.STAGE, second.id, "Done", resolved=True)]
    g = layout_map(content, MEASURE)
    header = g.stages[first.id]
    assert [(b.kind, b.text) for b in header.badges] == [("notes", "2")]
    assert header.rect.x < header.badges[0].rect.x and \
        header.badges[0].rect.right <= header.rect.right
    assert g.stages[second.id].badges == ()
