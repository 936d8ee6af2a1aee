"""An honest demo: it says it is a copy, asks before its edits go, and lands in Recent once
saved. Real clicks on the start screen tile, the toolbar, the bar and the question."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QToolBar

from mapstudio.settings import Settings

from .conftest import settle


@pytest.fixture
def demo_window(app, qtbot):
    from mapstudio.ui.window.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1280, 760)
    win.show()
    QTest.mouseClick(win.start_screen.demo_button, Qt.MouseButton.LeftButton)
    settle()
    assert win.doc is not None
    yield win
    if win.doc is not None:
        win.undo_stack.setClean()
        win.close_document()


def click_toolbar(window, name: str) -> None:
    bar = window.findChild(QToolBar, "MainToolbar")
    QTest.mouseClick(bar.widgetForAction(window.actions[name]), Qt.MouseButton.LeftButton)
    settle()
    typing = QApplication.focusWidget()  # a new stage opens for typing its name: keep it
    if typing is not None and window.view is not None and window.view.isAncestorOf(typing):
        QTest.keyClick(typing, Qt.Key.Key_Return)
        settle()


def answer_next_question(button: QMessageBox.StandardButton, seen: list) -> None:
    """Click `button` of the question box as soon as it is shown."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        QTest.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def test_a_demo_copy_says_it_is_one(demo_window) -> None:
    assert "[demo copy]" in demo_window.windowTitle()
    bar = demo_window.demo.bar
    assert bar.isVisible() and "Demo copy" in bar.label.text()
    assert bar.save_button.isVisible()


def test_closing_an_unedited_demo_asks_nothing(demo_window) -> None:
    seen: list = []
    answer_next_question(QMessageBox.StandardButton.Cancel, seen)
    demo_window.close()
    settle()
    assert not demo_window.isVisible() and not seen


def test_closing_an_edited_demo_offers_save_as_and_cancel_keeps_it_open(demo_window) -> None:
    stages = len(demo_window.scene.content.stages)
    click_toolbar(demo_window, "add_stage")
    assert len(demo_window.scene.content.stages) == stages + 1
    seen: list = []
    answer_next_question(QMessageBox.StandardButton.Cancel, seen)
    demo_window.close()
    settle()
    assert seen and "temporary copy of the demo" in seen[0]
    assert demo_window.isVisible() and demo_window.doc is not None


def test_discard_closes_without_a_file(demo_window, tmp_path, monkeypatch) -> None:
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(1))
    click_toolbar(demo_window, "add_stage")
    seen: list = []
    answer_next_question(QMessageBox.StandardButton.Discard, seen)
    demo_window.close()
    settle()
    assert seen and not demo_window.isVisible() and not asked
    assert Settings().recent_files() == []


def test_save_as_on_close_writes_the_edits_and_lands_in_recent(demo_window, tmp_path,
                                                              monkeypatch) -> None:
    from mapstudio.store import Document

    target = tmp_path / "My mortgage journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    stages = len(demo_window.scene.content.stages)
    click_toolbar(demo_window, "add_stage")
    seen: list = []
    answer_next_question(QMessageBox.StandardButton.Save, seen)
    demo_window.close()
    settle()
    saved = target.with_name(target.name + ".mapstudio")
    assert seen and not demo_window.isVisible() and saved.is_file()
    with Document.open(saved, read_only=True) as doc:
        assert len(doc.load_map(doc.maps()[0].id).stages) == stages + 1
    assert Settings().recent_files()[0] == str(saved.resolve())


def test_the_bar_saves_the_demo_as_a_project_and_opens_it(demo_window, tmp_path,
                                                          monkeypatch) -> None:
    target = tmp_path / "kept.mapstudio"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    click_toolbar(demo_window, "add_stage")
    QTest.mouseClick(demo_window.demo.bar.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert Path(demo_window.doc.path) == target
    assert "[demo copy]" not in demo_window.windowTitle()
    assert not demo_window.demo.bar.isVisible()
    assert demo_window.start_screen.recent_paths()[0] == str(target.resolve())
    seen: list = []
    answer_next_question(QMessageBox.StandardButton.Cancel, seen)
    demo_window.close()  # a project of its own: nothing to ask
    settle()
    assert not seen and not demo_window.isVisible()
