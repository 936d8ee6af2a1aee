"""Walkthrough mode: every stage by arrow keys with its cards, feelings and KPIs; nothing
cut at projector and full-HD sizes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from mapstudio.model import EmotionScale
from mapstudio.ui.walkthrough.walkthrough import metric_progress, score_text

from .conftest import settle


def _expected_cards(content, index: int) -> set[str]:
    positions = {s.id: s.position for s in content.stages}
    return {c.id for c in content.cards
            if positions[c.stage_id] <= index < positions[c.stage_id] + c.span}


def _clipped_labels(walk) -> list[str]:
    out = []
    for label in walk.findChildren(QLabel):
        if not label.isVisibleTo(walk) or not label.text():
            continue
        if label.wordWrap():
            if label.heightForWidth(label.width()) > label.height() + 1:
                out.append(label.text())
        elif label.sizeHint().width() > label.width() + 1:
            out.append(label.text())
    return out


def test_arrow_keys_step_through_every_stage_with_its_cards(window, qtbot) -> None:
    walk = window.journey.start_walkthrough()
    qtbot.addWidget(walk)
    content = walk.content
    n = len(content.stages)
    for i, stage in enumerate(content.stages):
        settle()
        assert walk.header.text() == stage.name
        assert walk.progress.text() == f"{i + 1} / {n}"
        assert set(walk.shown_card_ids) == _expected_cards(content, i)
        assert len(walk.shown_card_ids) == len(set(walk.shown_card_ids))  # each card once
        assert walk.findChild(QLabel, "storyboardImage") is not None
        assert len(walk.feelings) == 2
        QTest.keyClick(walk, Qt.Key.Key_Right)
    assert walk.index == n - 1  # stops at the end
    QTest.keyClick(walk, Qt.Key.Key_Home)
    assert walk.index == 0
    QTest.keyClick(walk, Qt.Key.Key_Left)
    assert walk.index == 0  # and at the start
    QTest.keyClick(walk, Qt.Key.Key_End)
    assert walk.header.text() == content.stages[-1].name
    QTest.keyClick(walk, Qt.Key.Key_Escape)
    settle()
    assert not walk.isVisible()


def test_lane_titles_and_kinds_are_shown(window, qtbot) -> None:
    walk = window.journey.start_walkthrough()
    qtbot.addWidget(walk)
    settle()
    titles = " ".join(label.text() for label in walk.findChildren(QLabel, "laneTitle"))
    assert "Touchpoints" in titles and "Pain points" in titles and "ACTIONS" in titles
    walk.close()


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_nothing_is_cut_at_workshop_sizes(window, qtbot, size) -> None:
    from mapstudio.ui.personas.persona_avatar import photo_bytes
    from mapstudio.ui.walkthrough.walkthrough import WalkthroughWindow

    doc = window.doc
    for jm in doc.maps():
        walk = WalkthroughWindow(doc.load_map(jm.id), doc.personas(),
                                 image_bytes=lambda a: doc.asset(a).data,
                                 photo_bytes=lambda p: photo_bytes(doc, p))
        qtbot.addWidget(walk)
        walk.resize(*size)
        walk.show()
        for i in range(walk.stage_count):
            walk.show_stage(i)
            settle()
            assert _clipped_labels(walk) == [], (jm.title, i)
            for scroll in (walk.side_scroll, walk.cards_scroll):
                assert scroll.verticalScrollBar().maximum() == 0, (jm.title, i)
        walk.close()


def test_scores_and_kpis_read_naturally() -> None:
    five = EmotionScale(-2, 2, ["Frustrated", "Unhappy", "Neutral", "Pleased", "Delighted"])
    assert score_text(0, five) == "0 · Neutral"
    assert score_text(-1, five) == "−1 · Unhappy"
    assert score_text(7, EmotionScale(1, 10)) == "7/10"
    assert metric_progress(3, 4, "days") == 1.0  # quicker than the target: reached
    assert metric_progress(8, 4, "days") == 0.5
    assert metric_progress(60, 80, "%") == 0.75
    assert metric_progress(None, 80, "%") is None


def test_kpis_follow_their_chosen_direction_and_read_as_the_map_prints_them() -> None:
    from mapstudio.ui.walkthrough.walkthrough_widgets import metric_values

    assert metric_progress(3, 4, "days", direction="higher") == 0.75  # chosen, not guessed
    assert metric_progress(8, 4, "", "Score", direction="lower") == 0.5
    assert metric_values(6.4, 5, "£") == ("£6.40", "£5.00")
    assert metric_values(None, 80, "%") == ("—", "80 %")
    assert metric_values(3, None, "days") == ("3 days", "")
