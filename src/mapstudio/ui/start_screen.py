"""The start screen: recent projects with thumbnails and the ways to begin.

It only emits signals; the main window decides what "open" or "new from template" means,
and embeds the widget while no project is open. Thumbnails come from an injected function
(path, size) -> QPixmap | QImage | None, so this widget never opens a project file itself;
without one, a neutral placeholder is drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from ..paths import resource_path
from ..settings import Settings

THUMB = QSize(160, 100)
PATH_ROLE = Qt.ItemDataRole.UserRole
Thumbnailer = Callable[[Path, QSize], "QPixmap | QImage | None"]


def placeholder_thumbnail(size: QSize = THUMB, dark: bool = False) -> QPixmap:
    """A schematic map: stage columns and an emotion line, in quiet greys."""
    pixmap = QPixmap(size)
    pixmap.fill(QColor(52, 57, 65) if dark else QColor(248, 250, 252))
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    w, h = size.width(), size.height()
    p.setPen(QPen(QColor(203, 213, 225), 1))
    p.drawRect(QRectF(0.5, 0.5, w - 1, h - 1))
    col_w = (w - 16) / 3
    for i in range(3):
        x = 8 + i * col_w
        p.fillRect(QRectF(x + 2, 8, col_w - 4, 10),
                   QColor(88, 96, 108) if dark else QColor(203, 213, 225))
        p.fillRect(QRectF(x + 2, 22, col_w - 4, h - 30),
                   QColor(66, 72, 82) if dark else QColor(226, 232, 240))
    p.setPen(QPen(QColor(64, 178, 190) if dark else QColor(19, 110, 120), 2.5))
    points = [QPoint(int(8 + col_w * (i + 0.5)), y) for i, y in
              enumerate((int(h * 0.72), int(h * 0.6), int(h * 0.35)))]
    p.drawPolyline(points)
    p.end()
    return pixmap


def _as_pixmap(image, size: QSize) -> QPixmap | None:
    if image is None:
        return None
    pixmap = QPixmap.fromImage(image) if isinstance(image, QImage) else QPixmap(image)
    if pixmap.isNull():
        return None
    return pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)


class StartScreen(QWidget):
    """Start actions on top, recent projects (newest first) below."""

    new_from_template_requested = Signal()
    open_requested = Signal()
    open_demo_requested = Signal()
    open_recent_requested = Signal(str)

    def __init__(self, settings: Settings | None = None,
                 thumbnailer: Thumbnailer | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StartScreen")
        self.settings = settings or Settings()
        self.thumbnailer = thumbnailer
        logo = QLabel()
        icon = QPixmap(str(resource_path("icons/mapstudio-64.png")))
        if not icon.isNull():
            logo.setPixmap(icon)
        title = QLabel(f"<h1>{APP_NAME}</h1>")
        subtitle = QLabel(self.tr("Customer-journey maps on your own computer."))
        subtitle.setWordWrap(True)
        heading = QHBoxLayout()
        heading.addWidget(logo)
        texts = QVBoxLayout()
        texts.addWidget(title)
        texts.addWidget(subtitle)
        heading.addLayout(texts, 1)

        self.template_button = QPushButton(self.tr("New from template…"))
        self.template_button.setToolTip(self.tr("Start a project from the template gallery"))
        self.open_button = QPushButton(self.tr("Open…"))
        self.open_button.setToolTip(self.tr("Open a .mapstudio project file"))
        self.demo_button = QPushButton(self.tr("Open demo"))
        self.demo_button.setToolTip(self.tr("Explore a finished example project"))
        actions = QHBoxLayout()
        for button, signal in ((self.template_button, self.new_from_template_requested),
                               (self.open_button, self.open_requested),
                               (self.demo_button, self.open_demo_requested)):
            button.setMinimumHeight(40)
            button.setStatusTip(button.toolTip())
            button.clicked.connect(signal)
            actions.addWidget(button)
        actions.addStretch(1)

        self.recent_heading = QLabel(self.tr("Recent projects"))
        font = self.recent_heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.recent_heading.setFont(font)
        self.recent = QListWidget()
        self.recent.setObjectName("StartRecentList")
        self.recent.setViewMode(QListWidget.ViewMode.IconMode)
        self.recent.setIconSize(THUMB)
        self.recent.setGridSize(QSize(THUMB.width() + 40, THUMB.height() + 56))
        self.recent.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.recent.setMovement(QListWidget.Movement.Static)
        self.recent.setWordWrap(True)
        self.recent.setUniformItemSizes(True)
        self.recent.itemActivated.connect(self._activated)
        self.recent.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.recent.customContextMenuRequested.connect(self._context_menu)
        self.empty_label = QLabel(self.tr("Projects you open or create will appear here."))
        self.empty_label.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.addLayout(heading)
        layout.addSpacing(12)
        layout.addLayout(actions)
        layout.addSpacing(20)
        layout.addWidget(self.recent_heading)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.recent, 1)
        self.refresh()

    def refresh(self) -> None:
        """Re-read the recent files, forgetting those that no longer exist."""
        self.recent.clear()
        for path in self.settings.prune_recent():
            self.recent.addItem(self._item(Path(path)))
        empty = self.recent.count() == 0
        self.empty_label.setVisible(empty)
        self.recent.setVisible(not empty)

    def recent_paths(self) -> list[str]:
        return [self.recent.item(i).data(PATH_ROLE) for i in range(self.recent.count())]

    def _item(self, path: Path) -> QListWidgetItem:
        pixmap = None
        if self.thumbnailer is not None:
            try:
                pixmap = _as_pixmap(self.thumbnailer(path, THUMB), THUMB)
            except Exception:  # noqa: BLE001 - a bad file must not break the start screen
                pixmap = None
        if pixmap is None:
            dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
            pixmap = placeholder_thumbnail(THUMB, dark)
        item = QListWidgetItem(QIcon(pixmap), path.stem)
        item.setData(PATH_ROLE, str(path))
        try:
            changed = datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        except OSError:
            changed = ""
        item.setToolTip(self.tr("{0}\nLast changed {1}").format(str(path), changed))
        return item

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_recent_requested.emit(item.data(PATH_ROLE))

    def _context_menu(self, pos) -> None:
        item = self.recent.itemAt(pos)
        if item is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self._activated(item))
        menu.addAction(self.tr("Remove from the list"), lambda: self.forget(item.data(PATH_ROLE)))
        menu.popup(self.recent.viewport().mapToGlobal(pos))

    def forget(self, path: str) -> None:
        self.settings.remove_recent(path)
        self.refresh()
