"""View ▸ Show cards: all, only assumptions, or only validated ones; the others are dimmed
on the canvas (never hidden, so the map keeps its shape)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from ...model.living import EVIDENCE_FILTERS, shown_by_filter

DIMMED = 0.22


def _tr(text: str) -> str:
    return QCoreApplication.translate("EvidenceFilter", text)


class EvidenceFilter:
    def __init__(self, window) -> None:
        self.window = window
        self.mode = "all"
        self._scene = None
        menu = window.menuBar().findChild(QMenu, "ViewMenu")
        self.menu = QMenu(_tr("Show &cards"), menu)
        self.menu.setObjectName("EvidenceFilterMenu")
        group = QActionGroup(self.menu)
        names = {"all": _tr("&All"), "assumptions": _tr("Only &assumptions"),
                 "validated": _tr("Only &validated")}
        self.actions: dict[str, QAction] = {}
        for mode in EVIDENCE_FILTERS:
            action = QAction(names[mode], self.menu, checkable=True)
            action.setObjectName(f"show-{mode}")
            action.setChecked(mode == self.mode)
            action.triggered.connect(lambda _c=False, m=mode: self.set_mode(m))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[mode] = action
        menu.addSeparator()
        menu.addMenu(self.menu)
        window.stack.currentChanged.connect(lambda _index: self.follow_scene())
        self.follow_scene()

    def follow_scene(self) -> None:
        scene = self.window.scene
        if scene is self._scene:
            return
        self._scene = scene
        if scene is not None:
            scene.relaid.connect(self.apply)
        self.apply()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.actions[mode].setChecked(True)
        self.apply()

    def apply(self) -> None:
        """Dim the cards the filter does not keep (after every relayout too)."""
        scene = self._scene
        if scene is None or scene.content is None:
            return
        for card in scene.content.cards:
            item = scene.cards.get(card.id)
            if item is not None:
                item.setOpacity(1.0 if shown_by_filter(card, self.mode) else DIMMED)
