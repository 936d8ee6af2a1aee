"""Uncaught exceptions: a dialog with details and the log path; the window and file live on."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QTimer

from mapstudio import logging_setup


@pytest.fixture
def hook(tmp_path, monkeypatch, app):
    monkeypatch.setenv("MAPSTUDIO_LOG_DIR", str(tmp_path / "log"))
    logging_setup.setup_logging(qt_messages=False)
    from mapstudio.ui.dialogs.crash_dialog import install_exception_hook

    holder = {"window": None}
    installed = install_exception_hook(lambda: holder["window"])
    installed.holder = holder
    yield installed
    if installed.dialog is not None:
        installed.dialog.close()
    installed.uninstall()
    logging_setup.shutdown_logging()


def boom() -> None:
    raise RuntimeError("something broke in a slot")


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_shows_the_dialog_and_logs_it(hook, qtbot, tmp_path):
    QTimer.singleShot(0, boom)
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
    dialog = hook.dialog
    assert "RuntimeError" in dialog.summary.text()
    assert "something broke in a slot" in dialog.details.toPlainText()
    assert str(tmp_path / "log" / "mapstudio.log") in dialog.log_label.text()
    for handler in __import__("logging").getLogger().handlers:
        handler.flush()
    assert "something broke in a slot" in (tmp_path / "log" / "mapstudio.log").read_text()
    QTimer.singleShot(0, dialog.close)  # auto-close, as a user would
    qtbot.waitUntil(lambda: not dialog.isVisible())


@pytest.mark.qt_no_exception_capture
def test_further_errors_join_the_open_dialog(hook, qtbot):
    for _ in range(2):
        try:
            boom()
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    assert hook.dialog.error_count == 2
    assert hook.dialog.details.toPlainText().count("RuntimeError: something broke") == 2
    assert "2" in hook.dialog.summary.text()


@pytest.mark.qt_no_exception_capture
def test_worker_thread_errors_reach_the_gui_thread(hook, qtbot):
    worker = threading.Thread(target=boom)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
    assert "something broke" in hook.dialog.details.toPlainText()


@pytest.mark.qt_no_exception_capture
def test_window_and_document_survive(hook, window, qtbot):
    hook.holder["window"] = window
    doc_path = window.doc.path
    title = window.doc.project().title

    def failing_slot():
        window.doc.project()  # the document is in use when the bug strikes
        raise ValueError("bug in a handler")

    QTimer.singleShot(0, failing_slot)
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
    assert hook.dialog.parent() is window
    assert window.isVisible() and window.doc is not None
    assert window.doc.path == doc_path and window.doc.project().title == title
    hook.dialog.close()
    from mapstudio.store import Document

    with Document.open(doc_path, read_only=True) as reopened:  # still a valid, current file
        assert reopened.project().title == title


def test_keyboard_interrupt_goes_to_the_previous_hook(hook):
    seen = []
    hook.previous_hook = lambda *args: seen.append(args[0])
    hook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert seen == [KeyboardInterrupt] and hook.dialog is None
