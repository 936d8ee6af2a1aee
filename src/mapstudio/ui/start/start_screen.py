"""The start screen: the ways to begin, then recent projects with thumbnails.

It only emits signals; the main window decides what "open" or "new from template" means
and shows this widget while no project is open. Thumbnails come from an injected function
(path, size) -> QPixmap | QImage | None, so this widget never opens a project file itself;
each item first shows a neutral placeholder and gets its thumbnail (and its review mark)
a moment later, one file per event-loop turn, starting only once the list has painted in a
shown window, so a long list never delays the window's first paint.

The four start buttons are tiles whose title and description wrap: long Russian or Polish
texts make a tile taller, never cut it off.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...paths import resource_path
from ...settings import Settings
from ..window import icons
from ..window.review_status import mark_project, overdue_titles

THUMB = QSize(192, 120)
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


def _is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


class StartButton(QPushButton):
    """A tile: icon, bold title and a wrapped description; its height follows its width."""

    def __init__(self, glyph: str, title: str, description: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.glyph = glyph
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        self.setStatusTip(description)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.icon_label = QLabel()
        self.icon_label.setFixedSize(32, 32)
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label = QLabel(title)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title_label.setFont(font)
        self.description_label = QLabel(description)
        self.description_label.setTextFormat(Qt.TextFormat.PlainText)
        self.description_label.setWordWrap(True)
        self.description_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        for label in (self.icon_label, self.title_label, self.description_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title_label)
        texts.addWidget(self.description_label)
        texts.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 12, 14, 12)
        row.setSpacing(12)
        row.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(texts, 1)
        # as tall as the texts need: spare room goes below (see StartScreen), not in here
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._icon_stale = True  # drawn when first shown, in the palette it is shown in

    def title(self) -> str:
        return self.title_label.text()

    def _update_icon(self) -> None:
        self._icon_stale = False
        self.icon_label.setPixmap(icons.icon(self.glyph, accent=None).pixmap(QSize(28, 28)))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange,
                            QEvent.Type.StyleChange):
            self._icon_stale = True  # drawn again now if shown, else when next shown
            if self.isVisible():
                self._update_icon()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802
        if self._icon_stale:
            self._update_icon()
        super().showEvent(event)

    # The QPushButton size hint knows nothing of the labels: ask the layout instead.
    def sizeHint(self) -> QSize:  # noqa: N802
        return self.layout().totalSizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.layout().totalMinimumSize()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self.layout().totalHeightForWidth(width)


class StartScreen(QWidget):
    """Start actions on top, recent projects (newest first) below."""

    new_from_template_requested = Signal()
    new_blank_requested = Signal()
    open_requested = Signal()
    open_demo_requested = Signal()
    open_recent_requested = Signal(str)

    def __init__(self, settings: Settings | None = None,
                 thumbnailer: Thumbnailer | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StartScreen")
        self.settings = settings or Settings()
        self.thumbnailer = thumbnailer
        self._pending: list[QListWidgetItem] = []
        self._thumb_timer = QTimer(self)
        self._thumb_timer.setSingleShot(True)
        self._thumb_timer.setInterval(0)
        self._thumb_timer.timeout.connect(self._next_thumbnail)
        self._review_pending: list[QListWidgetItem] = []
        self._review_timer = QTimer(self)  # one project a turn, like the thumbnails
        self._review_timer.setSingleShot(True)
        self._review_timer.setInterval(0)
        self._review_timer.timeout.connect(self._next_review)

        logo = QLabel()
        icon = QPixmap(str(resource_path("icons/mapstudio-64.png")))
        if not icon.isNull():
            logo.setPixmap(icon)
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(APP_NAME)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(self.tr("Customer-journey maps, offline. Start from a template, "
                                  "open a project or try the demo."))
        subtitle.setWordWrap(True)
        heading = QHBoxLayout()
        heading.setSpacing(16)
        heading.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.addWidget(title)
        texts.addWidget(subtitle)
        heading.addLayout(texts, 1)

        self.template_button = StartButton(
            "fa5s.th-large", self.tr("New from template…"),
            self.tr("Start from an industry template"))
        self.new_button = StartButton(
            "fa5s.file", self.tr("New blank project…"),
            self.tr("Start with an empty starter map"))
        self.open_button = StartButton(
            "fa5s.folder-open", self.tr("Open…"), self.tr("Open a .mapstudio project file"))
        self.demo_button = StartButton(
            "fa5s.play-circle", self.tr("Open demo"),
            self.tr("A mortgage journey to explore; your copy, freely editable"))
        self.buttons = {"template": self.template_button, "new": self.new_button,
                        "open": self.open_button, "demo": self.demo_button}
        actions = QGridLayout()
        actions.setSpacing(12)
        for i, (button, signal) in enumerate((
                (self.template_button, self.new_from_template_requested),
                (self.new_button, self.new_blank_requested),
                (self.open_button, self.open_requested),
                (self.demo_button, self.open_demo_requested))):
            button.clicked.connect(signal)
            actions.addWidget(button, i // 2, i % 2)
        actions.setColumnStretch(0, 1)
        actions.setColumnStretch(1, 1)

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
        self.recent.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.recent.setFrameShape(QListWidget.Shape.NoFrame)  # tiles on the window itself
        self.recent.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self._painted = False  # the list, in a shown window: the tiles' work may start
        self.recent.viewport().installEventFilter(self)
        self.recent.itemActivated.connect(self._activated)
        self.recent.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.recent.customContextMenuRequested.connect(self._context_menu)
        self.recent.setToolTip(self.tr("Double-click to open; right-click for more"))
        self.empty_label = QLabel(self.tr("Projects you open or create will appear here."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        panel = QWidget()
        panel.setObjectName("StartPanel")
        panel.setMaximumWidth(1000)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(heading)
        inner.addSpacing(18)
        inner.addLayout(actions)
        inner.addSpacing(22)
        inner.addWidget(self.recent_heading)
        inner.addWidget(self.empty_label, 1)  # takes the spare room when there is no list
        inner.addWidget(self.recent, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 30)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.addLayout(row, 1)
        self.refresh()

    def refresh(self) -> None:
        """Re-read the recent files, forgetting those that no longer exist."""
        self.recent.clear()
        self._pending = []
        placeholder = QIcon(placeholder_thumbnail(THUMB, _is_dark(self)))  # one for all
        for path in self.settings.prune_recent():
            item = self._item(Path(path), placeholder)
            self.recent.addItem(item)
            self._pending.append(item)
        empty = self.recent.count() == 0
        self.empty_label.setVisible(empty)
        self.recent.setVisible(not empty)
        if self._pending and self.thumbnailer is not None:
            self._thumb_timer.start()
        self._review_pending = [self.recent.item(i) for i in range(self.recent.count())]
        if self._review_pending:
            self._review_timer.start()

    def _waiting_for_paint(self) -> bool:
        """True until the tiles have painted, while their window is shown (then the paint
        starts the work; a screen in no shown window does it at once)."""
        return not self._painted and self.window().isVisible()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            if self._pending and self.thumbnailer is not None:
                self._thumb_timer.start()
            if self._review_pending:
                self._review_timer.start()
        return super().eventFilter(watched, event)

    def _next_review(self) -> None:
        """Mark the next recent project whose maps are past their review date."""
        if not self._review_pending or self._waiting_for_paint():
            return
        item = self._review_pending.pop(0)
        if item.listWidget() is self.recent:
            mark_project(item, overdue_titles(Path(item.data(PATH_ROLE))))
        if self._review_pending:
            self._review_timer.start()

    def recent_paths(self) -> list[str]:
        return [self.recent.item(i).data(PATH_ROLE) for i in range(self.recent.count())]

    def thumbnails_pending(self) -> int:
        return len(self._pending) if self.thumbnailer is not None else 0

    def _item(self, path: Path, placeholder: QIcon) -> QListWidgetItem:
        item = QListWidgetItem(placeholder, path.stem)
        item.setData(PATH_ROLE, str(path))
        try:
            changed = datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        except OSError:
            changed = ""
        item.setToolTip(self.tr("{0}\nLast changed {1}").format(str(path), changed))
        return item

    def _next_thumbnail(self) -> None:
        if not self._pending or self.thumbnailer is None or self._waiting_for_paint():
            return
        item = self._pending.pop(0)
        pixmap = None
        try:
            pixmap = _as_pixmap(self.thumbnailer(Path(item.data(PATH_ROLE)), THUMB), THUMB)
        except Exception:  # noqa: BLE001 - a bad file must not break the start screen
            pixmap = None
        if pixmap is not None and item.listWidget() is self.recent:
            item.setIcon(QIcon(pixmap))
        if self._pending:
            self._thumb_timer.start()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) \
                and self.thumbnailer is None:
            self.refresh()  # placeholders follow light and dark
        super().changeEvent(event)

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
