"""Help ▸ Keyboard shortcuts: a searchable table built from the window's own QActions.

Built from the live actions, so the reference can never disagree with what the keys do;
shortcuts are shown in the platform's native notation (⌘ on macOS).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(action name, shortcuts) for every action that has a shortcut, sorted by name."""
    rows = {}
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText)
                for k in action.shortcuts() if not k.isEmpty()]
        if not keys:
            continue
        name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        name = name.rstrip("…").rstrip(".").strip()
        rows.setdefault(name, ", ".join(keys))
    return sorted(rows.items(), key=lambda row: row[0].casefold())


class ShortcutsDialog(QDialog):
    """Two columns, action and keys, with a filter box."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None,
                 extra: Iterable[tuple[str, str]] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("ShortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.rows = shortcut_rows(actions) + list(extra)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by action or key…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.apply_filter)
        self.filter.setAccessibleName(self.tr("Filter shortcuts"))
        self.table = QTableWidget(len(self.rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setAccessibleDescription(self.tr("Each action and the keys that run it"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        for row, (name, keys) in enumerate(self.rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            key_item = QTableWidgetItem(keys)
            key_item.setTextAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
            self.table.setItem(row, 1, key_item)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()  # names whole; a long key list may elide
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(600, 600)

    def apply_filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for row, (name, keys) in enumerate(self.rows):
            visible = not needle or needle in name.casefold() or needle in keys.casefold()
            self.table.setRowHidden(row, not visible)

    def visible_rows(self) -> list[tuple[str, str]]:
        return [r for i, r in enumerate(self.rows) if not self.table.isRowHidden(i)]
