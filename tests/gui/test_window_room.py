"""Room for the map: every card kind in the palette, panels sized so their fields show and
remembered, focus mode on one key, three stages at 1280×760, History and start tiles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget, QLineEdit, QWidget

from .conftest import card_centre, click, settle


@pytest.fixture
def fresh_window(app, qtbot, tmp_path):
    """A first start (no saved layout) at the default size, on a demo copy; built as the
    app builds it (`staged`): the panels after the start screen has painted."""
    from mapstudio.demo import make_demo_copy
    from mapstudio.ui.window.main_window import MainWindow

    def make(size=None, open_demo=True, staged=True):
        win = MainWindow(panels_later=staged)
        qtbot.addWidget(win)
        if size:
            win.resize(*size)
        win.show()
        qtbot.waitExposed(win)
        if staged:
            settle()
            assert not win.panels_built
            win.build_panels()
        if open_demo:
            folder = tmp_path / f"demo{id(win)}"
            folder.mkdir()
            assert win.open_path(make_demo_copy(folder))
        for _ in range(3):
            settle()
        return win

    return make


def shown_docks(window) -> list[str]:
    return sorted(d.objectName() for d in window.findChildren(QDockWidget) if d.isVisible())


def test_the_palette_shows_every_card_kind_without_scrolling(fresh_window) -> None:
    from mapstudio.canvas.card_kinds import card_kinds

    win = fresh_window()
    palette = win.palette_dock.list
    assert palette.count() == len(card_kinds()) == 8
    viewport = palette.viewport().rect()
    for row in range(palette.count()):
        rect = palette.visualItemRect(palette.item(row))
        assert viewport.contains(rect), (palette.item(row).text(), rect, viewport)
        # the whole name shows: not elided
        width = palette.fontMetrics().horizontalAdvance(palette.item(row).text())
        assert rect.width() >= width + palette.iconSize().width()
    assert palette.verticalScrollBar().maximum() == 0


def test_the_inspector_starts_wide_enough_for_every_field(fresh_window) -> None:
    win = fresh_window()
    card = next(iter(win.scene.cards))
    click(win.view, card_centre(win, card))
    assert win.inspector.target == ("card", card)
    fields = [w for w in win.inspector.findChildren(QWidget)
              if w.isVisibleTo(win.inspector) and isinstance(w, QLineEdit)]
    assert fields
    for field in fields:
        assert field.width() >= field.minimumSizeHint().width()
        right = field.mapTo(win.inspector, QPoint(field.width(), 0)).x()
        assert right <= win.inspector.width(), field.objectName()


def test_panels_remember_their_sizes(fresh_window) -> None:
    win = fresh_window((860, 580))  # within the offscreen screen, so it is restored as is
    inspector = win.inspector
    before = inspector.width()
    # what dragging the separator does (synthetic drags do not reach Qt's separator)
    win.resizeDocks([inspector], [before + 80], Qt.Orientation.Horizontal)
    settle()
    widened, size = inspector.width(), win.size()
    assert widened >= before + 40
    win.close()
    again = fresh_window((860, 580))
    assert again.size() == size, (again.size(), size)
    assert abs(again.inspector.width() - widened) <= 2


def dock_layout(window) -> list[tuple]:
    return sorted((d.objectName(), d.geometry().getRect()) for d in
                  window.findChildren(QDockWidget) if not d.visibleRegion().isEmpty())


@pytest.mark.parametrize("saved", [False, True])
def test_panels_built_after_the_first_paint_lie_as_in_a_window_built_whole(
        fresh_window, saved) -> None:
    """The app paints the start screen first and builds the docks on the next turn; a
    project then opens with the same panels, sizes and front tabs, at a first start and
    with a saved layout."""
    if saved:
        first = fresh_window((1280, 680))
        first.resizeDocks([first.inspector], [first.inspector.width() + 60],
                          Qt.Orientation.Horizontal)
        first.history_dock.show()
        settle()
        first.close()
    whole = fresh_window((1280, 680), staged=False)
    expected = dock_layout(whole)
    whole.close_document()
    whole.hide()
    staged = fresh_window((1280, 680))
    assert dock_layout(staged) == expected
    assert {"InspectorDock", "MapsDock", "PaletteDock"} <= {name for name, _ in expected}


def test_focus_mode_hides_the_panels_and_brings_them_back_as_they_were(fresh_window) -> None:
    win = fresh_window()
    win.history_dock.show()  # a panel the user opened joins the layout to restore
    settle()
    before = shown_docks(win)
    assert "InspectorDock" in before or "HistoryDock" in before
    QTest.keyClick(win, Qt.Key.Key_F11)
    settle()
    assert shown_docks(win) == [] and win.panels.focus_action.isChecked()
    assert win.view.width() > 0.9 * win.centralWidget().width()
    QTest.keyClick(win, Qt.Key.Key_F11)
    settle()
    assert shown_docks(win) == before and not win.panels.focus_action.isChecked()


def test_focus_mode_is_in_the_view_menu_and_the_shortcuts_list(fresh_window) -> None:
    from mapstudio.ui.dialogs.shortcuts_dialog import ShortcutsDialog

    win = fresh_window()
    view_menu = next(a.menu() for a in win.menuBar().actions()
                     if a.text().replace("&", "") == "View")
    assert win.panels.focus_action in view_menu.actions()
    from PySide6.QtGui import QAction

    dialog = ShortcutsDialog(win.findChildren(QAction), win)
    dialog.filter.setText("focus")
    assert dialog.visible_rows() == [("Focus mode", "F11")]
    dialog.deleteLater()


def test_a_layout_left_in_focus_mode_starts_with_the_panels(fresh_window) -> None:
    win = fresh_window()
    QTest.keyClick(win, Qt.Key.Key_F11)
    win.close()
    again = fresh_window()
    assert "InspectorDock" in shown_docks(again) and "MapsDock" in shown_docks(again)


def test_three_stages_of_the_demo_show_at_1280_by_760(fresh_window) -> None:
    win = fresh_window((1280, 760))
    viewport = win.view.viewport().rect()
    boxes = sorted(win.scene.geometry.stages.values(), key=lambda b: b.rect.x)[:3]
    for box in boxes:
        left = win.view.mapFromScene(QPointF(box.rect.x, box.rect.y))
        right = win.view.mapFromScene(QPointF(box.rect.x + box.rect.w, box.rect.y))
        assert viewport.left() <= left.x() and right.x() <= viewport.right(), box.name


def test_history_names_the_opened_state_not_qt_empty(fresh_window) -> None:
    win = fresh_window()
    QTest.keyClick(win, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    settle()
    history = win.history_dock.widget()
    assert win.history_dock.isVisible()
    assert history.model().index(0, 0).data() == "Opened project"


def test_start_tiles_are_as_tall_as_their_text(fresh_window) -> None:
    win = fresh_window((1920, 1080), open_demo=False)
    for button in win.start_screen.buttons.values():
        assert button.height() <= button.heightForWidth(button.width()) + 4, button.title()
        assert button.height() < 120
