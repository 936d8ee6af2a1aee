"""Emoji sequences print as one glyph, a space after an emoji is a space, and bold CJK,
Hangul and emoji are bold on paper (stroked, since no bold file is bundled for them)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from mapstudio.export import ExportOptions, export_map
from mapstudio.layout import FontSpec, TextLine
from mapstudio.layout.fontset import needs_synthetic_bold
from mapstudio.layout.shaping import shape_line, shaped_width
from mapstudio.model import (
    Card,
    JourneyMap,
    Lane,
    LaneKind,
    MapContent,
    Project,
    ProjectData,
    Stage,
)

FAMILY = "👨\u200d👩\u200d👧"
SEQUENCES = {"family": FAMILY, "flag": "🇵🇱", "skin tone": "👍🏽", "profession": "👩\u200d💻",
             "subdivision flag": "🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F",
             # the sign after the joiner is one DejaVu has too: the sequence stays whole
             "health worker": "👩\u200d⚕️", "transgender flag": "🏳️\u200d⚧️"}


@pytest.mark.parametrize("name", SEQUENCES)
def test_an_emoji_sequence_is_one_glyph(name) -> None:
    runs = shape_line(f"a {SEQUENCES[name]} b").runs
    emoji = [run for run in runs if run.face == "emoji"]
    assert len(emoji) == 1 and emoji[0].glyphs is not None
    glyphs = emoji[0].glyphs
    assert len([g for g in glyphs if g.advance > 0]) == 1, glyphs  # one visible glyph
    assert all(g.gid != 0 for g in glyphs)  # and never the missing-glyph box


def test_a_sequence_the_font_lacks_falls_back_to_its_emoji_side_by_side() -> None:
    """Unicode's fallback for a joiner sequence no font draws: its emoji one after the
    other, the joiner invisible, no missing-glyph box."""
    runs = shape_line("🐶\u200d🍕").runs
    assert [run.face for run in runs] == ["emoji"]
    glyphs = runs[0].glyphs
    assert len([g for g in glyphs if g.advance > 0]) == 2
    assert all(g.gid != 0 for g in glyphs)


def test_a_space_after_an_emoji_is_an_ordinary_space() -> None:
    """Noto Emoji's own space is 1.27 em: the space and the digits after an emoji are
    DejaVu's, as after any letter."""
    emoji = shaped_width("🎉", False)
    assert shaped_width("🎉 a", False) == pytest.approx(emoji + shaped_width(" a", False))
    assert shaped_width("🎉2024", False) == pytest.approx(emoji + shaped_width("2024", False))
    faces = [run.face for run in shape_line("🎉 party 2024").runs]
    assert faces == ["emoji", "latin"]


def test_only_faces_without_a_bold_file_are_emboldened() -> None:
    assert needs_synthetic_bold("cjk", True) and needs_synthetic_bold("emoji", True)
    assert needs_synthetic_bold("hangul", True)
    assert not needs_synthetic_bold("cjk", False)
    assert not needs_synthetic_bold("latin", True) and not needs_synthetic_bold("thai", True)


def _doc(tmp_path, titles: list[str]):
    from mapstudio.store import Document

    jm = JourneyMap(id="m", title="Bold")
    stage = Stage(map_id="m", position=0, name="Stage")
    lane = Lane(map_id="m", position=0, kind=LaneKind.ACTIONS, title="Cards")
    cards = [Card(lane_id=lane.id, stage_id=stage.id, position=i, title=t)
             for i, t in enumerate(titles)]
    data = ProjectData(project=Project(title="Bold"), personas=[],
                       maps=[MapContent(jm, [stage], [lane], cards, [])])
    return Document.create(tmp_path / "b.mapstudio", "Bold", data=data)


def test_bold_cjk_titles_are_stroked_in_the_pdf(tmp_path) -> None:
    doc = _doc(tmp_path, ["注文確認", FAMILY + " family"])
    try:
        out = export_map(doc, tmp_path / "b.pdf", ExportOptions("pdf", paper="A4"))
    finally:
        doc.close()
    page = PdfReader(str(out)).pages[0]
    stream = page.get_contents().get_data().decode("latin-1")
    # card titles are bold: their CJK and emoji runs are filled and stroked, once each
    assert stream.count(" 2 Tr ") == 2
    assert stream.count(" 0 Tr") >= 2
    text = page.extract_text()
    assert "注文確認" in text
    assert FAMILY in text  # the one glyph carries the whole sequence in the text layer


def _ink(line: TextLine) -> int:
    from PySide6.QtGui import QImage, QPainter

    from mapstudio.export.qt_painter import QtPainter, ensure_qt, point_image

    ensure_qt()
    image = point_image(400, 60, QImage.Format.Format_Grayscale8)
    qp = QPainter(image)
    try:
        QtPainter(qp, 1.0, lambda _id: None).text_lines((line,))
    finally:
        qp.end()
    data = bytes(image.constBits())
    return sum(255 - v for v in data)


@pytest.mark.parametrize("text", ["注文確認完了", "한국어 제목", "🎉🇵🇱👍🏽"])
def test_bold_cjk_hangul_and_emoji_carry_more_ink_in_the_png(qapp, text) -> None:
    regular = _ink(TextLine(text, 10, 40, FontSpec(False, 24), "#000000"))
    bold = _ink(TextLine(text, 10, 40, FontSpec(True, 24), "#000000"))
    assert bold > regular * 1.12, (bold, regular)
    latin = _ink(TextLine("Order", 10, 40, FontSpec(True, 24), "#000000"))
    assert latin > 0  # DejaVu has a real bold: drawn as before
