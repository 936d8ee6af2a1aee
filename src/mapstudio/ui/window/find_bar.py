"""Ctrl+F: find cards by text, highlight every match, step through them with Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


class FindBar(QWidget):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.edit = QLineEdit(placeholderText=self.tr("Find cards…"))
        self.edit.setClearButtonEnabled(True)
        self.count = QLabel()
        close = QToolButton(text="✕")
        close.setToolTip(self.tr("Close the find bar (Esc)"))
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        layout.addWidget(close)
        self.edit.textChanged.connect(self.search)
        self.edit.returnPressed.connect(self.next_match)
        self.matches: list[str] = []
        self.index = -1
        self.toolbar_action = None  # set when the bar is placed in the toolbar
        self.edit.setMinimumWidth(220)
        self.setMaximumWidth(420)

    def _set_shown(self, shown: bool) -> None:
        if self.toolbar_action is not None:
            self.toolbar_action.setVisible(shown)
        else:
            self.setVisible(shown)

    def open_bar(self) -> None:
        self._set_shown(True)
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.edit.clear()
        self._set_shown(False)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def search(self, text: str) -> None:
        scene = self.window.scene
        if scene is None or scene.content is None:
            return
        needle = text.strip().casefold()
        self.matches = [c.id for c in scene.content.cards
                        if needle and needle in f"{c.title} {c.body} {c.owner}".casefold()]
        for card_id, item in scene.cards.items():
            hit = card_id in self.matches
            if item.highlighted != hit:
                item.highlighted = hit
                item.update()
        self.count.setText(self.tr("{0} found").format(len(self.matches)) if needle else "")
        self.index = -1
        if self.matches:
            self.next_match()

    def next_match(self) -> None:
        if not self.matches:
            return
        self.index = (self.index + 1) % len(self.matches)
        scene = self.window.scene
        item = scene.cards.get(self.matches[self.index])
        if item is not None:
            scene.clearSelection()
            item.setSelected(True)
            self.window.view.centerOn(item)
