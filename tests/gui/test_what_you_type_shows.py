"""What is typed shows: tags on cards on screen and on paper, search hits in their own
colour, History entries named by what they did, a new persona in the walkthrough."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from tests.gui.conftest import card_centre, click, settle

from mapstudio.canvas.items import SEARCH_HIT
from mapstudio.layout import LANE_COLOURS
from mapstudio.layout.style import SERIES_FALLBACK, SEVERITY_COLOURS


def _item_image(item) -> QImage:
    rect = item.boundingRect()
    image = QImage(int(rect.width()) + 4, int(rect.height()) + 4, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(2 - rect.x(), 2 - rect.y())
    item.paint(painter, _option(), None)
    painter.end()
    return image


def _option():
    from PySide6.QtWidgets import QStyleOptionGraphicsItem

    return QStyleOptionGraphicsItem()


def _has_colour(image: QImage, colour: str, tolerance: int = 6) -> bool:
    want = QColor(colour)
    for y in range(0, image.height(), 1):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if (abs(c.red() - want.red()) <= tolerance and abs(c.green() - want.green())
                    <= tolerance and abs(c.blue() - want.blue()) <= tolerance):
                return True
    return False


def test_tags_typed_in_the_inspector_show_on_the_card_and_on_paper(window, tmp_path):
    card = window.scene.content.cards[0]
    click(window.view, card_centre(window, card.id))
    settle()
    field = window.inspector.fields["tags"]
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, "quick win, needs data")
    QTest.keyClick(field, Qt.Key.Key_Return)
    settle()
    assert window.doc.card(card.id).tags == ["quick win", "needs data"]
    item = window.scene.cards[card.id]
    tags = [b for b in item.box.badges if b.kind == "tag"]
    assert [b.text for b in tags] == ["quick win", "needs data"]
    image = _item_image(item)
    assert _has_colour(image, "#e2e8f0")  # the chips are drawn
    from mapstudio.export import ExportOptions, export_map

    pdf, svg = tmp_path / "tags.pdf", tmp_path / "tags.svg"
    export_map(window.doc, pdf, ExportOptions(format="pdf", paper="A1"),
               map_ref=window.doc.journey_map(window.current_map_id).title)
    export_map(window.doc, svg, ExportOptions(format="svg"),
               map_ref=window.doc.journey_map(window.current_map_id).title)
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "quick win" in text and "needs data" in text
    assert "quick win" in svg.read_text(encoding="utf-8")


def test_search_hits_use_a_colour_no_card_style_uses(window):
    palette = {c.lower() for colours in LANE_COLOURS.values() for c in colours}
    palette |= {c.lower() for c in (*SERIES_FALLBACK, *SEVERITY_COLOURS)}
    palette |= {"#f59e0b", "#16a34a", "#0891b2", "#dc2626", "#e2e8f0"}  # badges, moments
    assert SEARCH_HIT.lower() not in palette
    card = next(c for c in window.scene.content.cards if len(c.title) > 6)
    window.find_bar.open_bar()
    QTest.keyClicks(window.find_bar.edit, card.title[:6])
    settle()
    item = window.scene.cards[card.id]
    assert item.highlighted
    assert _has_colour(_item_image(item), SEARCH_HIT)
    window.find_bar.edit.clear()
    settle()
    assert not _has_colour(_item_image(item), SEARCH_HIT)


def test_history_names_each_change(window):
    card = window.scene.content.cards[0]
    stage = window.scene.content.stages[0]
    lanes = window.scene.content.lanes
    window.editor.move_cards([card.id], lanes[1].id, stage.id, 0)
    window.editor.edit_stage(stage.id, name="Looking around")
    window.editor.edit_card(card.id, body="why")
    stack = window.undo_stack
    texts = [stack.text(i) for i in range(stack.count())]
    assert texts == [f"Move card ‘{card.title[:31]}" + ("…’" if len(card.title) > 32
                                                       else card.title[31:] + "’"),
                     "Rename stage ‘Looking around’",
                     f"Change description of ‘{card.title[:31]}" + (
                         "…’" if len(card.title) > 32 else card.title[31:] + "’")]
    assert "<empty>" not in [window.history_dock.widget().emptyLabel()]


def test_a_new_persona_joins_the_walkthrough(window, qtbot, monkeypatch):
    from mapstudio.commands.persona_commands import AddPersonaCommand
    from mapstudio.model import Persona

    persona = Persona(name="Newcomer Nia", colour="#7c3aed")
    window.undo_stack.push(AddPersonaCommand(window.doc, persona, window.current_map_id))
    settle()
    walk = window.journey.start_walkthrough()
    qtbot.addWidget(walk)
    settle()
    texts = [label.text() for label in walk.findChildren(QLabel)]
    assert "Newcomer Nia" in texts
    assert "No feeling mapped for this stage yet" in texts
    walk.close()
