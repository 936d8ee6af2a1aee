"""The exception hook: log every uncaught exception and show it in the crash dialog.

Installed before the first window paints, so it stays light: the dialog's module (and
the widgets it uses) load only when a first error is shown. Every edit is already
committed to the project file, so the hook never quits, closes or touches the document.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger("mapstudio.crash")


class _MainThreadRelay(QObject):
    """Carries exceptions from worker threads to the GUI thread (queued signal)."""

    raised = Signal(object, object, object)


class ExceptionHook:
    """The installed hook; `dialog` is the one currently collecting errors (tests read it)."""

    def __init__(self, main_window_getter: Callable[[], QWidget | None]) -> None:
        self.main_window_getter = main_window_getter
        self.dialog = None  # the CrashDialog collecting errors, made on the first one
        self.previous_hook = sys.excepthook
        self.previous_thread_hook = threading.excepthook
        self.relay = _MainThreadRelay()
        self.relay.raised.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._showing = False

    def __call__(self, exc_type, exc_value, exc_tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            self.previous_hook(exc_type, exc_value, exc_tb)
            return
        log.error("unexpected error", exc_info=(exc_type, exc_value, exc_tb))
        app = QApplication.instance()
        if app is None or threading.current_thread() is not threading.main_thread():
            if app is not None:
                self.relay.raised.emit(exc_type, exc_value, exc_tb)
            else:
                self.previous_hook(exc_type, exc_value, exc_tb)
            return
        self._show(exc_type, exc_value, exc_tb)

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        self(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, exc_type, exc_value, exc_tb) -> None:
        if self._showing:  # an error while showing the dialog: the log has it
            return
        self._showing = True
        try:
            if self.dialog is None or not self.dialog.isVisible():
                parent = None
                try:
                    parent = self.main_window_getter()
                except Exception:  # noqa: BLE001 - a broken getter must not hide the error
                    log.exception("main window getter failed")
                from .crash_dialog import CrashDialog  # its widgets load on a first error

                self.dialog = CrashDialog(parent)
                self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            self.dialog.add_error(exc_type, exc_value, exc_tb)
            self.dialog.show()
            self.dialog.raise_()
        except Exception:  # noqa: BLE001
            log.exception("cannot show the crash dialog")
        finally:
            self._showing = False

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous_hook
        if threading.excepthook == self.thread_hook:
            threading.excepthook = self.previous_thread_hook


def install_exception_hook(main_window_getter: Callable[[], QWidget | None]) -> ExceptionHook:
    """Route uncaught exceptions (GUI and worker threads) to the log and the crash dialog."""
    hook = ExceptionHook(main_window_getter)
    sys.excepthook = hook
    threading.excepthook = hook.thread_hook
    return hook
