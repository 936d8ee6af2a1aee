"""Thai lines break between words (nlpO3 with the bundled word list), on screen and paper."""

from __future__ import annotations

import pytest

from mapstudio.layout import FontSpec, layout_map
from mapstudio.layout.breaking import graphemes, pieces, thai_words
from mapstudio.layout.text import FixedWidthMeasure, wrap_text
from mapstudio.model import Card, JourneyMap, Lane, LaneKind, MapContent, Stage

# "I like to eat fried rice with a fried egg every day", written without spaces
SENTENCE = "ฉันชอบกินข้าวผัดกับไข่ดาวทุกวัน"
WORDS = ["ฉัน", "ชอบ", "กิน", "ข้าวผัด", "กับ", "ไข่ดาว", "ทุกวัน"]
FONT = FontSpec(False, 10)


def _ends(parts: list[str]) -> set[int]:
    out, at = set(), 0
    for part in parts:
        at += len(part)
        out.add(at)
    return out


def test_a_thai_sentence_is_cut_into_its_words() -> None:
    assert thai_words(SENTENCE) == WORDS
    assert pieces(SENTENCE) == tuple(WORDS)
    # digits and Latin glued to Thai stay with it, as UAX #14 keeps them
    assert pieces("ราคา42บาท") == ("ราคา42บาท",)


@pytest.mark.parametrize("width", [45, 60, 80, 100])  # each word fits a line
def test_wrapped_thai_lines_end_between_words(width) -> None:
    lines = wrap_text(SENTENCE, FONT, width, FixedWidthMeasure())
    assert len(lines) > 1
    assert "".join(lines) == SENTENCE  # no space put in, nothing lost
    assert _ends(lines) <= _ends(WORDS), lines  # every line ends where a word does
    clusters = _ends(graphemes(SENTENCE))
    assert _ends(lines) <= clusters  # and so never inside a cluster


def test_a_thai_word_wider_than_the_line_breaks_between_clusters() -> None:
    lines = wrap_text("ข้าวผัด", FONT, 12, FixedWidthMeasure())
    assert len(lines) > 1 and "".join(lines) == "ข้าวผัด"
    assert _ends(lines) <= _ends(graphemes("ข้าวผัด"))


def test_canvas_and_paper_break_a_thai_card_alike(qapp) -> None:
    """The layout wraps for both: the canvas measure and the PDF measure give the same
    lines, and each ends between words."""
    from mapstudio.canvas.fonts import QtTextMeasure
    from mapstudio.export.fonts import shared_measure

    jm = JourneyMap(id="thai", title="Thai")
    stage = Stage(map_id=jm.id, position=0, name="Stage")
    lane = Lane(map_id=jm.id, position=0, kind=LaneKind.ACTIONS, title="Cards")
    card = Card(lane_id=lane.id, stage_id=stage.id, position=0, title="Thai",
                body=SENTENCE * 3)
    content = MapContent(jm, [stage], [lane], [card], [])
    screen = layout_map(content, QtTextMeasure(), [])
    paper = layout_map(content, shared_measure(), [])
    screen_lines = [line.text for line in screen.cards[card.id].lines]
    paper_lines = [line.text for line in paper.cards[card.id].lines]
    assert screen_lines == paper_lines
    body = [text for text in paper_lines if text != "Thai"]
    assert len(body) > 1
    assert _ends(body) <= _ends(WORDS * 3)
