"""The inspector edits every field of cards, stages, lanes and maps, each undoably, and
fits its dock."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QColorDialog, QLabel, QLineEdit

from mapstudio.layout.kpi import lower_is_better
from mapstudio.model import Metric

from .conftest import lane, normalised, settle, stage


def _fields(window):
    return window.inspector.fields


def _type(window, key: str, text: str) -> None:
    field = _fields(window)[key]
    if isinstance(field, QLineEdit):
        field.setText(text)
        field.editingFinished.emit()
    else:  # multi-line: commits when focus leaves
        field.setPlainText(text)
        QApplication.sendEvent(field, QFocusEvent(QEvent.Type.FocusOut))
    settle()


def _pick(window, key: str, data) -> None:
    combo = _fields(window)[key]
    combo.setCurrentIndex(combo.findData(data))
    settle()


def test_every_card_field_is_editable_and_undoable(window) -> None:
    doc = window.doc
    card = window.scene.content.cards_in(lane(window, "pain_points").id,
                                         stage(window, 1).id)[0]
    persona = doc.personas()[1]
    original = normalised(doc)
    window.inspector.show_card(card.id)
    steps = 0

    def step(action, *args) -> None:
        nonlocal steps
        action(window, *args)
        window.inspector.show_card(card.id)  # as after a click on the card
        steps += 1

    step(_type, "title", "AIP lapses silently")
    step(_type, "body", "No reminder before day 60.")
    step(_pick, "channel", "email")
    step(_type, "owner", "Mortgage operations")
    step(_type, "tags", "aip, lapse , ")
    step(_pick, "persona", persona.id)
    step(_type, "link", "https://intranet.example/aip")
    step(_type, "colour", "#fde68a")
    step(lambda w: (_fields(w)["span"].setValue(2), settle()))
    step(lambda w: (_fields(w)["moment_of_truth"].setChecked(True), settle()))
    step(lambda w: (_fields(w)["severity"].setValue(5), settle()))
    step(lambda w: (_fields(w)["impact"].setValue(4), settle()))
    step(lambda w: (_fields(w)["effort"].setValue(2), settle()))
    step(_type, "metric_name", "AIP expiry rate")
    step(_type, "metric_value", "12.5")
    step(_type, "metric_target", "5")
    step(_type, "metric_unit", "%")
    stored = doc.card(card.id)
    assert (stored.title, stored.body, stored.channel, stored.owner) == (
        "AIP lapses silently", "No reminder before day 60.", "email", "Mortgage operations")
    assert stored.tags == ["aip", "lapse"]
    assert (stored.persona_id, stored.link, stored.colour) == (
        persona.id, "https://intranet.example/aip", "#fde68a")
    assert (stored.span, stored.moment_of_truth) == (2, True)
    assert (stored.severity, stored.impact, stored.effort) == (5, 4, 2)
    assert stored.metric == Metric("AIP expiry rate", 12.5, 5.0, "%")
    # an emptied number is no value, not zero
    step(_type, "metric_target", "")
    assert doc.card(card.id).metric.target is None
    for _ in range(steps):
        window.undo_stack.undo()
    settle()
    assert normalised(doc) == original


def test_kpi_fields_come_first_on_kpi_cards_and_clear_to_no_kpi(window) -> None:
    doc = window.doc
    card = window.scene.content.cards_in(lane(window, "kpis").id, stage(window, 0).id)[0]
    window.inspector.show_card(card.id)
    form_order = list(_fields(window))
    assert form_order.index("metric_name") < form_order.index("severity")
    for key in ("metric_name", "metric_value", "metric_target", "metric_unit"):
        _type(window, key, "")
        window.inspector.show_card(card.id)
    assert doc.card(card.id).metric is None


def test_colour_swatch_picks_a_colour(window, monkeypatch) -> None:
    from PySide6.QtGui import QColor

    monkeypatch.setattr(QColorDialog, "getColor",
                        staticmethod(lambda *a, **k: QColor("#0f766e")))
    target = stage(window, 2)
    window.inspector.show_stage(target.id)
    _fields(window)["colour_pick"].click()
    settle()
    assert window.doc.stage(target.id).colour == "#0f766e"
    window.undo_stack.undo()
    settle()
    assert window.doc.stage(target.id).colour == target.colour


def test_stage_and_lane_fields(window) -> None:
    doc = window.doc
    original = normalised(doc)
    target = stage(window, 0)
    window.inspector.show_stage(target.id)
    _type(window, "description", "Comparing lenders and brokers.")
    window.inspector.show_stage(target.id)
    _type(window, "phase", "Explore")
    window.inspector.show_stage(target.id)
    _type(window, "colour", "#1d4ed8")
    stored = doc.stage(target.id)
    assert (stored.description, stored.phase, stored.colour) == (
        "Comparing lenders and brokers.", "Explore", "#1d4ed8")
    thoughts = lane(window, "thoughts")
    window.inspector.show_lane(thoughts.id)
    _pick(window, "kind", "backstage")
    window.inspector.show_lane(thoughts.id)
    _pick(window, "line_after", "visibility")
    window.inspector.show_lane(thoughts.id)
    _type(window, "colour", "#7c3aed")
    stored = doc.lane(thoughts.id)
    assert (str(stored.kind), str(stored.line_after), stored.colour) == (
        "backstage", "visibility", "#7c3aed")
    for _ in range(6):
        window.undo_stack.undo()
    settle()
    assert normalised(doc) == original


def test_bad_colour_is_refused_with_a_message(window, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    target = lane(window, "kpis")
    window.inspector.show_lane(target.id)
    _type(window, "colour", "not a colour")
    assert shown and window.doc.lane(target.id).colour == target.colour


def test_map_scale_button_opens_the_scale_dialog(window, monkeypatch) -> None:
    from PySide6.QtWidgets import QDialog, QPushButton

    from mapstudio.ui.dialogs.scale_dialog import ScaleDialog

    opened = []
    monkeypatch.setattr(ScaleDialog, "exec",
                        lambda self: opened.append(True) or QDialog.DialogCode.Rejected)
    window.inspector.show_map(window.current_map_id)
    button = next(b for b in window.inspector.findChildren(QPushButton)
                  if b.text() == "Change…")
    button.click()
    settle()
    assert opened == [True]


def test_inspector_fits_its_dock_without_clipping(window) -> None:
    window.resizeDocks([window.inspector], [280], Qt.Orientation.Horizontal)
    settle()
    content = window.scene.content
    views = [lambda: window.inspector.show_map(window.current_map_id),
             lambda: window.inspector.show_stage(content.stages[0].id),
             lambda: window.inspector.show_lane(content.lanes[0].id)]
    views += [lambda c=c: window.inspector.show_card(c.id) for c in content.cards[::12]]
    for show in views:
        show()
        settle()
        scroll = window.inspector.scroll
        assert scroll.horizontalScrollBar().maximum() == 0
        body = scroll.widget()
        assert body.width() <= scroll.viewport().width()
        for label in body.findChildren(QLabel):
            if label.isVisibleTo(body) and label.text() and not label.wordWrap():
                assert label.sizeHint().width() <= label.width() + 1, label.text()


def test_kpi_direction_is_chosen_in_the_inspector(window) -> None:
    """"Better when": automatic (the guess), higher or lower; the bar follows at once."""
    doc = window.doc
    card = window.scene.content.cards_in(lane(window, "kpis").id, stage(window, 0).id)[0]
    original = normalised(doc)
    window.inspector.show_card(card.id)
    combo = _fields(window)["metric_direction"]
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "higher", "lower"]
    assert combo.currentData() == (card.metric.direction or "")
    guess = "lower" if lower_is_better(card.metric.name, card.metric.unit) else "higher"
    assert f"({window.inspector.tr(guess)})" in combo.itemText(0)  # what the guess says
    _pick(window, "metric_direction", "lower")
    assert doc.card(card.id).metric.direction == "lower"
    assert doc.card(card.id).metric.name == card.metric.name  # the rest is kept
    settle()
    badge = next(b for b in window.scene.geometry.cards[card.id].badges if b.kind == "metric")
    assert "≤" in badge.text
    window.inspector.show_card(card.id)
    _pick(window, "metric_direction", "higher")
    settle()
    badge = next(b for b in window.scene.geometry.cards[card.id].badges if b.kind == "metric")
    assert "≤" not in badge.text
    window.inspector.show_card(card.id)
    _pick(window, "metric_direction", "")
    assert doc.card(card.id).metric.direction is None
    for _ in range(3):
        window.undo_stack.undo()
    settle()
    assert normalised(doc) == original
