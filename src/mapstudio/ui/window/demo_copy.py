"""An honest demo: a fresh copy of the demo says it is one, and its edits are not lost
without a word.

While a demo copy is open, a bar above the map says so and offers "Save as…", and the
window title ends in "[demo copy]". Closing it (the window, File ▸ Close, opening another
project) after an edit asks: Save as… / Discard / Cancel. A saved demo is a project like
any other: it opens in the window and joins Recent projects.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton

from ...demo import is_demo_copy
from ...model import MapStudioError
from .project_files import ask_new_project_path


def _tr(text: str) -> str:
    return QCoreApplication.translate("DemoCopy", text)


class DemoBar(QFrame):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("DemoBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#DemoBar { background: palette(alternate-base); }")
        self.label = QLabel(_tr("<b>Demo copy</b> — a temporary copy of the demo: edit it "
                                "freely; save it as your own project to keep your changes."))
        self.label.setWordWrap(True)
        self.save_button = QPushButton(_tr("&Save as…"))
        self.save_button.setAccessibleName(_tr("Save the demo as a project"))
        self.save_button.setAccessibleDescription(_tr(
            "Keep this copy of the demo, with your changes, as a project of your own"))
        self.save_button.setToolTip(self.save_button.accessibleDescription())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.save_button)
        self.setAccessibleName(_tr("Demo copy"))


class DemoCopy(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.bar = DemoBar()
        self.bar.save_button.clicked.connect(lambda: self.save_as(open_saved=True))
        self.bar.hide()

    def active(self) -> bool:
        doc = self.window.doc
        return doc is not None and is_demo_copy(doc.path)

    def edited(self) -> bool:
        return self.active() and not self.window.undo_stack.isClean()

    def document_changed(self) -> None:
        self.bar.setVisible(self.active())

    def title_suffix(self) -> str:
        return " " + _tr("[demo copy]") if self.active() else ""

    def save_as(self, open_saved: bool = False) -> bool:
        """Ask where, write the copy, put it in Recent; `open_saved` switches the window to
        it. False if the user cancelled or it could not be written."""
        window = self.window
        window.commit_editors()
        caption = _tr("Save the demo as")
        suggested = Path(window.project_folder()) / window.doc.path.name
        path = ask_new_project_path(window, caption, suggested)
        if path is None:
            return False
        try:
            window.doc.save_copy(path)
        except (OSError, MapStudioError) as exc:
            QMessageBox.critical(window, caption, str(exc))
            return False
        window.undo_stack.setClean()  # nothing left to lose in the demo copy
        window.add_recent(path)
        window.statusBar().showMessage(_tr("Saved the demo as {0}").format(path), 5000)
        if open_saved:
            window.open_path(path)
        return True

    def confirm_leave(self) -> bool:
        """Before the demo copy closes: True to go on (saved or discarded), False to stay."""
        if not self.edited():
            return True
        self.window.commit_editors()
        box = QMessageBox(QMessageBox.Icon.Question, _tr("Keep your changes to the demo?"),
                          _tr("This is a temporary copy of the demo. Save it as a project of "
                              "your own to keep your changes; otherwise they are discarded."),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self.window)
        box.button(QMessageBox.StandardButton.Save).setText(_tr("Save as…"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        try:
            answer = box.exec()
        finally:
            box.deleteLater()
        if answer == QMessageBox.StandardButton.Save:
            return self.save_as()
        return answer == QMessageBox.StandardButton.Discard
