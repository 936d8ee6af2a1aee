"""Unexpected exceptions: log them, show the details, keep the application running.

Every edit is already committed to the project file, so there is nothing to rescue: the
hook never quits, never closes or touches the document. It only tells the user what
happened and where the log is. The dialog is non-blocking (no nested event loop inside the
hook) and one dialog collects further errors instead of stacking new ones.
"""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ... import __version__
from ...logging_setup import log_file

log = logging.getLogger("mapstudio.crash")


class CrashDialog(QDialog):
    """Says the work is safe, shows the traceback and the log file path."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CrashDialog")
        self.setWindowTitle(self.tr("Unexpected error"))
        self.setModal(False)
        self.error_count = 0
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        reassurance = QLabel(self.tr(
            "Each change is saved in the file as you make it, and Map Studio tells you "
            "when one cannot be. You can keep working, but if something looks wrong, "
            "reopen the project."))
        reassurance.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(icon)
        text = QVBoxLayout()
        text.addWidget(self.summary)
        text.addWidget(reassurance)
        top.addLayout(text, 1)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumHeight(180)
        self.log_label = QLabel()
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setToolTip(self.tr("Copy the error report to the clipboard"))
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button = QPushButton(self.tr("Open log folder"))
        self.folder_button.setToolTip(self.tr("Show the log file in the file manager"))
        self.folder_button.clicked.connect(self.open_log_folder)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.log_label)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def add_error(self, exc_type, exc_value, exc_tb) -> None:
        self.error_count += 1
        report = "".join(traceback.format_exception(exc_type, exc_value, exc_tb))
        name = getattr(exc_type, "__name__", str(exc_type))
        message = str(exc_value).strip().splitlines()[0] if str(exc_value).strip() else ""
        if self.error_count == 1:
            self.summary.setText(self.tr("Map Studio ran into a problem it did not expect: "
                                         "{0}").format(f"<b>{name}</b> {_escape(message)}"))
        else:
            self.summary.setText(self.tr("Map Studio ran into {0} unexpected problems; the "
                                         "latest: {1}").format(
                self.error_count, f"<b>{name}</b> {_escape(message)}"))
        header = f"Map Studio {__version__}, Python {sys.version.split()[0]}, {sys.platform}\n"
        existing = self.details.toPlainText()
        self.details.setPlainText((existing + "\n" if existing else header) + report)
        self.log_label.setText(self.tr("Details were written to the log file: {0}")
                               .format(str(log_file())))

    def report(self) -> str:
        return self.details.toPlainText() + f"\nLog: {log_file()}\n"

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.report())

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file().parent)))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


from .crash_hook import ExceptionHook, install_exception_hook  # noqa: E402 - the hook's home

__all__ = ["CrashDialog", "ExceptionHook", "install_exception_hook"]
