"""Compare the map with a saved version: marks on the canvas and a bar that counts them.

The version is read once; the shown map is compared again after every relayout, so the
marks stay true while the user keeps editing. Removed cards have no place on the canvas
any more: the bar lists them. Clearing the comparison removes every mark.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QToolButton,
)

from ...model import MapStudioError
from ...model.comparison import (
    ADDED,
    CHANGED,
    MOVED,
    REMOVED,
    compare_maps,
    compare_projects,
    short,
)

if TYPE_CHECKING:  # the canvas's marks (and the drawing code they use) load with a map
    from ...canvas.change_marks import ChangeMarks


def _tr(text: str) -> str:
    return QCoreApplication.translate("Comparison", text)


class ComparisonBar(QFrame):
    """A strip over the bottom of the canvas: what is compared, the counts, Clear."""

    def __init__(self, parent) -> None:
        super().__init__(parent)
        self.setObjectName("ComparisonBar")
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.removed = QToolButton()
        self.removed.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.removed.setMenu(QMenu(self.removed))
        self.report_button = QToolButton()
        self.report_button.setText(_tr("Save report…"))
        self.report_button.setToolTip(_tr("The changes of every map as a PDF report"))
        self.clear_button = QToolButton()
        self.clear_button.setText(_tr("Clear comparison"))
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 3, 4, 3)
        row.addWidget(self.label, 1)
        row.addWidget(self.removed)
        row.addWidget(self.report_button)
        row.addWidget(self.clear_button)
        self.hide()

    def show_counts(self, version: str, counts: dict[str, int], removed: list[str]) -> None:
        from ...canvas.change_marks import MARK_COLOURS

        def chip(kind: str, text: str) -> str:
            return f"<span style='color:{MARK_COLOURS[kind]}'><b>{counts[kind]}</b> {text}</span>"

        self.label.setText(_tr("Compared with “{0}”:").format(version) + " " + " · ".join((
            chip(ADDED, _tr("added")), chip(CHANGED, _tr("changed")),
            chip(MOVED, _tr("moved")))) + " · " + _tr("{0} removed").format(counts[REMOVED]))
        menu = self.removed.menu()
        menu.clear()
        for title in removed:
            menu.addAction(title).setEnabled(False)
        self.removed.setText(_tr("Removed ({0})").format(len(removed)))
        self.removed.setVisible(bool(removed))
        self.place()
        self.show()
        self.raise_()

    def place(self) -> None:
        parent = self.parentWidget()
        self.adjustSize()
        width = min(parent.width() - 16, max(self.sizeHint().width(), 420))
        self.setGeometry(8, parent.height() - self.sizeHint().height() - 8, width,
                         self.sizeHint().height())


class Comparison(QObject):
    """The window's comparison with one version (or none)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.version_name = self.version_created = ""
        self.version = None  # ProjectData of the version
        self.marks: ChangeMarks | None = None
        self.bar: ComparisonBar | None = None
        self.current = None  # MapChanges of the shown map

    @property
    def active(self) -> bool:
        return self.version is not None

    def document_changed(self) -> None:
        """A project was opened or closed: any comparison belongs to the old one."""
        self.version, self.current = None, None
        self.marks = self.bar = None
        scene, view = self.window.scene, self.window.view
        if scene is None:
            return
        from ...canvas.change_marks import ChangeMarks

        self.marks = ChangeMarks(scene)
        self.bar = ComparisonBar(view)
        self.bar.clear_button.clicked.connect(self.clear)
        self.bar.report_button.clicked.connect(lambda: self.save_report())
        view.installEventFilter(self)
        scene.relaid.connect(self.refresh)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and self.bar is not None and self.bar.isVisible():
            self.bar.place()
        return False

    def ask(self) -> bool:
        """View ▸ Compare with version…: pick a version, newest first."""
        doc = self.window.doc
        if doc is None:
            return False
        versions = sorted(doc.snapshots(), key=lambda s: s.created, reverse=True)
        if not versions:
            QMessageBox.information(self.window, _tr("Compare with version"),
                                    _tr("No versions yet. Save one in File ▸ Versions…"))
            return False
        names = [f"{s.name} — {s.created[:16].replace('T', ' ')}" for s in versions]
        choice, ok = QInputDialog.getItem(self.window, _tr("Compare with version"),
                                          _tr("Mark what changed since:"), names, 0, False)
        return bool(ok) and self.compare_with(versions[names.index(choice)])

    def compare_with(self, snapshot) -> bool:
        from ...interchange.snapshots import snapshot_to_project  # JSON Schema: not at start-up

        try:
            self.version = snapshot_to_project(snapshot)
        except MapStudioError as exc:
            QMessageBox.critical(self.window, _tr("Compare with version"), str(exc))
            return False
        self.version_name, self.version_created = snapshot.name, snapshot.created
        self.refresh()
        return True

    def save_report(self, path: Path | None = None) -> bool:
        """Every map's changes since the version, as a PDF report (asks where)."""
        doc = self.window.doc
        if not self.active or doc is None:
            return False
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self.window, _tr("Save change report"),
                _tr("Changes since {0}.pdf").format(self.version_name), _tr("PDF (*.pdf)"))
            if not name:
                return False
            path = Path(name)
        from ...export.change_report import write_change_report

        try:
            write_change_report(path, self.version_name, self.version_created,
                                doc.project().title,
                                compare_projects(self.version, doc.project_content()),
                                force=True)  # the file dialog asked before replacing
        except MapStudioError as exc:
            QMessageBox.critical(self.window, _tr("Save change report"), str(exc))
            return False
        return True

    def clear(self) -> None:
        self.version, self.current = None, None
        if self.marks is not None:
            self.marks.clear()
        if self.bar is not None:
            self.bar.hide()

    def refresh(self) -> None:
        scene = self.window.scene
        if not self.active or scene is None or scene.content is None or self.marks is None:
            return
        old = next((m for m in self.version.maps if m.map.id == scene.content.map.id), None)
        self.current = compare_maps(old, scene.content)
        self.marks.set_changes(self.current)
        removed = [short(c.title) or _tr("(untitled)")
                   for c in self.current.of_kind(REMOVED)]
        self.bar.show_counts(self.version_name, self.current.counts(), removed)
