"""What the window shows with no project open: start actions and recent projects."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME

PATH_ROLE = Qt.ItemDataRole.UserRole


class WelcomePage(QWidget):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        title = QLabel(APP_NAME)
        title.setStyleSheet("font-size: 28pt; font-weight: 600; color: #1e3a5f;")
        subtitle = QLabel(self.tr("Customer-journey maps, offline. Start from a template, "
                                  "open a project or try the demo."))
        subtitle.setWordWrap(True)
        buttons = QHBoxLayout()
        self.buttons = {}
        for key, label in (("template", self.tr("New from template…")),
                           ("new", self.tr("New blank project…")),
                           ("open", self.tr("Open…")),
                           ("demo", self.tr("Open demo"))):
            button = QPushButton(label)
            button.setMinimumHeight(36)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        self.buttons["template"].clicked.connect(lambda: window.actions["new_template"].trigger())
        self.buttons["new"].clicked.connect(window.ask_new)
        self.buttons["open"].clicked.connect(window.ask_open)
        self.buttons["demo"].clicked.connect(self.open_demo)
        self.recent = QListWidget()
        self.recent.itemActivated.connect(lambda item: window.open_path(
            Path(item.data(PATH_ROLE))))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 50, 60, 50)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addSpacing(24)
        layout.addWidget(QLabel(f"<b>{self.tr('Recent projects')}</b>"))
        layout.addWidget(self.recent, 1)
        self.refresh()

    def refresh(self) -> None:
        self.recent.clear()
        for path in self.window.recent_files():
            item = QListWidgetItem(f"{Path(path).stem}    —    {path}")
            item.setData(PATH_ROLE, path)
            self.recent.addItem(item)

    def open_demo(self) -> None:
        from ..demo import make_demo_copy

        self.window.open_path(make_demo_copy())
