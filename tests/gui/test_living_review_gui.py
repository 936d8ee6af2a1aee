"""Evidence, the evidence filter, review notes and a map's owner and review date, driven
by real clicks and keys; every step undoes."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from mapstudio.model import Confidence, EvidenceSource, NoteTarget
from mapstudio.settings import Settings
from mapstudio.ui.window.evidence_filter import DIMMED

from .conftest import card_centre, click, lane, normalised, settle, stage


def _pick_card(window, kind: str = "pain_points", index: int = 1):
    card = window.scene.content.cards_in(lane(window, kind).id, stage(window, index).id)[0]
    click(window.view, card_centre(window, card.id))  # a real click selects and inspects
    settle()
    assert window.inspector.target == ("card", card.id)
    return card


def _press(button) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()


def _type_into(widget, text: str) -> None:
    widget.setFocus()
    QTest.keyClicks(widget, text)
    settle()


def test_sources_and_confidence_are_edited_in_the_inspector_and_undone(window) -> None:
    doc = window.doc
    card = _pick_card(window, "touchpoints")  # the demo backs its pain points already
    assert not card.evidence
    before = normalised(doc)
    fields = window.inspector.fields
    _press(fields["evidence"].add)
    editor = window.inspector.fields["evidence"]
    source, note, link, _remove = editor.row_widgets[0]
    source.setCurrentIndex(source.findData("support_tickets"))
    settle()
    editor = window.inspector.fields["evidence"]
    note = editor.row_widgets[0][1]
    _type_into(note, "Zendesk, 140 tickets in May")
    QTest.keyClick(note, Qt.Key.Key_Return)
    settle()
    combo = window.inspector.fields["confidence"]
    combo.setCurrentIndex(combo.findData(Confidence.SOME_EVIDENCE.value))
    settle()
    stored = doc.card(card.id)
    assert [(e.source, e.note) for e in stored.evidence] == [
        (EvidenceSource.SUPPORT_TICKETS, "Zendesk, 140 tickets in May")]
    assert stored.confidence == Confidence.SOME_EVIDENCE
    box = window.scene.geometry.cards[card.id]
    assert [b.text for b in box.badges if b.kind == "evidence"] == ["some_evidence"]
    while window.undo_stack.canUndo() and normalised(doc) != before:
        window.undo_stack.undo()
        settle()
    assert normalised(doc) == before
    assert doc.card(card.id).evidence == []


def test_notes_are_added_replied_resolved_and_each_step_undoes(window) -> None:
    doc = window.doc
    Settings().review_author = "Ana Reviewer"
    card = _pick_card(window)
    states = [normalised(doc)]
    panel = window.inspector.fields["notes"]
    _type_into(panel.editor, "Is this still true after the redesign?")
    _press(panel.add_button)
    notes = doc.notes(window.scene.map_id)
    note = next(n for n in notes if n.target_id == card.id)
    assert (note.author, note.text, note.target_kind) == (
        "Ana Reviewer", "Is this still true after the redesign?", NoteTarget.CARD)
    states.append(normalised(doc))
    box = window.scene.geometry.cards[card.id]
    assert [b.text for b in box.badges if b.kind == "notes"] == ["1"]
    panel = window.inspector.fields["notes"]
    _press(panel.buttons[("reply", note.id)])
    _type_into(panel.reply_editors[note.id], "Yes: checked with support")
    _press(panel.buttons[("send", note.id)])
    reply = next(n for n in doc.notes(window.scene.map_id) if n.parent_id == note.id)
    assert reply.text == "Yes: checked with support"
    states.append(normalised(doc))
    panel = window.inspector.fields["notes"]
    _press(panel.buttons[("resolve", note.id)])
    assert doc.note(note.id).resolved
    assert not [b for b in window.scene.geometry.cards[card.id].badges if b.kind == "notes"]
    states.append(normalised(doc))
    panel = window.inspector.fields["notes"]
    assert panel.buttons[("resolve", note.id)].text() == "Reopen"
    _press(panel.buttons[("resolve", note.id)])
    assert not doc.note(note.id).resolved
    states.append(normalised(doc))
    for state in reversed(states[:-1]):
        window.undo_stack.undo()
        settle()
        assert normalised(doc) == state
    for state in states[1:]:
        window.undo_stack.redo()
        settle()
        assert normalised(doc) == state


def test_a_stage_takes_notes_and_a_map_an_owner_and_review_date(window) -> None:
    doc = window.doc
    first = stage(window, 0)
    window.inspector.show_stage(first.id)
    panel = window.inspector.fields["notes"]
    _type_into(panel.editor, "Who owns onboarding?")
    _press(panel.add_button)
    assert [n.target_kind for n in doc.notes(window.scene.map_id)
            if n.target_id == first.id] == [NoteTarget.STAGE]
    map_id = window.scene.map_id
    review_before = doc.journey_map(map_id).review_by  # the demo's own date
    window.inspector.show_map(map_id)
    owner = window.inspector.fields["owner"]
    owner.selectAll()  # the demo names its owner: typed over
    _type_into(owner, "CX lead")
    QTest.keyClick(owner, Qt.Key.Key_Return)
    when = window.inspector.fields["review_by"]
    when.setDate(QDate(2020, 3, 31))
    when.editingFinished.emit()
    settle()
    jm = doc.journey_map(map_id)
    assert (jm.owner, jm.review_by) == ("CX lead", "2020-03-31")
    window.inspector.show_map(map_id)
    assert window.inspector.findChild(QLabel, "ReviewOverdue") is not None
    title = " ".join(line.text for line in window.scene.geometry.title_lines)
    assert "Review overdue since 31 March 2020" in title
    window.undo_stack.undo()
    settle()
    assert doc.journey_map(map_id).review_by == review_before


def test_the_evidence_filter_dims_the_other_cards(window) -> None:
    from PySide6.QtWidgets import QMenu

    doc = window.doc
    content = window.scene.content
    guess, proven, other = content.cards[0], content.cards[1], content.cards[2]
    window.undo_stack.push(_edit(doc, guess.id, confidence=Confidence.ASSUMED))
    window.undo_stack.push(_edit(doc, proven.id, confidence=Confidence.VALIDATED))
    settle()
    view_menu = window.menuBar().findChild(QMenu, "ViewMenu")
    submenu = view_menu.findChild(QMenu, "EvidenceFilterMenu")

    def choose(name: str) -> None:
        submenu.popup(window.mapToGlobal(window.rect().center()))
        settle()
        action = next(a for a in submenu.actions() if a.objectName() == name)
        QTest.mouseClick(submenu, Qt.MouseButton.LeftButton,
                         pos=submenu.actionGeometry(action).center())
        settle()

    def opacity(card) -> float:
        return window.scene.cards[card.id].opacity()

    choose("show-assumptions")
    assert (opacity(guess), opacity(proven), opacity(other)) == (1.0, DIMMED, DIMMED)
    choose("show-validated")
    assert (opacity(guess), opacity(proven)) == (DIMMED, 1.0)
    window.undo_stack.undo()  # the filter holds through every relayout
    settle()
    assert opacity(proven) == DIMMED
    choose("show-all")
    assert {opacity(c) for c in (guess, proven, other)} == {1.0}


def _edit(doc, card_id, **fields):
    from mapstudio.commands import EditCardCommand

    return EditCardCommand(doc, card_id, **fields)


def test_maps_past_review_say_so_on_the_start_screen_and_in_the_maps_dock(app, qtbot,
                                                                          tmp_path) -> None:
    from mapstudio.model import starter_map
    from mapstudio.store import Document
    from mapstudio.ui.start.start_screen import StartScreen
    from mapstudio.ui.window.review_status import OVERDUE_ROLE

    late, fine = tmp_path / "late.mapstudio", tmp_path / "fine.mapstudio"
    for path, review_by in ((late, "2020-01-31"), (fine, "2999-01-31")):
        with Document.create(path, path.stem) as doc:
            doc.insert_map_content(starter_map("Onboarding"))
            doc.update_map(doc.maps()[0].id, review_by=review_by, owner="CX lead")
    settings = Settings()
    settings.add_recent(fine)
    settings.add_recent(late)
    screen = StartScreen(settings)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.recent.item(1).data(OVERDUE_ROLE) is not None)
    tiles = {screen.recent.item(i).data(OVERDUE_ROLE) is not None and
             screen.recent.item(i).text(): screen.recent.item(i).data(OVERDUE_ROLE)
             for i in range(2)}
    assert tiles == {"late\nReview overdue": ["Onboarding"], "fine": []}


def test_the_maps_dock_marks_an_overdue_map(window) -> None:
    from mapstudio.commands import EditMapCommand
    from mapstudio.ui.window.review_status import OVERDUE_ROLE

    map_id = window.scene.map_id
    window.undo_stack.push(EditMapCommand(window.doc, map_id, review_by="2020-01-31"))
    settle()
    items = [window.maps_dock.list.item(i) for i in range(window.maps_dock.list.count())]
    marked = [i for i in items if i.data(OVERDUE_ROLE)]
    assert len(marked) == 1 and marked[0].text().endswith("⚠")
    assert "Review overdue since 2020-01-31" in marked[0].toolTip()
    window.undo_stack.undo()
    settle()
    items = [window.maps_dock.list.item(i) for i in range(window.maps_dock.list.count())]
    assert not any(i.data(OVERDUE_ROLE) for i in items)


def test_a_screen_reader_hears_what_the_marks_show(window) -> None:
    from PySide6.QtGui import QAccessible

    from mapstudio.commands.living_commands import AddNoteCommand
    from mapstudio.model import ReviewNote

    doc = window.doc
    card = window.scene.content.cards[0]
    window.undo_stack.push(_edit(doc, card.id, confidence=Confidence.ASSUMED))
    window.undo_stack.push(AddNoteCommand(doc, ReviewNote(NoteTarget.CARD, card.id, "Why?")))
    settle()
    iface = QAccessible.queryAccessibleInterface(window.view)
    part = next(iface.child(i) for i in range(iface.childCount())
                if iface.child(i).text(QAccessible.Text.Name) == card.title)
    said = part.text(QAccessible.Text.Description)
    assert said.endswith("An assumption. Open review notes: 1.")


def test_a_pasted_card_keeps_its_sources_history_and_links_where_they_hold(window) -> None:
    from mapstudio.model import Evidence, MetricValue

    doc = window.doc
    source = window.current_map_id
    other = [m.id for m in doc.maps() if m.id != source][0]
    card = next(c for c in doc.load_map(source).cards if c.metric is not None)
    metric = card.metric
    metric.history = [MetricValue("2025-01-31", 1.0), MetricValue("2025-02-28", 2.0)]
    window.undo_stack.push(_edit(doc, card.id, metric=metric, linked_map_id=other,
                                 evidence=[Evidence(EvidenceSource.SURVEY, "n=212")],
                                 confidence=Confidence.VALIDATED))
    settle()
    window.editor.copy([card.id])
    window.actions["paste"].trigger()  # into the same map: the link holds
    settle()
    copies = [c for c in doc.load_map(source).cards if c.title == card.title]
    copy = next(c for c in copies if c.id != card.id)
    assert copy.evidence == [Evidence(EvidenceSource.SURVEY, "n=212")]
    assert copy.confidence == Confidence.VALIDATED and copy.linked_map_id == other
    assert [v.value for v in copy.metric.history] == [1.0, 2.0]
    window.maps_dock.select(other)
    settle()
    window.actions["paste"].trigger()  # into the linked map itself: no link to itself
    settle()
    pasted = next(c for c in doc.load_map(other).cards if c.title == card.title)
    assert pasted.linked_map_id is None and pasted.evidence == copy.evidence


def test_review_notes_are_signed_with_the_name_set_in_preferences(app, qtbot) -> None:
    import getpass

    from mapstudio.ui.dialogs.preferences_dialog import PreferencesDialog

    assert Settings().review_author == getpass.getuser()  # the computer's user name
    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.review_author.text() == getpass.getuser()
    dialog.review_author.clear()
    QTest.keyClicks(dialog.review_author, "  Ana   Reviewer ")
    with qtbot.waitSignal(dialog.preferences_changed):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert Settings().review_author == "Ana Reviewer"


def test_the_notes_panel_follows_undo_and_redo(window) -> None:
    card = _pick_card(window)
    panel = window.inspector.fields["notes"]
    _type_into(panel.editor, "Check with support")
    _press(panel.add_button)
    note = next(n for n in window.doc.notes(window.scene.map_id) if n.target_id == card.id)
    panel = window.inspector.fields["notes"]
    _press(panel.buttons[("resolve", note.id)])
    window.inspector.fields["notes"].buttons[("reply", note.id)].setFocus()  # a button
    settle()
    assert window.inspector.isAncestorOf(window.focusWidget())
    window.undo_stack.undo()
    settle()
    panel = window.inspector.fields["notes"]
    assert panel.buttons[("resolve", note.id)].text() == "Resolve"
    window.undo_stack.undo()
    settle()
    assert ("resolve", note.id) not in window.inspector.fields["notes"].buttons
    window.undo_stack.redo()
    settle()
    assert ("resolve", note.id) in window.inspector.fields["notes"].buttons
