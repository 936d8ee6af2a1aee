"""Named versions of a project ("living document" history): save, compare, restore, delete.

Versions live inside the project file. Restoring is one undoable step and first saves the
present as a version of its own, so moving through history never loses work.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...commands import DeleteVersionCommand, RestoreVersionCommand, SaveVersionCommand
from ...interchange import diff_projects, make_snapshot, snapshot_to_project
from ...model import MapStudioError

ID_ROLE = Qt.ItemDataRole.UserRole


class SaveVersionDialog(QDialog):
    """Name and note of a new version."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save version"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. After the client workshop"))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What changed, who agreed it (optional)"))
        self.note.setFixedHeight(90)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.name.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        form.addRow(buttons)
        self.resize(420, 200)


class VersionsDialog(QDialog):
    """The project's versions, newest first, with what changed since each one."""

    compare_requested = Signal(object)  # the Snapshot to mark the map against

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("VersionsDialog")
        self.session = session
        self.doc = session.document
        self.setWindowTitle(self.tr("Versions"))
        self.list = QListWidget()
        self.list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.changes = QPlainTextEdit()
        self.changes.setReadOnly(True)
        self.changes.setFont(QFont("DejaVu Sans", 9))
        detail = QWidget()
        column = QVBoxLayout(detail)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary)
        column.addWidget(QLabel(self.tr("Changes since this version:")))
        column.addWidget(self.changes, 1)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setSizes([260, 440])
        self.save_button = QPushButton(self.tr("Save version…"))
        self.restore_button = QPushButton(self.tr("Restore"))
        self.compare_button = QPushButton(self.tr("Compare with current"))
        self.compare_button.setToolTip(self.tr(
            "Mark on the map the cards added, changed and moved since this version"))
        self.compare_button.clicked.connect(self.compare_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        close = QPushButton(self.tr("Close"))
        self.save_button.clicked.connect(self.ask_save)
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        for button in (self.save_button, self.compare_button, self.restore_button,
                       self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)
        self.resize(760, 480)
        self.refresh()

    # ---- list ------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        self.list.clear()
        locale = QLocale()
        for snapshot in sorted(self.doc.snapshots(), key=lambda s: s.created, reverse=True):
            when = _when(snapshot.created, locale)
            item = QListWidgetItem(f"{snapshot.name}\n{when}")
            item.setData(ID_ROLE, snapshot.id)
            item.setToolTip(snapshot.note or snapshot.name)
            self.list.addItem(item)
            if snapshot.id == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show_selected()

    def selected(self):
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(ID_ROLE)
        return next((s for s in self.doc.snapshots() if s.id == wanted), None)

    def _show_selected(self) -> None:
        snapshot = self.selected()
        for button in (self.compare_button, self.restore_button, self.delete_button):
            button.setEnabled(snapshot is not None)
        if snapshot is None:
            self.summary.setText(self.tr("No versions yet. Save one before a workshop or a "
                                         "big change, and come back to it at any time."))
            self.changes.clear()
            return
        self.summary.setText(f"<b>{escape(snapshot.name)}</b><br>{escape(snapshot.note)}")
        try:
            lines = diff_projects(snapshot_to_project(snapshot), self.doc.project_content())
        except MapStudioError as exc:
            self.changes.setPlainText(str(exc))
            self.restore_button.setEnabled(False)
            return
        self.changes.setPlainText("\n".join(lines) if lines else self.tr("No changes."))

    # ---- actions ---------------------------------------------------------------------

    def save_version(self, name: str, note: str = "") -> str:
        snapshot = make_snapshot(self.doc.project_content(), name.strip(), note.strip())
        self.session.push(SaveVersionCommand(
            self.doc, snapshot, self.tr("Save version “{0}”").format(snapshot.name)))
        self.refresh(select=snapshot.id)
        return snapshot.id

    def ask_save(self) -> None:
        dialog = SaveVersionDialog(self)
        if dialog.exec():
            try:  # a damaged project cannot be saved as a version: say why
                self.save_version(dialog.name.text(), dialog.note.toPlainText())
            except MapStudioError as exc:
                QMessageBox.critical(self, self.tr("Save version"), str(exc))

    def restore_selected(self, confirm: bool = True) -> bool:
        snapshot = self.selected()
        if snapshot is None:
            return False
        if confirm and QMessageBox.question(
                self, self.tr("Restore version"),
                self.tr("Bring the whole project back to “{0}”? The project as it is now is "
                        "saved as a version first, and Undo reverses the restore.")
                .format(snapshot.name)) != QMessageBox.StandardButton.Yes:
            return False
        text = self.tr("Restore version “{0}”").format(snapshot.name)
        stack = self.session.undo_stack
        try:
            version = snapshot_to_project(snapshot)
            stack.beginMacro(text)  # the present saved as a version, then the restore
            try:
                self.save_version(self.tr("Before restoring “{0}”").format(snapshot.name))
                self.session.push(RestoreVersionCommand(self.doc, version, text))
            finally:
                stack.endMacro()
        except MapStudioError as exc:
            QMessageBox.critical(self, self.tr("Restore version"), str(exc))
            return False
        self.refresh(select=snapshot.id)
        return True

    def compare_selected(self) -> bool:
        """Close and let the canvas mark what changed since the selected version."""
        snapshot = self.selected()
        if snapshot is None:
            return False
        self.compare_requested.emit(snapshot)
        self.accept()
        return True

    def delete_selected(self, confirm: bool = True) -> bool:
        snapshot = self.selected()
        if snapshot is None:
            return False
        if confirm and QMessageBox.question(
                self, self.tr("Delete version"),
                self.tr("Delete the version “{0}”? Edit ▸ Undo brings it back.")
                .format(snapshot.name)) != QMessageBox.StandardButton.Yes:
            return False
        self.session.push(DeleteVersionCommand(
            self.doc, snapshot.id, self.tr("Delete version “{0}”").format(snapshot.name)))
        self.refresh()
        return True


def _when(iso: str, locale: QLocale) -> str:
    stamp = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not stamp.isValid():
        return iso
    return locale.toString(stamp.toLocalTime(), QLocale.FormatType.ShortFormat)


__all__ = ["SaveVersionDialog", "VersionsDialog"]
