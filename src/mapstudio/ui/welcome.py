"""What the window shows with no project open: start actions and recent projects."""

from __future__ import annotations

from pathlib import Path

import qtawesome
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
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
    """A centred start panel: big actions with icons, then the recent projects."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.setObjectName("WelcomePage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        title = QLabel(APP_NAME)
        title.setObjectName("WelcomeTitle")
        subtitle = QLabel(self.tr("Customer-journey maps, offline. Start from a template, "
                                  "open a project or try the demo."))
        subtitle.setObjectName("WelcomeSubtitle")
        subtitle.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        self.buttons = {}
        for key, label, glyph, tip in (
                ("template", self.tr("New from template…"), "fa5s.th-large",
                 self.tr("Start from an industry template")),
                ("new", self.tr("New blank project…"), "fa5s.file",
                 self.tr("Start with an empty starter map")),
                ("open", self.tr("Open…"), "fa5s.folder-open",
                 self.tr("Open a .mapstudio project")),
                ("demo", self.tr("Open demo"), "fa5s.play-circle",
                 self.tr("A mortgage journey to explore; your copy, freely editable"))):
            button = QPushButton(qtawesome.icon(glyph, color="#1e3a5f"), "  " + label)
            button.setIconSize(QSize(20, 20))
            button.setMinimumHeight(52)
            button.setToolTip(tip)
            button.setStatusTip(tip)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            buttons.addWidget(button, 1)
            self.buttons[key] = button
        self.buttons["template"].clicked.connect(lambda: window.actions["new_template"].trigger())
        self.buttons["new"].clicked.connect(window.ask_new)
        self.buttons["open"].clicked.connect(window.ask_open)
        self.buttons["demo"].clicked.connect(self.open_demo)
        self.recent = QListWidget()
        self.recent.setObjectName("RecentList")
        self.recent.itemActivated.connect(lambda item: window.open_path(
            Path(item.data(PATH_ROLE))))
        self.no_recent = QLabel(self.tr("No recent projects yet. Projects you open or create "
                                        "appear here."))
        self.no_recent.setObjectName("WelcomeSubtitle")
        panel = QFrame()
        panel.setObjectName("WelcomePanel")
        panel.setMaximumWidth(860)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(40, 36, 40, 36)
        inner.addWidget(title)
        inner.addWidget(subtitle)
        inner.addSpacing(20)
        inner.addLayout(buttons)
        inner.addSpacing(28)
        heading = QLabel(self.tr("Recent projects"))
        heading.setObjectName("WelcomeHeading")
        inner.addWidget(heading)
        inner.addWidget(self.no_recent)
        inner.addWidget(self.recent, 10)
        inner.addStretch(1)
        panel.setMaximumHeight(640)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 20)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 40, 40, 40)
        outer.addStretch(1)
        outer.addLayout(row, 8)
        outer.addStretch(2)
        self.refresh()

    def refresh(self) -> None:
        self.recent.clear()
        for path in self.window.recent_files():
            item = QListWidgetItem(qtawesome.icon("fa5s.map", color="#475569"),
                                   f"{Path(path).stem}\n{path}")
            item.setData(PATH_ROLE, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        has_recent = self.recent.count() > 0
        self.recent.setVisible(has_recent)
        self.no_recent.setVisible(not has_recent)

    def open_demo(self) -> None:
        from ..demo import make_demo_copy

        self.window.open_path(make_demo_copy())


STYLE = """
#WelcomePage { background: #eef2f7; }
#WelcomePanel { background: #ffffff; border: 1px solid #d8e0ea; border-radius: 10px; }
#WelcomeTitle { font-size: 26pt; font-weight: 700; color: #1e3a5f; }
#WelcomeSubtitle { color: #475569; font-size: 11pt; }
#WelcomeHeading { font-size: 12pt; font-weight: 600; color: #1f2937; }
#WelcomePanel QPushButton { background: #f8fafc; border: 1px solid #cbd5e1; border-radius: 6px;
    padding: 6px 14px; font-size: 10.5pt; color: #1f2937; text-align: left; }
#WelcomePanel QPushButton:hover { background: #e8eef7; border-color: #1e3a5f; }
#RecentList { border: 1px solid #e2e8f0; border-radius: 6px; font-size: 10pt; }
#RecentList::item { padding: 8px 6px; border-bottom: 1px solid #f1f5f9; }
#RecentList::item:selected { background: #dbe4f0; color: #1e3a5f; }
"""
